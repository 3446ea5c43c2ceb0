//! Læseadgang: giving, requesting and signing access to a mailbox (read model and pages).

pub mod data;
pub mod form;
pub mod page;

pub use data::*;
pub use page::*;
