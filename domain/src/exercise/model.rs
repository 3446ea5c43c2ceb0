//! What an exercise is: themes, steps, checks, actions, and a learner's progress.

use crate::ids::{AuthorityId, LetterId, PersonaId};
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
    /// Logged in as the persona with MitID and this authenticator.
    #[serde(rename = "mitid-logged-in")]
    MitIdLoggedIn {
        persona: PersonaId,
        with: crate::mitid::Authenticator,
    },
    /// The persona signed something with MitID.
    #[serde(rename = "mitid-signed")]
    MitIdSigned { persona: PersonaId },
    /// The persona rejected ("Afvis") a request in the MitID app.
    #[serde(rename = "mitid-rejected")]
    MitIdRejected { persona: PersonaId },
    /// The safety drill has an outcome: its message deleted ("Klaret") or something typed
    /// into its fake page ("Snydt").
    DrillDone { drill: String },
    /// "Kig væk": the owner is logged in and typed every code of it herself, the helper
    /// looking away.
    #[serde(rename = "owner-logged-in-alone")]
    OwnerLoggedInAlone { owner: PersonaId, helper: PersonaId },
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
        /// Signed with MitID ("Underskriv med MitID") instead of a key.
        #[serde(default)]
        mitid: bool,
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
    /// Logs in with MitID and `with`, reading the code off the device or approving in the
    /// app with the scenario's PIN (logging out first).
    #[serde(rename = "mitid-log-in")]
    MitIdLogIn {
        persona: PersonaId,
        with: crate::mitid::Authenticator,
    },
    /// "Afvis" on the newest waiting request in the persona's app.
    #[serde(rename = "mitid-reject")]
    MitIdReject {
        persona: PersonaId,
    },
    /// Someone else tries to log in as the persona: a request the learner did not start.
    #[serde(rename = "mitid-stranger")]
    MitIdStranger {
        persona: PersonaId,
    },
    /// A safety drill's fake message arrives on the persona's phone.
    DrillSend {
        drill: String,
        persona: PersonaId,
    },
    /// "Slet" on the drill's message on the persona's phone.
    DrillDelete {
        drill: String,
        persona: PersonaId,
    },
    /// "Kig væk" begins: `helper` sits next to `owner`.
    DrillWatch {
        helper: PersonaId,
        owner: PersonaId,
    },
    /// The helper looks away (true) or back.
    DrillLook {
        away: bool,
    },
}

/// The texts of an exercise in one language (from `exercises/<lang>.ftl`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExerciseText {
    pub title: String,
    pub description: String,
    pub story: String,
}

/// A step's texts in one language: the instruction and three hints (a nudge, a pointer,
/// and "show me").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepText {
    pub instruction: String,
    pub hints: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub check: Check,
    pub show_me: Vec<Action>,
    /// By language, from the translation files.
    #[serde(skip_deserializing, default)]
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
    /// By language, from the translation files.
    #[serde(skip_deserializing, default)]
    pub text: BTreeMap<String, ExerciseText>,
    #[serde(rename = "step", default)]
    pub steps: Vec<Step>,
}

fn placeholder_id() -> String {
    String::new()
}

/// Hints each step has, in each language.
pub const HINTS: usize = 3;

pub(crate) const EXERCISE_DIR: &str = "exercises/";

/// Where a learner is in an exercise.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
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
    /// The panel is folded to one line ("Vis vejledning" opens it).
    pub folded: bool,
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
    /// "Skjul vejledning" (true) / "Vis vejledning" (false): the panel folded to one line,
    /// remembered for every page of the world (on a phone it would fill the first screen).
    Fold(bool),
    /// "Kig væk": the helper looks away (true: "Jeg kigger væk") or back.
    LookAway(bool),
}
