//! Digital fuldmagt and the self-services on a giver's behalf (read model and pages).

pub mod data;
pub mod form;
pub mod page;
pub mod paper;

pub use data::*;
pub use page::*;
