//! What a world answers about læseadgang: who has access to whose mailbox, and what they may see.

use crate::access::{AccessLevel, AccessRequest, AccessScope, Grant, Rights};
use crate::ids::PersonaId;
use crate::mailbox::FolderRef;
use crate::sign::Signing;
use crate::world::World;

impl World {
    /// The access `helper` has to `owner`'s mailbox now, if any.
    pub fn grant(&self, owner: &PersonaId, helper: &PersonaId) -> Option<&Grant> {
        self.grants
            .iter()
            .find(|g| &g.owner == owner && &g.helper == helper)
    }

    /// Accesses `owner` has given.
    pub fn grants_given(&self, owner: &PersonaId) -> Vec<&Grant> {
        self.grants.iter().filter(|g| &g.owner == owner).collect()
    }

    /// Accesses `helper` has been given.
    pub fn grants_received(&self, helper: &PersonaId) -> Vec<&Grant> {
        self.grants.iter().filter(|g| &g.helper == helper).collect()
    }

    /// Requests waiting for `owner` to answer.
    pub fn requests_to(&self, owner: &PersonaId) -> Vec<&AccessRequest> {
        self.access_requests
            .iter()
            .filter(|r| &r.owner == owner)
            .collect()
    }

    /// Requests `helper` has sent that wait for an answer.
    pub fn requests_from(&self, helper: &PersonaId) -> Vec<&AccessRequest> {
        self.access_requests
            .iter()
            .filter(|r| &r.helper == helper)
            .collect()
    }

    /// The signature waiting for a key, if the logged-in persona started one.
    pub fn signing(&self) -> Option<&Signing> {
        self.signing
            .as_ref()
            .filter(|s| self.logged_in().is_some_and(|p| p.id == s.persona))
    }

    /// Whose mailbox the logged-in persona has open: their own, or one shared with them.
    pub fn open_mailbox(&self) -> Option<PersonaId> {
        let me = self.logged_in()?.id.clone();
        Some(
            self.viewing
                .clone()
                .filter(|owner| self.grant(owner, &me).is_some())
                .unwrap_or(me),
        )
    }

    /// Set when the helper view was closed because the access ended; shown once.
    pub fn access_ended_notice(&self) -> Option<&PersonaId> {
        self.access_ended.as_ref()
    }

    /// The folders of `owner`'s mailbox `viewer` may see (`None`: no access at all).
    pub fn scope_for(&self, viewer: &PersonaId, owner: &PersonaId) -> Option<AccessScope> {
        if viewer == owner {
            return Some(AccessScope::Whole);
        }
        self.grant(owner, viewer).map(|g| g.scope.clone())
    }

    /// What `viewer` may do in `owner`'s mailbox (`None`: no access).
    pub fn rights(&self, viewer: &PersonaId, owner: &PersonaId) -> Option<Rights> {
        if viewer == owner {
            return Some(Rights {
                helper_level: None,
                scope: AccessScope::Whole,
                delete: true,
                write: true,
                create_folder: true,
                rename_folder: true,
            });
        }
        let g = self.grant(owner, viewer)?;
        Some(Rights {
            helper_level: Some(g.level),
            scope: g.scope.clone(),
            delete: false,
            write: g.level == AccessLevel::ReadWrite,
            create_folder: g.scope == AccessScope::Whole,
            rename_folder: false,
        })
    }

    /// The letters of `owner`'s mailbox that `viewer` may see, newest first: all for the
    /// owner, the granted folders' for a helper, none without access.
    pub fn visible_letters(
        &self,
        viewer: &PersonaId,
        owner: &PersonaId,
    ) -> Vec<crate::ListedLetter<'_>> {
        let Some(scope) = self.scope_for(viewer, owner) else {
            return Vec::new();
        };
        self.letters_of(owner)
            .into_iter()
            .filter(|l| scope.covers(l.state.folder))
            .collect()
    }

    /// Which folders a helper sees of `owner`'s, as names, for pages and letters.
    pub fn scope_names(&self, owner: &PersonaId, scope: &AccessScope) -> Vec<String> {
        match scope {
            AccessScope::Whole => vec!["Hele postkassen".to_owned()],
            AccessScope::Folders(f) => f
                .iter()
                .map(|f| match f {
                    FolderRef::Inbox => "Indbakke".to_owned(),
                    FolderRef::Sent => "Sendt".to_owned(),
                    FolderRef::Trash => "Papirkurv".to_owned(),
                    FolderRef::Own(id) => self
                        .own_folders(owner)
                        .iter()
                        .find(|o| o.id == *id)
                        .map_or_else(|| "(slettet mappe)".to_owned(), |o| o.name.clone()),
                })
                .collect(),
        }
    }
}
