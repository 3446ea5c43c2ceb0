//! Reading and checking exercise files at start-up (their texts: `scenario::texts`).

use crate::exercise::{Action, Check, EXERCISE_DIR, Exercise};
use crate::fuldmagt::Area;
use crate::ids::{AuthorityId, LetterId, PersonaId};
use crate::scenario::{Scenario, ScenarioError, ScenarioFile};

/// Parses and validates one exercise file against the rest of the scenario.
pub(crate) fn parse_exercise(
    file: &ScenarioFile,
    scenario: &Scenario,
) -> Result<Exercise, ScenarioError> {
    let id = file.path[EXERCISE_DIR.len()..].trim_end_matches(".toml");
    let err = |entry: &str, problem: String| ScenarioError {
        file: file.path.clone(),
        entry: entry.to_owned(),
        problem,
    };
    if crate::ids::check_slug("exercise", id).is_err() {
        return Err(err("file name", "må kun have a-z, 0-9 og '-'".into()));
    }
    let mut ex: Exercise = toml::from_str(&file.text).map_err(|e| {
        let line = e
            .span()
            .map(|s| crate::scenario::parse::line_at(&file.text, s.start));
        err(
            &line.map_or_else(|| "-".into(), |l| format!("line {l}")),
            e.message().trim().to_owned(),
        )
    })?;
    ex.id = id.to_owned();
    if !(1..=60).contains(&ex.minutes) {
        return Err(err("minutes", "skal være 1–60".into()));
    }
    if ex.steps.is_empty() || ex.steps.len() > 12 {
        return Err(err("step", "en øvelse har 1–12 trin".into()));
    }
    let persona = |p: &PersonaId, entry: &str| {
        scenario
            .persona(p)
            .map(|_| ())
            .ok_or_else(|| err(entry, format!("der er ingen person \"{p}\" i øvemiljøet")))
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
                "skal vise mindst én handling".into(),
            ));
        }
        for (i, a) in step.show_me.iter().enumerate() {
            check_action(scenario, a, &folders)
                .map_err(|p| err(&format!("{entry}.show_me {}", i + 1), p))?;
        }
    }
    Ok(ex)
}

fn known_persona(s: &Scenario, p: &PersonaId) -> Result<(), String> {
    s.persona(p)
        .map(|_| ())
        .ok_or_else(|| format!("der er ingen person \"{p}\" i øvemiljøet"))
}

fn known_letter(s: &Scenario, l: &LetterId) -> Result<(), String> {
    s.letters
        .iter()
        .any(|x| &x.id == l)
        .then_some(())
        .ok_or_else(|| format!("der er intet brev \"{l}\" i øvemiljøet"))
}

fn known_folder(folders: &[String], name: &str) -> Result<(), String> {
    folders
        .contains(&name.trim().to_lowercase())
        .then_some(())
        .ok_or_else(|| {
            format!(
                "der er ingen mappe {name:?}: hverken en fast mappe eller en, som setup eller show_me opretter"
            )
        })
}

fn known_area(a: &str) -> Result<(), String> {
    Area::from_key(a).map(|_| ()).ok_or_else(|| {
        format!(
            "der er intet område {a:?}; brug et af {:?}",
            Area::ALL.map(Area::key)
        )
    })
}

fn known_authority(s: &Scenario, a: &AuthorityId) -> Result<(), String> {
    s.authority(a)
        .map(|_| ())
        .ok_or_else(|| format!("der er ingen myndighed \"{a}\" i øvemiljøet"))
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
        Check::MitIdLoggedIn { persona, with } => known_authenticator(s, persona, *with),
        Check::MitIdSigned { persona } => {
            known_persona(s, persona)?;
            s.persona(persona)
                .and_then(|p| p.mitid.as_ref())
                .map(|_| ())
                .ok_or_else(|| format!("{persona} har ikke MitID"))
        }
        Check::MitIdRejected { persona } => {
            known_authenticator(s, persona, crate::mitid::Authenticator::App)
        }
        Check::DrillDone { drill } => known_drill(s, drill),
        Check::OwnerLoggedInAlone { owner, helper } => {
            known_persona(s, owner)?;
            known_persona(s, helper)
        }
    }
}

fn known_drill(s: &Scenario, drill: &str) -> Result<(), String> {
    s.drills
        .iter()
        .any(|d| d.id == drill)
        .then_some(())
        .ok_or_else(|| format!("der er ingen fidus-øvelse {drill:?}"))
}

/// The persona exists and has `with` among its MitID authenticators.
fn known_authenticator(
    s: &Scenario,
    persona: &PersonaId,
    with: crate::mitid::Authenticator,
) -> Result<(), String> {
    known_persona(s, persona)?;
    s.persona(persona)
        .and_then(|p| p.mitid.as_ref())
        .filter(|m| m.authenticators.contains(&with))
        .map(|_| ())
        .ok_or_else(|| format!("{persona} har ikke MitID med {}", with.label()))
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
        Action::GiveAccess {
            helper, folders: f, ..
        } => {
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
                .ok_or_else(|| format!("der er ingen læge {doctor:?}"))
        }
        Action::MitIdLogIn { persona, with } => known_authenticator(s, persona, *with),
        Action::MitIdReject { persona } | Action::MitIdStranger { persona } => {
            known_authenticator(s, persona, crate::mitid::Authenticator::App)
        }
        Action::DrillSend { drill, persona } | Action::DrillDelete { drill, persona } => {
            known_persona(s, persona)?;
            known_drill(s, drill)?;
            let call = s
                .drills
                .iter()
                .any(|d| d.id == *drill && d.channel == crate::drill::Channel::Call);
            if call {
                known_authenticator(s, persona, crate::mitid::Authenticator::App)?;
            }
            Ok(())
        }
        Action::DrillWatch { helper, owner } => {
            known_persona(s, helper)?;
            known_persona(s, owner)?;
            (helper != owner)
                .then_some(())
                .ok_or_else(|| "the helper and the owner are two personas".to_owned())
        }
        Action::DrillLook { .. } => Ok(()),
    }
}
