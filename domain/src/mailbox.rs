//! Digital Post: a persona's mailbox with the fixed folders "Indbakke", "Sendt" and
//! "Papirkurv" and the learner's own folders; moving, deleting to Papirkurv, restoring,
//! emptying Papirkurv, read/unread, search. Letters come from the shared scenario; a world
//! stores only where each letter is and whether it was read.

use crate::world::{Decision, Event, Refusal};
use crate::{LetterId, PersonaId, SeedLetter, World};

/// A folder of a mailbox.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FolderRef {
    /// "Indbakke"
    Inbox,
    /// "Sendt"
    Sent,
    /// "Papirkurv"
    Trash,
    /// One of the learner's own folders, by number.
    Own(u16),
}

/// A folder the learner made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OwnFolder {
    pub id: u16,
    pub name: String,
}

/// The learner's own folders of one persona's mailbox.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Mailbox {
    pub folders: Vec<OwnFolder>,
    next_id: u16,
}

/// Where a letter is and whether it was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LetterState {
    pub folder: FolderRef,
    pub read: bool,
    /// The folder it was deleted from, while it is in Papirkurv ("Gendan" puts it back).
    pub before_trash: Option<FolderRef>,
}

/// The fixed folders' names, which own folders may not take.
pub const FIXED_FOLDERS: [&str; 3] = ["Indbakke", "Sendt", "Papirkurv"];
/// Longest folder name, in characters.
pub const MAX_FOLDER_NAME: usize = 40;

/// What a learner does in a mailbox.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MailboxAction {
    /// "Opret mappe"
    CreateFolder { name: String },
    /// "Omdøb mappe"
    RenameFolder { folder: u16, name: String },
    /// "Slet mappe": only an empty folder.
    DeleteFolder { folder: u16 },
    /// "Flyt": one letter or several ticked ones.
    Move {
        letters: Vec<LetterId>,
        to: FolderRef,
    },
    /// "Slet": to Papirkurv.
    Trash { letter: LetterId },
    /// "Gendan": back from Papirkurv to where it came from.
    Restore { letter: LetterId },
    /// Empties Papirkurv for good (after the page's confirmation).
    EmptyTrash,
    /// Opening a letter marks it read.
    Open { letter: LetterId },
    /// "Markér som ulæst"
    MarkUnread { letter: LetterId },
}

/// A letter as a mailbox lists it.
#[derive(Debug, Clone, Copy)]
pub struct ListedLetter<'a> {
    pub seed: &'a SeedLetter,
    pub state: LetterState,
}

impl World {
    fn letter_index(&self, owner: &PersonaId, id: &LetterId) -> Option<u16> {
        let index = self
            .scenario()
            .letters
            .binary_search_by(|l| l.id.cmp(id))
            .ok()?;
        let index = u16::try_from(index).ok()?;
        let seed = &self.scenario().letters[usize::from(index)];
        (&seed.to == owner && !self.deleted_letters.contains(&index)).then_some(index)
    }

    /// The state of letter `index` (where it starts, if never touched).
    pub(crate) fn letter_state(&self, index: u16) -> LetterState {
        self.letter_states
            .get(&index)
            .copied()
            .unwrap_or_else(|| LetterState {
                folder: FolderRef::Inbox,
                read: !self.scenario().letters[usize::from(index)].unread,
                before_trash: None,
            })
    }

    /// The own folders of `owner`'s mailbox.
    pub fn own_folders(&self, owner: &PersonaId) -> &[OwnFolder] {
        self.mailboxes
            .get(owner)
            .map_or(&[], |m| m.folders.as_slice())
    }

    fn folder_exists(&self, owner: &PersonaId, folder: FolderRef) -> bool {
        match folder {
            FolderRef::Own(id) => self.own_folders(owner).iter().any(|f| f.id == id),
            _ => true,
        }
    }

    /// Every letter of `owner` that is not deleted for good, newest first.
    pub fn letters_of(&self, owner: &PersonaId) -> Vec<ListedLetter<'_>> {
        let mut out: Vec<ListedLetter<'_>> = self
            .scenario()
            .letters
            .iter()
            .enumerate()
            .filter(|(i, l)| &l.to == owner && !self.deleted_letters.contains(&(*i as u16)))
            .map(|(i, seed)| ListedLetter {
                seed,
                state: self.letter_state(i as u16),
            })
            .collect();
        out.sort_by_key(|l| (l.seed.days_ago, l.seed.id.clone()));
        out
    }

    /// The letters in one folder, newest first.
    pub fn letters_in(&self, owner: &PersonaId, folder: FolderRef) -> Vec<ListedLetter<'_>> {
        self.letters_of(owner)
            .into_iter()
            .filter(|l| l.state.folder == folder)
            .collect()
    }

    /// Unread letters in "Indbakke".
    pub fn unread_count(&self, owner: &PersonaId) -> usize {
        self.letters_in(owner, FolderRef::Inbox)
            .iter()
            .filter(|l| !l.state.read)
            .count()
    }

    /// "Søg": letters whose sender, subject or text contains `query` (any case), in every
    /// folder. An empty query finds nothing.
    pub fn search(&self, owner: &PersonaId, query: &str) -> Vec<ListedLetter<'_>> {
        let q = query.trim().to_lowercase();
        if q.is_empty() {
            return Vec::new();
        }
        self.letters_of(owner)
            .into_iter()
            .filter(|l| {
                let sender = self
                    .scenario()
                    .authority(&l.seed.from)
                    .map_or("", |a| a.name.as_str());
                [sender, &l.seed.subject, &l.seed.body]
                    .iter()
                    .any(|t| t.to_lowercase().contains(&q))
            })
            .collect()
    }

    /// A folder name as typed, checked: trimmed, 1–40 characters, not a fixed folder's
    /// name, unique in the mailbox (any case). `except` is the folder being renamed.
    fn check_folder_name(
        &self,
        owner: &PersonaId,
        raw: &str,
        except: Option<u16>,
    ) -> Result<String, Refusal> {
        let name = raw.trim();
        if name.is_empty() {
            return Err(Refusal::FolderNameEmpty);
        }
        if name.chars().count() > MAX_FOLDER_NAME {
            return Err(Refusal::FolderNameTooLong);
        }
        let lower = name.to_lowercase();
        if FIXED_FOLDERS.iter().any(|f| f.to_lowercase() == lower) {
            return Err(Refusal::FolderNameReserved);
        }
        if self
            .own_folders(owner)
            .iter()
            .any(|f| Some(f.id) != except && f.name.to_lowercase() == lower)
        {
            return Err(Refusal::FolderNameTaken);
        }
        Ok(name.to_owned())
    }

    /// Decides a mailbox action by `by` in `owner`'s mailbox.
    pub(crate) fn decide_mailbox(&self, owner: &PersonaId, action: &MailboxAction) -> Decision {
        match self.mailbox_events(owner, action) {
            Ok(events) => Decision {
                events,
                refusal: None,
            },
            Err(refusal) => Decision {
                events: Vec::new(),
                refusal: Some(refusal),
            },
        }
    }

    fn mailbox_events(
        &self,
        owner: &PersonaId,
        action: &MailboxAction,
    ) -> Result<Vec<Event>, Refusal> {
        let by = match self.logged_in() {
            Some(p) => p.id.clone(),
            None => return Err(Refusal::NotLoggedIn),
        };
        if &by != owner {
            return Err(Refusal::NotYourMailbox);
        }
        let owner = owner.clone();
        let letter = |id: &LetterId| self.letter_index(&owner, id).ok_or(Refusal::NoSuchLetter);
        let own_folder = |id: u16| {
            if self.folder_exists(&owner, FolderRef::Own(id)) {
                Ok(id)
            } else {
                Err(Refusal::NoSuchFolder)
            }
        };
        Ok(match action {
            MailboxAction::CreateFolder { name } => {
                let name = self.check_folder_name(&owner, name, None)?;
                let folder = self.mailboxes.get(&owner).map_or(0, |m| m.next_id);
                vec![Event::FolderCreated {
                    owner,
                    by,
                    folder,
                    name,
                }]
            }
            MailboxAction::RenameFolder { folder, name } => {
                let folder = own_folder(*folder)?;
                let name = self.check_folder_name(&owner, name, Some(folder))?;
                vec![Event::FolderRenamed {
                    owner,
                    by,
                    folder,
                    name,
                }]
            }
            MailboxAction::DeleteFolder { folder } => {
                let folder = own_folder(*folder)?;
                if !self.letters_in(&owner, FolderRef::Own(folder)).is_empty() {
                    return Err(Refusal::FolderNotEmpty);
                }
                vec![Event::FolderDeleted { owner, by, folder }]
            }
            MailboxAction::Move { letters, to } => {
                if letters.is_empty() {
                    return Err(Refusal::NothingChosen);
                }
                if !self.folder_exists(&owner, *to) {
                    return Err(Refusal::NoSuchFolder);
                }
                if *to == FolderRef::Sent {
                    return Err(Refusal::CannotMoveToSent);
                }
                let mut events = Vec::new();
                let mut seen = std::collections::BTreeSet::new();
                for id in letters {
                    let index = letter(id)?;
                    if !seen.insert(index) {
                        continue;
                    }
                    let from = self.letter_state(index).folder;
                    if from == *to {
                        continue;
                    }
                    events.push(if *to == FolderRef::Trash {
                        Event::LetterTrashed {
                            owner: owner.clone(),
                            by: by.clone(),
                            letter: index,
                            from,
                        }
                    } else {
                        Event::LetterMoved {
                            owner: owner.clone(),
                            by: by.clone(),
                            letter: index,
                            to: *to,
                        }
                    });
                }
                events
            }
            MailboxAction::Trash { letter: id } => {
                let index = letter(id)?;
                let from = self.letter_state(index).folder;
                if from == FolderRef::Trash {
                    return Err(Refusal::AlreadyInTrash);
                }
                vec![Event::LetterTrashed {
                    owner,
                    by,
                    letter: index,
                    from,
                }]
            }
            MailboxAction::Restore { letter: id } => {
                let index = letter(id)?;
                let state = self.letter_state(index);
                if state.folder != FolderRef::Trash {
                    return Err(Refusal::NotInTrash);
                }
                // Back where it came from; to Indbakke if that folder is gone.
                let to = state
                    .before_trash
                    .filter(|f| self.folder_exists(&owner, *f))
                    .unwrap_or(FolderRef::Inbox);
                vec![Event::LetterRestored {
                    owner,
                    by,
                    letter: index,
                    to,
                }]
            }
            MailboxAction::EmptyTrash => {
                let letters: Vec<u16> = self
                    .letters_in(&owner, FolderRef::Trash)
                    .iter()
                    .filter_map(|l| self.letter_index(&owner, &l.seed.id))
                    .collect();
                if letters.is_empty() {
                    return Err(Refusal::TrashEmpty);
                }
                vec![Event::TrashEmptied { owner, by, letters }]
            }
            MailboxAction::Open { letter: id } => {
                let index = letter(id)?;
                if self.letter_state(index).read {
                    Vec::new()
                } else {
                    vec![Event::LetterRead {
                        owner,
                        by,
                        letter: index,
                    }]
                }
            }
            MailboxAction::MarkUnread { letter: id } => {
                let index = letter(id)?;
                vec![Event::LetterMarkedUnread {
                    owner,
                    by,
                    letter: index,
                }]
            }
        })
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
                for letter in letters {
                    self.letter_states.remove(letter);
                    self.deleted_letters.insert(*letter);
                }
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

#[cfg(test)]
#[path = "mailbox_tests.rs"]
mod tests;
