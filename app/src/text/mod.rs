//! The Danish text of the shell and the guide pages, kept out of the components so that
//! the guide layer can later come from translation files. Labels of the simulated
//! services themselves (from `reference/domain.md`) stay Danish and live here too.

pub const PRODUCT: &str = "Demoborger";
pub const PRODUCT_TAGLINE: &str = "Øv dig i den digitale selvbetjening";
pub const SKIP_LINK: &str = "Gå til indhold";
pub const FIELD_ERROR: &str = "Fejl:";

pub mod banner {
    pub const TAG: &str = "ØVEMILJØ";
    pub const TEXT: &str = "Alt her er opdigtet: personer, CPR-numre, breve og koder. Skriv aldrig dine rigtige koder, dit rigtige CPR-nummer eller dit rigtige nøglekort her.";
    /// On a phone: the same warning in one line.
    pub const TEXT_SHORT: &str = "Alt er opdigtet. Skriv aldrig dine rigtige koder her.";
}

pub mod footer {
    pub const PRIVACY_HEADING: &str = "Privatliv";
    pub const PRIVACY: &str = "Vi bruger én nødvendig cookie, der holder styr på din øvelse. Der er ingen statistik og ingen reklame. Når øvelsen udløber eller afsluttes, slettes alt, hvad du har gjort.";
    pub const ABOUT_LINK: &str = "Om øvemiljøet";
    pub const EXERCISES_LINK: &str = "Øvelser";
    pub const HOME_LINK: &str = "Til forsiden";
}

pub mod landing {
    /// Before the languages of the guide, each named in its own script.
    pub const LANGUAGES: &str = "Vejledning på dit sprog";
    pub const START: &str = "Start øvelse";
}

/// The warning before an unused world ends.
pub mod ending {
    pub const TITLE: &str = "Din øvelse slutter snart";
    // The texts the idle warning's island shows, compiled into it (one copy).
    pub use islands::ending_text::{CONTINUE, ENDED, EXPLAIN_IN_PAGE, SEE_WORLD, heading};
    pub const EXPLAIN: &str = "Du har ikke brugt øvelsen i et stykke tid. Tryk på »Fortsæt øvelsen«, hvis du vil beholde den. Ellers bliver den slettet, og du kan starte en ny.";
    pub const END_NOW: &str = "Afslut øvelsen nu";
}

pub mod world {
    pub const TITLE: &str = "Din øvelse";
    pub const INTRO: &str = "Det her er din egen øvelse. Personerne herunder er opdigtede. Du kan logge på som hver af dem med deres bruger-id og adgangskode.";
    pub const RESET_DONE: &str = "Øvelsen er nulstillet. Alt er som fra starten.";
    pub const LOGGED_OUT: &str = "Du er logget af. Øvelsen kører videre – du kan logge på som den samme eller en anden person.";
    pub const PERSONAS_HEADING: &str = "Personer i øvelsen";
    pub const FICTITIOUS: &str = "Fiktiv person";
    pub const AGE: &str = "Alder";
    pub const YEARS: &str = "år";
    pub const CPR: &str = "CPR-nummer";
    pub const ADDRESS: &str = "Adresse";
    pub const LOGIN_ID: &str = "Bruger-id";
    pub const PASSWORD: &str = "Adgangskode";
    pub const TRUSTED_EMPLOYEE: &str = "Betroet medarbejder";
    pub const LOCKED: &str = "NemID spærret";
    pub const OWN_PASSWORD: &str = "(den nye, du selv har valgt)";
    pub const KEY_APP: &str = "Nøgleapp";
    pub const KEY_APP_YES: &str = "NemID nøgleapp på telefonen";
    pub const ACTIONS_HEADING: &str = "Øvelsen";
    pub const RESET: &str = "Nulstil øvelse";
    pub const END: &str = "Afslut øvelse";
    pub const END_HINT: &str = "Afslut sletter øvelsen med det samme. Nulstil starter den forfra.";
}

pub mod reset {
    pub const TITLE: &str = "Nulstil øvelse";
    pub const QUESTION: &str = "Vil du starte øvelsen forfra?";
    pub const EXPLAIN: &str = "Alt, hvad du har gjort i øvelsen, bliver slettet, og personerne er som fra starten. Det kan ikke fortrydes.";
    pub const CONFIRM: &str = "Ja, nulstil øvelsen";
    pub const CANCEL: &str = "Nej, tilbage til øvelsen";
}

pub mod end {
    pub const TITLE: &str = "Afslut øvelse";
    pub const QUESTION: &str = "Vil du afslutte øvelsen?";
    pub const EXPLAIN: &str = "Øvelsen og alt, hvad du har gjort i den, bliver slettet, og du kommer tilbage til forsiden. Det kan ikke fortrydes.";
    pub const CONFIRM: &str = "Ja, afslut øvelsen";
    pub const CANCEL: &str = "Nej, tilbage til øvelsen";
}

pub mod expired {
    pub const TITLE: &str = "Din øvelse er udløbet";
    pub const EXPLAIN: &str = "Øvelser slettes af sig selv, når de ikke har været brugt i et stykke tid, eller når de er blevet for gamle. Det er helt normalt. Start en ny øvelse – den er klar med det samme.";
    pub const NONE_TITLE: &str = "Du har ikke startet en øvelse";
    pub const NONE_EXPLAIN: &str =
        "Start en øvelse for at få dine egne opdigtede personer at øve med.";
}

pub mod not_found {
    pub const TITLE: &str = "Siden findes ikke";
    pub const EXPLAIN: &str =
        "Vi kan ikke finde den side, du leder efter. Måske er adressen skrevet forkert.";
}

pub mod errors {
    /// The page when the worlds cannot be fetched for a moment (the store is unreachable).
    pub const STORE_DOWN_TITLE: &str = "Vi kan ikke hente din øvelse lige nu";
    pub const STORE_DOWN_EXPLAIN: &str = "Der er et kortvarigt problem hos os. Din øvelse er ikke væk, og det, du allerede har gjort, er gemt. Vent et øjeblik, og prøv igen.";
    pub const STORE_DOWN_AGAIN: &str = "Prøv igen";

    /// Heading and explanation of the friendly page for an HTTP status.
    pub fn page(status: u16) -> (&'static str, &'static str) {
        match status {
            403 => (
                "Handlingen blev afvist",
                "Formularen kom ikke fra Demoborger selv, så vi har ikke gjort noget. Gå til forsiden og prøv igen derfra.",
            ),
            400 => (
                "Formularen kunne ikke læses",
                "Det, der blev sendt, kommer ikke fra en af Demoborgers sider, så vi har ikke gjort noget. Gå tilbage, og prøv igen.",
            ),
            404 => (super::not_found::TITLE, super::not_found::EXPLAIN),
            410 => (
                "QR-koden virker ikke længere",
                "En QR-kode til øvetelefonen kan bruges én gang og i 5 minutter. Lav en ny på computeren, og scan den igen.",
            ),
            405 => (
                "Det kan man ikke her",
                "Adressen findes, men den kan ikke bruges på den måde, din browser bad om. Gå til forsiden, og prøv igen derfra.",
            ),
            408 => (
                "Det tog for lang tid",
                "Det, du sendte, kom for langsomt frem, så vi stoppede. Tjek forbindelsen, og prøv igen.",
            ),
            415 | 422 => (
                "Formularen kunne ikke læses",
                "Det, der blev sendt, har ikke den form, Demoborgers sider sender, så vi har ikke gjort noget. Gå tilbage, og prøv igen.",
            ),
            413 => (
                "Det, du sendte, er for stort",
                "Der var for meget tekst eller for store filer. Gå tilbage, gør det mindre, og prøv igen.",
            ),
            429 => (
                "For mange forsøg på kort tid",
                "Der kom meget mange forespørgsler fra din forbindelse eller din øvelse på kort tid. Vent et øjeblik, og prøv så igen.",
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

/// "23. november 2026", in Danish time.
pub fn date(at: domain::Timestamp) -> String {
    at.danish_local().danish_date()
}

pub mod header {
    pub const LOG_IN: &str = "Log på";
    pub const LOG_OUT: &str = "Log af";
    pub const LOGGED_IN_AS: &str = "Logget på som";
}

/// The NemID login, with the labels of the real service (reference/domain.md).
pub mod nemid {
    /// How many tries are left before NemID is spærret.
    pub fn tries_left(n: u8) -> String {
        format!("Du har {n} forsøg tilbage, før dit NemID bliver spærret.")
    }

    pub const TITLE: &str = "Log på med NemID";
    pub const USER_ID: &str = "Bruger-id";
    pub const USER_ID_HINT: &str = "CPR-nummer, NemID-nummer eller dit eget bruger-id";
    pub const PASSWORD: &str = "Adgangskode";
    pub const NEXT: &str = "Næste";
    pub const KEY: &str = "Nøgle";
    pub const REMEMBER: &str = "Husk bruger-id";
    pub const KEY_HINT: &str = "6 cifre fra dit nøglekort";
    /// The key field's hint names the nøglenummer too: at 200 % zoom the field's autofocus
    /// may scroll the big nøglenummer above it out of sight.
    pub fn key_hint(number: &str) -> String {
        format!("Nøglen ved nøglenummer {number}: {KEY_HINT}")
    }
    pub const LOG_IN: &str = "Log på";
    pub const KEY_NUMBER: &str = "Nøglenummer";
    pub const CARD_NUMBER: &str = "Nøglekort nr.";
    pub const KEY_INTRO: &str =
        "Find nøglenummeret på dit nøglekort, og skriv den nøgle, der står ved siden af.";
    pub const LOGGING_IN_AS: &str = "Du er ved at logge på som";
    pub const TEMPORARY_NOTE: &str = "Du logger på med en midlertidig adgangskode. Når du har skrevet nøglen, skal du vælge en ny adgangskode.";
    pub const SHOW_CARD: &str = "Vis nøglekort";
    pub const FIND_KEY: &str = "Find nøglen";
    pub const ASKED: &str = "den, der spørges efter";
    /// "Find nøglen": what the excerpt of the card shows.
    pub fn find_key_explain(number: &str) -> String {
        format!(
            "Her er stedet på dit nøglekort med nøglenummer {number}. Nøglen er de 6 cifre lige efter nøglenummeret."
        )
    }
    pub const CANCEL: &str = "Afbryd";
    pub const CANCEL_NOTE: &str = "Hvis du afbryder eller forlader siden uden at skrive nøglen, tæller det som et forkert forsøg – ligesom på det rigtige NemID.";
    pub const CHOOSE_TITLE: &str = "Vælg en ny adgangskode";
    pub const CHOOSE_INTRO: &str = "Du har logget på med en midlertidig adgangskode. Vælg nu din egen nye adgangskode. Brug ikke en kode, du bruger i virkeligheden.";
    pub const CHOOSE_RULES_HEADING: &str = "Sådan skal adgangskoden være";
    pub const CHOOSE_RULES: [&str; 2] = [
        "4 cifre – men ikke 4 ens cifre (fx 1111), ikke en række (fx 1234) og ikke en del af dit CPR-nummer, eller",
        "6 til 40 tegn med både bogstaver og tal, uden æ, ø og å.",
    ];
    pub const NEW_PASSWORD: &str = "Ny adgangskode";
    pub const REPEAT_PASSWORD: &str = "Gentag ny adgangskode";
    pub const SAVE_PASSWORD: &str = "Gem ny adgangskode";
    pub const ALREADY_IN: &str = "Du er logget på som";
    pub const GO_TO_MY_PAGE: &str = "Gå til din forside";
    pub const ERROR_HEADING: &str = "Det gik ikke";
}

/// "Glemt adgangskode?" on the NemID box, with what the real NemID did.
pub mod forgot {
    pub const LINK: &str = "Glemt adgangskode?";
    pub const TITLE: &str = "Glemt adgangskode";
    pub const INTRO: &str = "Har du glemt din adgangskode til NemID, bestiller du en midlertidig adgangskode. Du skal bruge dit bruger-id og nummeret på dit nøglekort.";
    pub const REAL_LIFE_HEADING: &str = "Sådan var det på det rigtige NemID";
    pub const REAL_LIFE: [&str; 3] = [
        "Man bestilte den midlertidige adgangskode på nemid.nu med sit bruger-id og nøglekortets nummer – eller hos NemID-support eller i Borgerservice.",
        "Dit NemID blev spærret med det samme, da du bestilte. Det hjalp altså ikke at komme i tanker om den gamle adgangskode bagefter.",
        "Den midlertidige adgangskode kom med posten efter 3–4 hverdage. Man loggede på med den og en nøgle fra nøglekortet og valgte så en ny adgangskode.",
    ];
    pub const SIMULATOR: &str = "Her i øvelsen kommer brevet med det samme: du finder det under »Fysisk post« hos personen.";
    pub const CARD_NUMBER: &str = "Nøglekortnummer";
    pub const CARD_NUMBER_HINT: &str = "Står øverst på dit nøglekort, fx 1234 567 890";
    pub const ORDER: &str = "Bestil midlertidig adgangskode";
    pub const ORDERED: &str = "Den midlertidige adgangskode er sendt med posten. Dit NemID er spærret, indtil du logger på med den.";
    pub const SEE_MAIL: &str = "Se brevet i Fysisk post";
    pub const BACK: &str = "Tilbage til Log på";
}

pub mod locked {
    pub const TITLE: &str = "Dit NemID er spærret";
    pub const NOT_LOCKED: &str = "NemID er ikke spærret";
    pub const WHAT_HAPPENED: &str = "Der er tastet forkert for mange gange. Det tæller som et forkert forsøg, når adgangskoden er forkert, når nøglen er forkert, og når man forlader siden med nøglen uden at logge på. Derfor er NemID spærret. Det beskytter mod, at andre gætter sig ind.";
    pub const REAL_LIFE_HEADING: &str = "Sådan gør man i virkeligheden";
    pub const REAL_LIFE: &str = "Man bestiller en midlertidig adgangskode hos NemID-support eller i Borgerservice. Den kommer med posten efter nogle dage. Borgerservice kan også hjælpe med det samme, hvis man møder op med billed-id.";
    pub const SIMULATOR_HEADING: &str = "Her i øvelsen";
    pub const SIMULATOR: &str = "Brevet med den midlertidige adgangskode er allerede kommet. Du finder det under \"Fysisk post\" hos personen. Log derefter på med bruger-id og den midlertidige adgangskode, brug en nøgle, og vælg en ny adgangskode.";
    pub const GO_TO_MAIL: &str = "Se brevet i Fysisk post";
    pub const TRY_AGAIN: &str = "Log på med den midlertidige adgangskode";
}

pub mod my_page {
    pub const WELCOME: &str = "Velkommen";
    pub const LOGGED_IN: &str = "Du er logget på med NemID.";
    pub const NEW_CARD_NOTICE: &str = "Du har kun 20 nøgler tilbage på dit nøglekort. Et nyt nøglekort er på vej med posten – du finder det under \"Fysisk post\". Næste gang du logger på, skal du bruge det nye kort.";
    pub const KEYS_LEFT: &str = "Ubrugte nøgler på dit nøglekort";
    pub const SELF_SERVICES: &str = "Selvbetjening";
    pub const NOT_LOGGED_IN: &str = "Du er ikke logget på";
    pub const NOT_LOGGED_IN_EXPLAIN: &str = "Log på med NemID for at se din forside.";
}

pub mod persona_page {
    pub const LOG_IN_AS: &str = "Log på som";
    pub const SHOW_CARD: &str = "Vis nøglekort";
    pub const PRINT_CARD: &str = "Udskriv nøglekort";
    pub const PRINT_ALL: &str = "Udskriv nøglekort";
    pub const PRINT_ALL_HINT: &str = "Udskriv nøglekort giver et kort til hver person i øvelsen – ét pr. A4-side, så en underviser kan dele dem ud.";
    pub const SEE_PERSON: &str = "Se person og fysisk post";
    pub const BACK: &str = "Tilbage til øvelsen";
    pub const BACK_TO: &str = "Tilbage til";
    pub const UNKNOWN: &str = "Personen findes ikke i denne øvelse.";
    pub const CARD_TITLE: &str = "Nøglekort";
    pub const CARD_OWNER: &str = "Nøglekort til";
    pub const CARD_LEGEND: &str = "Find nøglenummeret, og brug nøglen ved siden af. Overstregede nøgler er brugt og virker ikke igen.";
    pub const USED: &str = "brugt";
    pub const KEYS_LABEL: &str = "Nøgler på nøglekortet";
    pub const KEYS_LEFT: &str = "ubrugte nøgler";
}

pub mod paper_mail {
    pub const TITLE: &str = "Fysisk post";
    pub const INTRO: &str = "Breve, der kommer med posten i papirform.";
    pub const EMPTY: &str = "Der er ingen breve.";
    pub const NEW_CARD_SUBJECT: &str = "Dit nye nøglekort til NemID";
    pub const NEW_CARD_BODY: &str = "Du har kun 20 nøgler tilbage på dit nøglekort. Derfor sender vi dig et nyt. Næste gang du logger på med NemID, bliver du bedt om en nøgle fra det nye kort. Det gamle kort kan du klippe i stykker og smide ud.";
    pub const NEW_CARD_NUMBER: &str = "Det nye kort har nummer";
    pub const TEMPORARY_SUBJECT: &str = "Din midlertidige adgangskode til NemID";
    pub const TEMPORARY_BODY: &str = "Dit NemID er spærret, fordi der er tastet forkert for mange gange. Du kan åbne det igen med denne midlertidige adgangskode:";
    pub const TEMPORARY_HOW: &str = "Log på med dit bruger-id og den midlertidige adgangskode. Brug en nøgle fra dit nøglekort, og vælg derefter en ny adgangskode. Koden virker kun, indtil du har valgt en ny.";
    pub const FROM: &str = "Fra: NemID (øvemiljø)";
}

pub mod print {
    pub const TITLE: &str = "Udskriv nøglekort";
    pub const INTRO: &str = "Her er nøglekortene til udskrift: ét kort pr. side i A4. Klip langs mærkerne i hjørnerne. Kortene virker kun i øvemiljøet – og kun i denne øvelse.";
    pub const HOW: &str = "Tryk på knappen, eller brug browserens udskriv (Ctrl+P eller Cmd+P).";
    /// Where the "Udskriv" button cannot run (JavaScript off).
    pub const WITHOUT_JS: &str = "Udskriv med browserens menu: Ctrl+P (Cmd+P på Mac).";
    pub const PRINT: &str = "Udskriv";
    pub const MARK: &str = "ØVEKORT – virker kun i øvemiljøet";
}

/// Digital Post, with the labels of the real service (reference/domain.md).
pub mod post;

/// Læseadgang, with the labels of `reference/domain.md`.
pub mod access;
pub mod class;
pub mod material;

/// Digital fuldmagt and the self-services used with it, labels from `reference/domain.md`.
pub mod fuldmagt;
pub mod mitid;

/// The guide layer's fallbacks when no exercise data can be read (its real words come from
/// the scenario's `guide/<lang>.ftl`, per language).
pub mod guide {
    pub const TITLE: &str = "Øvelser";
    pub const NO_EXERCISE: &str = "Der er ingen øvelse i gang. Vælg en øvelse først.";
    /// The chooser's mark on a language nobody has read through yet.
    pub const MACHINE_DRAFT: &str = "oversat maskinelt – ikke gennemlæst";
    pub const NOT_REVIEWED: &str = "ikke gennemlæst af en modersmålstaler";
}
