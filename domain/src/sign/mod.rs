//! Signing with NemID ("Underskriv"): giving or approving a læseadgang and giving or
//! approving a fuldmagt all end in one signature with a key from the key card. One command
//! (`Command::Sign`) serves them all; drawing and checking the key is shared with the login
//! (`crate::nemid`).

mod model;
mod rules;

pub use model::{Signable, Signing};
