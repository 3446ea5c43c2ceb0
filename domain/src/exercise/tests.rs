//! Exercises: validation of the files, each check kind, and the guide's progress.

use super::*;
use crate::testing::{
    HEAD, KAREN, MAPPE_DA, MAPPE_EN, T, load_exercise, scenario as post_scenario,
};
use crate::*;
use std::sync::Arc;

const STEP: &str = r#"
[[step]]
check = { kind = "folder-exists", persona = "karen", name = "Sundhed" }
show_me = [{ do = "log-in", persona = "karen" }, { do = "create-folder", name = "Sundhed" }]
"#;

fn exercise(steps: &str) -> String {
    format!(
        "theme = \"digital-post\"\naudience = \"borger\"\nlevel = \"begynder\"\nminutes = 5\npersona = \"karen\"\n{steps}"
    )
}

/// The texts of "mappe" with `steps` steps (the first as in `MAPPE_DA`/`MAPPE_EN`).
fn texts(base: &str, steps: usize) -> String {
    let mut text = base.to_owned();
    for n in 2..=steps {
        text.push_str(&format!(
            "mappe-step-{n} = Trin {n}.\n    .hint-1 = a\n    .hint-2 = b\n    .hint-3 = c\n"
        ));
    }
    text
}

fn parse(text: &str) -> Result<Exercise, ScenarioError> {
    load_exercise(&post_scenario(), text, MAPPE_DA, MAPPE_EN)
}

#[test]
fn a_good_exercise_file_loads() {
    let ex = parse(&exercise(STEP)).unwrap();
    assert_eq!(ex.id, "mappe");
    assert_eq!(ex.steps.len(), 1);
    assert_eq!(ex.text["en"].title, "Folder");
    assert_eq!(
        ex.steps[0].text["en"].hints[2],
        "Type Sundhed and click Opret mappe."
    );
    assert_eq!(ex.steps[0].text["da"].instruction, "Opret mappen Sundhed.");
}

#[test]
fn a_broken_exercise_file_is_refused_with_the_file_the_step_and_the_problem() {
    let cases = [
        (
            STEP.replace("folder-exists", "folder-painted"),
            "step 1",
            "unknown variant",
        ),
        (
            STEP.replace(
                "name = \"Sundhed\" }\nshow_me",
                "name = \"Skat\" }\nshow_me",
            ),
            "step 1.check",
            "ingen mappe \"Skat\"",
        ),
        (
            STEP.replace("persona = \"karen\", name", "persona = \"ukendt\", name"),
            "step 1.check",
            "ingen person",
        ),
        (
            STEP.replace(
                "{ do = \"log-in\", persona = \"karen\" }",
                "{ do = \"open\", letter = \"findes-ikke\" }",
            ),
            "step 1.show_me 1",
            "intet brev",
        ),
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
            .contains("1–12 trin")
    );
    // Texts in the exercise file are the old format: refused, not ignored.
    let old = format!("{}[text.da]\ntitle = \"Mappe\"\n", exercise(STEP));
    assert!(parse(&old).unwrap_err().problem.contains("unknown field"));
}

#[test]
fn broken_translations_are_refused_with_the_file_the_id_and_the_problem() {
    let two_hints = MAPPE_DA.replace("    .hint-3 = Skriv Sundhed og klik Opret mappe.\n", "");
    let cases: [(&str, String, &str, &str, &str); 11] = [
        (
            "en",
            MAPPE_EN.replace("Look left.", "Click \"Opret mappe."),
            "exercises/en.ftl",
            "mappe-step-1.hint-1",
            "ulige antal",
        ),
        (
            "en",
            MAPPE_EN.replace("### reviewed: no", "### reviewed: source"),
            "exercises/en.ftl",
            "reviewed",
            "only the Danish",
        ),
        (
            "da",
            MAPPE_DA.replace("Kig til venstre.", "Kig { NUMBER(1) }."),
            "exercises/da.ftl",
            "mappe-step-1.hint-1",
            "kan ikke vises",
        ),
        (
            "da",
            two_hints,
            "exercises/da.ftl",
            "mappe-step-1",
            "præcis 3 hints",
        ),
        (
            "da",
            texts(MAPPE_DA, 2),
            "exercises/da.ftl",
            "mappe-step-2",
            "et trin for meget",
        ),
        (
            "en",
            MAPPE_EN.replace("mappe-story = Karen wants order.\n", ""),
            "exercises/en.ftl",
            "mappe-story",
            "mangler",
        ),
        (
            "en",
            format!("{MAPPE_EN}mappe-stroy = Karen.\n"),
            "exercises/en.ftl",
            "mappe-stroy",
            "findes ikke i den danske tekst",
        ),
        (
            "en",
            MAPPE_EN.replace("Look left.", "Look { $side }."),
            "exercises/en.ftl",
            "mappe-step-1.hint-1",
            "$side",
        ),
        (
            "en",
            MAPPE_EN.replace("Look left.", "Look { mappe-side }."),
            "exercises/en.ftl",
            "mappe-step-1",
            "\"mappe-side\"",
        ),
        (
            "en",
            MAPPE_EN.replace("mappe-title = Folder", "mappe-title = { Folder"),
            "exercises/en.ftl",
            "line 3",
            "ikke gyldig Fluent",
        ),
        (
            "en",
            MAPPE_EN.replace("### reviewed: no\n", ""),
            "exercises/en.ftl",
            "reviewed",
            "mangler",
        ),
    ];
    for (lang, text, file, entry, problem) in cases {
        let (da, en) = if lang == "da" {
            (text.as_str(), MAPPE_EN)
        } else {
            (MAPPE_DA, text.as_str())
        };
        let e = load_exercise(&post_scenario(), &exercise(STEP), da, en).unwrap_err();
        assert_eq!((e.file.as_str(), e.entry.as_str()), (file, entry), "{e}");
        assert!(e.problem.contains(problem), "{e}");
    }
}

fn world_with(text: &str) -> World {
    let mut scenario = post_scenario();
    let steps = text.matches("[[step]]").count();
    let ex = load_exercise(
        &scenario,
        text,
        &texts(MAPPE_DA, steps),
        &texts(MAPPE_EN, steps),
    )
    .unwrap();
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
            mitid: false,
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

#[test]
fn a_glossary_keeps_its_danish_words_in_every_language() {
    let scenario = post_scenario();
    let mut exercises = vec![
        parse_exercise(
            &ScenarioFile {
                path: "exercises/mappe.toml".into(),
                text: exercise(STEP),
            },
            &scenario,
        )
        .unwrap(),
    ];
    let glossary = |term: &str| {
        format!(
            "### produced-by: tests\n### reviewed: no\nglossary-title = Ordliste\nglossary-intro = Ord.\nword-nemid = Et login.\n    .term = {term}\n"
        )
    };
    let load = |en_glossary: String, exercises: &mut Vec<Exercise>| {
        let files = [
            crate::testing::file("guide/da.ftl", crate::testing::GUIDE_DA),
            crate::testing::file("guide/en.ftl", crate::testing::GUIDE_EN),
            crate::testing::file("exercises/da.ftl", MAPPE_DA),
            crate::testing::file("exercises/en.ftl", MAPPE_EN),
            crate::testing::file(
                "glossary/da.ftl",
                glossary("NemID").replace("reviewed: no", "reviewed: source"),
            ),
            crate::testing::file("glossary/en.ftl", en_glossary),
        ];
        let files: Vec<&ScenarioFile> = files.iter().collect();
        let drills = crate::testing::default_drills();
        crate::scenario::texts::load(&files, &scenario.languages, exercises, &drills)
    };
    let texts = load(glossary("NemID"), &mut exercises).unwrap();
    assert_eq!(
        texts.glossary["en"].format("word-nemid", Some("term"), &[]),
        "NemID"
    );
    let e = load(glossary("Nem ID"), &mut exercises).err().unwrap();
    assert_eq!(
        (e.file.as_str(), e.entry.as_str()),
        ("glossary/en.ftl", "word-nemid.term"),
        "{e}"
    );
}
