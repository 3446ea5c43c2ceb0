//! Digital Post: the mailbox, letters, writing and the activity log (read model and pages).

pub mod data;
pub mod form;
pub mod page;

pub use data::*;
pub use page::*;
