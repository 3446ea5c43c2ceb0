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
}

pub mod footer {
    pub const PRIVACY_HEADING: &str = "Privatliv";
    pub const PRIVACY: &str = "Vi bruger én nødvendig cookie, der holder styr på din øvelse. Der er ingen statistik og ingen reklame. Når øvelsen udløber eller afsluttes, slettes alt, hvad du har gjort.";
    pub const ABOUT_LINK: &str = "Om øvemiljøet";
    pub const EXERCISES_LINK: &str = "Øvelser";
    pub const HOME_LINK: &str = "Til forsiden";
}

pub mod landing {
    pub const GUIDED: &str = "Vil du have en opgave med hjælp undervejs?";
    pub const GUIDED_LINK: &str = "Vælg en guidet øvelse";
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
            400 => (
                "Formularen kunne ikke læses",
                "Det, der blev sendt, kommer ikke fra en af Demoborgers sider, så vi har ikke gjort noget. Gå tilbage, og prøv igen.",
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
    pub const TITLE: &str = "Log på med NemID";
    pub const USER_ID: &str = "Bruger-id";
    pub const USER_ID_HINT: &str = "CPR-nummer, NemID-nummer eller dit eget bruger-id";
    pub const PASSWORD: &str = "Adgangskode";
    pub const NEXT: &str = "Næste";
    pub const KEY: &str = "Nøgle";
    pub const KEY_HINT: &str = "6 cifre fra dit nøglekort";
    pub const LOG_IN: &str = "Log på";
    pub const KEY_NUMBER: &str = "Nøglenummer";
    pub const CARD_NUMBER: &str = "Nøglekort nr.";
    pub const KEY_INTRO: &str =
        "Find nøglenummeret på dit nøglekort, og skriv den nøgle, der står ved siden af.";
    pub const LOGGING_IN_AS: &str = "Du er ved at logge på som";
    pub const TEMPORARY_NOTE: &str = "Du logger på med en midlertidig adgangskode. Når du har skrevet nøglen, skal du vælge en ny adgangskode.";
    pub const SHOW_CARD: &str = "Vis nøglekort";
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
    pub const PRINT: &str = "Udskriv";
    pub const MARK: &str = "ØVEKORT – virker kun i øvemiljøet";
}

/// Digital Post, with the labels of the real service (reference/domain.md).
pub mod post {
    pub const TITLE: &str = "Digital Post";
    pub const MAILBOX_OF: &str = "Postkasse:";
    pub const UNREAD_COUNT: &str = "ulæste breve i Indbakke";
    pub const FOLDERS: &str = "Mapper";
    pub const UNREAD: &str = "ulæst";
    pub const UNREAD_MARK: &str = "Ulæst";
    pub const NEW_FOLDER: &str = "Opret mappe";
    pub const FOLDER_NAME: &str = "Navn på mappen";
    pub const FOLDER_NAME_HINT: &str = "Højst 40 tegn, fx Sundhed";
    pub const RENAME: &str = "Omdøb mappe";
    pub const NEW_NAME: &str = "Nyt navn";
    pub const DELETE_FOLDER: &str = "Slet mappe";
    pub const SEARCH: &str = "Søg";
    pub const SEARCH_LABEL: &str = "Søg i din post";
    pub const SEARCH_RESULTS: &str = "Søgeresultat for";
    pub const SORT_BY: &str = "Sortér efter:";
    pub const SORT_DATE: &str = "Dato";
    pub const SORT_SENDER: &str = "Afsender";
    pub const CHOOSE: &str = "Vælg";
    pub const SENDER: &str = "Afsender";
    pub const RECIPIENT: &str = "Modtager";
    pub const SUBJECT: &str = "Emne";
    pub const DATE: &str = "Dato";
    pub const FOLDER: &str = "Mappe";
    pub const MOVE: &str = "Flyt";
    pub const MOVE_TO: &str = "Flyt til";
    pub const EMPTY_FOLDER: &str = "Der er ingen breve i mappen.";
    pub const NO_RESULTS: &str = "Ingen breve passer til din søgning.";
    pub const EMPTY_TRASH: &str = "Tøm papirkurven";
    pub const EMPTY_TRASH_CONFIRM: &str = "Ja, slet brevene i papirkurven for altid";
    pub const EMPTY_TRASH_NOTE: &str = "Når papirkurven tømmes, er brevene væk for altid.";
    pub const CONFIRM_NEEDED: &str =
        "Sæt kryds for at bekræfte, at brevene skal slettes for altid.";
    pub const FROM: &str = "Fra";
    pub const CASE_NUMBER: &str = "Sagsnummer";
    pub const DOCUMENTS: &str = "Dokumenter i brevet";
    pub const MAIN_DOCUMENT: &str = "Brevet";
    pub const MARK_UNREAD: &str = "Markér som ulæst";
    pub const DELETE: &str = "Slet";
    pub const RESTORE: &str = "Gendan";
    pub const BACK_TO: &str = "Tilbage til";
    pub const CANNOT_REPLY: &str =
        "Du kan ikke besvare dette brev. Skriv i stedet en ny besked til myndigheden.";
    pub const NOT_LOGGED_IN: &str = "Log på for at læse din Digital Post.";
    pub const NO_LETTER: &str = "Brevet findes ikke i din postkasse. Måske er det slettet.";
    pub const ACTIONS: &str = "Handlinger";
    pub const WRITE: &str = "Skriv ny besked";
    pub const CHOOSE_AUTHORITY: &str = "Vælg myndighed";
    pub const CHOOSE_AUTHORITY_INTRO: &str =
        "Vælg den myndighed, du vil skrive til. Myndighederne er delt op som på borger.dk.";
    pub const TO: &str = "Til";
    pub const CHANGE_AUTHORITY: &str = "Vælg en anden myndighed";
    pub const REPLY_TO: &str = "Svar på brevet";
    pub const MESSAGE_SUBJECT: &str = "Emne";
    pub const MESSAGE: &str = "Besked";
    pub const MESSAGE_HINT: &str = "Højst 5000 tegn.";
    pub const ATTACH: &str = "Vedhæft fil";
    pub const ATTACH_HINT: &str = "Valgfrit. Højst 3 filer, hver på højst 2 MB. PDF, JPEG eller PNG (fx et foto af et papir).";
    pub const SEND: &str = "Send";
    pub const CANCEL: &str = "Annullér";
    pub const SENT_NOTICE: &str = "Din besked er sendt. Den ligger nu i Sendt, og du har fået en kvittering i Indbakke. Myndigheden svarer om lidt.";
    pub const FILES_AGAIN: &str = "Filer kan ikke gemmes, når en besked bliver afvist. Vælg filerne igen, før du trykker Send.";
    pub const REPLY: &str = "Besvar";
    pub const FORWARD: &str = "Videresend";
    pub const FORWARD_TO: &str = "Videresend til";
    pub const FORWARDED_NOTICE: &str = "Brevet er videresendt. En kopi ligger i Sendt.";
    pub const OPEN_DOCUMENT: &str = "åbner i en ny fane";
    pub const ACTIVITY: &str = "Aktivitetslog";
    pub const ACTIVITY_INTRO: &str = "Her kan du se, hvad der er sket i postkassen, og hvem der gjorde det. Det nyeste står øverst.";
    pub const ACTIVITY_EMPTY: &str = "Der er ikke sket noget i postkassen endnu.";
    pub const WHEN: &str = "Tidspunkt";
    pub const WHAT: &str = "Hvad skete der";
    pub const BY: &str = "Udført af";
    pub const FILE_TOO_BIG: &str = "er for stor. En fil må højst være 2 MB.";
    pub const FILE_WRONG_KIND: &str = "er ikke en PDF, JPEG eller PNG. Vælg en anden fil.";
    pub const FILE_EMPTY: &str = "er tom. Vælg en anden fil.";
    pub const UPLOADS_FULL: &str = "Der er ikke plads til flere vedhæftede filer i øvemiljøet lige nu. Send beskeden uden fil, eller prøv igen senere.";
    pub const FILE: &str = "Filen";
    pub const SWITCH_MAILBOX: &str = "Skift postkasse";
    pub const SWITCH: &str = "Skift";
    pub const HELPER_VIEW_A: &str = "Du læser";
    pub const HELPER_VIEW_B: &str = "s post som hjælper. Du har";
    pub const ACCESS_ENDED_A: &str = "Din adgang til";
    pub const ACCESS_ENDED_B: &str =
        "s Digital Post er ophørt (fjernet eller udløbet). Du ser nu din egen postkasse.";
    pub const ACCESS: &str = "Læse- og skriveadgang";

    pub fn group_name(group: domain::AuthorityGroup) -> &'static str {
        match group {
            domain::AuthorityGroup::State => "Staten",
            domain::AuthorityGroup::Region => "Regioner",
            domain::AuthorityGroup::Municipality => "Kommuner",
            domain::AuthorityGroup::Other => "Andre",
        }
    }

    /// What an event in the mailbox's log says, and who did it.
    pub fn activity(
        world: &domain::World,
        owner: &domain::PersonaId,
        event: &domain::Event,
    ) -> (String, String) {
        use domain::{Event, FolderRef};
        let person =
            |id: &domain::PersonaId| world.persona(id).map_or(String::new(), |p| p.name.clone());
        let subject = |n: &u16| {
            world
                .letter_ref(*n)
                .map_or(String::new(), |l| l.subject().to_owned())
        };
        let folder = |f: &FolderRef| match f {
            FolderRef::Own(id) if !world.own_folders(owner).iter().any(|o| o.id == *id) => {
                "en mappe, der siden er slettet".to_owned()
            }
            f => format!("\"{}\"", crate::post::server::folder_name(world, owner, *f)),
        };
        match event {
            Event::FolderCreated { by, name, .. } => {
                (format!("Mappen \"{name}\" er oprettet"), person(by))
            }
            Event::FolderRenamed { by, name, .. } => {
                (format!("En mappe er omdøbt til \"{name}\""), person(by))
            }
            Event::FolderDeleted { by, name, .. } => {
                (format!("Mappen \"{name}\" er slettet"), person(by))
            }
            Event::LetterMoved { by, letter, to, .. } => (
                format!(
                    "Brevet \"{}\" er flyttet til {}",
                    subject(letter),
                    folder(to)
                ),
                person(by),
            ),
            Event::LetterTrashed { by, letter, .. } => (
                format!(
                    "Brevet \"{}\" er slettet (lagt i Papirkurv)",
                    subject(letter)
                ),
                person(by),
            ),
            Event::LetterRestored { by, letter, to, .. } => (
                format!(
                    "Brevet \"{}\" er gendannet til {}",
                    subject(letter),
                    folder(to)
                ),
                person(by),
            ),
            Event::TrashEmptied { by, letters, .. } => (
                format!(
                    "Papirkurven er tømt: {} brev(e) slettet for altid",
                    letters.len()
                ),
                person(by),
            ),
            Event::LetterRead { by, letter, .. } => (
                format!("Brevet \"{}\" er åbnet", subject(letter)),
                person(by),
            ),
            Event::LetterMarkedUnread { by, letter, .. } => (
                format!("Brevet \"{}\" er markeret som ulæst", subject(letter)),
                person(by),
            ),
            Event::MessageSent { by, letter, .. } => (
                format!(
                    "Besked sendt til {}: \"{}\"",
                    world.party_name(&letter.to),
                    letter.subject
                ),
                person(by),
            ),
            Event::LetterArrived { letter } => (
                format!("Nyt brev modtaget: \"{}\"", letter.subject),
                world.party_name(&letter.from).to_owned(),
            ),
            Event::LetterForwarded { by, letter, to, .. } => (
                format!(
                    "Brevet \"{}\" er videresendt til {}",
                    subject(letter),
                    person(to)
                ),
                person(by),
            ),
            _ => (String::new(), String::new()),
        }
    }
}

/// Læseadgang, with the labels of `reference/domain.md`.
pub mod access {
    pub const TITLE: &str = "Læse- og skriveadgang";
    pub const INTRO: &str = "Her kan du give en anden person adgang til at læse din Digital Post, eller bede om adgang til en andens. Du kan give adgang til hele postkassen eller kun til udvalgte mapper.";
    pub const GIVE: &str = "Giv adgang";
    pub const REQUEST: &str = "Anmod om adgang";
    pub const GIVEN: &str = "Adgange du har givet";
    pub const RECEIVED: &str = "Adgange du har fået";
    pub const REQUESTS_TO_ME: &str = "Anmodninger til dig";
    pub const MY_REQUESTS: &str = "Dine anmodninger, der venter på svar";
    pub const NONE: &str = "Ingen anmodninger venter.";
    pub const NONE_GIVEN: &str = "Du har ikke givet nogen adgang til din post.";
    pub const NONE_RECEIVED: &str = "Du har ikke fået adgang til andres post.";
    pub const HELPER: &str = "Hjælper";
    pub const OWNER: &str = "Postkassens ejer";
    pub const LEVEL: &str = "Adgang";
    pub const SCOPE: &str = "Mapper";
    pub const END_DATE: &str = "Slutdato";
    pub const NO_END: &str = "Ingen (til adgangen fjernes)";
    pub const ACTIONS: &str = "Handlinger";
    pub const REMOVE: &str = "Fjern adgang";
    pub const OPEN_MAILBOX: &str = "Åbn postkassen";
    pub const APPROVE: &str = "Godkend";
    pub const REJECT: &str = "Afvis";
    pub const GIVE_INTRO: &str = "Skriv navn og CPR-nummer på den person, der skal hjælpe dig. Vælg hvad personen må, og hvilke mapper personen må se. Til sidst godkender du med en nøgle fra dit nøglekort.";
    pub const REQUEST_INTRO: &str = "Skriv navn og CPR-nummer på den person, hvis post du vil hjælpe med at læse. Personen får besked i sin Digital Post og skal godkende din anmodning.";
    pub const WHO_HELPS: &str = "Hvem skal have adgang?";
    pub const WHOSE_POST: &str = "Hvis post vil du læse?";
    pub const FULL_NAME: &str = "Fulde navn";
    pub const CPR: &str = "CPR-nummer";
    pub const CPR_HINT: &str =
        "Den anden øvepersons CPR-nummer, fx 010203-1234. Skriv aldrig et rigtigt CPR-nummer.";
    pub const SCOPE_QUESTION: &str = "Hvad må personen se?";
    pub const WHOLE: &str = "Hele postkassen";
    pub const CHOSEN_FOLDERS: &str = "Udvalgte mapper";
    pub const FOLDERS_HINT: &str =
        "Sæt kryds ved de mapper, personen må se (kun når du har valgt Udvalgte mapper).";
    pub const END_DATE_FIELD: &str = "Slutdato (valgfri)";
    pub const END_DATE_HINT: &str = "Adgangen stopper efter denne dag. Lad feltet være tomt, hvis adgangen skal gælde, til du fjerner den.";
    pub const NEXT: &str = "Næste";
    pub const SEND_REQUEST: &str = "Send anmodning";
    pub const SIGN_TITLE: &str = "Godkend med NemID";
    pub const SIGN_INTRO: &str = "Tjek oplysningerne. Godkend derefter med en nøgle fra dit nøglekort, ligesom når du logger på.";
    pub const SIGN: &str = "Underskriv";
    pub const CANCEL: &str = "Afbryd";
    pub const NOTHING_TO_SIGN: &str = "Der er ikke noget at godkende lige nu.";

    /// The confirmation after an action, by the `besked` in the address.
    pub fn notice(notice: crate::notice::Notice) -> Option<&'static str> {
        use crate::notice::Notice as N;
        Some(match notice {
            N::Given => "Adgangen er givet. Hjælperen har fået et brev i sin Digital Post.",
            N::Removed => "Adgangen er fjernet. Begge har fået et brev om det.",
            N::Requested => "Din anmodning er sendt. Personen har fået et brev i sin Digital Post.",
            N::Rejected => "Anmodningen er afvist. Personen har fået et brev om det.",
            N::Cancelled => "Du afbrød godkendelsen. Der er ikke givet nogen adgang.",
            _ => return None,
        })
    }
}

/// Digital fuldmagt and the self-services used with it, labels from `reference/domain.md`.
pub mod fuldmagt {
    pub const TITLE: &str = "Digital fuldmagt";
    pub const MUST_LOG_IN: &str = "Log på for at give, se eller bruge en digital fuldmagt.";
    pub const INTRO: &str = "Med en digital fuldmagt kan en anden person handle på dine vegne i de selvbetjeninger, du vælger – fx skifte læge eller anmelde flytning. Du kan også bede om fuldmagt fra en anden.";
    pub const GIVE: &str = "Giv fuldmagt";
    pub const REQUEST: &str = "Anmod om fuldmagt";
    pub const GIVEN: &str = "Fuldmagter jeg har givet";
    pub const RECEIVED: &str = "Fuldmagter jeg har fået";
    pub const REQUESTS_TO_ME: &str = "Anmodninger om fuldmagt til dig";
    pub const MY_REQUESTS: &str = "Dine anmodninger, der venter på svar";
    pub const NONE: &str = "Ingen.";
    pub const HOLDER: &str = "Fuldmagtshaver";
    pub const GIVER: &str = "Fuldmagtsgiver";
    pub const AREAS: &str = "Områder";
    pub const VALID_UNTIL: &str = "Gyldig til";
    pub const UNTIL_DELETED: &str = "Indtil den slettes";
    pub const UNTIL_DATE: &str = "Til en bestemt dato";
    pub const HOW_LONG: &str = "Hvor længe skal fuldmagten gælde?";
    pub const DELETE: &str = "Slet fuldmagt";
    pub const APPROVE: &str = "Godkend";
    pub const REJECT: &str = "Afvis";
    pub const ACTIONS: &str = "Handlinger";
    pub const WHO_GETS: &str = "Hvem skal have fuldmagten?";
    pub const WHO_GIVES: &str = "Hvem skal give dig fuldmagt?";
    pub const CHOOSE_AREAS: &str = "Vælg områder";
    pub const AREAS_HINT: &str = "Sæt kryds ved de selvbetjeninger, fuldmagten skal gælde for.";
    pub const GIVE_INTRO: &str = "Skriv navn og CPR-nummer på den person, der skal kunne handle for dig. Vælg områder og hvor længe. Til sidst ser du et overblik og underskriver med en nøgle fra dit nøglekort.";
    pub const REQUEST_INTRO: &str = "Skriv navn og CPR-nummer på den person, du vil hjælpe. Personen får et brev i Digital Post og skal godkende. Kan personen ikke selv bruge Digital Post, kan en betroet medarbejder i kommunen svare for personen.";
    pub const NEXT: &str = "Næste";
    pub const SEND_REQUEST: &str = "Send anmodning";
    pub const USE_IT: &str = "Brug fuldmagten:";
    pub const CASES: &str = "Sager: anmodninger til borgere uden digital adgang";
    pub const CASES_INTRO: &str = "Borgerne på listen kan ikke selv svare digitalt. Kontrollér borgerens identitet (fx med sundhedskort eller pas), før du godkender eller afviser på borgerens vegne.";
    pub const NO_CASES: &str = "Der er ingen sager lige nu.";
    pub const IDENTITY: &str = "Jeg har kontrolleret borgerens identitet";
    pub const FOR_CITIZEN: &str = "Borger";
    pub const FROM: &str = "Fra";
    // Self-services.
    pub const DOCTOR_TITLE: &str = "Skift læge";
    pub const DOCTOR_INTRO: &str = "Vælg en ny læge. Du kan skifte for dig selv, eller for en person, der har givet dig fuldmagt til \"Skift læge\".";
    pub const ON_BEHALF: &str = "Hvem skifter du læge for?";
    pub const MOVE_ON_BEHALF: &str = "Hvem flytter?";
    pub const MYSELF: &str = "Mig selv";
    pub const CURRENT_DOCTOR: &str = "Nuværende læge";
    pub const NEW_DOCTOR: &str = "Vælg ny læge";
    pub const DOCTOR_BUTTON: &str = "Skift læge";
    pub const MOVE_TITLE: &str = "Flytning";
    pub const MOVE_INTRO: &str = "Anmeld en flytning. Du kan anmelde for dig selv, eller for en person, der har givet dig fuldmagt til \"Flytning\".";
    pub const CURRENT_ADDRESS: &str = "Nuværende adresse";
    pub const NEW_ADDRESS: &str = "Ny adresse";
    pub const NEW_ADDRESS_HINT: &str =
        "Vej og husnummer, postnummer og by, fx Nyvej 4, 5000 Odense C";
    pub const MOVE_BUTTON: &str = "Anmeld flytning";
    pub const OVERVIEW_PEOPLE: &str = "Oplysninger";
    pub const DOCTOR_DONE: &str = "Lægen er skiftet. Der er sendt en kvittering til Digital Post.";
    pub const MOVE_DONE: &str =
        "Flytningen er anmeldt. Der er sendt en kvittering til Digital Post.";

    /// The confirmation after an action, by the `besked` in the address.
    pub fn notice(notice: crate::notice::Notice) -> Option<&'static str> {
        use crate::notice::Notice as N;
        Some(match notice {
            N::Given => "Fuldmagten er givet. Fuldmagtshaveren har fået et brev i Digital Post.",
            N::Deleted => "Fuldmagten er slettet. Den anden part har fået et brev om det.",
            N::Requested => "Din anmodning er sendt. Personen har fået et brev i Digital Post.",
            N::Rejected => "Anmodningen er afvist. Personen har fået et brev om det.",
            N::Cancelled => "Du afbrød underskriften. Der er ikke givet nogen fuldmagt.",
            N::DoctorChanged => DOCTOR_DONE,
            N::Moved => MOVE_DONE,
            _ => return None,
        })
    }
}

/// The guide layer's fallbacks when no exercise data can be read (its real words come from
/// the scenario's `guide.toml`, per language).
pub mod guide {
    pub const TITLE: &str = "Øvelser";
    pub const NO_EXERCISE: &str = "Der er ingen øvelse i gang. Vælg en øvelse først.";
}
