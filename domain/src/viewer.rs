//! The viewer: who is looking at which mailbox, and what they may see and do there. This is
//! the one place that answers what a helper with læseadgang sees (folders, letters, lines
//! of the activity log) and where a letter may be moved or forwarded; pages only render
//! its answers, and every mailbox command checks the same rights again.

use crate::PersonaId;
use crate::access::{AccessScope, Rights};
use crate::event::{Event, LoggedEvent};
use crate::mailbox::{FolderRef, ListedLetter};
use crate::scenario::Persona;
use crate::world::World;

/// The logged-in persona's view of the mailbox open now.
#[derive(Debug, Clone)]
pub struct Viewer<'w> {
    world: &'w World,
    /// Who is looking.
    pub me: PersonaId,
    /// Whose mailbox is open (`me`, or someone who gave `me` access).
    pub owner: PersonaId,
    pub rights: Rights,
}

impl World {
    /// The logged-in persona's view of the open mailbox; `None` when nobody is logged in or
    /// the access to the open mailbox has ended.
    pub fn viewer(&self) -> Option<Viewer<'_>> {
        let me = self.logged_in()?.id.clone();
        let owner = self.open_mailbox()?;
        let rights = self.rights(&me, &owner)?;
        Some(Viewer {
            world: self,
            me,
            owner,
            rights,
        })
    }
}

impl<'w> Viewer<'w> {
    pub fn is_owner(&self) -> bool {
        self.me == self.owner
    }

    /// Whether the viewer sees the whole mailbox (the owner, or a helper with access to all
    /// of it): "Besked om ny post" names every letter's sender.
    pub fn sees_whole_mailbox(&self) -> bool {
        self.rights.scope == AccessScope::Whole
    }

    /// "Besked om ny post" may be changed by the owner and by a helper with læse- og
    /// skriveadgang to the whole mailbox (the same rule the mailbox command checks).
    pub fn may_set_notifications(&self) -> bool {
        self.sees_whole_mailbox()
            && self.rights.helper_level != Some(crate::access::AccessLevel::Read)
    }

    /// "Kladder" (drafts may answer any letter): the owner, and a helper with læse- og
    /// skriveadgang to the whole mailbox (the same rule the mailbox command checks).
    pub fn may_keep_drafts(&self) -> bool {
        self.rights.write && self.sees_whole_mailbox()
    }

    /// The folders the viewer sees: Indbakke, Sendt, Papirkurv and the own folders for the
    /// owner and a helper with the whole mailbox; only the granted folders otherwise.
    pub fn folders(&self) -> Vec<FolderRef> {
        [FolderRef::Inbox, FolderRef::Sent, FolderRef::Trash]
            .into_iter()
            .chain(
                self.world
                    .own_folders(&self.owner)
                    .iter()
                    .map(|f| FolderRef::Own(f.id)),
            )
            .filter(|f| self.rights.scope.covers(*f))
            .collect()
    }

    /// Where a letter now in `from` may be moved: the folders the viewer sees, except where
    /// it is, Sendt and Papirkurv ("Slet" moves there).
    pub fn move_targets(&self, from: FolderRef) -> Vec<FolderRef> {
        self.folders()
            .into_iter()
            .filter(|f| *f != from && !matches!(f, FolderRef::Sent | FolderRef::Trash))
            .collect()
    }

    /// The folder to show for a requested one: an unknown folder, or one the viewer may not
    /// see, shows the first one they may; `None` when they may see none (a helper whose
    /// only shared folder the owner deleted).
    pub fn folder_to_show(&self, wanted: Option<FolderRef>) -> Option<FolderRef> {
        let visible = self.folders();
        match wanted {
            Some(f) if visible.contains(&f) => Some(f),
            _ => visible.first().copied(),
        }
    }

    /// Where ticked letters in the list may be moved ("Flyt til"): the folders the viewer
    /// sees except where they are (`None`: search results from several folders) and
    /// Sendt; Papirkurv too if the viewer may delete, since the list has no "Slet".
    pub fn list_move_targets(&self, from: Option<FolderRef>) -> Vec<FolderRef> {
        self.folders()
            .into_iter()
            .filter(|f| Some(*f) != from && *f != FolderRef::Sent)
            .filter(|f| self.rights.delete || *f != FolderRef::Trash)
            .collect()
    }

    /// The letters in `folder` the viewer may see, newest first.
    pub fn letters_in(&self, folder: FolderRef) -> Vec<ListedLetter<'w>> {
        if self.rights.scope.covers(folder) {
            self.world.letters_in(&self.owner, folder)
        } else {
            Vec::new()
        }
    }

    /// "Søg": the letters the viewer may see whose sender, subject or text matches.
    pub fn search(&self, query: &str) -> Vec<ListedLetter<'w>> {
        self.world
            .search(&self.owner, query)
            .into_iter()
            .filter(|l| self.rights.scope.covers(l.state.folder))
            .collect()
    }

    /// Unread letters in Indbakke; `None` for a helper who may not see Indbakke (a count of
    /// a folder she cannot open says nothing to her).
    pub fn unread(&self) -> Option<usize> {
        // Counted, not listed: every mailbox page shows it (issue 20).
        self.rights.scope.covers(FolderRef::Inbox).then(|| {
            self.world
                .folder_count(&self.owner, FolderRef::Inbox)
                .unread
        })
    }

    /// "Skift postkasse": the viewer's own mailbox first, then those shared with them.
    pub fn mailboxes(&self) -> Vec<PersonaId> {
        std::iter::once(self.me.clone())
            .chain(
                self.world
                    .grants_received(&self.me)
                    .iter()
                    .map(|g| g.owner.clone()),
            )
            .collect()
    }

    /// The letters the viewer may see, newest first.
    pub fn letters(&self) -> Vec<ListedLetter<'w>> {
        self.world.visible_letters(&self.me, &self.owner)
    }

    /// One letter, if the viewer may see it: a letter outside a helper's folders is, for
    /// them, not there.
    pub fn letter(&self, id: &str) -> Option<ListedLetter<'w>> {
        self.world
            .find_letter(&self.owner, id)
            .filter(|l| self.rights.scope.covers(l.state.folder))
    }

    /// Whether the viewer may answer a letter ("Besvar"): the letter can be answered and
    /// the viewer may write in this mailbox.
    pub fn may_reply(&self, letter: &ListedLetter<'_>) -> bool {
        self.rights.write && letter.letter.can_reply()
    }

    /// Who a letter may be forwarded to ("Videresend"): every other persona of the world.
    pub fn forward_targets(&self) -> Vec<&'w Persona> {
        self.world
            .personas()
            .iter()
            .filter(|p| p.id != self.owner && p.id != self.me)
            .collect()
    }

    /// The lines of the mailbox's activity log ("Aktivitetslog") the viewer may see, oldest
    /// first: every line for the owner and a helper with the whole mailbox; for a helper
    /// limited to some folders, only lines about letters now in those folders and about
    /// those folders.
    pub fn activity_log(&self) -> Vec<&'w LoggedEvent> {
        self.world
            .mailbox_log(&self.owner)
            .into_iter()
            .filter(|logged| self.may_see(&logged.event))
            .collect()
    }

    fn may_see(&self, e: &Event) -> bool {
        let scope = &self.rights.scope;
        if *scope == AccessScope::Whole {
            return true;
        }
        let world = self.world;
        let owner = &self.owner;
        let letter = |index: u16| {
            world
                .letter_ref(index)
                .and_then(|l| world.find_letter(owner, l.id().as_str()))
                .is_some_and(|l| scope.covers(l.state.folder))
        };
        match e {
            Event::LetterMoved { letter: i, .. }
            | Event::LetterTrashed { letter: i, .. }
            | Event::LetterRestored { letter: i, .. }
            | Event::LetterRead { letter: i, .. }
            | Event::LetterMarkedUnread { letter: i, .. }
            | Event::LetterForwarded { letter: i, .. } => letter(*i),
            Event::FolderCreated { folder, .. } | Event::FolderRenamed { folder, .. } => {
                scope.covers(FolderRef::Own(*folder))
            }
            Event::MessageSent { letter: l, .. } | Event::LetterArrived { letter: l } => world
                .find_letter(owner, l.id.as_str())
                .is_some_and(|x| scope.covers(x.state.folder)),
            _ => false,
        }
    }
}
