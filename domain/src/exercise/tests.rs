//! Exercises: validation of the files, each check kind, and the guide's progress.

use super::*;
use crate::testing::{HEAD, KAREN, T, scenario as post_scenario};
use crate::*;
use std::sync::Arc;

const STEP: &str = r#"
[[step]]
check = { kind = "folder-exists", persona = "karen", name = "Sundhed" }
show_me = [{ do = "log-in", persona = "karen" }, { do = "create-folder", name = "Sundhed" }]
[step.text.da]
instruction = "Opret mappen Sundhed."
hints = ["Kig til venstre.", "Knappen hedder Opret mappe.", "Skriv Sundhed og klik Opret mappe."]
[step.text.en]
instruction = "Create the folder Sundhed."
hints = ["Look left.", "The button is Opret mappe.", "Type Sundhed and click Opret mappe."]
"#;

fn exercise(steps: &str) -> String {
    format!(
        "theme = \"digital-post\"\naudience = \"borger\"\nlevel = \"begynder\"\nminutes = 5\npersona = \"karen\"\n\
         [text.da]\ntitle = \"Mappe\"\ndescription = \"Lav en mappe.\"\nstory = \"Karen vil have orden.\"\n\
         [text.en]\ntitle = \"Folder\"\ndescription = \"Make a folder.\"\nstory = \"Karen wants order.\"\n{steps}"
    )
}

fn parse(text: &str) -> Result<Exercise, ScenarioError> {
    let scenario = post_scenario();
    let file = ScenarioFile {
        path: "exercises/mappe.toml".into(),
        text: text.into(),
    };
    parse_exercise(&file, &scenario, &scenario.languages)
}

#[test]
fn a_good_exercise_file_loads() {
    let ex = parse(&exercise(STEP)).unwrap();
    assert_eq!(ex.id, "mappe");
    assert_eq!(ex.steps.len(), 1);
    assert_eq!(ex.steps[0].text["en"].hints.len(), 3);
}

#[test]
fn a_broken_exercise_file_is_refused_with_the_file_the_step_and_the_problem() {
    let cases = [
        (STEP.replace("folder-exists", "folder-painted"), "step 1", "unknown variant"),
        (STEP.replace("name = \"Sundhed\" }\nshow_me", "name = \"Skat\" }\nshow_me"), "step 1.check", "no folder \"Skat\""),
        (STEP.replace("persona = \"karen\", name", "persona = \"ukendt\", name"), "step 1.check", "no persona"),
        (STEP.replace(", \"Skriv Sundhed og klik Opret mappe.\"]", "]"), "step 1.text.da.hints", "exactly 3 hints"),
        (STEP.replace("[step.text.en]\ninstruction = \"Create the folder Sundhed.\"\nhints = [\"Look left.\", \"The button is Opret mappe.\", \"Type Sundhed and click Opret mappe.\"]\n", ""), "step 1.text.en", "missing"),
        (STEP.replace("{ do = \"log-in\", persona = \"karen\" }", "{ do = \"open\", letter = \"findes-ikke\" }"), "step 1.show_me 1", "no letter"),
    ];
    for (step, entry, problem) in cases {
        let e = parse(&exercise(&step)).unwrap_err();
        assert_eq!(e.file, "exercises/mappe.toml");
        assert!(
            e.entry
                .starts_with(entry.split('.').next().unwrap_or(entry))
                || e.entry.starts_with("line"),
            "{e}"
        );
        if !e.entry.starts_with("line") {
            assert_eq!(e.entry, entry, "{e}");
        }
        assert!(e.problem.contains(problem), "{e}");
    }
    assert!(
        parse(&exercise(""))
            .unwrap_err()
            .problem
            .contains("1-12 steps")
    );
}

fn world_with(text: &str) -> World {
    let base = post_scenario();
    let mut scenario = (*Arc::new(base)).clone();
    let file = ScenarioFile {
        path: "exercises/mappe.toml".into(),
        text: text.into(),
    };
    let ex = parse_exercise(&file, &scenario, &scenario.languages).unwrap();
    scenario.exercises = vec![ex];
    World::for_exercise(Arc::new(scenario), 1, T, 0, "da").unwrap()
}

#[test]
fn the_guide_moves_on_when_the_step_is_done_and_counts_hints_and_skips() {
    let two = format!("{STEP}{}", STEP.replace("folder-exists\", persona = \"karen\", name = \"Sundhed\"", "letter-in-folder\", persona = \"karen\", letter = \"a-aarsopgoerelse\", folder = \"Sundhed\"").replace("{ do = \"log-in\", persona = \"karen\" }, { do = \"create-folder\", name = \"Sundhed\" }", "{ do = \"move\", letter = \"a-aarsopgoerelse\", folder = \"Sundhed\" }"));
    let mut w = world_with(&exercise(&two));
    assert_eq!(w.progress().unwrap().1.step, 0);
    w.guide(&GuideAction::ShowHint, T).unwrap();
    w.guide(&GuideAction::ShowHint, T).unwrap();
    w.guide(&GuideAction::ShowHint, T).unwrap();
    w.guide(&GuideAction::ShowHint, T).unwrap();
    assert_eq!(
        w.progress().unwrap().1.hints_shown,
        3,
        "three hints at most"
    );
    let (ex, _) = w.progress().unwrap();
    let show_me = ex.steps[0].show_me.clone();
    for a in &show_me {
        w.perform(a, T).unwrap();
    }
    let (_, p) = w.progress().unwrap();
    assert_eq!(
        (p.step, p.hints_shown, p.hinted[0]),
        (1, 0, true),
        "moved on by itself"
    );
    w.guide(&GuideAction::Skip, T).unwrap();
    let (_, p) = w.progress().unwrap();
    assert!(p.finished() && p.skipped[1]);
    assert_eq!(p.done_alone(), 0);
    w.guide(&GuideAction::Language("en".into()), T).unwrap();
    assert_eq!(w.progress().unwrap().1.lang, "en");
    assert_eq!(
        w.guide(&GuideAction::Language("xx".into()), T),
        Err(crate::Refusal::NoSuchLanguage)
    );
    w.guide(&GuideAction::Stop, T).unwrap();
    assert!(w.progress().unwrap().1.stopped);
}

#[test]
fn each_check_kind_holds_exactly_when_its_state_is_there() {
    let mut w = World::new(Arc::new(post_scenario()), 1, T);
    let karen = PersonaId::parse("karen").unwrap();
    let mette = PersonaId::parse("mette").unwrap();
    let letter = LetterId::parse("b-hospital").unwrap();
    let skat = AuthorityId::parse("skattestyrelsen").unwrap();
    let check = |w: &World, c: Check| w.holds(&c);
    assert!(check(&w, Check::LoggedOut));
    assert!(!check(
        &w,
        Check::LoggedIn {
            persona: karen.clone()
        }
    ));
    w.perform(
        &Action::LogIn {
            persona: karen.clone(),
        },
        T,
    )
    .unwrap();
    assert!(
        check(
            &w,
            Check::LoggedIn {
                persona: karen.clone()
            }
        ) && !check(&w, Check::LoggedOut)
    );
    assert!(!check(
        &w,
        Check::LetterRead {
            persona: karen.clone(),
            letter: letter.clone()
        }
    ));
    w.perform(
        &Action::Open {
            letter: letter.clone(),
        },
        T,
    )
    .unwrap();
    assert!(check(
        &w,
        Check::LetterRead {
            persona: karen.clone(),
            letter: letter.clone()
        }
    ));
    let folder = Check::FolderExists {
        persona: karen.clone(),
        name: "sundhed".into(),
    };
    assert!(!check(&w, folder.clone()));
    w.perform(
        &Action::CreateFolder {
            name: "Sundhed".into(),
        },
        T,
    )
    .unwrap();
    assert!(check(&w, folder));
    let in_folder = Check::LetterInFolder {
        persona: karen.clone(),
        letter: letter.clone(),
        folder: "Sundhed".into(),
    };
    assert!(!check(&w, in_folder.clone()));
    w.perform(
        &Action::Move {
            letter: letter.clone(),
            folder: "Sundhed".into(),
        },
        T,
    )
    .unwrap();
    assert!(check(&w, in_folder));
    let sent = Check::MessageSent {
        persona: karen.clone(),
        authority: skat.clone(),
    };
    assert!(!check(&w, sent.clone()));
    w.perform(
        &Action::Write {
            to: skat,
            subject: "S".into(),
            body: "B".into(),
        },
        T,
    )
    .unwrap();
    assert!(check(&w, sent));
    let access = |folder: Option<&str>| Check::AccessGiven {
        owner: karen.clone(),
        helper: mette.clone(),
        folder: folder.map(String::from),
    };
    assert!(!check(&w, access(None)));
    w.perform(
        &Action::GiveAccess {
            helper: mette.clone(),
            folders: vec!["Sundhed".into()],
        },
        T,
    )
    .unwrap();
    assert!(
        check(&w, access(None))
            && check(&w, access(Some("Sundhed")))
            && !check(&w, access(Some("Indbakke")))
    );
    let fuldmagt = Check::FuldmagtGiven {
        giver: karen.clone(),
        holder: mette.clone(),
        area: "skift-laege".into(),
    };
    assert!(!check(&w, fuldmagt.clone()));
    w.perform(
        &Action::GiveFuldmagt {
            holder: mette.clone(),
            areas: vec!["flytning".into()],
        },
        T,
    )
    .unwrap();
    assert!(!check(&w, fuldmagt.clone()), "another område");
    let moving = Check::FuldmagtGiven {
        giver: karen.clone(),
        holder: mette.clone(),
        area: "flytning".into(),
    };
    assert!(check(&w, moving));
    w.perform(
        &Action::LogIn {
            persona: mette.clone(),
        },
        T,
    )
    .unwrap();
    let opened = Check::MailboxOpened {
        helper: mette.clone(),
        owner: karen.clone(),
    };
    assert!(!check(&w, opened.clone()));
    w.perform(
        &Action::SwitchMailbox {
            owner: karen.clone(),
        },
        T,
    )
    .unwrap();
    assert!(check(&w, opened));
    let doctor = Check::DoctorChanged {
        persona: mette.clone(),
    };
    assert!(!check(&w, doctor.clone()));
    w.perform(
        &Action::ChangeDoctor {
            on_behalf: None,
            doctor: "Odense Lægecenter".into(),
        },
        T,
    )
    .unwrap();
    assert!(check(&w, doctor));
    let requested = Check::AccessRequested {
        owner: mette.clone(),
        helper: karen.clone(),
    };
    assert!(!check(&w, requested.clone()));
    w.perform(
        &Action::LogIn {
            persona: karen.clone(),
        },
        T,
    )
    .unwrap();
    w.perform(
        &Action::RequestAccess {
            owner: mette.clone(),
        },
        T,
    )
    .unwrap();
    assert!(check(&w, requested));
    let new_password = Check::NewPassword {
        persona: mette.clone(),
    };
    assert!(!check(&w, new_password.clone()));
    w.perform(&Action::LogOut, T).unwrap();
    w.perform(
        &Action::Lock {
            persona: mette.clone(),
        },
        T,
    )
    .unwrap();
    w.perform(
        &Action::Unlock {
            persona: mette.clone(),
            password: "Solsikke42".into(),
        },
        T,
    )
    .unwrap();
    assert!(check(&w, new_password));
    let _ = (HEAD, KAREN);
}
