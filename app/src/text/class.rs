//! The Danish text of the teacher's and the learner's hold pages. These belong to the guide
//! layer (not the simulated service): later they come from the translation files.

pub const TEACHER_LINK: &str = "For undervisere";

pub mod teacher {
    pub const TITLE: &str = "For undervisere";
    pub const INTRO: &str = "Opret et hold, så får hver deltager sin egen øveverden, og du kan følge alle på én tavle: hvem der er i gang, hvem der er færdig, og hvem der sidder fast.";
    pub const LESSON_HEADING: &str = "Sådan foregår en lektion";
    pub const HANDOUTS_INTRO: &str =
        "Til at tage med hjem: ét A4-ark pr. emne på hvert af vejledningens sprog.";
    pub const HANDOUTS_LINK: &str = "Fakta-ark";
    pub const LESSON: &[&str] = &[
        "Opret holdet herunder og vælg de øvelser, holdet skal lave.",
        "Vis tavlen på projektoren. Deltagerne går ind på adressen, der står på tavlen (eller scanner QR-koden), og skriver holdkoden og deres fornavn.",
        "Udskriv nøglekortene og del dem ud – kortet med deltagerens nummer passer til deres øveverden.",
        "Følg med på tavlen. En deltager, der sidder fast, kommer øverst. Du kan vise et hint, sende et brev, nulstille en øvelse eller spole tiden frem.",
        "Afslut holdet, når lektionen er slut. Så slettes alle deltageres øvelser.",
    ];
    pub const CREATE_HEADING: &str = "Opret hold";
    pub const NAME: &str = "Holdets navn (valgfrit)";
    pub const NAME_HINT: &str = "Fx \"Onsdagsholdet på biblioteket\". Deltagerne ser navnet.";
    pub const EXERCISES: &str = "Øvelser";
    pub const EXERCISES_HINT: &str = "Deltagerne laver de valgte øvelser i denne rækkefølge. Vælg ingen for Fri øvelse: deltagerne øver frit uden vejledning.";
    pub const FREE: &str = "Fri øvelse";
    pub const LANGUAGE: &str = "Vejledningens sprog";
    pub const LOGIN: &str = "Hvordan logger deltagerne på?";
    pub const LOGIN_HINT: &str = "Det er det, knappen Log på åbner. Begge dele kan altid bruges.";
    pub const LOGIN_NEMID: &str = "NemID med nøglekort";
    pub const LOGIN_MITID: &str = "MitID";
    pub const CARDS: &str = "Antal nøglekort at udskrive";
    pub const CARDS_HINT: &str = "Kortene kan udskrives, før deltagerne kommer: kort nummer 3 passer til den tredje deltager, der melder sig på holdet.";
    pub const CREATE: &str = "Opret hold";
    pub const YOUR_HOLD: &str = "Du har et hold i gang:";
    pub const TO_BOARD: &str = "Gå til tavlen";
    pub const ENDED: &str = "Holdet er afsluttet. Alle deltageres øvelser er slettet.";
    pub const PLANS_HEADING: &str = "Lektionsplaner";
    pub const PLANS_INTRO: &str = "En plan for 45 minutter, trin for trin, til at udskrive:";
    pub const FULL: &str = "Der er ikke plads til flere hold lige nu. Prøv igen om lidt.";
}

pub mod board {
    pub const MATERIAL_SENT: &str = "Dit eget materiale er sendt til holdet. Brevene er i deltagernes Digital Post, og øvelsen er holdets næste øvelse.";
    pub const TITLE: &str = "Tavle";
    pub const UNNAMED: &str = "Dit hold";
    pub const CODE: &str = "Holdkode";
    pub const GO_TO: &str = "Gå til";
    pub const AND_TYPE: &str = "og skriv holdkoden, eller scan QR-koden.";
    pub const QR_LABEL: &str = "QR-kode til at deltage i holdet";
    pub const KEEP_SECRET: &str = "Tavlens adresse er hemmelig: den giver adgang til at styre holdet. Vis den ikke for deltagerne.";
    pub const LEARNERS: &str = "Deltagere";
    pub const NOBODY: &str =
        "Ingen deltagere endnu. Bed dem gå ind på adressen ovenfor og skrive holdkoden.";
    pub const NAME: &str = "Navn";
    pub const EXERCISE: &str = "Øvelse";
    pub const STEP: &str = "Trin";
    pub const HINTS: &str = "Hints";
    pub const LAST: &str = "Sidst aktiv";
    pub const STATUS: &str = "Status";
    pub const ACTIONS: &str = "Handlinger";
    pub const STUCK: &str = "Sidder fast";
    pub const DONE: &str = "Færdig";
    pub const WORKING: &str = "I gang";
    pub const GONE: &str = "Øvelsen er afsluttet";
    pub const STUCK_LOCKED: &str = "NemID er spærret";
    pub const STUCK_REFUSALS: &str = "3 fejl i træk";
    pub const STUCK_NO_PROGRESS: &str = "Intet fremskridt i 3 min.";
    pub const TWO_DEVICES: &str = "Navnet bruges på flere enheder";
    pub const FREE: &str = "Fri øvelse";
    pub const SHOW_HINT: &str = "Vis hint";
    pub const RESET: &str = "Nulstil";
    pub const SEND_LETTER: &str = "Send brev";
    pub const ADVANCE: &str = "Spol tiden frem";
    pub const PRINT_CARDS: &str = "Udskriv nøglekort";
    pub const PRINT_CERTIFICATES: &str = "Udskriv kursusbeviser";
    pub const END: &str = "Afslut hold";
    pub const UPDATES: &str = "Tavlen opdaterer sig selv.";
    pub const NOT_FOUND_TITLE: &str = "Tavlen findes ikke";
    pub const NOT_FOUND: &str = "Holdet er afsluttet, eller adressen er forkert.";
    pub const HINT_SENT: &str = "Hintet er vist for deltageren.";
    pub const RESET_DONE: &str = "Deltagerens øvelse er nulstillet.";
    pub const LETTER_SENT: &str = "Brevet er sendt.";
    pub const TIME_DONE: &str = "Tiden er spolet frem.";
    pub const BACK: &str = "Tilbage til tavlen";
    pub const BACK_SHORT: &str = "Tilbage";
    pub const PLAN: &str = "Lektionsplan";

    /// "Trin n af m".
    pub fn step(n: usize, m: usize) -> String {
        format!("Trin {n} af {m}")
    }

    /// "Øvelse 2 af 3" of the hold's plan.
    pub fn part(n: usize, m: usize) -> String {
        format!("Øvelse {n} af {m}")
    }

    /// The safety drills' outcomes on a learner's row: "Fidus: Klaret", "Fidus: Snydt", or
    /// both counted; `None` before any.
    pub fn drills(spotted: u8, fooled: u8) -> Option<String> {
        match (spotted, fooled) {
            (0, 0) => None,
            (_, 0) => Some("Fidus: Klaret".to_owned()),
            (0, _) => Some("Fidus: Snydt".to_owned()),
            (s, f) => Some(format!("Fidus: {s} klaret, {f} snydt")),
        }
    }

    /// Time since a learner's last action, in words.
    pub fn idle(secs: i64) -> String {
        match secs {
            ..=59 => "Lige nu".to_owned(),
            60..=119 => "1 minut siden".to_owned(),
            _ if secs < 3600 => format!("{} minutter siden", secs / 60),
            _ => format!("{} t. siden", secs / 3600),
        }
    }

    pub fn learners(n: usize) -> String {
        format!("Deltagere ({n})")
    }
}

pub mod actions {
    pub const TITLE: &str = "Send brev og spol tiden frem";
    pub const LETTER_HEADING: &str = "Send brev";
    pub const TO: &str = "Til";
    pub const TO_ALL: &str = "Alle deltagere";
    pub const PICK: &str = "Vælg et brev";
    pub const PICK_NONE: &str = "Skriv selv et brev (herunder)";
    pub const FROM: &str = "Afsender";
    pub const SUBJECT: &str = "Emne";
    pub const TEXT: &str = "Tekst";
    pub const SEND: &str = "Send brev";
    pub const ADVANCE_HEADING: &str = "Spol tiden frem";
    pub const ADVANCE_INTRO: &str =
        "Svar fra myndigheder og udløb af adgange og fuldmagter sker, som om tiden er gået.";
    pub const HOW_FAR: &str = "Hvor langt frem";
    pub const ADVANCE: &str = "Spol tiden frem";
    pub const STEPS: &[(i64, &str)] = &[
        (60, "1 time"),
        (24 * 60, "1 dag"),
        (7 * 24 * 60, "1 uge"),
        (30 * 24 * 60, "30 dage"),
    ];
}

pub mod confirm {
    pub const RESET_TITLE: &str = "Nulstil deltagerens øvelse?";
    pub const RESET_TEXT: &str = "Alt, hvad deltageren har gjort i øvelsen, slettes, og øvelsen starter forfra. Nøglekortet er det samme.";
    pub const RESET_YES: &str = "Ja, nulstil";
    pub const END_TITLE: &str = "Afslut holdet?";
    pub const END_TEXT: &str = "Alle deltageres øvelser slettes, og holdkoden holder op med at virke. Deltagerne ser \"Holdet er afsluttet\".";
    pub const END_YES: &str = "Ja, afslut holdet";
    pub const NO: &str = "Fortryd";
}

pub mod join {
    pub const TITLE: &str = "Deltag i et hold";
    pub const INTRO: &str = "Din underviser har en holdkode på tavlen. Skriv den her sammen med dit fornavn. Så får du din egen øvelse.";
    pub const CODE: &str = "Holdkode";
    pub const CODE_HINT: &str = "6 tegn, fx K7M4QX.";
    pub const NAME: &str = "Dit navn";
    pub const NAME_HINT: &str =
        "Dit fornavn eller et kaldenavn. Skriv aldrig dit CPR-nummer eller din e-mail.";
    pub const JOIN: &str = "Deltag";
    pub const ENDED_TITLE: &str = "Holdet er afsluttet";
    pub const ENDED_TEXT: &str = "Din underviser har afsluttet holdet, og øvelserne er slettet. Du kan stadig øve dig alene.";
    pub const ALONE: &str = "Øv alene";
    pub const HOLD: &str = "Hold";
    pub const NEXT: &str = "Næste øvelse i holdet";
}

pub mod print {
    pub const CARDS_TITLE: &str = "Nøglekort til holdet";
    pub const CARDS_INTRO: &str =
        "Ét kort pr. side. Klip langs stregerne, og giv hver deltager kortet med deres nummer.";
    pub const SEAT: &str = "Deltager";
    pub const NOT_JOINED: &str = "(ikke meldt på endnu)";
    pub const LOGIN: &str = "Log på som";
    pub const USER_ID: &str = "Bruger-id";
    pub const PASSWORD: &str = "Adgangskode";
    pub const CERTS_TITLE: &str = "Kursusbeviser til holdet";
    pub const CERTS_INTRO: &str =
        "Et kursusbevis pr. side til hver deltager, der er færdig med mindst én øvelse.";
    pub const NO_CERTS: &str = "Ingen deltagere er færdige med en øvelse endnu.";
    pub const PRINT: &str = "Udskriv";
    pub const WITHOUT_JS: &str = "Brug browserens menu: Udskriv (Ctrl+P).";
    pub const PLAN_TITLE: &str = "Lektionsplan";
    pub const PLAN_EXERCISES: &str = "Øvelser til holdet";
    pub const PLAN_CHOOSE: &str =
        "Vælg øvelserne under \"Opret hold\". Deltagerne laver dem i den rækkefølge.";
    pub const PLAN_IN_ORDER: &str =
        "Deltagerne laver øvelserne i denne rækkefølge; vejledningen på skærmen fører dem videre.";
    pub const PLAN_FREE: &str =
        "Fri øvelse: deltagerne øver frit. Vis dem på projektoren, hvad de skal prøve.";
}

pub mod pair {
    pub const LINK: &str = "Øv sammen";
    pub const TITLE: &str = "Øv sammen";
    pub const INTRO: &str = "To kan øve i den samme øvelse, hver på sin egen computer eller telefon – fx en mor og en datter, eller en bydelsmor og en kvinde, hun hjælper. I logger hver på som jeres egen person, og det, den ene gør (fx giver læseadgang eller en fuldmagt), ser den anden på sin næste side.";
    pub const MAKE: &str = "Lav en parkode";
    pub const MAKE_NEW: &str = "Lav en ny parkode";
    pub const CODE: &str = "Parkode";
    pub const TELL: &str = "Din makker går ind på";
    pub const TELL_END: &str =
        "på sin egen computer eller telefon, skriver parkoden og vælger, hvem hun er.";
    pub const PAIRED: &str = "I øver sammen: din makker er med i øvelsen.";
    pub const BACK: &str = "Tilbage til øvelsen";
    pub const NO_WORLD: &str = "Start en øvelse først – så kan du lave en parkode til din makker.";
    pub const JOIN_TITLE: &str = "Øv sammen med din makker";
    pub const JOIN_INTRO: &str =
        "Din makker har en parkode på sin skærm. Skriv den her, og vælg, hvem du er i øvelsen.";
    pub const WHO: &str = "Hvem er du?";
    pub const JOIN: &str = "Deltag";
    pub const UNKNOWN: &str = "Parkoden findes ikke. Bed din makker om at vise koden igen.";
    pub const FULL: &str = "Der er allerede to i denne øvelse.";
    pub const CHOOSE: &str = "Vælg, hvem du er.";
    pub const WITH: &str = "Øver sammen med";
    pub const CHANGED: &str = "Din makker har gjort noget i øvelsen.";
    pub const RELOAD: &str = "Vis det";
}
