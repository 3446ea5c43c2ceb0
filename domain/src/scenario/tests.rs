use super::*;
use crate::testing::{HEAD, KAREN, file, small};

fn load_with(karen: &str) -> Result<Scenario, ScenarioError> {
    Scenario::from_files(&[
        file("scenario.toml", HEAD),
        file("personas/karen.toml", karen),
    ])
}

#[test]
fn a_valid_scenario_loads() {
    let s = small();
    assert_eq!(s.personas.len(), 1);
    let karen = &s.personas[0];
    assert_eq!(karen.id.as_str(), "karen");
    assert_eq!(karen.role, Role::Citizen);
    assert_eq!(karen.login_id(), "100000001");
}

#[test]
fn a_real_looking_cpr_names_file_and_entry() {
    let e = load_with(&KAREN.replace("420348-1236", "120348-1236")).unwrap_err();
    assert_eq!(e.file, "personas/karen.toml");
    assert_eq!(e.entry, "karen.cpr");
    assert!(e.problem.contains("LooksReal"), "{e}");
}

#[test]
fn an_age_that_does_not_match_the_cpr_is_refused() {
    let e = load_with(&KAREN.replace("age = 78", "age = 40")).unwrap_err();
    assert_eq!(e.entry, "karen.age");
}

#[test]
fn a_password_breaking_the_rules_is_refused() {
    let e = load_with(&KAREN.replace("\"7913\"", "\"1234\"")).unwrap_err();
    assert_eq!(e.entry, "karen.password");
}

#[test]
fn an_unknown_field_or_syntax_error_names_the_file_and_line() {
    let e = load_with(&format!("{KAREN}colour = \"red\"\n")).unwrap_err();
    assert_eq!(e.file, "personas/karen.toml");
    assert!(e.problem.contains("colour"), "{e}");
    let e = load_with("name = ").unwrap_err();
    assert_eq!(e.entry, "line 1");
}

#[test]
fn an_unknown_role_is_refused() {
    let e = load_with(&KAREN.replace("\"borger\"", "\"konge\"")).unwrap_err();
    assert_eq!(e.entry, "karen.role");
}

#[test]
fn duplicate_numbers_and_stray_files_are_refused() {
    let e = Scenario::from_files(&[
        file("scenario.toml", HEAD),
        file("personas/karen.toml", KAREN),
        file(
            "personas/karen2.toml",
            KAREN.replace("order = 1", "order = 2"),
        ),
    ])
    .unwrap_err();
    assert_eq!(e.file, "personas/karen2.toml");
    let e = Scenario::from_files(&[
        file("scenario.toml", HEAD),
        file("personas/karen.toml", KAREN),
        file("notes.txt", "hi"),
    ])
    .unwrap_err();
    assert_eq!(e.file, "notes.txt");
}

#[test]
fn personas_come_in_the_order_the_scenario_gives() {
    let zed = KAREN
        .replace("order = 1", "order = 0")
        .replace("420348-1236", "450348-1236")
        .replace("100000001", "100000002");
    let s = Scenario::from_files(&[
        file("scenario.toml", HEAD),
        file("personas/karen.toml", KAREN),
        file("personas/zed.toml", &zed),
    ])
    .unwrap();
    let ids: Vec<&str> = s.personas.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, ["zed", "karen"]);
}

const AUTHORITIES: &str = r#"
[[authority]]
id = "skattestyrelsen"
name = "Skattestyrelsen"
group = "stat"

[[authority]]
id = "digitaliseringsstyrelsen"
name = "Digitaliseringsstyrelsen"
group = "stat"
"#;

fn letter(to: &str, from: &str, words: usize) -> String {
    format!(
        "to = \"{to}\"\nfrom = \"{from}\"\nsubject = \"Årsopgørelse\"\ndays_ago = 3\n\
         case_number = \"S-1\"\ncan_reply = false\nunread = true\nattachment = \"Bilag\"\n\
         body = \"\"\"\n{}\"\"\"\n",
        "ord ".repeat(words)
    )
}

fn with_letter(text: &str) -> Result<Scenario, ScenarioError> {
    Scenario::from_files(&[
        file("scenario.toml", HEAD),
        file("personas/karen.toml", KAREN),
        file("authorities.toml", AUTHORITIES),
        file("letters/karen-skat.toml", text),
    ])
}

#[test]
fn letters_and_authorities_load() {
    let s = with_letter(&letter("karen", "skattestyrelsen", 120)).unwrap();
    assert_eq!(s.authorities[0].group, AuthorityGroup::State);
    assert_eq!(s.letters.len(), 1);
    assert_eq!(s.letters[0].id.as_str(), "karen-skat");
    assert_eq!(s.letters[0].attachment.as_deref(), Some("Bilag"));
}

#[test]
fn a_letter_must_name_a_persona_and_an_authority_that_exist() {
    let e = with_letter(&letter("nobody", "skattestyrelsen", 120)).unwrap_err();
    assert_eq!(
        (e.file.as_str(), e.entry.as_str()),
        ("letters/karen-skat.toml", "karen-skat.to")
    );
    let e = with_letter(&letter("karen", "nobody", 120)).unwrap_err();
    assert_eq!(e.entry, "karen-skat.from");
}

#[test]
fn a_letter_has_the_length_of_a_real_letter() {
    let e = with_letter(&letter("karen", "skattestyrelsen", 10)).unwrap_err();
    assert_eq!(e.entry, "karen-skat.body");
    assert!(e.problem.contains("10 ord"));
}

#[test]
fn a_scenario_without_head_or_personas_is_refused() {
    assert_eq!(Scenario::from_files(&[]).unwrap_err().file, "scenario.toml");
    assert_eq!(
        Scenario::from_files(&[file("scenario.toml", HEAD)])
            .unwrap_err()
            .file,
        "personas/"
    );
}

#[test]
fn the_default_login_is_nemid_unless_the_scenario_says_mitid_and_a_hold_can_change_it() {
    use crate::{LoginMethod, Timestamp, World};
    let load = |line: &str| {
        Scenario::from_files(&[
            file("scenario.toml", format!("{HEAD}{line}")),
            file("personas/karen.toml", KAREN),
        ])
    };
    assert_eq!(load("").unwrap().default_login, LoginMethod::NemId);
    let mitid = std::sync::Arc::new(load("default_login = \"mitid\"\n").unwrap());
    let mut world = World::new(mitid, 1, Timestamp(0));
    assert_eq!(world.login_method(), LoginMethod::MitId);
    world.set_login_method(LoginMethod::NemId);
    assert_eq!(world.login_method(), LoginMethod::NemId);
    let err = load("default_login = \"bankid\"\n")
        .unwrap_err()
        .to_string();
    assert!(err.contains("scenario.toml"), "{err}");
}
