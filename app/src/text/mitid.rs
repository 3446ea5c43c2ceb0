//! MitID's Danish labels. Where docs/mitid-labels.md marks a label confirmed (mitid.dk,
//! copies of the real login box), it is the real one; the others are ours.

pub const TITLE: &str = "Log på med MitID";
pub const SIGN_TITLE: &str = "Underskriv med MitID";
/// On the signing page, beside "Underskriv" with a key.
pub const SIGN_WITH: &str = "Underskriv med MitID";
/// The action line when signing (real: what is being approved, on top of the box).
pub const ACTION_SIGN: &str = "Underskriv hos Demoborger";
/// The action line on top of the box (real: "Log på hos <tjeneste>").
pub const ACTION: &str = "Log på hos Demoborger";
pub const USER_ID: &str = "Bruger-ID";
pub const CONTINUE: &str = "Fortsæt";
pub const FORGOT_USER_ID: &str = "Glemt bruger-ID?";
pub const FORGOT_EXPLAIN: &str = "I øvemiljøet står bruger-ID'et på øvelsens forside ved personen. I virkeligheden kan du finde det i MitID app eller på mitid.dk.";
pub const CANCEL: &str = "Afbryd";
pub const HELP: &str = "Hjælp";
pub const HELP_TEXT: &str = "Skriv øvepersonens bruger-ID og tryk på FORTSÆT. Bagefter godkender du med det identifikationsmiddel, personen har: MitID app på telefonen, en kodeviser, en kodeoplæser eller en chip.";
pub const SWITCH: &str = "Skift MitID identifikationsmiddel";
pub const CHOOSE_HEADING: &str = "Vælg identifikationsmiddel";
pub const WITH_NEMID: &str = "Log på med NemID i stedet";
pub const SIGN_WITH_KEY: &str = "Underskriv med nøglekortet i stedet";
pub const WITH_MITID: &str = "Log på med MitID i stedet";
pub const LOGGING_IN_AS: &str = "Bruger-ID:";

// The app on a computer.
pub const APP_WAIT: &str = "Åbn MitID app og godkend";
pub const APP_CODE: &str = "Kode i appen:";
pub const APP_CHECK: &str = "Tjek, at appen viser den samme kode, før du godkender.";
pub const OPEN_PHONE: &str = "Åbn telefon";
pub const OPEN_PHONE_EXPLAIN: &str =
    "Øvetelefonen åbner i en ny fane. Godkend dér, og kom tilbage hertil.";
pub const APPROVED: &str = "Jeg har godkendt";
pub const OWN_PHONE: &str = "Brug din egen telefon som øvetelefon";
pub const OWN_PHONE_EXPLAIN: &str = "Scan QR-koden med kameraet på din egen telefon. Så bliver den til øvepersonens øvetelefon – kun telefonen, ikke resten af øvelsen. Koden virker én gang og i 5 minutter.";
pub const QR_LABEL: &str = "QR-kode til øvetelefonen";
pub const OWN_PHONE_ADDRESS: &str = "Eller skriv adressen på telefonen:";
pub const WAITING_LIVE: &str = "Siden går videre af sig selv, når du har godkendt.";

// Kodeviser, kodeoplæser, chip.
pub const KODEVISER_INTRO: &str =
    "Tryk på knappen på din kodeviser. Skriv den 6-cifrede kode, som den viser.";
pub const KODEOPLAESER_INTRO: &str = "Tryk på den røde knap på din kodeoplæser (den med en prik). Den viser og læser en 6-cifret engangskode højt.";
pub const PRESS: &str = "Tryk på knappen";
pub const PRESS_RED: &str = "Tryk på den røde knap";
pub const DISPLAY_BLANK: &str = "Skærmen er tom";
pub const SECONDS_LEFT: &str = "sekunder tilbage";
pub const REPEAT: &str = "Gentag";
pub const AUDIO_LABEL: &str = "Koden læst op";
pub const CODE: &str = "Engangskode";
pub const CODE_HINT: &str = "6 cifre. Koden kan bruges én gang og i 30 sekunder.";
pub const CHIP_INTRO: &str = "Sæt din MitID chip i computeren, og tryk på knappen på chippen.";
pub const CHIP_PRESS: &str = "Tryk på chippens knap";
pub const PASSWORD: &str = "Adgangskode";
pub const PASSWORD_HINT: &str = "Din MitID-adgangskode. Der er forskel på store og små bogstaver.";

/// The device pictures' names, for screen readers.
pub const KODEVISER_PICTURE: &str = "MitID kodeviser";
pub const KODEOPLAESER_PICTURE: &str = "MitID kodeoplæser";
pub const CHIP_PICTURE: &str = "MitID chip";

pub const ADVICE: &str = "Godkend kun det, du selv har sat i gang. Hvis teksten ikke svarer til det, du vil gøre, skal du straks afbryde.";

/// The practice phone.
pub mod phone {
    pub const TITLE: &str = "Øvetelefon";
    pub fn title_of(name: &str) -> String {
        format!("{name}s øvetelefon")
    }
    pub const NOT_A_PHONE: &str =
        "Det her er en øvetelefon. Den er kun til øvelsen og hører til øvepersonen.";
    pub const APP: &str = "MitID app";
    pub const MESSAGES: &str = "Beskeder";
    pub const EMAIL: &str = "E-mail";
    pub const NO_APP: &str = "Personen har ikke MitID app. Brug et andet identifikationsmiddel.";
    pub const NO_REQUESTS: &str = "Ingen anmodninger lige nu.";
    pub const NO_REQUESTS_HINT: &str =
        "Når du logger på med MitID app på computeren, kommer anmodningen her.";
    pub const REQUEST: &str = "Log på hos Demoborger";
    pub const REQUEST_FROM: &str = "Fra: Demoborger – øvemiljø";
    pub const SENT_AT: &str = "Sendt";
    pub const CODE: &str = "Kode:";
    pub const CHECK: &str =
        "Godkend kun, hvis du selv har sat det i gang, og koden er den samme som på skærmen.";
    pub const PIN: &str = "PIN-kode";
    pub const PIN_HINT: &str = "6 cifre";
    pub const SWIPE: &str = "Stryg for at godkende";
    pub const APPROVE: &str = "Godkend";
    pub const REJECT: &str = "Afvis";
    pub const APPROVED: &str = "Godkendt. Gå tilbage til computeren.";
    pub const REJECTED: &str = "Afvist. Ingen er logget på med din MitID.";
    pub const EARLIER: &str = "Tidligere anmodninger";
    pub const STATUS_APPROVED: &str = "Godkendt";
    pub const STATUS_REJECTED: &str = "Afvist";
    pub const STATUS_CLOSED: &str = "Afbrudt eller udløbet";
    pub const NEW_PIN_HEADING: &str = "Vælg en ny PIN-kode";
    pub const NEW_PIN_INTRO: &str = "Du har tastet forkert PIN-kode for mange gange. Skriv din MitID-adgangskode, og vælg en ny PIN-kode med 6 cifre.";
    pub const NEW_PIN: &str = "Ny PIN-kode";
    pub const REPEAT_PIN: &str = "Gentag PIN-kode";
    pub const SAVE_PIN: &str = "Gem PIN-kode";
    pub const PIN_SAVED: &str = "Din nye PIN-kode er gemt.";
    pub const NO_MESSAGES: &str = "Ingen beskeder.";
    pub const DELETE: &str = "Slet";
    pub const DELETED: &str = "Beskeden er slettet.";
    pub const REPORT: &str = "Rapportér som svindel";
    pub const REPORTED: &str = "Beskeden er rapporteret som svindel og slettet.";
    pub const SEE_WHY: &str = "Se, hvad der afslørede den";
    pub const NO_EMAIL: &str = "Ingen e-mails.";
    pub const BACK: &str = "Tilbage til øvelsen";
    pub const NO_PERSON: &str = "Den person findes ikke i øvelsen.";
    pub const PAIRED: &str = "Din egen telefon er nu øvetelefon. Den kan kun bruges til øvelsen.";
    pub const UNPAIR: &str = "Fjern telefonen fra øvelsen";
    pub const UNPAIR_PC: &str = "Fjern egne telefoner fra øvelsen";
    pub const UNPAIRED: &str = "Telefonen er fjernet fra øvelsen.";
}

/// NemID nøgleapp (2018–2023). The waiting step's heading and text are the NemID box's as a
/// public replica has them ([B] in docs/mitid-labels.md §7); the offer, the buttons and the
/// app's texts are ours, after digst.dk ("godkender login … med et swipe").
pub mod key_app {
    pub const NAME: &str = "NemID nøgleapp";
    pub const OFFER: &str = "Har du NemID nøgleapp på telefonen? Så kan du godkende der i stedet for at bruge en nøgle.";
    pub const SEND: &str = "Send anmodning til nøgleapp";
    pub const WAIT_HEADING: &str = "Godkend på mobil/tablet";
    pub const WAIT_INTRO: &str =
        "Din anmodning er klar til godkendelse i dine nøgleapps på mobil/tablet.";
    pub const WAIT_HOW: &str = "Åbn NemID nøgleapp på øvetelefonen, og stryg for at godkende.";
    pub const SENT_AT: &str = "Sendt";
    pub const USE_CARD: &str = "Brug nøglekort i stedet";
    pub const NO_REQUESTS_HINT: &str =
        "Når du logger på med NemID og sender anmodningen til nøgleappen, kommer den her.";
    pub const REQUEST: &str = "Log på hos Demoborger med NemID";
    pub const CHECK: &str = "Godkend kun, hvis du selv er ved at logge på Demoborger lige nu.";
    pub const REJECTED: &str = "Afvist. Ingen er logget på med dit NemID.";
}
