//! Digital Post, with the labels of the real service (reference/domain.md).

pub const TITLE: &str = "Digital Post";
pub const MAILBOX_OF: &str = "Postkasse:";
/// "1 ulæst brev i Indbakke", "3 ulæste breve i Indbakke".
pub fn unread_count(n: usize) -> String {
    if n == 1 {
        "1 ulæst brev i Indbakke".to_owned()
    } else {
        format!("{n} ulæste breve i Indbakke")
    }
}
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
pub const CHOOSE_FOLDER: &str = "Vælg mappe";
pub const EMPTY_FOLDER: &str = "Der er ingen breve i mappen.";
pub const NO_RESULTS: &str = "Ingen breve passer til din søgning.";
pub const NO_FOLDERS: &str = "Ingen mapper";
pub const NO_FOLDERS_TEXT: &str =
    "Din adgang gælder ikke længere nogen mapper i denne postkasse. Skift til din egen postkasse.";
pub const EMPTY_TRASH: &str = "Tøm papirkurven";
pub const EMPTY_TRASH_CONFIRM: &str = "Ja, slet brevene i papirkurven for altid";
pub const EMPTY_TRASH_NOTE: &str = "Når papirkurven tømmes, er brevene væk for altid.";
pub const CONFIRM_NEEDED: &str = "Sæt kryds for at bekræfte, at brevene skal slettes for altid.";
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
pub const PRINT: &str = "Udskriv";
pub const SETTINGS: &str = "Besked om ny post";
pub const SETTINGS_INTRO: &str = "Få besked på e-mail eller SMS, når der kommer ny post. Beskeden siger kun, at der er post, og fra hvem – aldrig hvad der står i brevet, og der er aldrig et link.";
pub const SETTINGS_NOTHING_SENT: &str = "Her i øvelsen bliver der ikke sendt noget rigtigt. Beskederne vises nederst på siden. Brug gerne en opdigtet adresse, fx karen@eksempel.dk.";
pub const EMAIL: &str = "E-mailadresse";
pub const MOBILE: &str = "Mobilnummer";
pub const LEAVE_EMPTY: &str = "Lad feltet være tomt, hvis du ikke vil have besked på den måde.";
pub const SAVE: &str = "Gem";
pub const SETTINGS_SAVED: &str = "Dine indstillinger er gemt.";
pub const SETTINGS_READ_ONLY: &str = "Som hjælper kan du kun ændre, hvor der gives besked om ny post, hvis du har læse- og skriveadgang til hele postkassen.";
pub const NOTICES_HEADING: &str = "Sendte beskeder om ny post";
pub const NO_NOTICES: &str = "Der er ikke sendt nogen beskeder endnu.";
/// A message about new post, as the phone or the inbox shows it.
pub fn notice_text(from: &str) -> String {
    format!("Du har fået ny post i Digital Post fra {from}. Log på for at læse den.")
}
/// Help under the mailbox: who can be exempted from Digital Post, and how.
pub const HELP_EXEMPT: &str = "Kan man blive fritaget for Digital Post?";
pub const HELP_EXEMPT_TEXT: [&str; 4] = [
    "Alle fra 15 år med et CPR-nummer får Digital Post. Den, der ikke kan bruge den, kan blive fritaget og få posten fra det offentlige på papir i stedet.",
    "Man kan fx blive fritaget, hvis man har en fysisk eller psykisk funktionsnedsættelse, ikke har computer, tablet eller smartphone med internet derhjemme, har svært ved dansk, ikke har fast bopæl, er udrejst af Danmark eller har svært ved at skaffe MitID.",
    "Man møder selv op i Borgerservice med legitimation og skriver under på en blanket. Man behøver ikke at sige, hvilken grund der gælder. Kan man ikke selv komme, kan en anden gøre det med en fuldmagt på papir. Fritagelsen gælder for en periode, som regel to år, og skal så fornyes.",
    "Man bliver kun fritaget for Digital Post – ikke for andre digitale selvbetjeninger. Mange vælger i stedet at give en, de stoler på, læseadgang til deres post.",
];
pub const FULLSCREEN: &str = "Fuldskærm";
pub const CLOSE_FULLSCREEN: &str = "Luk fuldskærm";
pub const ZOOM_IN: &str = "Zoom ind";
pub const ZOOM_OUT: &str = "Zoom ud";
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
pub const ATTACH_HINT: &str =
    "Valgfrit. Højst 3 filer, hver på højst 2 MB. PDF, JPEG eller PNG (fx et foto af et papir).";
pub const SEND: &str = "Send";
pub const SAVE_DRAFT: &str = "Gem som kladde";
pub const DRAFT_FILES_HINT: &str = "En kladde gemmer emne og besked. Vedhæftede filer gemmes ikke i en kladde – vedhæft dem, når du sender.";
pub const DRAFTS: &str = "Kladder";
pub const DRAFTS_INTRO: &str = "Her ligger de beskeder, du er begyndt at skrive, men ikke har sendt. Tryk på emnet for at skrive videre og sende beskeden.";
pub const NO_DRAFTS: &str = "Du har ingen kladder.";
pub const DRAFT_SAVED: &str = "Kladden er gemt i Kladder. Den er ikke sendt endnu.";
pub const DRAFT_SAVED_WITHOUT_FILES: &str = "Kladden er gemt i Kladder. De vedhæftede filer er ikke gemt – vedhæft dem igen, når du sender beskeden.";
pub const DRAFT_DELETED: &str = "Kladden er slettet.";
pub const DRAFT_SAVED_AT: &str = "Gemt";
pub const NO_SUBJECT: &str = "(uden emne)";
pub const ANSWER_TO: &str = "Svar til";
pub const DELETE_DRAFT: &str = "Slet kladde";
pub const DELETE_DRAFT_QUESTION: &str = "Vil du slette kladden?";
pub const DELETE_DRAFT_EXPLAIN: &str =
    "Kladden bliver slettet for altid. Det, du har skrevet, kan ikke hentes tilbage.";
pub const DELETE_DRAFT_CONFIRM: &str = "Ja, slet kladden";
pub const DELETE_DRAFT_CANCEL: &str = "Nej, behold den";
pub const DRAFTS_READ_ONLY: &str =
    "Som hjælper ser du kun kladder, hvis du har læse- og skriveadgang til hele postkassen.";
pub const CANCEL: &str = "Annullér";
pub const SENT_NOTICE: &str = "Din besked er sendt. Den ligger nu i Sendt, og du har fået en kvittering i Indbakke. Myndigheden svarer om lidt.";
pub const FILES_AGAIN: &str =
    "Filer kan ikke gemmes, når en besked bliver afvist. Vælg filerne igen, før du trykker Send.";
pub const REPLY: &str = "Besvar";
pub const FORWARD: &str = "Videresend";
pub const FORWARD_TO: &str = "Videresend til";
pub const FORWARDED_NOTICE: &str = "Brevet er videresendt. En kopi ligger i Sendt.";
pub const MOVED_ONE: &str = "Brevet er flyttet til";
pub const MOVED_MANY: &str = "Brevene er flyttet til";
pub const TRASHED_NOTICE: &str = "Brevet er flyttet til Papirkurv.";
pub const UNDO: &str = "Fortryd";
pub const RESTORED_NOTICE: &str = "Brevet er gendannet.";
pub const MARKED_UNREAD_NOTICE: &str = "Brevet er markeret som ulæst.";
pub const OPEN_DOCUMENT: &str = "åbner i en ny fane";
pub const ACTIVITY: &str = "Aktivitetslog";
pub const ACTIVITY_INTRO: &str =
    "Her kan du se, hvad der er sket i postkassen, og hvem der gjorde det. Det nyeste står øverst.";
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
        f => format!("\"{}\"", crate::post::folder_name(world, owner, *f)),
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
