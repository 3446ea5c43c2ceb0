//! How mailbox events change a world.

use crate::event::Event;
use crate::letters::{WorldLetter, world_letter_id};
use crate::mailbox::{FolderRef, LetterState, OwnFolder};
use crate::world::World;

impl World {
    /// A letter arriving in its owner's "Indbakke", unread.
    pub(crate) fn add_arrived(&mut self, letter: &WorldLetter) {
        self.add_letter(letter, FolderRef::Inbox, false);
    }

    fn add_letter(&mut self, letter: &WorldLetter, folder: FolderRef, read: bool) {
        if folder == FolderRef::Inbox {
            self.notify_new_post(letter);
        }
        let index = self.scenario().letters.len() + self.own_letters.len();
        let Ok(index) = u16::try_from(index) else {
            return;
        };
        let mut letter = letter.clone();
        letter.id = world_letter_id(self.own_letters.len());
        self.own_letters.push(letter);
        self.letter_states.insert(
            index,
            LetterState {
                folder,
                read,
                before_trash: None,
            },
        );
    }

    /// Applies a mailbox event to the state.
    pub(crate) fn apply_mailbox(&mut self, event: &Event) {
        match event {
            Event::FolderCreated {
                owner,
                folder,
                name,
                ..
            } => {
                let mailbox = self.mailboxes.entry(owner.clone()).or_default();
                mailbox.folders.push(OwnFolder {
                    id: *folder,
                    name: name.clone(),
                });
                mailbox.next_id = mailbox.next_id.max(folder.saturating_add(1));
            }
            Event::FolderRenamed {
                owner,
                folder,
                name,
                ..
            } => {
                if let Some(f) = self
                    .mailboxes
                    .get_mut(owner)
                    .and_then(|m| m.folders.iter_mut().find(|f| f.id == *folder))
                {
                    f.name = name.clone();
                }
            }
            Event::FolderDeleted { owner, folder, .. } => {
                if let Some(m) = self.mailboxes.get_mut(owner) {
                    m.folders.retain(|f| f.id != *folder);
                }
            }
            Event::LetterMoved { letter, to, .. } => {
                let mut state = self.letter_state(*letter);
                state.folder = *to;
                state.before_trash = None;
                self.letter_states.insert(*letter, state);
            }
            Event::LetterTrashed { letter, from, .. } => {
                let mut state = self.letter_state(*letter);
                state.folder = FolderRef::Trash;
                state.before_trash = Some(*from);
                self.letter_states.insert(*letter, state);
            }
            Event::LetterRestored { letter, to, .. } => {
                let mut state = self.letter_state(*letter);
                state.folder = *to;
                state.before_trash = None;
                self.letter_states.insert(*letter, state);
            }
            Event::TrashEmptied { letters, .. } => {
                let seeds = self.scenario().letters.len();
                for letter in letters {
                    self.letter_states.remove(letter);
                    self.deleted_letters.insert(*letter);
                    // Free what a learner's letter held; its subject stays for the log.
                    if let Some(l) = usize::from(*letter)
                        .checked_sub(seeds)
                        .and_then(|i| self.own_letters.get_mut(i))
                    {
                        l.body = String::new();
                        l.uploads = Vec::new();
                    }
                }
            }
            Event::MessageSent { letter, .. } | Event::LetterForwarded { copy: letter, .. } => {
                self.add_letter(letter, FolderRef::Sent, true);
            }
            Event::LetterArrived { letter } => self.add_letter(letter, FolderRef::Inbox, false),
            Event::NotificationsChanged {
                owner, email, sms, ..
            } => {
                self.notify.insert(
                    owner.clone(),
                    crate::mailbox::Notify {
                        email: email.clone(),
                        sms: sms.clone(),
                    },
                );
            }
            Event::DraftSaved { .. } | Event::DraftDeleted { .. } => self.apply_draft(event),
            Event::ReplyScheduled {
                after_seconds,
                letter,
            } => {
                let due = crate::Timestamp(letter.at.0.saturating_add(*after_seconds));
                self.pending.push((due, (**letter).clone()));
            }
            Event::LetterRead { letter, .. } => {
                let mut state = self.letter_state(*letter);
                state.read = true;
                self.letter_states.insert(*letter, state);
            }
            Event::LetterMarkedUnread { letter, .. } => {
                let mut state = self.letter_state(*letter);
                state.read = false;
                self.letter_states.insert(*letter, state);
            }
            _ => {}
        }
    }
}
