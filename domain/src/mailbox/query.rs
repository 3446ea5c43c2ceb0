//! What a world answers about a mailbox: its letters, folders, search and log.

use crate::ids::{LetterId, PersonaId};
use crate::letters::{LetterRef, Party, WORLD_LETTER_PREFIX, WorldLetter};
use crate::mailbox::{FolderRef, LetterState, ListedLetter, OwnFolder};
use crate::world::World;

/// The letters in one folder, and how many of them are unread.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FolderCount {
    pub letters: usize,
    pub unread: usize,
}

/// The counts of several folders ([`World::folder_counts`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FolderCounts(Vec<(FolderRef, FolderCount)>);

impl FolderCounts {
    /// The count of `folder`: nothing in it where it holds no letter.
    pub fn of(&self, folder: FolderRef) -> FolderCount {
        self.0
            .iter()
            .find(|(f, _)| *f == folder)
            .map_or_else(FolderCount::default, |(_, counted)| *counted)
    }
}

impl World {
    /// The letter with number `index`: the scenario's letters first, then the world's own.
    pub fn letter_ref(&self, index: u16) -> Option<LetterRef<'_>> {
        let seeds = &self.scenario().letters;
        let i = usize::from(index);
        match seeds.get(i) {
            Some(letter) => Some(LetterRef::Seed {
                letter,
                started: self.started,
            }),
            None => self.own_letters.get(i - seeds.len()).map(LetterRef::World),
        }
    }

    fn letter_count(&self) -> usize {
        self.scenario().letters.len() + self.own_letters.len()
    }

    /// The number of `owner`'s letter `id`, if it is theirs and not deleted for good.
    pub(crate) fn letter_index(&self, owner: &PersonaId, id: &LetterId) -> Option<u16> {
        let seeds = &self.scenario().letters;
        let index = match id.as_str().strip_prefix(WORLD_LETTER_PREFIX) {
            Some(n) => seeds.len().checked_add(n.parse::<usize>().ok()?)?,
            // The scenario's own letters are sorted by id; a teacher's (eget materiale)
            // come after them.
            None => seeds
                .binary_search_by(|l| l.id.cmp(id))
                .ok()
                .or_else(|| seeds.iter().position(|l| &l.id == id))?,
        };
        let index = u16::try_from(index).ok()?;
        let letter = self.letter_ref(index)?;
        (letter.id() == id && letter.owner() == owner && !self.deleted_letters.contains(&index))
            .then_some(index)
    }

    /// The state of letter `index` (where it starts, if never touched).
    pub(crate) fn letter_state(&self, index: u16) -> LetterState {
        self.letter_states
            .get(&index)
            .copied()
            .unwrap_or_else(|| LetterState {
                folder: FolderRef::Inbox,
                read: self
                    .scenario()
                    .letters
                    .get(usize::from(index))
                    .is_none_or(|l| !l.unread),
                before_trash: None,
            })
    }

    /// The display name of a sender or recipient.
    pub fn party_name(&self, party: &Party) -> &str {
        match party {
            Party::Authority(id) => self
                .scenario()
                .authority(id)
                .map_or("", |a| a.name.as_str()),
            Party::Persona(id) => self.persona(id).map_or("", |p| p.name.as_str()),
        }
    }

    /// `owner`'s letter `id`, wherever it is (not deleted for good).
    pub fn find_letter(&self, owner: &PersonaId, id: &str) -> Option<ListedLetter<'_>> {
        let id = LetterId::parse(id).ok()?;
        let index = self.letter_index(owner, &id)?;
        Some(ListedLetter {
            letter: self.letter_ref(index)?,
            state: self.letter_state(index),
        })
    }

    /// What happened in `owner`'s mailbox, oldest first ("Aktivitetslog").
    pub fn mailbox_log(&self, owner: &PersonaId) -> Vec<&crate::LoggedEvent> {
        self.log()
            .iter()
            .filter(|e| e.event.mailbox_owner() == Some(owner))
            .collect()
    }

    /// Bytes of files learners attached that this world holds.
    pub fn upload_bytes(&self) -> usize {
        self.own_letters.iter().map(WorldLetter::upload_bytes).sum()
    }

    /// The own folders of `owner`'s mailbox.
    pub fn own_folders(&self, owner: &PersonaId) -> &[OwnFolder] {
        self.mailboxes
            .get(owner)
            .map_or(&[], |m| m.folders.as_slice())
    }

    pub(crate) fn folder_exists(&self, owner: &PersonaId, folder: FolderRef) -> bool {
        match folder {
            FolderRef::Own(id) => self.own_folders(owner).iter().any(|f| f.id == id),
            _ => true,
        }
    }

    /// Every letter of `owner` that is not deleted for good, with its number, in no order.
    fn owned_letters<'a, 'o>(
        &'a self,
        owner: &'o PersonaId,
    ) -> impl Iterator<Item = (u16, ListedLetter<'a>)> + use<'a, 'o> {
        let count = u16::try_from(self.letter_count()).unwrap_or(u16::MAX);
        (0..count)
            .filter(|i| !self.deleted_letters.contains(i))
            .filter_map(|i| Some((i, self.letter_ref(i)?)))
            .filter(move |(_, l)| l.owner() == owner)
            .map(|(i, letter)| {
                (
                    i,
                    ListedLetter {
                        letter,
                        state: self.letter_state(i),
                    },
                )
            })
    }

    /// Every letter of `owner` that is not deleted for good, newest first.
    pub fn letters_of(&self, owner: &PersonaId) -> Vec<ListedLetter<'_>> {
        let mut out: Vec<(u16, ListedLetter<'_>)> = self.owned_letters(owner).collect();
        out.sort_by_key(|(i, l)| (std::cmp::Reverse(l.letter.at()), std::cmp::Reverse(*i)));
        out.into_iter().map(|(_, l)| l).collect()
    }

    /// The letters in one folder, newest first.
    pub fn letters_in(&self, owner: &PersonaId, folder: FolderRef) -> Vec<ListedLetter<'_>> {
        self.letters_of(owner)
            .into_iter()
            .filter(|l| l.state.folder == folder)
            .collect()
    }

    /// How many of `owner`'s letters lie in `folder`, and how many of those are unread: what
    /// `letters_in` would list, counted without listing or sorting them (a page shows the
    /// count of every folder).
    pub fn folder_count(&self, owner: &PersonaId, folder: FolderRef) -> FolderCount {
        let mut counted = FolderCount::default();
        for (_, l) in self.owned_letters(owner) {
            if l.state.folder == folder {
                counted.letters += 1;
                counted.unread += usize::from(!l.state.read);
            }
        }
        counted
    }

    /// [`World::folder_count`] of every folder that holds one of `owner`'s letters, from one
    /// pass over the letters (a mailbox page shows the count of every folder: one pass per
    /// folder was ~7k instructions of an inbox, issue 20).
    pub fn folder_counts(&self, owner: &PersonaId) -> FolderCounts {
        let mut counts = FolderCounts(Vec::new());
        for (_, l) in self.owned_letters(owner) {
            let at = match counts.0.iter().position(|(f, _)| *f == l.state.folder) {
                Some(at) => at,
                None => {
                    counts.0.push((l.state.folder, FolderCount::default()));
                    counts.0.len() - 1
                }
            };
            let counted = &mut counts.0[at].1;
            counted.letters += 1;
            counted.unread += usize::from(!l.state.read);
        }
        counts
    }

    /// Unread letters in "Indbakke".
    pub fn unread_count(&self, owner: &PersonaId) -> usize {
        self.folder_count(owner, FolderRef::Inbox).unread
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
                let sender = self.party_name(&l.letter.from());
                [sender, l.letter.subject(), l.letter.body()]
                    .iter()
                    .any(|t| t.to_lowercase().contains(&q))
            })
            .collect()
    }
}
