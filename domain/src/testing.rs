//! Shared test fixtures: small scenarios, a world with Karen logged in, and the learner's
//! moves (log in reading the key card, sign with the key asked for) that the tests of every
//! feature use.

use crate::{
    Command, Event, LetterId, Login, PersonaId, Refusal, Scenario, ScenarioFile, Timestamp, World,
};
use std::sync::Arc;

/// The real time every test world is handled at.
pub(crate) const T: Timestamp = Timestamp(1_800_000_000);

/// A minimal scenario.toml.
pub(crate) const HEAD: &str = "name = \"Test\"\nreference_year = 2026\n";

/// Karen's persona file (password 7913).
pub(crate) const KAREN: &str = r#"
order = 1
name = "Karen Jensen"
age = 78
cpr = "420348-1236"
address = "Bøgevej 12, 5000 Odense C"
nemid_number = "100000001"
password = "7913"
role = "borger"
summary = "Har brug for hjælp"
"#;

pub(crate) fn file(path: &str, text: impl Into<String>) -> ScenarioFile {
    ScenarioFile {
        path: path.into(),
        text: text.into(),
    }
}

/// Karen alone, no letters.
pub(crate) fn small() -> Scenario {
    Scenario::from_files(&[
        file("scenario.toml", HEAD),
        file("personas/karen.toml", KAREN),
    ])
    .unwrap()
}

/// A letter file from Skattestyrelsen of a real letter's length.
pub(crate) fn letter(to: &str, subject: &str, days_ago: u16, unread: bool) -> String {
    format!(
        "to = \"{to}\"\nfrom = \"skattestyrelsen\"\nsubject = \"{subject}\"\ndays_ago = {days_ago}\n\
         case_number = \"S-{days_ago}\"\ncan_reply = false\nunread = {unread}\n\
         body = \"\"\"\nKære modtager. {}\"\"\"\n",
        "Tekst om skat og sundhed. ".repeat(20)
    )
}

/// Mette's persona file: Karen's, with her own name, CPR number, age and NemID-nummer.
pub(crate) fn mette_file() -> String {
    KAREN
        .replace("order = 1", "order = 2")
        .replace("Karen Jensen", "Mette Holm")
        .replace("420348-1236", "551077-2344")
        .replace("age = 78", "age = 49")
        .replace("100000001", "100000002")
}

/// Karen and Mette (both with password 7913), two authorities, three letters to Karen and
/// one to Mette.
pub(crate) fn scenario() -> Scenario {
    let mette = mette_file();
    Scenario::from_files(&[
        file("scenario.toml", HEAD),
        file("personas/karen.toml", KAREN),
        file("personas/mette.toml", mette),
        file(
            "authorities.toml",
            "[[authority]]\nid = \"skattestyrelsen\"\nname = \"Skattestyrelsen\"\ngroup = \"stat\"\n\n\
             [[authority]]\nid = \"digitaliseringsstyrelsen\"\nname = \"Digitaliseringsstyrelsen\"\ngroup = \"stat\"\n",
        ),
        file("letters/a-aarsopgoerelse.toml", letter("karen", "Årsopgørelse", 3, true)),
        file("letters/b-hospital.toml", letter("karen", "Indkaldelse til undersøgelse", 1, true)),
        file("letters/c-boligstoette.toml", letter("karen", "Afgørelse om boligstøtte", 10, false)),
        file("letters/d-mette.toml", letter("mette", "Til Mette", 2, true)),
    ])
    .unwrap()
}

pub(crate) fn karen() -> PersonaId {
    PersonaId::parse("karen").unwrap()
}

pub(crate) fn mette() -> PersonaId {
    PersonaId::parse("mette").unwrap()
}

pub(crate) fn id(s: &str) -> LetterId {
    LetterId::parse(s).unwrap()
}

/// A world of [`scenario`] with Karen logged in (key step done as the learner would).
pub(crate) fn world() -> World {
    let mut w = World::new(Arc::new(scenario()), 7, Timestamp(1_795_392_000));
    log_in(&mut w, "420348-1236");
    w
}

/// The key the login's key step asks for, read off the card as a learner would.
pub(crate) fn asked_key(w: &World) -> String {
    let Login::AwaitingKey {
        persona, key_index, ..
    } = w.login()
    else {
        panic!("no key step: {:?}", w.login());
    };
    w.key_card(persona).keys[usize::from(*key_index)]
        .key
        .clone()
}

/// Logs `user` in (every test persona has the password 7913), reading the key card; logs
/// out whoever was logged in first.
pub(crate) fn log_in(w: &mut World, user: &str) {
    if w.logged_in().is_some() {
        w.handle(&Command::LogOut, T).unwrap();
    }
    w.handle(
        &Command::SubmitPassword {
            user_id: user.into(),
            password: "7913".into(),
        },
        T,
    )
    .unwrap();
    let key = asked_key(w);
    w.handle(&Command::SubmitKey { key }, T).unwrap();
}

/// "Underskriv" with the key the signature in progress asks for.
pub(crate) fn sign(w: &mut World) -> Result<Vec<Event>, Refusal> {
    let s = w.signing().unwrap().clone();
    let key = w.key_card(&s.persona).keys[usize::from(s.key_index)]
        .key
        .clone();
    w.handle(&Command::Sign { key }, T)
}

/// The default scenario's guide words: every exercise needs them.
pub(crate) const GUIDE_DA: &str = include_str!("../../scenarios/default/guide/da.ftl");
pub(crate) const GUIDE_EN: &str = include_str!("../../scenarios/default/guide/en.ftl");

/// The default scenario's drills, whose words [`GUIDE_DA`] and [`GUIDE_EN`] have.
pub(crate) fn default_drills() -> Vec<crate::drill::Drill> {
    [
        (
            "drills/opkald-borgerservice.toml",
            include_str!("../../scenarios/default/drills/opkald-borgerservice.toml"),
        ),
        (
            "drills/post-fuld.toml",
            include_str!("../../scenarios/default/drills/post-fuld.toml"),
        ),
        (
            "drills/skat-sms.toml",
            include_str!("../../scenarios/default/drills/skat-sms.toml"),
        ),
    ]
    .into_iter()
    .map(|(path, text)| crate::drill::parse_drill(&file(path, text)).unwrap())
    .collect()
}

/// The texts of the one-step exercise "mappe", in Danish and English.
pub(crate) const MAPPE_DA: &str = "### produced-by: tests\n### reviewed: source\n\
    mappe-title = Mappe\nmappe-description = Lav en mappe.\nmappe-story = Karen vil have orden.\n\
    mappe-step-1 = Opret mappen Sundhed.\n    .hint-1 = Kig til venstre.\n    .hint-2 = Knappen hedder Opret mappe.\n    .hint-3 = Skriv Sundhed og klik Opret mappe.\n";
pub(crate) const MAPPE_EN: &str = "### produced-by: tests\n### reviewed: no\n\
    mappe-title = Folder\nmappe-description = Make a folder.\nmappe-story = Karen wants order.\n\
    mappe-step-1 = Create the folder Sundhed.\n    .hint-1 = Look left.\n    .hint-2 = The button is Opret mappe.\n    .hint-3 = Type Sundhed and click Opret mappe.\n";

/// Loads `exercises/mappe.toml` with the Danish and English texts `da` and `en`, as the
/// scenario loader does.
pub(crate) fn load_exercise(
    scenario: &Scenario,
    toml: &str,
    da: &str,
    en: &str,
) -> Result<crate::exercise::Exercise, crate::scenario::ScenarioError> {
    let mut exercises = vec![crate::exercise::parse_exercise(
        &file("exercises/mappe.toml", toml),
        scenario,
    )?];
    let files = [
        file("guide/da.ftl", GUIDE_DA),
        file("guide/en.ftl", GUIDE_EN),
        file("exercises/da.ftl", da),
        file("exercises/en.ftl", en),
    ];
    let files: Vec<&ScenarioFile> = files.iter().collect();
    let drills = default_drills();
    crate::scenario::texts::load(&files, &scenario.languages, &mut exercises, &drills)?;
    Ok(exercises.remove(0))
}

/// A world made for a one-step exercise: Karen (logged out) must create the folder Sundhed.
pub(crate) fn exercise_world(now: Timestamp) -> World {
    let mut scenario = scenario();
    let text = "theme = \"digital-post\"\naudience = \"borger\"\nlevel = \"begynder\"\nminutes = 5\npersona = \"karen\"\n\
        [[step]]\ncheck = { kind = \"folder-exists\", persona = \"karen\", name = \"Sundhed\" }\n\
        show_me = [{ do = \"log-in\", persona = \"karen\" }, { do = \"create-folder\", name = \"Sundhed\" }]\n";
    let ex = load_exercise(&scenario, text, MAPPE_DA, MAPPE_EN).unwrap();
    scenario.exercises = vec![ex];
    World::for_exercise(Arc::new(scenario), 1, now, 0, "da").unwrap()
}
