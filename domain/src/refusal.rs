//! Refusals: why the world said no, in the simulated service's Danish, and which input of a
//! form each one is about.

use crate::{PasswordRule, PersonaId};

/// Why the world refused a command. The message is the simulated service's Danish text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    #[error("Uret kan kun stilles frem, mindst 1 minut.")]
    ClockNotForward,
    #[error("Uret kan højst stilles et år frem ad gangen.")]
    ClockTooFar,
    #[error("Forkert bruger-id eller adgangskode.")]
    WrongCredentials,
    #[error("Brug øvepersonens bruger-id – skriv aldrig dit eget CPR-nummer her.")]
    RealCprTyped,
    #[error("Dit NemID er spærret.")]
    Locked { persona: PersonaId },
    #[error("Forkert nøgle. Prøv igen.")]
    WrongKey,
    #[error(
        "Nøglen består af 6 cifre. Find nøglenummeret på dit nøglekort, og skriv de 6 cifre ved siden af."
    )]
    KeyFormat,
    #[error("Start forfra: skriv dit bruger-id og din adgangskode.")]
    NoLoginInProgress,
    #[error("Du skal vælge en ny adgangskode.")]
    PasswordRules(Vec<PasswordRule>),
    #[error("De to adgangskoder er ikke ens. Skriv den samme adgangskode i begge felter.")]
    PasswordsDiffer,
    #[error("Den nye adgangskode må ikke være den midlertidige adgangskode.")]
    PasswordIsTemporary,
    #[error("Du er ikke logget på.")]
    NotLoggedIn,
    #[error("Du er logget på. Log af først, hvis du vil bestille en midlertidig adgangskode.")]
    LoggedInAlready,
    #[error(
        "Bruger-id og nøglekortnummer passer ikke sammen. Skriv dem, som de står – nøglekortnummeret står øverst på dit nøglekort."
    )]
    OrderDetailsWrong,
    #[error("Du har ikke adgang til denne postkasse.")]
    NotYourMailbox,
    #[error("Skriv et navn til mappen.")]
    FolderNameEmpty,
    #[error("Mappens navn må højst være 40 tegn.")]
    FolderNameTooLong,
    #[error("Der findes allerede en mappe med det navn.")]
    FolderNameTaken,
    #[error("Indbakke, Sendt og Papirkurv er postkassens faste mapper. Vælg et andet navn.")]
    FolderNameReserved,
    #[error("Mappen er ikke tom – flyt eller slet brevene først.")]
    FolderNotEmpty,
    #[error("Mappen findes ikke.")]
    NoSuchFolder,
    #[error("Vælg den mappe, brevene skal flyttes til.")]
    NoFolderChosen,
    #[error("Brevet findes ikke.")]
    NoSuchLetter,
    #[error("Vælg mindst ét brev.")]
    NothingChosen,
    #[error("Breve kan ikke flyttes til Sendt.")]
    CannotMoveToSent,
    #[error("Brevet ligger allerede i papirkurven.")]
    AlreadyInTrash,
    #[error("Brevet ligger ikke i papirkurven.")]
    NotInTrash,
    #[error("Papirkurven er tom.")]
    TrashEmpty,
    #[error("Vælg den myndighed, du vil skrive til.")]
    NoSuchAuthority,
    #[error("Dette brev kan ikke besvares. Brug \"Skriv ny besked\" for at skrive til afsenderen.")]
    CannotReply,
    #[error("Vælg, hvem brevet skal videresendes til.")]
    NoSuchRecipient,
    #[error("Du kan ikke videresende et brev til dig selv. Vælg en anden person.")]
    ForwardToSelf,
    #[error("Skriv et emne.")]
    SubjectEmpty,
    #[error("Emnet må højst være 100 tegn.")]
    SubjectTooLong,
    #[error("Skriv en besked.")]
    MessageEmpty,
    #[error("Beskeden må højst være 5000 tegn.")]
    MessageTooLong,
    #[error("Kladden er tom. Skriv et emne eller en besked, før du gemmer den som kladde.")]
    DraftEmpty,
    #[error("Du kan højst have 20 kladder. Send eller slet en kladde, før du gemmer en ny.")]
    TooManyDrafts,
    #[error("Kladden findes ikke længere. Den er måske sendt eller slettet.")]
    NoSuchDraft,
    #[error(
        "Som hjælper kan du kun gemme kladder, hvis du har læse- og skriveadgang til hele postkassen. Send beskeden i stedet."
    )]
    HelperCannotKeepDrafts,
    #[error("Du kan højst vedhæfte 3 filer til én besked.")]
    TooManyFiles,
    #[error(
        "Der er ikke plads til flere vedhæftede filer i denne øvelse (højst 20 MB i alt). Send beskeden uden fil, eller start en ny øvelse."
    )]
    WorldUploadsFull,
    #[error(
        "Du kan højst have 50 egne mapper. Slet en mappe, du ikke bruger, før du opretter en ny."
    )]
    TooManyFolders,
    #[error("Der kan ikke oprettes flere mapper i denne øvelse. Start en ny øvelse.")]
    FolderIdsUsedUp,
    #[error(
        "Navn og CPR-nummer passer ikke sammen til en person i øvelsen. Tjek stavningen og CPR-nummeret (se personerne på siden Din øvelse)."
    )]
    UnknownPerson,
    #[error(
        "Du kan ikke give eller bede om adgang til dig selv. Skriv den anden persons navn og CPR-nummer."
    )]
    AccessToSelf,
    #[error("Vælg mindst én mappe, eller vælg Hele postkassen.")]
    NoScope,
    #[error("Skriv slutdatoen som dag, måned og år, fx 31-12-2027.")]
    EndDateInvalid,
    #[error(
        "Slutdatoen er allerede overstået. Vælg en dato efter i dag, eller lad feltet være tomt."
    )]
    EndDatePast,
    #[error("Personen har allerede adgang. Fjern den adgang først, hvis du vil ændre den.")]
    AlreadyHasAccess,
    #[error("Adgangen findes ikke længere.")]
    NoSuchAccess,
    #[error("Anmodningen findes ikke længere.")]
    NoSuchRequest,
    #[error("Der er ikke noget at underskrive. Udfyld formularen igen.")]
    NoSigningInProgress,
    #[error("Du har allerede sendt en anmodning til personen. Vent på svar.")]
    RequestAlreadySent,
    #[error("Som hjælper kan du ikke give andre adgang. Skift til din egen postkasse.")]
    HelperCannotGiveAccess,
    #[error("Som hjælper kan du ikke slette breve eller mapper.")]
    HelperCannotDelete,
    #[error(
        "Med læseadgang kan du ikke besvare eller skrive beskeder. Det kræver læse- og skriveadgang."
    )]
    HelperCannotWrite,
    #[error(
        "Som hjælper kan du kun ændre, hvor der gives besked om ny post, hvis du har læse- og skriveadgang til hele postkassen."
    )]
    HelperCannotChangeNotifications,
    #[error("Skriv en gyldig e-mailadresse, fx karen@eksempel.dk – eller lad feltet være tomt.")]
    EmailInvalid,
    #[error("Et dansk mobilnummer har 8 cifre, fx 12 34 56 78 – eller lad feltet være tomt.")]
    MobileInvalid,
    #[error("Du har kun adgang til udvalgte mapper og kan ikke oprette nye mapper.")]
    HelperCannotCreateFolder,
    #[error("Kun ejeren af postkassen kan omdøbe mapperne.")]
    HelperCannotRenameFolder,
    #[error(
        "Du kan ikke give fuldmagt til dig selv eller bede dig selv om en. Skriv den anden persons navn og CPR-nummer."
    )]
    FuldmagtToSelf,
    #[error("Vælg mindst ét område, som fuldmagten skal gælde for.")]
    NoArea,
    #[error("Den, der giver fuldmagten, skal være fyldt 15 år.")]
    GiverUnder15,
    #[error("Der findes allerede en fuldmagt mellem jer. Slet den først, hvis den skal ændres.")]
    FuldmagtExists,
    #[error("Fuldmagten findes ikke længere.")]
    NoSuchFuldmagt,
    #[error("Kun en betroet medarbejder kan svare på vegne af en borger.")]
    NotTrustedEmployee,
    #[error("Sæt kryds for at bekræfte, at du har kontrolleret borgerens identitet.")]
    IdentityNotConfirmed,
    #[error("Du har ikke en gyldig fuldmagt til at gøre dette på personens vegne.")]
    NoFuldmagt,
    #[error("Vælg en læge fra listen.")]
    NoSuchDoctor,
    #[error("Det er allerede den nuværende læge. Vælg en anden.")]
    SameDoctor,
    #[error("Skriv den nye adresse: vej, husnummer, postnummer og by.")]
    AddressMissing,
    #[error("Adressen må højst være 100 tegn.")]
    AddressTooLong,
    #[error("Der er ingen øvelse i gang.")]
    NoExercise,
    #[error("Det sprog findes ikke.")]
    NoSuchLanguage,
    #[error(
        "Der er sendt så mange beskeder i denne øveverden, at der ikke er plads til flere. Start forfra for at øve videre."
    )]
    WorldFull,
    #[error("Sæt kryds for at bekræfte, at brevene skal slettes for altid.")]
    NotConfirmed,
    // MitID. Where docs/mitid-labels.md found no real wording, the text is ours.
    #[error("Skriv dit bruger-ID.")]
    MitIdUserIdEmpty,
    #[error(
        "Der findes ikke et MitID med det bruger-ID. Skriv øvepersonens bruger-ID, som det står på øvelsens forside."
    )]
    MitIdUnknownUser,
    #[error("Dit MitID er midlertidigt spærret efter 3 forkerte forsøg. Prøv igen efter {until}.")]
    MitIdBlocked { until: String },
    #[error("Start forfra: skriv dit bruger-ID, og tryk på FORTSÆT.")]
    MitIdNoLogin,
    #[error("Tiden er gået: der gik mere end 5 minutter. Start forfra.")]
    MitIdExpired,
    #[error("Det identifikationsmiddel har du ikke. Vælg et af dem på listen.")]
    MitIdNotYours,
    #[error("Siden var ikke længere aktuel. Fortsæt herfra.")]
    MitIdOtherStep,
    #[error("Du har afvist anmodningen i MitID app. Du er ikke logget på.")]
    MitIdRejected,
    #[error("Du har ikke godkendt i MitID app endnu. Åbn telefonen, og godkend anmodningen.")]
    MitIdNotApproved,
    #[error("Koden består af 6 cifre. Skriv de 6 cifre, som kodeviseren viser.")]
    MitIdCodeFormat,
    #[error("Tryk først på knappen på kodeviseren for at få en kode.")]
    MitIdPressFirst,
    #[error("Koden er allerede brugt. Tryk på knappen igen for at få en ny kode.")]
    MitIdCodeUsed,
    #[error("Koden er udløbet. Tryk på knappen igen for at få en ny kode.")]
    MitIdCodeExpired,
    #[error(
        "Forkert kode. Du har {left} forsøg tilbage, før dit MitID bliver midlertidigt spærret."
    )]
    MitIdWrongCode { left: u8 },
    #[error(
        "Forkert adgangskode. Du har {left} forsøg tilbage, før dit MitID bliver midlertidigt spærret."
    )]
    MitIdWrongPassword { left: u8 },
    #[error("Personen har ikke MitID app.")]
    MitIdNoApp,
    #[error("Anmodningen findes ikke.")]
    MitIdNoSuchRequest,
    #[error("Anmodningen er ikke længere aktiv: den er besvaret, afbrudt eller udløbet.")]
    MitIdRequestClosed,
    #[error("Du har tastet forkert PIN-kode for mange gange. Vælg en ny PIN-kode.")]
    MitIdPinLocked,
    #[error("Forkert PIN-kode. Du har {left} forsøg tilbage.")]
    MitIdWrongPin { left: u8 },
    #[error("Din PIN-kode virker. Du behøver ikke vælge en ny.")]
    MitIdPinNotLocked,
    #[error("Forkert adgangskode. Skriv din MitID-adgangskode.")]
    MitIdPinPassword,
    #[error("{0}")]
    MitIdPinRules(&'static str),
    #[error("De to PIN-koder er ikke ens. Skriv den samme PIN-kode i begge felter.")]
    MitIdPinsDiffer,
    #[error("Personen har ikke NemID nøgleapp. Brug nøglekortet.")]
    KeyAppMissing,
    #[error("Du har ikke godkendt i NemID nøgleapp endnu. Åbn telefonen, og godkend anmodningen.")]
    KeyAppNotApproved,
    #[error("Du har afvist anmodningen i NemID nøgleapp. Du er ikke logget på. Log på igen.")]
    KeyAppRejected,
    #[error(
        "Anmodningen til nøgleappen er udløbet (mere end 5 minutter). Send en ny, eller brug nøglekortet."
    )]
    KeyAppExpired,
    #[error("Beskeden findes ikke.")]
    DrillUnknown,
}

/// The input a refusal is about, so a page can show the message next to that field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Input {
    /// A folder's name ("Opret mappe", "Omdøb mappe").
    FolderName,
    /// The confirmation tick ("Tøm papirkurven").
    Confirmation,
    /// The ticked letters.
    Letters,
    /// The chosen folder ("Flyt til").
    Folder,
    /// The chosen person ("Videresend").
    Recipient,
    /// A key from the NemID key card ("Nøgle").
    Key,
    /// The person named ("Fulde navn" with "CPR-nummer").
    Person,
    /// A CPR number typed.
    Cpr,
    /// An end date ("Slutdato", "Gyldig til").
    EndDate,
    /// The områder of a fuldmagt.
    Areas,
    /// The doctor chosen ("Skift læge").
    Doctor,
    /// The new address ("Flytning").
    Address,
    /// "E-mailadresse" for besked om ny post.
    Email,
    /// "Mobilnummer" for besked om ny post.
    Mobile,
    /// MitID's "Bruger-ID".
    UserId,
    /// A code from a MitID kodeviser or kodeoplæser.
    Code,
    /// A MitID password ("Adgangskode").
    Password,
    /// The MitID app's PIN ("PIN-kode").
    Pin,
    /// A new PIN, typed twice.
    NewPin,
}

impl Refusal {
    /// The messages to show: one per broken password rule, else the refusal's own text.
    pub fn messages(&self) -> Vec<String> {
        match self {
            Self::PasswordRules(rules) => rules.iter().map(ToString::to_string).collect(),
            other => vec![other.to_string()],
        }
    }

    /// The input this refusal is about, if it is about one.
    pub fn input(&self) -> Option<Input> {
        Some(match self {
            Self::FolderNameEmpty
            | Self::TooManyFolders
            | Self::FolderIdsUsedUp
            | Self::FolderNameTooLong
            | Self::FolderNameTaken
            | Self::FolderNameReserved => Input::FolderName,
            Self::NotConfirmed => Input::Confirmation,
            Self::NothingChosen => Input::Letters,
            Self::NoSuchFolder | Self::NoFolderChosen | Self::CannotMoveToSent => Input::Folder,
            Self::NoSuchRecipient | Self::ForwardToSelf => Input::Recipient,
            Self::KeyFormat | Self::WrongKey => Input::Key,
            Self::UnknownPerson
            | Self::AccessToSelf
            | Self::AlreadyHasAccess
            | Self::RequestAlreadySent
            | Self::FuldmagtToSelf
            | Self::FuldmagtExists => Input::Person,
            Self::RealCprTyped => Input::Cpr,
            Self::EndDateInvalid | Self::EndDatePast => Input::EndDate,
            Self::NoScope => Input::Folder,
            Self::NoArea => Input::Areas,
            Self::NoSuchDoctor | Self::SameDoctor => Input::Doctor,
            Self::AddressMissing | Self::AddressTooLong => Input::Address,
            Self::EmailInvalid => Input::Email,
            Self::MobileInvalid => Input::Mobile,
            Self::MitIdUserIdEmpty | Self::MitIdUnknownUser => Input::UserId,
            Self::MitIdCodeFormat
            | Self::MitIdPressFirst
            | Self::MitIdCodeUsed
            | Self::MitIdCodeExpired
            | Self::MitIdWrongCode { .. } => Input::Code,
            Self::MitIdWrongPassword { .. } | Self::MitIdPinPassword => Input::Password,
            Self::MitIdWrongPin { .. } => Input::Pin,
            Self::MitIdPinRules(_) | Self::MitIdPinsDiffer => Input::NewPin,
            _ => return None,
        })
    }
}
