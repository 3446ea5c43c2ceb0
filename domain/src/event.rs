//! Events: what happened in a world. Applying them is the only way a world changes; the
//! log of them is the mailbox's Aktivitetslog, what exercise checks read, and what a
//! teacher's board will summarise. Events never hold a typed secret.

use crate::access::{AccessRequest, Grant};
use crate::fuldmagt::{Fuldmagt, FuldmagtRequest};
use crate::letters::WorldLetter;
use crate::mailbox::FolderRef;
use crate::nemid::PasswordDigest;
use crate::sign::Signing;
use crate::{PersonaId, Timestamp};

/// Something that happened in the world.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Event {
    ClockAdvanced {
        minutes: i64,
    },
    /// Step 1 passed; the key number `key_index` of card `generation` is asked for.
    KeyChallengeIssued {
        persona: PersonaId,
        generation: u8,
        key_index: u8,
        temporary: bool,
    },
    /// A failed try: wrong password, wrong key, or a key step left unfinished.
    LoginAttemptFailed {
        persona: PersonaId,
        reason: FailedTry,
    },
    /// Too many failed tries: NemID is spærret and a letter with a temporary password is sent.
    NemIdLocked {
        persona: PersonaId,
        lockout: u8,
    },
    KeyAccepted {
        persona: PersonaId,
        key_index: u8,
    },
    /// Logged in with the temporary password: a new password must be chosen first.
    NewPasswordRequired {
        persona: PersonaId,
    },
    PasswordChanged {
        persona: PersonaId,
        digest: PasswordDigest,
    },
    LoggedIn {
        persona: PersonaId,
    },
    /// 20 keys left: a replacement card is sent by post.
    NewKeyCardSent {
        persona: PersonaId,
        generation: u8,
    },
    LoggedOut {
        persona: PersonaId,
    },
    /// MitID: a request sent to the persona's MitID app.
    MitIdRequestSent {
        request: crate::mitid::AppRequest,
    },
    /// MitID: a request approved or rejected in the app, or withdrawn by its login.
    MitIdRequestAnswered {
        persona: PersonaId,
        request: u16,
        status: crate::mitid::RequestStatus,
    },
    /// MitID: the login is at `step` (after BRUGER-ID, another authenticator, a code).
    MitIdStepReached {
        persona: PersonaId,
        step: crate::mitid::MitIdStep,
        at: Timestamp,
        /// Of a signature ("Underskriv med MitID"), not a login.
        signing: bool,
    },
    /// MitID: the kodeviser's (or kodeoplæser's) button pressed: code number `press` shows.
    MitIdCodeShown {
        persona: PersonaId,
        press: u32,
        at: Timestamp,
    },
    MitIdCodeAccepted {
        persona: PersonaId,
        press: u32,
    },
    MitIdWrongTry {
        persona: PersonaId,
        what: crate::mitid::WrongTry,
    },
    /// MitID: temporarily blocked after too many wrong tries.
    MitIdBlocked {
        persona: PersonaId,
        until: Timestamp,
    },
    /// MitID: the login confirmed (a `LoggedIn` follows).
    MitIdAuthenticated {
        persona: PersonaId,
        with: crate::mitid::Authenticator,
    },
    MitIdLoginEnded {
        persona: PersonaId,
        why: crate::mitid::LoginEnd,
        /// A signature's MitID step ended (the signature waits on, for NemID or again).
        signing: bool,
    },
    /// MitID: a signature confirmed (the signed event follows).
    MitIdSigned {
        persona: PersonaId,
        with: crate::mitid::Authenticator,
    },
    /// MitID: too many wrong PINs; the app asks for a new one.
    MitIdPinLocked {
        persona: PersonaId,
    },
    MitIdPinChanged {
        persona: PersonaId,
        digest: PasswordDigest,
    },
    /// NemID nøgleapp: a NemID login's request sent to the phone instead of a key.
    KeyAppRequestSent {
        request: crate::mitid::AppRequest,
    },
    /// NemID nøgleapp: the request approved ("Godkend") or rejected ("Afvis") on the phone.
    KeyAppAnswered {
        persona: PersonaId,
        request: u16,
        approved: bool,
    },
    /// NemID nøgleapp: the login left the request ("Brug nøglekort", it expired, or it was
    /// rejected; `login_ended`: the login ended with it).
    KeyAppWithdrawn {
        persona: PersonaId,
        request: u16,
        login_ended: bool,
    },
    /// A safety drill's fake message arrived on `persona`'s phone (a call: with the MitID
    /// request `request` it makes, sent just before).
    DrillSent {
        persona: PersonaId,
        drill: u16,
        at: crate::time::Timestamp,
        request: Option<u16>,
    },
    /// The drill's link was opened (the fake page shown).
    DrillOpened {
        drill: u16,
    },
    /// Something was typed into the drill's fake page (never what).
    DrillTyped {
        drill: u16,
    },
    /// The drill's message was deleted on the phone (a call: hung up).
    DrillDeleted {
        drill: u16,
    },
    /// The drill's message was reported as a scam on the phone.
    DrillReported {
        drill: u16,
    },
    /// "Kig væk": `helper` sits next to `owner`, who is to type her own codes.
    WatchStarted {
        helper: PersonaId,
        owner: PersonaId,
    },
    /// The helper looks away (true) or back (false).
    HelperLooked {
        away: bool,
    },
    /// A code was typed while the helper was watching.
    HelperSaw,
    /// NemID nøgleapp: the approved request took the place of a key (then `LoggedIn`).
    KeyAppAccepted {
        persona: PersonaId,
        request: u16,
    },
    /// Digital Post. `by` is who did it (a helper, later), for the activity log.
    FolderCreated {
        owner: PersonaId,
        by: PersonaId,
        folder: u16,
        name: String,
    },
    FolderRenamed {
        owner: PersonaId,
        by: PersonaId,
        folder: u16,
        name: String,
    },
    FolderDeleted {
        owner: PersonaId,
        by: PersonaId,
        folder: u16,
        /// Its name, for the activity log.
        name: String,
    },
    LetterMoved {
        owner: PersonaId,
        by: PersonaId,
        letter: u16,
        to: FolderRef,
    },
    LetterTrashed {
        owner: PersonaId,
        by: PersonaId,
        letter: u16,
        from: FolderRef,
    },
    LetterRestored {
        owner: PersonaId,
        by: PersonaId,
        letter: u16,
        to: FolderRef,
    },
    TrashEmptied {
        owner: PersonaId,
        by: PersonaId,
        letters: Vec<u16>,
    },
    LetterRead {
        owner: PersonaId,
        by: PersonaId,
        letter: u16,
    },
    LetterMarkedUnread {
        owner: PersonaId,
        by: PersonaId,
        letter: u16,
    },
    /// A message written or a reply sent: the copy in "Sendt".
    MessageSent {
        owner: PersonaId,
        by: PersonaId,
        letter: Box<WorldLetter>,
    },
    /// "Gem som kladde": a new draft, or one saved again.
    DraftSaved {
        owner: PersonaId,
        by: PersonaId,
        draft: Box<crate::mailbox::Draft>,
    },
    /// A draft deleted ("Slet kladde") or sent.
    DraftDeleted {
        owner: PersonaId,
        by: PersonaId,
        draft: u16,
    },
    /// "Besked om ny post" set for `owner`'s mailbox (by the owner or a helper with læse- og
    /// skriveadgang).
    NotificationsChanged {
        owner: PersonaId,
        by: PersonaId,
        email: Option<String>,
        sms: Option<String>,
    },
    /// A letter arrives in `letter.owner`'s "Indbakke" (a receipt, a reply, a forward).
    LetterArrived {
        letter: Box<WorldLetter>,
    },
    /// The authority answers after `after_seconds` of simulated time.
    ReplyScheduled {
        after_seconds: i64,
        letter: Box<WorldLetter>,
    },
    /// "Videresend": letter number `letter` sent on to persona `to`; `copy` goes to "Sendt".
    LetterForwarded {
        owner: PersonaId,
        by: PersonaId,
        letter: u16,
        to: PersonaId,
        copy: Box<WorldLetter>,
    },
    /// A signature waits for its NemID key.
    SigningStarted {
        signing: Signing,
    },
    SigningCancelled {
        persona: PersonaId,
    },
    /// Læseadgang given (directly or by approving `request`); letters to both sides.
    AccessGranted {
        grant: Grant,
        request: Option<u16>,
        letters: Vec<WorldLetter>,
    },
    AccessRequested {
        request: AccessRequest,
        letter: Box<WorldLetter>,
    },
    AccessRequestRejected {
        request: u16,
        letter: Box<WorldLetter>,
    },
    /// Removed by `by`, or expired (`by` is `None`); letters to both sides.
    AccessEnded {
        grant: u16,
        owner: PersonaId,
        helper: PersonaId,
        by: Option<PersonaId>,
        letters: Vec<WorldLetter>,
    },
    /// "Skift postkasse".
    MailboxSwitched {
        persona: PersonaId,
        owner: PersonaId,
    },
    FuldmagtRequested {
        request: FuldmagtRequest,
        letter: Box<WorldLetter>,
    },
    /// A fuldmagt given (directly, approving `request`, or by a betroet medarbejder).
    FuldmagtGiven {
        fuldmagt: Fuldmagt,
        request: Option<u16>,
        letters: Vec<WorldLetter>,
    },
    FuldmagtRejected {
        request: u16,
        letter: Box<WorldLetter>,
    },
    /// Deleted by `by`, or expired.
    FuldmagtEnded {
        fuldmagt: u16,
        by: Option<PersonaId>,
        letters: Vec<WorldLetter>,
    },
    /// "Skift læge" done for `persona` by `by` (themselves or a holder).
    DoctorChanged {
        persona: PersonaId,
        by: PersonaId,
        doctor: String,
        letter: Box<WorldLetter>,
    },
    /// "Flytning" done for `persona` by `by`.
    MoveReported {
        persona: PersonaId,
        by: PersonaId,
        address: String,
        letter: Box<WorldLetter>,
    },
}

impl Event {
    /// Whose mailbox the event happened in, for the activity log ("Aktivitetslog").
    pub fn mailbox_owner(&self) -> Option<&PersonaId> {
        match self {
            Self::FolderCreated { owner, .. }
            | Self::FolderRenamed { owner, .. }
            | Self::FolderDeleted { owner, .. }
            | Self::LetterMoved { owner, .. }
            | Self::LetterTrashed { owner, .. }
            | Self::LetterRestored { owner, .. }
            | Self::TrashEmptied { owner, .. }
            | Self::LetterRead { owner, .. }
            | Self::LetterMarkedUnread { owner, .. }
            | Self::MessageSent { owner, .. }
            | Self::LetterForwarded { owner, .. } => Some(owner),
            Self::LetterArrived { letter } => Some(&letter.owner),
            Self::AccessGranted { grant, .. } => Some(&grant.owner),
            Self::AccessEnded { owner, .. } => Some(owner),
            Self::AccessRequested { request, .. } => Some(&request.owner),
            _ => None,
        }
    }
}

/// Why a try failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum FailedTry {
    WrongPassword,
    WrongKey,
    KeyStepAbandoned,
}

/// An event with the simulated time it happened at.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct LoggedEvent {
    pub at: Timestamp,
    pub event: Event,
}
