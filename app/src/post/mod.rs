//! Digital Post: the mailbox, letters, writing and the activity log (read model and pages).

pub mod data;
pub mod form;
pub mod letter;
pub mod page;
pub mod write;

pub use data::*;
pub use letter::*;
pub use page::*;
pub use write::*;
