use super::*;
use std::sync::Arc;

/// The default scenario, read from `scenarios/default` as the server does.
pub(crate) fn default_scenario() -> Scenario {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../scenarios/default");
    let mut files = Vec::new();
    let mut dirs = vec![root.clone()];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "toml" || e == "ftl") {
                let rel = path
                    .strip_prefix(&root)
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/");
                files.push(ScenarioFile {
                    path: rel,
                    text: std::fs::read_to_string(&path).unwrap(),
                });
            }
        }
    }
    Scenario::from_files(&files).unwrap()
}

fn example() -> String {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../scenarios/examples/skole.toml");
    std::fs::read_to_string(path).unwrap()
}

/// The pack line where `needle` first is (1-based).
fn line(pack: &str, needle: &str) -> usize {
    pack.lines().position(|l| l.contains(needle)).unwrap() + 1
}

fn refused(pack: &str) -> MaterialError {
    Material::parse(&default_scenario(), pack).unwrap_err()
}

#[test]
fn the_example_pack_adds_its_sender_letter_and_exercise_after_the_scenarios_own() {
    let base = default_scenario();
    let m = Material::parse(&base, &example()).unwrap();
    assert_eq!(m.name, "Skole-hjem-samtale");
    assert_eq!(m.scenario.authorities.len(), base.authorities.len() + 1);
    assert_eq!(m.letters, vec![base.letters.len()]);
    assert_eq!(m.exercises, vec![base.exercises.len()]);
    // Every index of the base is the same in the pack's scenario.
    assert_eq!(m.scenario.letters[..base.letters.len()], base.letters[..]);
    assert_eq!(
        m.scenario.exercises[..base.exercises.len()],
        base.exercises[..]
    );
    let ex = &m.scenario.exercises[m.exercises[0]];
    assert_eq!(ex.id, "skole-hjem-samtale");
    assert_eq!(ex.text["da"].title, "Svar skolen om en samtale");
    assert_eq!(ex.text["en"].title, "Answer the school about a meeting");
    // A language the pack leaves out shows the Danish text.
    assert_eq!(ex.text["so"].title, "Svar skolen om en samtale");
    assert_eq!(m.languages, ["da", "en"]);
    assert_eq!(ex.steps[1].text["da"].hints.len(), 3);
    assert_eq!(m.source, example());
}

#[test]
fn the_example_exercise_is_solvable_by_its_show_me_path_in_a_world_of_the_pack() {
    let m = Material::parse(&default_scenario(), &example()).unwrap();
    let index = m.exercises[0];
    prove(&m.scenario, index).unwrap();
    let scenario = m.scenario.clone();
    let now = crate::Timestamp(1_795_392_000);
    let mut w = crate::World::for_exercise(scenario, 3, now, index, "da").unwrap();
    for step in &m.scenario.exercises[index].steps {
        assert!(!w.holds(&step.check));
        for a in &step.show_me {
            w.perform(a, now).unwrap();
        }
        assert!(w.holds(&step.check));
    }
    assert!(w.progress().unwrap().1.finished());
}

#[test]
fn a_toml_syntax_error_names_the_packs_line() {
    let pack = example().replace("subject = \"Skole-hjem", "subject = Skole-hjem");
    let e = refused(&pack);
    assert_eq!(e.line, Some(line(&pack, "subject = Skole-hjem")), "{e}");
    assert!(e.to_string().starts_with("Linje "), "{e}");
}

#[test]
fn a_letters_field_problems_name_line_field_and_what_is_wrong_in_danish() {
    let pack = example();
    let e = refused(&pack.replace("to = \"amina\"", "to = \"fatima\""));
    assert_eq!(
        (e.line, e.field.as_str()),
        (Some(line(&pack, "to = \"amina\"")), "to"),
        "{e}"
    );
    assert!(e.problem.contains("ingen person \"fatima\""), "{e}");

    let e = refused(&pack.replace("from = \"bakkeskolen\"", "from = \"skolen\""));
    assert_eq!(
        (e.line, e.field.as_str()),
        (Some(line(&pack, "from = \"bakkeskolen\"")), "from"),
        "{e}"
    );
    assert!(e.problem.contains("ingen myndighed"), "{e}");

    let short = pack.replace(
        &pack[pack.find("Vi holder").unwrap()..pack.find("Med venlig").unwrap()],
        "",
    );
    let e = refused(&short);
    assert_eq!(e.field, "body", "{e}");
    assert!(e.problem.contains("ord; et brev har 60–400 ord"), "{e}");
    assert_eq!(e.line, Some(line(&short, "body = \"\"\"")), "{e}");

    let e = refused(&pack.replace("days_ago = 0", "days_ago = 900"));
    assert_eq!(
        (e.field.as_str(), e.line),
        ("days_ago", Some(line(&pack, "days_ago = 0"))),
        "{e}"
    );

    let e = refused(&pack.replace("days_ago = 0", "days_ago = \"i dag\""));
    assert_eq!(e.line, Some(line(&pack, "days_ago = 0")), "{e}");
    assert!(e.problem.contains("et helt tal"), "{e}");

    let e = refused(&pack.replace("unread = true\n", "unread = true\ncolour = \"rød\"\n"));
    assert_eq!(e.line, Some(line(&pack, "unread = true") + 1), "{e}");
    assert!(e.problem.contains("Feltet colour findes ikke"), "{e}");

    let e = refused(&pack.replace("can_reply = true\n", ""));
    assert!(e.problem.contains("Feltet can_reply mangler"), "{e}");
}

#[test]
fn ids_may_not_clash_with_the_scenario_or_play_path_tricks() {
    let pack = example();
    let e = refused(&pack.replace(
        "id = \"amina-skole-hjem-samtale\"",
        "id = \"karen-boligydelse\"",
    ));
    assert_eq!(
        (e.field.as_str(), e.line),
        ("id", Some(line(&pack, "id = \"amina-skole"))),
        "{e}"
    );
    let e = refused(&pack.replace("id = \"bakkeskolen\"", "id = \"vollsmose-skole\""));
    assert_eq!(
        (e.field.as_str(), e.line),
        ("id", Some(line(&pack, "id = \"bakkeskolen\""))),
        "{e}"
    );
    assert!(e.problem.contains("findes allerede"), "{e}");
    for bad in ["../../etc/passwd", "Skole Brev", "<script>", "besked-1"] {
        let e = refused(&pack.replace(
            "id = \"amina-skole-hjem-samtale\"",
            &format!("id = {bad:?}"),
        ));
        assert_eq!(e.field, "id", "{bad}: {e}");
    }
    let e = refused(&pack.replace("id = \"skole-hjem-samtale\"", "id = \"post-laes-brev\""));
    assert!(e.problem.contains("allerede en øvelse"), "{e}");
}

#[test]
fn an_unknown_section_or_a_step_without_exercise_is_refused_with_its_line() {
    let pack = example().replace("[[letter]]", "[[brev]]");
    let e = refused(&pack);
    assert_eq!(e.line, Some(line(&pack, "[[brev]]")), "{e}");
    assert!(e.problem.contains("[[brev]] kendes ikke"), "{e}");
}

#[test]
fn an_exercise_step_that_names_a_missing_letter_or_cannot_be_shown_is_refused_at_the_step() {
    let pack = example();
    let step2 = pack.match_indices("[[exercise.step]]").nth(1).unwrap().0;
    let bad = format!(
        "{}{}",
        &pack[..step2],
        pack[step2..].replacen(
            "authority = \"bakkeskolen\"",
            "authority = \"borgerservice\"",
            1
        )
    );
    let e = refused(&bad);
    assert_eq!(e.field, "check (trin 2)", "{e}");
    assert_eq!(
        e.line,
        Some(line(&bad, "authority = \"borgerservice\"")),
        "{e}"
    );
    assert!(
        e.problem.contains("ingen myndighed \"borgerservice\""),
        "{e}"
    );

    // The check holds before it is done: refused by the show-me proof, at step 2.
    let early = pack.replacen(
        "check = { kind = \"message-sent\", persona = \"amina\", authority = \"bakkeskolen\" }",
        "check = { kind = \"logged-in\", persona = \"amina\" }",
        1,
    );
    let e = refused(&early);
    assert!(e.problem.starts_with("Trin 2 er allerede klaret"), "{e}");
    assert_eq!(e.line, Some(line(&early, "[[exercise.step]]") + 4), "{e}");
}

#[test]
fn the_exercise_texts_are_checked_like_exercises_ftl() {
    let pack = example();
    let e = refused(&pack.replace(
        "    .hint-3 = Klik \"Besvar\", skriv",
        "    .hint-4 = Klik \"Besvar\", skriv",
    ));
    assert_eq!(e.field, "da", "{e}");
    assert!(e.problem.contains("præcis 3 hints"), "{e}");
    assert_eq!(
        e.line,
        Some(line(&pack, "skole-hjem-samtale-step-2 = Svar")),
        "{e}"
    );

    let e = refused(&pack.replace(
        "skole-hjem-samtale-story = Amina has",
        "skole-hjem-samtale-storry = Amina has",
    ));
    assert_eq!(e.field, "en", "{e}");

    let e = refused(&pack.replace("\nen = '''", "\nxx = '''"));
    assert!(e.problem.contains("Sproget \"xx\" findes ikke"), "{e}");

    let only_en = pack.replace("\nda = '''", "\nfa = '''");
    let e = refused(&only_en);
    assert!(!e.problem.is_empty(), "{e}");

    let no_texts = &pack[..pack.find("[texts]").unwrap()];
    let e = refused(no_texts);
    assert!(e.problem.contains("mangler sine tekster"), "{e}");

    let odd = pack.replace("Knappen hedder \"Besvar\".", "Knappen hedder \"Besvar.");
    let e = refused(&odd);
    assert!(e.problem.contains("ulige antal"), "{e}");
}

#[test]
fn size_and_count_limits_hold() {
    let big = format!("{}\n# {}\n", example(), "x".repeat(MAX_BYTES));
    assert!(refused(&big).problem.contains("for stor"));
    let letter = {
        let p = example();
        p[p.find("[[letter]]").unwrap()..p.find("[[exercise]]").unwrap()].to_owned()
    };
    let mut many = String::from(
        "name = \"Mange breve\"\n[[authority]]\nid = \"bakkeskolen\"\nname = \"Bakkeskolen\"\ngroup = \"andre\"\n",
    );
    for i in 0..=MAX_LETTERS {
        many.push_str(&letter.replace("amina-skole-hjem-samtale", &format!("brev-{i}")));
    }
    let e = refused(&many);
    assert!(e.problem.contains("højst være 10 breve"), "{e}");
    assert!(refused("").problem.contains("tom"));
    assert!(
        refused("name = \"x\"\n")
            .problem
            .contains("hverken et brev")
    );
    let e = refused(&example().replace("name = \"Skole-hjem-samtale\"", "name = \"\""));
    assert_eq!(
        (e.field.as_str(), e.line),
        ("name", Some(line(&example(), "name = \"Skole-hjem"))),
        "{e}"
    );
}

#[test]
fn teacher_text_is_kept_as_text_for_the_pages_to_escape() {
    let pack = example().replace(
        "subject = \"Skole-hjem-samtale i 3.B: vælg en tid\"",
        "subject = \"<script>alert(1)</script> & <b>møde</b>\"",
    );
    let m = Material::parse(&default_scenario(), &pack).unwrap();
    assert_eq!(
        m.scenario.letters[m.letters[0]].subject,
        "<script>alert(1)</script> & <b>møde</b>"
    );
}

#[test]
fn a_world_made_before_the_material_receives_its_letters_with_the_senders_name() {
    let base = Arc::new(default_scenario());
    let m = Material::parse(&base, &example()).unwrap();
    let now = crate::Timestamp(1_795_392_000);
    let mut w = crate::World::new(base.clone(), 5, now);
    let senders = m.senders_for(w.scenario()).map(Arc::new);
    assert!(senders.is_some(), "Bakkeskolen is new");
    w.receive_material(&m, senders, now).unwrap();
    let amina = crate::PersonaId::parse("amina").unwrap();
    let letter = w
        .find_letter(&amina, "besked-0")
        .expect("the letter arrived");
    assert_eq!(
        letter.letter.subject(),
        "Skole-hjem-samtale i 3.B: vælg en tid"
    );
    assert_eq!(w.party_name(&letter.letter.from()), "Bakkeskolen");
    assert!(letter.letter.can_reply());
    // The world's own letters and exercises keep their numbers.
    assert_eq!(w.scenario().letters.len(), base.letters.len());
    assert_eq!(w.scenario().exercises.len(), base.exercises.len());
    // Sent twice: the senders are there already.
    assert!(m.senders_for(w.scenario()).is_none());
}
