//! What MitID is in a world: each persona's bruger-ID, password, PIN and authenticators
//! (from the scenario), what MitID remembers about them, the requests sent to the MitID
//! app, and where a login stands.

use crate::ids::PersonaId;
use crate::nemid::PasswordDigest;
use crate::rng::WorldRng;
use crate::time::Timestamp;
use serde::Deserialize;

/// How long a code on the kodeviser (or read by the kodeoplæser) can be used, in seconds of
/// simulated time.
pub const CODE_LIFE_SECS: i64 = 30;
/// How long a login may wait for its next step (an app request for its approval), in
/// seconds of simulated time.
pub const LOGIN_LIFE_SECS: i64 = 5 * 60;
/// Wrong codes or passwords in a row before MitID is temporarily blocked.
pub const MAX_WRONG: u8 = 3;
/// How long a temporary block lasts, in minutes of simulated time ("for a short time",
/// mitid.dk; the length is ours).
pub const BLOCK_MINUTES: i64 = 15;
/// Wrong PINs in a row before the app asks for a new PIN.
pub const MAX_WRONG_PINS: u8 = 3;

/// A way to confirm a MitID login ("identifikationsmiddel").
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, serde::Serialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum Authenticator {
    /// The MitID app on the persona's (practice) phone: approve by swiping.
    App,
    /// A small device that shows a 6-digit code at the press of a button.
    Kodeviser,
    /// A device that reads the code aloud (for people who see poorly).
    Kodeoplaeser,
    /// A USB chip with a button.
    Chip,
}

impl Authenticator {
    pub const ALL: [Self; 4] = [Self::App, Self::Kodeviser, Self::Kodeoplaeser, Self::Chip];

    /// Its name as MitID shows it.
    pub fn label(self) -> &'static str {
        match self {
            Self::App => "MitID app",
            Self::Kodeviser => "MitID kodeviser",
            Self::Kodeoplaeser => "MitID kodeoplæser",
            Self::Chip => "MitID chip",
        }
    }

    /// Its name in addresses and forms.
    pub fn slug(self) -> &'static str {
        match self {
            Self::App => "app",
            Self::Kodeviser => "kodeviser",
            Self::Kodeoplaeser => "kodeoplaeser",
            Self::Chip => "chip",
        }
    }

    pub fn from_slug(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.slug() == s)
    }

    /// Whether a 6-digit code is typed (kodeviser, kodeoplæser).
    pub fn has_code(self) -> bool {
        matches!(self, Self::Kodeviser | Self::Kodeoplaeser)
    }
}

/// A persona's MitID as the scenario gives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MitIdSetup {
    /// The self-chosen BRUGER-ID (never like the CPR number).
    pub user_id: String,
    pub password: String,
    /// The MitID app's PIN (6 digits), when the persona has the app.
    pub pin: String,
    /// In the order the persona uses them (the first is the one used first).
    pub authenticators: Vec<Authenticator>,
}

/// What MitID remembers about one persona, where it differs from a fresh start.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct MitIdState {
    /// The authenticator of the last successful login (offered first next time).
    pub last_used: Option<Authenticator>,
    /// The authenticator of the latest login, for the exercises' checks.
    pub logged_in_with: Option<Authenticator>,
    /// Wrong codes and passwords since the last success.
    pub wrong: u8,
    /// Temporarily blocked until this simulated time.
    pub blocked_until: Option<Timestamp>,
    /// Wrong PINs in the app since the last right one.
    pub wrong_pins: u8,
    /// Too many wrong PINs: the app asks for a new PIN before anything else.
    pub pin_locked: bool,
    /// A PIN the learner chose; `None`: the scenario's.
    pub chosen_pin: Option<PasswordDigest>,
    /// Presses of the kodeviser (or kodeoplæser) button so far: each shows a new code.
    pub presses: u32,
    /// The code showing: its press number, when it was shown, and whether it was used.
    pub showing: Option<(u32, Timestamp, bool)>,
    /// Requests the persona rejected ("Afvis") in the app.
    pub rejected: u16,
    /// Signatures the persona gave with MitID.
    pub signatures: u16,
}

impl MitIdState {
    /// Whether MitID is blocked at simulated time `now`.
    pub fn blocked(&self, now: Timestamp) -> bool {
        self.blocked_until.is_some_and(|until| now.0 < until.0)
    }
}

/// Where a request sent to the MitID app stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum RequestStatus {
    Waiting,
    Approved,
    Rejected,
    /// The login it belonged to ended (cancelled, another authenticator chosen, expired).
    Withdrawn,
}

/// A request in a persona's MitID app: "Log på hos Demoborger".
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct AppRequest {
    pub id: u16,
    pub persona: PersonaId,
    /// The 4-digit code shown both in the login box and in the app.
    pub code: String,
    pub sent: Timestamp,
    pub status: RequestStatus,
    /// Sent by someone else (a safety exercise): no login of the learner waits for it.
    pub stranger: bool,
    /// Sent to the NemID nøgleapp by a NemID login (instead of a key from the card), not
    /// to the MitID app.
    pub nemid: bool,
}

impl AppRequest {
    /// Whether it can still be answered at simulated time `now`.
    pub fn open(&self, now: Timestamp) -> bool {
        self.status == RequestStatus::Waiting && now.0 - self.sent.0 <= LOGIN_LIFE_SECS
    }
}

/// The step a MitID login is at, after BRUGER-ID and FORTSÆT.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum MitIdStep {
    /// Waiting for the approval of app request `request`.
    App { request: u16 },
    /// The code from the kodeviser or kodeoplæser.
    Code { with: Authenticator },
    /// The chip's button.
    Chip,
    /// The password, after the code or the chip.
    Password { with: Authenticator },
}

impl MitIdStep {
    pub fn authenticator(&self) -> Authenticator {
        match self {
            Self::App { .. } => Authenticator::App,
            Self::Code { with } | Self::Password { with } => *with,
            Self::Chip => Authenticator::Chip,
        }
    }
}

/// A MitID box in progress: a login after BRUGER-ID, or a signature ("Underskriv med MitID")
/// of the persona logged in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Flow {
    pub persona: PersonaId,
    pub step: MitIdStep,
    pub started: Timestamp,
    pub signing: bool,
}

/// Why a MitID login ended without logging in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum LoginEnd {
    /// "Afbryd".
    Cancelled,
    /// "Afvis" in the app.
    Rejected,
    /// No answer within [`LOGIN_LIFE_SECS`].
    Expired,
    /// Blocked after too many wrong tries.
    Blocked,
}

/// A wrong try MitID counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum WrongTry {
    Code,
    Password,
    Pin,
}

/// What the learner does in the MitID box or the MitID app.
#[derive(Clone, PartialEq, Eq)]
pub enum MitIdAction {
    /// BRUGER-ID and "FORTSÆT".
    Start { user_id: String },
    /// Another authenticator of the persona's.
    Choose { with: Authenticator },
    /// The button on the kodeviser, kodeoplæser or chip.
    Press,
    /// The 6-digit code, then "FORTSÆT".
    Code { code: String },
    /// The MitID password, then "FORTSÆT".
    Password { password: String },
    /// In the login box, after approving in the app ("Jeg har godkendt", or by itself).
    Continue,
    /// "Afbryd" in the login box.
    Cancel,
    /// "Underskriv med MitID": the signature waiting is given with MitID instead of a key.
    Sign,
    /// In `persona`'s app: approve `request` with the PIN.
    Approve {
        persona: PersonaId,
        request: u16,
        pin: String,
    },
    /// In `persona`'s app: "Afvis".
    Reject { persona: PersonaId, request: u16 },
    /// In `persona`'s app after too many wrong PINs: the MitID password and a new PIN twice.
    NewPin {
        persona: PersonaId,
        password: String,
        pin: String,
        repeat: String,
    },
    /// Someone else tries to log in as `persona` (set up by a safety exercise).
    StrangerRequest { persona: PersonaId },
}

// Actions carry typed secrets: never print them.
impl std::fmt::Debug for MitIdAction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Start { .. } => f.write_str("Start { … }"),
            Self::Choose { with } => write!(f, "Choose {{ {with:?} }}"),
            Self::Press => f.write_str("Press"),
            Self::Code { .. } => f.write_str("Code { … }"),
            Self::Password { .. } => f.write_str("Password { … }"),
            Self::Continue => f.write_str("Continue"),
            Self::Cancel => f.write_str("Cancel"),
            Self::Sign => f.write_str("Sign"),
            Self::Approve {
                persona, request, ..
            } => write!(f, "Approve {{ {persona}, {request}, … }}"),
            Self::Reject { persona, request } => write!(f, "Reject {{ {persona}, {request} }}"),
            Self::NewPin { persona, .. } => write!(f, "NewPin {{ {persona}, … }}"),
            Self::StrangerRequest { persona } => write!(f, "StrangerRequest {{ {persona} }}"),
        }
    }
}

/// The code the kodeviser shows at press number `press`.
pub fn code(seed: u64, persona: &PersonaId, press: u32) -> String {
    WorldRng::stream(seed, &format!("mitid-code/{persona}/{press}")).digits(6)
}

/// The 4-digit code of app request `id` (MitID's alternative to scanning the QR code): the
/// login box and the app show the same.
pub fn request_code(seed: u64, persona: &PersonaId, id: u16) -> String {
    WorldRng::stream(seed, &format!("mitid-request/{persona}/{id}")).digits(4)
}

/// A PIN's digest (never kept as typed).
pub fn pin_digest(seed: u64, persona: &PersonaId, pin: &str) -> PasswordDigest {
    PasswordDigest::of(seed, persona, &format!("mitid-pin\0{pin}"))
}

/// Why a new PIN is refused: 6 digits, not one digit six times, not a run like 123456.
pub fn check_pin(pin: &str) -> Result<(), &'static str> {
    let digits: Vec<u8> = pin.bytes().collect();
    if digits.len() != 6 || !digits.iter().all(u8::is_ascii_digit) {
        return Err("PIN-koden skal være 6 cifre.");
    }
    let same = digits.windows(2).all(|w| w[0] == w[1]);
    let up = digits.windows(2).all(|w| w[1] == w[0] + 1);
    let down = digits.windows(2).all(|w| w[0] == w[1] + 1);
    if same || up || down {
        return Err("PIN-koden må ikke være ens cifre eller en række som 123456.");
    }
    Ok(())
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawMitId {
    user_id: String,
    password: String,
    #[serde(default)]
    pin: Option<String>,
    authenticators: Vec<Authenticator>,
}

impl RawMitId {
    /// Checks a persona's MitID from the scenario: a bruger-ID of 4–20 letters and digits
    /// that is not like the CPR number, a password of 8–64 characters, a valid PIN
    /// when the app is among the authenticators, and at least one authenticator.
    pub(crate) fn check(self, cpr_digits: &str) -> Result<MitIdSetup, (&'static str, String)> {
        let id = &self.user_id;
        let digits: String = id.chars().filter(char::is_ascii_digit).collect();
        if !(4..=20).contains(&id.len())
            || !id.bytes().all(|b| b.is_ascii_alphanumeric())
            || !id.bytes().any(|b| b.is_ascii_alphabetic())
            || (digits.len() >= 6 && cpr_digits.contains(&digits))
        {
            return Err((
                "mitid.user_id",
                "must be 4-20 letters and digits with a letter, and not like the CPR number".into(),
            ));
        }
        if self.password.chars().count() < 8 || self.password.chars().count() > 64 {
            return Err((
                "mitid.password",
                "must be 8-64 characters (mitid.dk)".into(),
            ));
        }
        if self.authenticators.is_empty() {
            return Err(("mitid.authenticators", "give at least one".into()));
        }
        let pin = self.pin.unwrap_or_default();
        if self.authenticators.contains(&Authenticator::App) {
            check_pin(&pin).map_err(|why| ("mitid.pin", why.to_owned()))?;
        }
        Ok(MitIdSetup {
            user_id: self.user_id,
            password: self.password,
            pin,
            authenticators: self.authenticators,
        })
    }
}
