//! Læseadgang: an owner lets a helper read (and maybe write in) their Digital Post, for the
//! whole mailbox or chosen folders, until an end date or until removed. Either side can
//! start: the owner "Giv adgang" (signed with a NemID key), or the helper "Anmod om adgang"
//! and the owner "Godkend" (signed) or "Afvis". Every permission check of a helper's action
//! is here and in `mailbox/`.

mod apply;
mod model;
mod query;
mod rules;

pub use model::{
    ACCESS_SENDER, AccessAction, AccessLevel, AccessRequest, AccessScope, Grant, Rights,
};

#[cfg(test)]
mod tests;
