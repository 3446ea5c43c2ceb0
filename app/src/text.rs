//! The Danish text of the shell and the guide pages, kept out of the components so that
//! the guide layer can later come from translation files. Labels of the simulated
//! services themselves (from `reference/domain.md`) stay Danish and live here too.

pub const PRODUCT: &str = "Demoborger";
pub const PRODUCT_TAGLINE: &str = "Øv dig i den digitale selvbetjening";
pub const SKIP_LINK: &str = "Gå til indhold";

pub mod banner {
    pub const TAG: &str = "ØVEMILJØ";
    pub const TEXT: &str = "Alt her er opdigtet: personer, CPR-numre, breve og koder. Skriv aldrig dine rigtige koder, dit rigtige CPR-nummer eller dit rigtige nøglekort her.";
}

pub mod footer {
    pub const PRIVACY_HEADING: &str = "Privatliv";
    pub const PRIVACY: &str = "Vi bruger én nødvendig cookie, der holder styr på din øvelse. Der er ingen statistik og ingen reklame. Når øvelsen udløber eller afsluttes, slettes alt, hvad du har gjort.";
    pub const ABOUT_LINK: &str = "Om øvemiljøet";
    pub const HOME_LINK: &str = "Til forsiden";
}

pub mod landing {
    pub const TITLE: &str = "Øv dig i digital selvbetjening";
    pub const INTRO: &str = "Her kan du øve dig i det offentlige digitale Danmark uden at være bange for at lave fejl. Du får din egen øvelse med opdigtede personer, som ingen andre kan se.";
    pub const CAN_PRACTISE: &str = "Du kan øve dig i at:";
    pub const ITEMS: [&str; 4] = [
        "logge på med NemID og et nøglekort af papir",
        "læse Digital Post og sortere brevene i mapper",
        "give en hjælper læseadgang til din post",
        "give eller bede om en digital fuldmagt",
    ];
    pub const NOTHING_HAPPENS: &str =
        "Intet af det, du gør her, har betydning i virkeligheden. Du kan altid starte forfra.";
    pub const START: &str = "Start øvelse";
    pub const ENDED: &str =
        "Din øvelse er afsluttet, og alt i den er slettet. Du kan starte en ny, når du vil.";
}

pub mod world {
    pub const TITLE: &str = "Din øvelse";
    pub const INTRO: &str = "Det her er din egen øvelse. Personerne herunder er opdigtede. Du kan logge på som hver af dem med deres bruger-id og adgangskode.";
    pub const RESET_DONE: &str = "Øvelsen er nulstillet. Alt er som fra starten.";
    pub const PERSONAS_HEADING: &str = "Personer i øvelsen";
    pub const FICTITIOUS: &str = "Fiktiv person";
    pub const AGE: &str = "Alder";
    pub const YEARS: &str = "år";
    pub const CPR: &str = "CPR-nummer";
    pub const ADDRESS: &str = "Adresse";
    pub const LOGIN_ID: &str = "Bruger-id";
    pub const PASSWORD: &str = "Adgangskode";
    pub const TRUSTED_EMPLOYEE: &str = "Betroet medarbejder";
    pub const ACTIONS_HEADING: &str = "Øvelsen";
    pub const RESET: &str = "Nulstil øvelse";
    pub const END: &str = "Afslut øvelse";
    pub const END_HINT: &str = "Afslut sletter øvelsen med det samme. Nulstil starter den forfra.";
    pub const LOADING: &str = "Henter din øvelse …";
}

pub mod reset {
    pub const TITLE: &str = "Nulstil øvelse";
    pub const QUESTION: &str = "Vil du starte øvelsen forfra?";
    pub const EXPLAIN: &str = "Alt, hvad du har gjort i øvelsen, bliver slettet, og personerne er som fra starten. Det kan ikke fortrydes.";
    pub const CONFIRM: &str = "Ja, nulstil øvelsen";
    pub const CANCEL: &str = "Nej, tilbage til øvelsen";
}

pub mod expired {
    pub const TITLE: &str = "Din øvelse er udløbet";
    pub const EXPLAIN: &str = "Øvelser slettes af sig selv, når de ikke har været brugt i et stykke tid, eller når de er blevet for gamle. Det er helt normalt. Start en ny øvelse – den er klar med det samme.";
    pub const NONE_TITLE: &str = "Du har ikke startet en øvelse";
    pub const NONE_EXPLAIN: &str =
        "Start en øvelse for at få dine egne opdigtede personer at øve med.";
}

pub mod about {
    pub const TITLE: &str = "Om øvemiljøet";
    pub const PARAGRAPHS: [&str; 4] = [
        "Demoborger er et øvemiljø for dem, der vil lære den offentlige digitale selvbetjening at kende: borgere, hjælpere, bydelsmødre og it-undervisere.",
        "Alt er opdigtet. CPR-numrene har en dag mellem 32 og 60 i måneden, så de kan aldrig tilhøre en rigtig person. Ingen breve sendes, og ingen myndighed får noget at vide.",
        "Hver øvelse er privat. Den gemmes kun i serverens hukommelse og slettes, når den har været ubrugt i 30 minutter, når den er 8 timer gammel, eller når du trykker på \"Afslut øvelse\".",
        "Vi bruger én nødvendig cookie, som kun indeholder et tilfældigt nummer for din øvelse. Der er ingen statistik, ingen reklame og ingen data til andre.",
    ];
}

pub mod not_found {
    pub const TITLE: &str = "Siden findes ikke";
    pub const EXPLAIN: &str =
        "Vi kan ikke finde den side, du leder efter. Måske er adressen skrevet forkert.";
}

pub mod errors {
    /// Heading and explanation of the friendly page for an HTTP status.
    pub fn page(status: u16) -> (&'static str, &'static str) {
        match status {
            403 => (
                "Handlingen blev afvist",
                "Formularen kom ikke fra Demoborger selv, så vi har ikke gjort noget. Gå til forsiden og prøv igen derfra.",
            ),
            404 => (super::not_found::TITLE, super::not_found::EXPLAIN),
            413 => (
                "Det, du sendte, er for stort",
                "Der var for meget tekst eller for store filer. Gå tilbage, gør det mindre, og prøv igen.",
            ),
            429 => (
                "For mange forsøg på kort tid",
                "Der er startet mange øvelser fra din forbindelse lige nu. Vent et øjeblik, og prøv så igen.",
            ),
            503 => (
                "Der er travlt lige nu",
                "Der er så mange øvelser i gang, at vi ikke kan starte flere lige nu. Øvelser, der allerede er i gang, kører videre. Prøv igen om et par minutter.",
            ),
            _ => (
                "Der skete en fejl",
                "Der skete en fejl hos os. Prøv igen om lidt, eller gå til forsiden.",
            ),
        }
    }
}
