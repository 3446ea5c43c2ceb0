//! Digital Post: a persona's mailbox with the fixed folders "Indbakke", "Sendt" and
//! "Papirkurv" and the learner's own folders; moving, deleting to Papirkurv, restoring,
//! emptying Papirkurv, read/unread, search, writing to an authority. Letters come from the
//! shared scenario; a world stores only where each letter is and whether it was read.

mod apply;
mod drafts;
mod message;
mod model;
mod notify;
mod query;
mod rules;

pub use drafts::MAX_DRAFTS;
pub use model::{Draft, Notify, SentNotice};
pub use model::{
    FIXED_FOLDERS, FolderRef, LetterState, ListedLetter, MAX_FOLDER_NAME, MAX_FOLDERS, Mailbox,
    MailboxAction, OwnFolder,
};
pub use notify::MAX_NOTICES;
pub use query::{FolderCount, FolderCounts};

#[cfg(test)]
mod tests;
