//! Commands: what a learner (or a teacher, or the scenario) asks the world to do. Every
//! change of a world starts as one of these, checked by [`crate::World::execute`].

use crate::PersonaId;
use crate::access::AccessAction;
use crate::fuldmagt::FuldmagtAction;
use crate::mailbox::MailboxAction;
use crate::mitid::MitIdAction;

/// Something a learner (or a teacher, or the scenario) asks the world to do.
#[derive(Clone, PartialEq, Eq)]
pub enum Command {
    /// Move the simulated clock forward, e.g. so that an access with an end date expires.
    AdvanceClock { minutes: i64 },
    /// NemID step 1: "Bruger-id" and "Adgangskode", button "Næste".
    SubmitPassword { user_id: String, password: String },
    /// NemID step 2: the 6-digit "Nøgle" for the key number shown.
    SubmitKey { key: String },
    /// Leaving the key step without a key ("Afbryd"): counts as a failed try.
    AbandonKeyStep,
    /// After logging in with the temporary password: the new password, typed twice.
    ChooseNewPassword { password: String, repeat: String },
    /// "Log af": ends the login, not the world.
    LogOut,
    /// "Glemt adgangskode?" → "Bestil midlertidig adgangskode": the bruger-id and the key
    /// card's number. As on the real NemID, NemID is spærret at once and the temporary
    /// password comes by post (here: the persona's "Fysisk post").
    OrderTemporaryPassword {
        user_id: String,
        card_number: String,
    },
    /// Something done in the Digital Post of `owner` by the persona logged in.
    Mailbox {
        owner: PersonaId,
        action: MailboxAction,
    },
    /// "Underskriv": the 6-digit key for the key number the signature in progress asks for,
    /// whatever is being signed (a læseadgang or a fuldmagt).
    Sign { key: String },
    /// "Afbryd" on the signing page: leaves the signature unsigned.
    CancelSigning,
    /// Læseadgang: giving, requesting, answering, removing, switching mailbox.
    Access { action: AccessAction },
    /// Digital fuldmagt, and the self-services used with it.
    Fuldmagt { action: FuldmagtAction },
    /// MitID: the login box's steps and the MitID app on a persona's phone.
    MitId { action: MitIdAction },
    /// NemID nøgleapp: a NemID login approved on the phone instead of with a key.
    KeyApp { action: crate::keyapp::KeyAppAction },
    /// A safety drill: sent, its fake page opened or sent, its message deleted.
    Drill { action: crate::drill::DrillAction },
}

impl Command {
    /// Whether the learner typed a code for it (a password, a key, a MitID code or PIN):
    /// what a helper must not watch ("Kig væk").
    pub fn carries_secret(&self) -> bool {
        use crate::mitid::MitIdAction as M;
        match self {
            Self::SubmitPassword { .. }
            | Self::SubmitKey { .. }
            | Self::ChooseNewPassword { .. }
            | Self::Sign { .. } => true,
            Self::MitId { action } => matches!(
                action,
                M::Code { .. } | M::Password { .. } | M::Approve { .. } | M::NewPin { .. }
            ),
            _ => false,
        }
    }
}

// Commands carry typed secrets: never print them.
impl std::fmt::Debug for Command {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::AdvanceClock { minutes } => write!(f, "AdvanceClock {{ minutes: {minutes} }}"),
            Self::SubmitPassword { .. } => f.write_str("SubmitPassword { … }"),
            Self::SubmitKey { .. } => f.write_str("SubmitKey { … }"),
            Self::AbandonKeyStep => f.write_str("AbandonKeyStep"),
            Self::ChooseNewPassword { .. } => f.write_str("ChooseNewPassword { … }"),
            Self::LogOut => f.write_str("LogOut"),
            Self::OrderTemporaryPassword { .. } => f.write_str("OrderTemporaryPassword { … }"),
            Self::Mailbox { owner, action } => {
                write!(f, "Mailbox {{ owner: {owner}, action: {action:?} }}")
            }
            Self::Sign { .. } => f.write_str("Sign { … }"),
            Self::CancelSigning => f.write_str("CancelSigning"),
            Self::Access { action } => write!(f, "Access {{ {action:?} }}"),
            Self::Fuldmagt { action } => write!(f, "Fuldmagt {{ {action:?} }}"),
            Self::MitId { action } => write!(f, "MitId {{ {action:?} }}"),
            Self::KeyApp { action } => write!(f, "KeyApp {{ {action:?} }}"),
            Self::Drill { action } => write!(f, "Drill {{ {action:?} }}"),
        }
    }
}
