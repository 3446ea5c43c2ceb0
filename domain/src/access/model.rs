//! The læseadgang data: levels, scopes, grants, requests and the access commands.

use crate::ids::PersonaId;
use crate::mailbox::FolderRef;
use crate::time::Timestamp;

/// How much a helper may do ("Læseadgang" or "Læse- og skriveadgang").
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum AccessLevel {
    Read,
    ReadWrite,
}

impl AccessLevel {
    /// The label of the real service.
    pub fn label(self) -> &'static str {
        match self {
            Self::Read => "Læseadgang",
            Self::ReadWrite => "Læse- og skriveadgang",
        }
    }
}

/// Which letters a helper sees.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum AccessScope {
    /// "Hele postkassen"
    Whole,
    /// The folders ticked (at least one; sorted, no repeats).
    Folders(Vec<FolderRef>),
}

impl AccessScope {
    pub fn covers(&self, folder: FolderRef) -> bool {
        match self {
            Self::Whole => true,
            Self::Folders(f) => f.contains(&folder),
        }
    }
}

/// What the viewer of a mailbox may do there: everything for the owner, what the access
/// allows for a helper (the pages offer only these; the domain refuses the rest anyway).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rights {
    /// `None` for the owner.
    pub helper_level: Option<AccessLevel>,
    pub scope: AccessScope,
    pub delete: bool,
    pub write: bool,
    pub create_folder: bool,
    /// "Omdøb mappe": the owner only (the permission table of the real service lists
    /// creating folders and moving post for a helper, not renaming the owner's folders).
    pub rename_folder: bool,
}

/// An access in force.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Grant {
    pub id: u16,
    pub owner: PersonaId,
    pub helper: PersonaId,
    pub level: AccessLevel,
    pub scope: AccessScope,
    /// The access ends when the simulated clock passes this moment (end of the chosen day).
    pub until: Option<Timestamp>,
}

/// A helper's "Anmod om adgang", waiting for the owner.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct AccessRequest {
    pub id: u16,
    pub owner: PersonaId,
    pub helper: PersonaId,
    pub level: AccessLevel,
    pub until: Option<Timestamp>,
}

/// The access commands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AccessAction {
    /// "Giv adgang", step 1: the helper ("Fulde navn", "CPR-nummer"), level, scope, end
    /// date as typed ("ÅÅÅÅ-MM-DD" from a date field, or empty).
    PrepareGrant {
        name: String,
        cpr: String,
        level: AccessLevel,
        scope: AccessScope,
        until: String,
    },
    /// "Godkend" a request, step 1.
    PrepareApproval { request: u16 },
    /// "Afvis" a request.
    Reject { request: u16 },
    /// "Fjern adgang": by the owner, or the helper giving it up.
    Remove { grant: u16 },
    /// "Anmod om adgang": the helper asks the owner.
    Request {
        name: String,
        cpr: String,
        level: AccessLevel,
        until: String,
    },
    /// "Skift postkasse": open one's own mailbox (`None`) or one shared with one.
    Switch { owner: Option<PersonaId> },
}

/// The authority that sends the letters about access.
pub const ACCESS_SENDER: &str = "digitaliseringsstyrelsen";
