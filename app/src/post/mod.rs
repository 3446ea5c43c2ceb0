//! Digital Post: the mailbox, letters, writing and the activity log (read model and pages).

pub mod data;
pub mod drafts;
pub mod form;
pub mod letter;
pub mod letter_data;
pub mod mailbox;
pub mod mailbox_parts;
pub mod page;
pub mod settings;
pub mod write;
pub mod write_data;
pub mod write_form;

pub use data::*;
pub use letter::*;
pub use letter_data::*;
pub use page::*;
pub use write::*;
pub use write_data::*;
