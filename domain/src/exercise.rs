//! Guided exercises: a short story with steps, each checked from what the learner does in
//! the simulated world, with three hints per step. Exercises are data
//! (`scenarios/<name>/exercises/*.toml`), validated at start-up; each check kind and each
//! action of a setup or "show me" path is implemented once, here.

use crate::access::{AccessAction, AccessLevel, AccessScope};
use crate::fuldmagt::{Area, FuldmagtAction};
use crate::mailbox::{FolderRef, MailboxAction};
use crate::scenario::{ScenarioError, ScenarioFile};
use crate::{AuthorityId, Command, LetterId, Login, PersonaId, Scenario, Timestamp, World};
use serde::Deserialize;
use std::collections::BTreeMap;

/// Themes of the catalogue, in its order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Theme {
    Nemid,
    DigitalPost,
    Help,
    Security,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Audience {
    Borger,
    Hjaelper,
    Underviser,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Level {
    Begynder,
    Oevet,
}

/// What must be true in the world for a step to be done. Names are data: personas and
/// letters by id, folders by name (as the learner typed them), authorities by id.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case", deny_unknown_fields)]
pub enum Check {
    /// Logged in as the persona (with a key: a login always ends with one).
    LoggedIn { persona: PersonaId },
    /// Nobody is logged in ("Log af" pressed).
    LoggedOut,
    /// The persona chose a new password (after a spærret NemID).
    NewPassword { persona: PersonaId },
    /// The letter has been opened.
    LetterRead {
        persona: PersonaId,
        letter: LetterId,
    },
    /// An own folder with this name exists (any case).
    FolderExists { persona: PersonaId, name: String },
    /// The letter is in the folder with this name ("Indbakke", "Papirkurv" or an own one).
    LetterInFolder {
        persona: PersonaId,
        letter: LetterId,
        folder: String,
    },
    /// The persona wrote to the authority (a new message or an answer).
    MessageSent {
        persona: PersonaId,
        authority: AuthorityId,
    },
    /// The helper has access to the owner's mailbox (to `folder` only, if named).
    AccessGiven {
        owner: PersonaId,
        helper: PersonaId,
        #[serde(default)]
        folder: Option<String>,
    },
    /// The helper asked the owner for access and waits.
    AccessRequested { owner: PersonaId, helper: PersonaId },
    /// The helper has the owner's mailbox open ("Skift postkasse").
    MailboxOpened { helper: PersonaId, owner: PersonaId },
    /// A fuldmagt from giver to holder covers the område.
    FuldmagtGiven {
        giver: PersonaId,
        holder: PersonaId,
        area: String,
    },
    /// The persona's doctor is no longer the one they started with.
    DoctorChanged { persona: PersonaId },
}

/// One thing done in the world, as data: the setup of an exercise and each step's
/// "show me" path (which the solvability test runs).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(tag = "do", rename_all = "kebab-case", deny_unknown_fields)]
pub enum Action {
    /// Logs in with the persona's password and the key asked for (logging out first).
    LogIn {
        persona: PersonaId,
    },
    LogOut,
    /// Wrong passwords until NemID is spærret.
    Lock {
        persona: PersonaId,
    },
    /// Logs in with the temporary password from the letter and chooses `password`.
    Unlock {
        persona: PersonaId,
        password: String,
    },
    CreateFolder {
        name: String,
    },
    Open {
        letter: LetterId,
    },
    Move {
        letter: LetterId,
        folder: String,
    },
    Trash {
        letter: LetterId,
    },
    Restore {
        letter: LetterId,
    },
    Write {
        to: AuthorityId,
        subject: String,
        body: String,
    },
    Reply {
        letter: LetterId,
        body: String,
    },
    GiveAccess {
        helper: PersonaId,
        #[serde(default)]
        folders: Vec<String>,
    },
    RequestAccess {
        owner: PersonaId,
    },
    ApproveAccess,
    SwitchMailbox {
        owner: PersonaId,
    },
    GiveFuldmagt {
        holder: PersonaId,
        areas: Vec<String>,
    },
    RequestFuldmagt {
        giver: PersonaId,
        areas: Vec<String>,
    },
    ApproveFuldmagt,
    AnswerForCitizen,
    ChangeDoctor {
        #[serde(default)]
        on_behalf: Option<PersonaId>,
        doctor: String,
    },
}

/// The texts of an exercise in one language.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExerciseText {
    pub title: String,
    pub description: String,
    pub story: String,
}

/// A step's texts in one language: the instruction and three hints (a nudge, a pointer,
/// and "show me").
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StepText {
    pub instruction: String,
    pub hints: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub check: Check,
    pub show_me: Vec<Action>,
    pub text: BTreeMap<String, StepText>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Exercise {
    #[serde(skip_deserializing, default = "placeholder_id")]
    pub id: String,
    pub theme: Theme,
    pub audience: Audience,
    pub level: Level,
    pub minutes: u8,
    /// Who the story is about (shown in the catalogue).
    pub persona: PersonaId,
    /// Done when the exercise's world is created, before the first step.
    #[serde(default)]
    pub setup: Vec<Action>,
    pub text: BTreeMap<String, ExerciseText>,
    #[serde(rename = "step", default)]
    pub steps: Vec<Step>,
}

fn placeholder_id() -> String {
    String::new()
}

/// The words of the guide layer every language must have (`guide.toml`).
pub const GUIDE_KEYS: &[&str] = &[
    "language_name",
    "panel",
    "step",
    "show_hint",
    "hint",
    "skip",
    "stop",
    "finished",
    "see_result",
    "catalogue",
    "catalogue_intro",
    "start",
    "minutes",
    "level_begynder",
    "level_oevet",
    "audience_borger",
    "audience_hjaelper",
    "audience_underviser",
    "theme_nemid",
    "theme_digital_post",
    "theme_help",
    "theme_security",
    "start_note",
    "done_title",
    "done_text",
    "alone",
    "nickname",
    "nickname_hint",
    "certificate",
    "make_certificate",
    "print",
    "certificate_text",
    "date",
    "language",
    "stopped",
    "other_exercises",
    "no_exercise",
    "learner",
];

/// Parses `guide.toml` and checks that every language has every word.
pub(crate) fn parse_guide(
    file: &ScenarioFile,
    languages: &[String],
) -> Result<BTreeMap<String, BTreeMap<String, String>>, ScenarioError> {
    let err = |entry: String, problem: String| ScenarioError {
        file: file.path.clone(),
        entry,
        problem,
    };
    let guide: BTreeMap<String, BTreeMap<String, String>> =
        toml::from_str(&file.text).map_err(|e| err("-".into(), e.message().trim().to_owned()))?;
    for lang in languages {
        let words = guide
            .get(lang)
            .ok_or_else(|| err(format!("[{lang}]"), "missing".into()))?;
        for &key in GUIDE_KEYS {
            if words.get(key).is_none_or(|w| w.trim().is_empty()) {
                return Err(err(format!("{lang}.{key}"), "missing".into()));
            }
        }
    }
    Ok(guide)
}

/// Hints each step has, in each language.
pub const HINTS: usize = 3;

pub(crate) const EXERCISE_DIR: &str = "exercises/";

/// Parses and validates one exercise file against the rest of the scenario.
pub(crate) fn parse_exercise(
    file: &ScenarioFile,
    scenario: &Scenario,
    languages: &[String],
) -> Result<Exercise, ScenarioError> {
    let id = file.path[EXERCISE_DIR.len()..].trim_end_matches(".toml");
    let err = |entry: &str, problem: String| ScenarioError {
        file: file.path.clone(),
        entry: entry.to_owned(),
        problem,
    };
    if crate::ids::check_slug("exercise", id).is_err() {
        return Err(err("file name", "must be a-z, 0-9 and '-'".into()));
    }
    let mut ex: Exercise = toml::from_str(&file.text).map_err(|e| {
        let line = e.span().map(|s| {
            file.text[..s.start.min(file.text.len())]
                .lines()
                .count()
                .max(1)
        });
        err(
            &line.map_or_else(|| "-".into(), |l| format!("line {l}")),
            e.message().trim().to_owned(),
        )
    })?;
    ex.id = id.to_owned();
    if !(1..=60).contains(&ex.minutes) {
        return Err(err("minutes", "must be 1-60".into()));
    }
    if ex.steps.is_empty() || ex.steps.len() > 12 {
        return Err(err("step", "an exercise has 1-12 steps".into()));
    }
    for lang in languages {
        let t = ex
            .text
            .get(lang)
            .ok_or_else(|| err(&format!("text.{lang}"), "missing".into()))?;
        for (name, value) in [
            ("title", &t.title),
            ("description", &t.description),
            ("story", &t.story),
        ] {
            if value.trim().is_empty() {
                return Err(err(
                    &format!("text.{lang}.{name}"),
                    "must not be empty".into(),
                ));
            }
        }
    }
    let persona = |p: &PersonaId, entry: &str| {
        scenario
            .persona(p)
            .map(|_| ())
            .ok_or_else(|| err(entry, format!("no persona {p:?} in personas/")))
    };
    persona(&ex.persona, "persona")?;
    // Folders a check may name: the fixed ones and those some action of the file creates.
    let mut folders: Vec<String> = vec!["indbakke".into(), "sendt".into(), "papirkurv".into()];
    for a in ex
        .setup
        .iter()
        .chain(ex.steps.iter().flat_map(|s| &s.show_me))
    {
        if let Action::CreateFolder { name } = a {
            folders.push(name.trim().to_lowercase());
        }
    }
    for (i, a) in ex.setup.iter().enumerate() {
        check_action(scenario, a, &folders).map_err(|p| err(&format!("setup {}", i + 1), p))?;
    }
    for (n, step) in ex.steps.iter().enumerate() {
        let entry = format!("step {}", n + 1);
        check_check(scenario, &step.check, &folders)
            .map_err(|p| err(&format!("{entry}.check"), p))?;
        if step.show_me.is_empty() {
            return Err(err(
                &format!("{entry}.show_me"),
                "must show at least one action".into(),
            ));
        }
        for (i, a) in step.show_me.iter().enumerate() {
            check_action(scenario, a, &folders)
                .map_err(|p| err(&format!("{entry}.show_me {}", i + 1), p))?;
        }
        for lang in languages {
            let t = step
                .text
                .get(lang)
                .ok_or_else(|| err(&format!("{entry}.text.{lang}"), "missing".into()))?;
            if t.instruction.trim().is_empty() {
                return Err(err(
                    &format!("{entry}.text.{lang}.instruction"),
                    "must not be empty".into(),
                ));
            }
            if t.hints.len() != HINTS || t.hints.iter().any(|h| h.trim().is_empty()) {
                return Err(err(
                    &format!("{entry}.text.{lang}.hints"),
                    format!(
                        "needs exactly {HINTS} hints (a nudge, a pointer, show me), none empty"
                    ),
                ));
            }
        }
    }
    Ok(ex)
}

fn known_persona(s: &Scenario, p: &PersonaId) -> Result<(), String> {
    s.persona(p)
        .map(|_| ())
        .ok_or_else(|| format!("no persona {p:?} in personas/"))
}

fn known_letter(s: &Scenario, l: &LetterId) -> Result<(), String> {
    s.letters
        .iter()
        .any(|x| &x.id == l)
        .then_some(())
        .ok_or_else(|| format!("no letter {l:?} in letters/"))
}

fn known_folder(folders: &[String], name: &str) -> Result<(), String> {
    folders
        .contains(&name.trim().to_lowercase())
        .then_some(())
        .ok_or_else(|| {
            format!(
                "no folder {name:?}: not a fixed folder and not created by the setup or a show_me"
            )
        })
}

fn known_area(a: &str) -> Result<(), String> {
    Area::from_key(a)
        .map(|_| ())
        .ok_or_else(|| format!("no område {a:?}; use one of {:?}", Area::ALL.map(Area::key)))
}

fn known_authority(s: &Scenario, a: &AuthorityId) -> Result<(), String> {
    s.authority(a)
        .map(|_| ())
        .ok_or_else(|| format!("no authority {a:?} in authorities.toml"))
}

fn check_check(s: &Scenario, c: &Check, folders: &[String]) -> Result<(), String> {
    match c {
        Check::LoggedOut => Ok(()),
        Check::LoggedIn { persona }
        | Check::NewPassword { persona }
        | Check::DoctorChanged { persona } => known_persona(s, persona),
        Check::LetterRead { persona, letter } => {
            known_persona(s, persona)?;
            known_letter(s, letter)
        }
        Check::FolderExists { persona, name } => {
            known_persona(s, persona)?;
            known_folder(folders, name)
        }
        Check::LetterInFolder {
            persona,
            letter,
            folder,
        } => {
            known_persona(s, persona)?;
            known_letter(s, letter)?;
            known_folder(folders, folder)
        }
        Check::MessageSent { persona, authority } => {
            known_persona(s, persona)?;
            known_authority(s, authority)
        }
        Check::AccessGiven {
            owner,
            helper,
            folder,
        } => {
            known_persona(s, owner)?;
            known_persona(s, helper)?;
            folder
                .as_deref()
                .map_or(Ok(()), |f| known_folder(folders, f))
        }
        Check::AccessRequested { owner, helper } | Check::MailboxOpened { helper, owner } => {
            known_persona(s, owner)?;
            known_persona(s, helper)
        }
        Check::FuldmagtGiven {
            giver,
            holder,
            area,
        } => {
            known_persona(s, giver)?;
            known_persona(s, holder)?;
            known_area(area)
        }
    }
}

fn check_action(s: &Scenario, a: &Action, folders: &[String]) -> Result<(), String> {
    match a {
        Action::LogIn { persona } | Action::Lock { persona } | Action::Unlock { persona, .. } => {
            known_persona(s, persona)
        }
        Action::LogOut
        | Action::ApproveAccess
        | Action::ApproveFuldmagt
        | Action::AnswerForCitizen => Ok(()),
        Action::CreateFolder { name } => known_folder(folders, name),
        Action::Open { letter }
        | Action::Trash { letter }
        | Action::Restore { letter }
        | Action::Reply { letter, .. } => known_letter(s, letter),
        Action::Move { letter, folder } => {
            known_letter(s, letter)?;
            known_folder(folders, folder)
        }
        Action::Write { to, .. } => known_authority(s, to),
        Action::GiveAccess { helper, folders: f } => {
            known_persona(s, helper)?;
            f.iter().try_for_each(|x| known_folder(folders, x))
        }
        Action::RequestAccess { owner } | Action::SwitchMailbox { owner } => {
            known_persona(s, owner)
        }
        Action::GiveFuldmagt { holder: p, areas } | Action::RequestFuldmagt { giver: p, areas } => {
            known_persona(s, p)?;
            areas.iter().try_for_each(|a| known_area(a))
        }
        Action::ChangeDoctor { on_behalf, doctor } => {
            if let Some(p) = on_behalf {
                known_persona(s, p)?;
            }
            crate::fuldmagt::DOCTORS
                .contains(&doctor.as_str())
                .then_some(())
                .ok_or_else(|| format!("no doctor {doctor:?}"))
        }
    }
}

impl World {
    /// The own folder of `owner` named `name` (any case), or a fixed folder by its name.
    pub fn folder_named(&self, owner: &PersonaId, name: &str) -> Option<FolderRef> {
        let lower = name.trim().to_lowercase();
        match lower.as_str() {
            "indbakke" => Some(FolderRef::Inbox),
            "sendt" => Some(FolderRef::Sent),
            "papirkurv" => Some(FolderRef::Trash),
            _ => self
                .own_folders(owner)
                .iter()
                .find(|f| f.name.to_lowercase() == lower)
                .map(|f| FolderRef::Own(f.id)),
        }
    }

    /// Whether `check` holds in the world now.
    pub fn holds(&self, check: &Check) -> bool {
        match check {
            Check::LoggedIn { persona } => {
                matches!(self.login(), Login::LoggedIn { persona: p } if p == persona)
            }
            Check::LoggedOut => matches!(self.login(), Login::LoggedOut),
            Check::NewPassword { persona } => self.nemid(persona).chosen_password.is_some(),
            Check::LetterRead { persona, letter } => self
                .find_letter(persona, letter.as_str())
                .is_some_and(|l| l.state.read),
            Check::FolderExists { persona, name } => self
                .folder_named(persona, name)
                .is_some_and(|f| matches!(f, FolderRef::Own(_))),
            Check::LetterInFolder {
                persona,
                letter,
                folder,
            } => {
                let f = self.folder_named(persona, folder);
                self.find_letter(persona, letter.as_str())
                    .is_some_and(|l| Some(l.state.folder) == f)
            }
            Check::MessageSent { persona, authority } => self
                .letters_in(persona, FolderRef::Sent)
                .iter()
                .any(|l| l.letter.to() == crate::Party::Authority(authority.clone())),
            Check::AccessGiven {
                owner,
                helper,
                folder,
            } => self.grant(owner, helper).is_some_and(|g| match folder {
                None => true,
                Some(name) => self
                    .folder_named(owner, name)
                    .is_some_and(|f| g.scope.covers(f) && g.scope != AccessScope::Whole),
            }),
            Check::AccessRequested { owner, helper } => {
                self.requests_to(owner).iter().any(|r| &r.helper == helper)
            }
            Check::MailboxOpened { helper, owner } => {
                self.logged_in().is_some_and(|p| &p.id == helper)
                    && self.open_mailbox().as_ref() == Some(owner)
            }
            Check::FuldmagtGiven {
                giver,
                holder,
                area,
            } => self
                .fuldmagt(giver, holder)
                .is_some_and(|f| Area::from_key(area).is_some_and(|a| f.areas.contains(&a))),
            Check::DoctorChanged { persona } => self
                .persona(persona)
                .is_some_and(|p| self.doctor(persona) != p.doctor),
        }
    }

    /// Does `action` as the learner would, reading passwords and keys off the persona's
    /// papers. Used for exercise setups and to prove every "show me" path works.
    pub fn perform(&mut self, action: &Action, now: Timestamp) -> Result<(), String> {
        let me = || self.logged_in().map(|p| p.id.clone());
        let mailbox = |w: &mut World, action: MailboxAction| -> Result<(), String> {
            let owner = w.open_mailbox().ok_or("nobody is logged in")?;
            w.handle(&Command::Mailbox { owner, action }, now)
                .map(|_| ())
                .map_err(|r| r.to_string())
        };
        let run =
            |w: &mut World, c: Command| w.handle(&c, now).map(|_| ()).map_err(|r| r.to_string());
        let areas = |a: &[String]| {
            a.iter()
                .filter_map(|x| Area::from_key(x))
                .collect::<Vec<_>>()
        };
        let person = |w: &World, p: &PersonaId| {
            w.persona(p)
                .map(|p| (p.name.clone(), p.cpr.to_string()))
                .ok_or_else(|| format!("no persona {p}"))
        };
        match action {
            Action::LogIn { persona } => {
                if me().is_some() {
                    run(self, Command::LogOut)?;
                }
                let p = self.persona(persona).ok_or("no such persona")?.clone();
                let password = p.password.clone();
                run(
                    self,
                    Command::SubmitPassword {
                        user_id: p.login_id().to_owned(),
                        password,
                    },
                )?;
                self.type_key(now)
            }
            Action::LogOut => run(self, Command::LogOut),
            Action::Lock { persona } => {
                let p = self.persona(persona).ok_or("no such persona")?.clone();
                while !self.nemid(persona).locked {
                    let _ = self.handle(
                        &Command::SubmitPassword {
                            user_id: p.login_id().to_owned(),
                            password: "forkert-0".into(),
                        },
                        now,
                    );
                }
                Ok(())
            }
            Action::Unlock { persona, password } => {
                let p = self.persona(persona).ok_or("no such persona")?.clone();
                let temporary = self.temporary_password(persona, self.nemid(persona).lockouts);
                run(
                    self,
                    Command::SubmitPassword {
                        user_id: p.login_id().to_owned(),
                        password: temporary,
                    },
                )?;
                self.type_key(now)?;
                run(
                    self,
                    Command::ChooseNewPassword {
                        password: password.clone(),
                        repeat: password.clone(),
                    },
                )
            }
            Action::CreateFolder { name } => {
                mailbox(self, MailboxAction::CreateFolder { name: name.clone() })
            }
            Action::Open { letter } => mailbox(
                self,
                MailboxAction::Open {
                    letter: letter.clone(),
                },
            ),
            Action::Trash { letter } => mailbox(
                self,
                MailboxAction::Trash {
                    letter: letter.clone(),
                },
            ),
            Action::Restore { letter } => mailbox(
                self,
                MailboxAction::Restore {
                    letter: letter.clone(),
                },
            ),
            Action::Move { letter, folder } => {
                let owner = self.open_mailbox().ok_or("nobody is logged in")?;
                let to = self.folder_named(&owner, folder).ok_or("no such folder")?;
                mailbox(
                    self,
                    MailboxAction::Move {
                        letters: vec![letter.clone()],
                        to,
                    },
                )
            }
            Action::Write { to, subject, body } => mailbox(
                self,
                MailboxAction::Write {
                    to: to.clone(),
                    subject: subject.clone(),
                    body: body.clone(),
                    uploads: Vec::new(),
                },
            ),
            Action::Reply { letter, body } => {
                let owner = self.open_mailbox().ok_or("nobody is logged in")?;
                let subject = self
                    .find_letter(&owner, letter.as_str())
                    .map(|l| format!("Sv: {}", l.letter.subject()))
                    .ok_or("no such letter")?;
                mailbox(
                    self,
                    MailboxAction::Reply {
                        letter: letter.clone(),
                        subject,
                        body: body.clone(),
                        uploads: Vec::new(),
                    },
                )
            }
            Action::GiveAccess { helper, folders } => {
                let me = me().ok_or("nobody is logged in")?;
                let (name, cpr) = person(self, helper)?;
                let scope = if folders.is_empty() {
                    AccessScope::Whole
                } else {
                    AccessScope::Folders(
                        folders
                            .iter()
                            .filter_map(|f| self.folder_named(&me, f))
                            .collect(),
                    )
                };
                let prepare = AccessAction::PrepareGrant {
                    name,
                    cpr,
                    level: AccessLevel::Read,
                    scope,
                    until: String::new(),
                };
                run(self, Command::Access { action: prepare })?;
                self.sign_with_key(now)
            }
            Action::RequestAccess { owner } => {
                let (name, cpr) = person(self, owner)?;
                let action = AccessAction::Request {
                    name,
                    cpr,
                    level: AccessLevel::Read,
                    until: String::new(),
                };
                run(self, Command::Access { action })
            }
            Action::ApproveAccess => {
                let me = me().ok_or("nobody is logged in")?;
                let request = self
                    .requests_to(&me)
                    .first()
                    .map(|r| r.id)
                    .ok_or("no request")?;
                run(
                    self,
                    Command::Access {
                        action: AccessAction::PrepareApproval { request },
                    },
                )?;
                self.sign_with_key(now)
            }
            Action::SwitchMailbox { owner } => run(
                self,
                Command::Access {
                    action: AccessAction::Switch {
                        owner: Some(owner.clone()),
                    },
                },
            ),
            Action::GiveFuldmagt { holder, areas: a } => {
                let (name, cpr) = person(self, holder)?;
                let action = FuldmagtAction::PrepareGive {
                    name,
                    cpr,
                    areas: areas(a),
                    until: None,
                };
                run(self, Command::Fuldmagt { action })?;
                self.sign_with_key(now)
            }
            Action::RequestFuldmagt { giver, areas: a } => {
                let (name, cpr) = person(self, giver)?;
                let action = FuldmagtAction::Request {
                    name,
                    cpr,
                    areas: areas(a),
                    until: None,
                };
                run(self, Command::Fuldmagt { action })
            }
            Action::ApproveFuldmagt => {
                let me = me().ok_or("nobody is logged in")?;
                let request = self
                    .fuldmagt_requests_to(&me)
                    .first()
                    .map(|r| r.id)
                    .ok_or("no request")?;
                run(
                    self,
                    Command::Fuldmagt {
                        action: FuldmagtAction::PrepareApproval { request },
                    },
                )?;
                self.sign_with_key(now)
            }
            Action::AnswerForCitizen => {
                let request = self
                    .cases_for_trusted_employee()
                    .first()
                    .map(|r| r.id)
                    .ok_or("no case")?;
                let action = FuldmagtAction::AnswerForCitizen {
                    request,
                    approve: true,
                    identity_confirmed: true,
                };
                run(self, Command::Fuldmagt { action })
            }
            Action::ChangeDoctor { on_behalf, doctor } => {
                let action = FuldmagtAction::ChangeDoctor {
                    on_behalf: on_behalf.clone(),
                    doctor: doctor.clone(),
                };
                run(self, Command::Fuldmagt { action })
            }
        }
    }

    /// Types the key the login asks for, read off the persona's card.
    fn type_key(&mut self, now: Timestamp) -> Result<(), String> {
        let Login::AwaitingKey {
            persona, key_index, ..
        } = self.login().clone()
        else {
            return Err("no key step".into());
        };
        let key = self
            .key_card(&persona)
            .keys
            .get(usize::from(key_index))
            .map(|k| k.key.clone())
            .ok_or("no such key")?;
        self.handle(&Command::SubmitKey { key }, now)
            .map(|_| ())
            .map_err(|r| r.to_string())
    }

    /// "Underskriv" with the key the signature asks for.
    fn sign_with_key(&mut self, now: Timestamp) -> Result<(), String> {
        let s = self.signing().ok_or("nothing to sign")?.clone();
        let key = self
            .key_card(&s.persona)
            .keys
            .get(usize::from(s.key_index))
            .map(|k| k.key.clone())
            .ok_or("no such key")?;
        self.handle(
            &Command::Access {
                action: AccessAction::Sign { key },
            },
            now,
        )
        .map(|_| ())
        .map_err(|r| r.to_string())
    }
}

#[cfg(test)]
#[path = "exercise_tests.rs"]
mod tests;

/// Where a learner is in an exercise.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Progress {
    /// Index in the scenario's exercises.
    pub exercise: usize,
    /// The step being worked on; equal to the number of steps when all are done.
    pub step: usize,
    /// Hints shown for the current step (0–3).
    pub hints_shown: u8,
    /// Steps done after a hint, and steps skipped.
    pub hinted: Vec<bool>,
    pub skipped: Vec<bool>,
    /// The guide's language ("da", "en", …).
    pub lang: String,
    pub stopped: bool,
}

impl Progress {
    pub fn finished(&self) -> bool {
        self.step >= self.hinted.len()
    }

    /// Steps done on one's own: not skipped and without a hint.
    pub fn done_alone(&self) -> usize {
        (0..self.hinted.len().min(self.step))
            .filter(|i| !self.hinted[*i] && !self.skipped[*i])
            .count()
    }
}

/// What the guide panel's buttons do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GuideAction {
    /// "Vis hint": the next of the three hints.
    ShowHint,
    /// "Spring trin over".
    Skip,
    /// "Stop øvelsen".
    Stop,
    /// The guide's language.
    Language(String),
}

impl World {
    /// A fresh world for exercise number `index`: its setup done, at its first step.
    pub fn for_exercise(
        scenario: std::sync::Arc<Scenario>,
        seed: u64,
        now: Timestamp,
        index: usize,
        lang: &str,
    ) -> Result<World, String> {
        let ex = scenario
            .exercises
            .get(index)
            .ok_or("no such exercise")?
            .clone();
        let mut w = World::new(scenario, seed, now);
        for (i, a) in ex.setup.iter().enumerate() {
            w.perform(a, now)
                .map_err(|e| format!("{}: setup {}: {e}", ex.id, i + 1))?;
        }
        if w.logged_in().is_some() {
            w.handle(&Command::LogOut, now).map_err(|e| e.to_string())?;
        }
        w.progress = Some(Progress {
            exercise: index,
            step: 0,
            hints_shown: 0,
            hinted: vec![false; ex.steps.len()],
            skipped: vec![false; ex.steps.len()],
            lang: lang.to_owned(),
            stopped: false,
        });
        w.advance();
        Ok(w)
    }

    pub fn progress(&self) -> Option<(&Exercise, &Progress)> {
        let p = self.progress.as_ref()?;
        Some((self.scenario().exercises.get(p.exercise)?, p))
    }

    /// Moves past every step whose check holds now (a step can be done before it is
    /// asked for only if the learner did it anyway; the order of steps still holds).
    pub(crate) fn advance(&mut self) {
        let Some(p) = self.progress.clone() else {
            return;
        };
        let Some(ex) = self.scenario().exercises.get(p.exercise).cloned() else {
            return;
        };
        let mut p = p;
        while !p.stopped && p.step < ex.steps.len() && self.holds(&ex.steps[p.step].check) {
            p.hinted[p.step] = p.hints_shown > 0;
            p.step += 1;
            p.hints_shown = 0;
        }
        self.progress = Some(p);
    }

    /// The guide panel's buttons.
    pub fn guide(&mut self, action: &GuideAction) -> Result<(), crate::Refusal> {
        if let GuideAction::Language(lang) = action
            && !self.scenario().languages.contains(lang)
        {
            return Err(crate::Refusal::NoSuchLanguage);
        }
        let Some(p) = self.progress.as_mut() else {
            return Err(crate::Refusal::NoExercise);
        };
        match action {
            GuideAction::ShowHint if p.finished() || p.stopped => {}
            GuideAction::ShowHint => p.hints_shown = (p.hints_shown + 1).min(HINTS as u8),
            GuideAction::Skip if p.finished() || p.stopped => {}
            GuideAction::Skip => {
                p.skipped[p.step] = true;
                p.step += 1;
                p.hints_shown = 0;
            }
            GuideAction::Stop => p.stopped = true,
            GuideAction::Language(lang) => p.lang = lang.clone(),
        }
        self.advance();
        Ok(())
    }
}
