//! Behaviour of Digital Post folders and letters: folders and moving (`folders`), writing
//! to an authority (`messages`), drafts and "Besked om ny post" (`drafts`), and a property
//! test that no sequence of commands loses or duplicates a letter (`never_lost`).

use super::*;
use crate::letters::MAX_UPLOAD_BYTES;
use crate::testing::{T, id, karen, world};
use crate::*;
use crate::{Command, Timestamp};

mod drafts;
mod folders;
mod messages;
mod never_lost;

fn act(w: &mut World, action: MailboxAction) -> Result<Vec<Event>, Refusal> {
    w.handle(
        &Command::Mailbox {
            owner: karen(),
            action,
        },
        T,
    )
}

fn create(w: &mut World, name: &str) -> u16 {
    act(w, MailboxAction::CreateFolder { name: name.into() }).unwrap();
    w.own_folders(&karen()).last().unwrap().id
}

fn skat() -> crate::AuthorityId {
    crate::AuthorityId::parse("skattestyrelsen").unwrap()
}

fn write(subject: &str, body: &str, uploads: Vec<Upload>) -> MailboxAction {
    MailboxAction::Write {
        to: skat(),
        subject: subject.into(),
        body: body.into(),
        uploads,
    }
}

fn png(len: usize) -> Upload {
    let mut bytes = b"\x89PNG\r\n\x1a\n".to_vec();
    bytes.resize(len, 0);
    Upload::new("kvittering.png", bytes.into()).unwrap()
}

fn subjects(w: &World, folder: FolderRef) -> Vec<String> {
    w.letters_in(&karen(), folder)
        .iter()
        .map(|l| l.letter.subject().to_owned())
        .collect()
}

/// The id of the newest letter in Karen's inbox (the receipt of a message just written).
fn newest_in_inbox(w: &World) -> String {
    w.letters_in(&karen(), FolderRef::Inbox)[0]
        .letter
        .id()
        .to_string()
}
