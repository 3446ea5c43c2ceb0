//! What can be signed with a NemID key, and a signature waiting for its key.

use crate::access::{AccessLevel, AccessScope};
use crate::ids::PersonaId;
use crate::time::Timestamp;

/// What the owner is about to sign with a NemID key.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Signable {
    /// "Giv adgang" filled in and checked.
    Grant {
        helper: PersonaId,
        level: AccessLevel,
        scope: AccessScope,
        until: Option<Timestamp>,
    },
    /// "Godkend" of a request.
    Approve { request: u16 },
    /// "Giv fuldmagt" filled in and checked.
    GiveFuldmagt {
        holder: PersonaId,
        areas: Vec<crate::fuldmagt::Area>,
        until: Option<Timestamp>,
    },
    /// "Godkend" of a fuldmagt request.
    ApproveFuldmagt { request: u16 },
    /// "Anmod om fuldmagt" filled in and checked: the requester signs the request.
    RequestFuldmagt {
        giver: PersonaId,
        areas: Vec<crate::fuldmagt::Area>,
        until: Option<Timestamp>,
    },
}

/// A signature waiting for its key: the key number asked for and what will be signed.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Signing {
    pub persona: PersonaId,
    pub key_index: u8,
    pub what: Signable,
}
