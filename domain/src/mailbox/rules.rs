//! The rules of Digital Post: folders, moving, deleting, read marks.

use crate::access::{AccessLevel, AccessScope};
use crate::event::Event;
use crate::ids::{LetterId, PersonaId};
use crate::letters::{LetterKind, Party, WorldLetter, world_letter_id};
use crate::mailbox::{FIXED_FOLDERS, FolderRef, MAX_FOLDER_NAME, MAX_FOLDERS, MailboxAction};
use crate::refusal::Refusal;
use crate::world::{Decision, World};

impl World {
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
        Decision::from_result(self.mailbox_events(owner, action))
    }

    pub(super) fn mailbox_events(
        &self,
        owner: &PersonaId,
        action: &MailboxAction,
    ) -> Result<Vec<Event>, Refusal> {
        let by = match self.logged_in() {
            Some(p) => p.id.clone(),
            None => return Err(Refusal::NotLoggedIn),
        };
        // The owner may do everything; a helper what their access allows (domain.md).
        let helper = if &by == owner {
            None
        } else {
            Some(self.grant(owner, &by).ok_or(Refusal::NotYourMailbox)?)
        };
        let scope = helper.map_or(AccessScope::Whole, |g| g.scope.clone());
        match (helper, action) {
            (None, _) => {}
            (
                Some(_),
                MailboxAction::DeleteFolder { .. }
                | MailboxAction::Trash { .. }
                | MailboxAction::EmptyTrash
                | MailboxAction::Move {
                    to: FolderRef::Trash,
                    ..
                },
            ) => return Err(Refusal::HelperCannotDelete),
            (
                Some(g),
                MailboxAction::Write { .. }
                | MailboxAction::Reply { .. }
                | MailboxAction::SaveDraft { .. }
                | MailboxAction::DeleteDraft { .. }
                | MailboxAction::SendDraft { .. },
            ) if g.level == AccessLevel::Read => {
                return Err(Refusal::HelperCannotWrite);
            }
            // A draft may answer any letter of the mailbox: only for whom sees all of it.
            (
                Some(g),
                MailboxAction::SaveDraft { .. }
                | MailboxAction::DeleteDraft { .. }
                | MailboxAction::SendDraft { .. },
            ) if g.scope != AccessScope::Whole => {
                return Err(Refusal::HelperCannotKeepDrafts);
            }
            // The settings concern the whole mailbox (every letter's sender is in the messages).
            (Some(g), MailboxAction::SetNotifications { .. })
                if g.level == AccessLevel::Read || g.scope != AccessScope::Whole =>
            {
                return Err(Refusal::HelperCannotChangeNotifications);
            }
            (Some(_), MailboxAction::CreateFolder { .. }) if scope != AccessScope::Whole => {
                return Err(Refusal::HelperCannotCreateFolder);
            }
            (Some(_), MailboxAction::RenameFolder { folder, .. })
                if !scope.covers(FolderRef::Own(*folder)) =>
            {
                return Err(Refusal::NoSuchFolder);
            }
            (Some(_), MailboxAction::RenameFolder { .. }) => {
                return Err(Refusal::HelperCannotRenameFolder);
            }
            (Some(_), MailboxAction::Move { to, .. }) if !scope.covers(*to) => {
                return Err(Refusal::NoSuchFolder);
            }
            _ => {}
        }
        let owner = owner.clone();
        // A letter outside a helper's folders is, for them, not there.
        let letter = |id: &LetterId| {
            self.letter_index(&owner, id)
                .filter(|i| scope.covers(self.letter_state(*i).folder))
                .ok_or(Refusal::NoSuchLetter)
        };
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
                if self.own_folders(&owner).len() >= MAX_FOLDERS {
                    return Err(Refusal::TooManyFolders);
                }
                // Ids are never given twice: a deleted folder's key never names a new one.
                let folder = self.mailboxes.get(&owner).map_or(0, |m| m.next_id);
                if folder == u16::MAX {
                    return Err(Refusal::FolderIdsUsedUp);
                }
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
                let name = self
                    .own_folders(&owner)
                    .iter()
                    .find(|f| f.id == folder)
                    .map(|f| f.name.clone())
                    .unwrap_or_default();
                vec![Event::FolderDeleted {
                    owner,
                    by,
                    folder,
                    name,
                }]
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
                if !scope.covers(to) {
                    return Err(Refusal::NoSuchFolder);
                }
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
                    .filter_map(|l| self.letter_index(&owner, l.letter.id()))
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
            MailboxAction::Write {
                to,
                subject,
                body,
                uploads,
            } => {
                if self.scenario().authority(to).is_none() {
                    return Err(Refusal::NoSuchAuthority);
                }
                let n = self.own_letters.len();
                self.message_events(
                    &owner,
                    &by,
                    to,
                    (subject, body, uploads),
                    format!("DP-{:05}", n + 1),
                )?
            }
            MailboxAction::Reply {
                letter: id,
                subject,
                body,
                uploads,
            } => {
                let index = letter(id)?;
                let original = self.letter_ref(index).ok_or(Refusal::NoSuchLetter)?;
                let Party::Authority(to) = original.from() else {
                    return Err(Refusal::CannotReply);
                };
                if !original.can_reply() {
                    return Err(Refusal::CannotReply);
                }
                self.message_events(
                    &owner,
                    &by,
                    &to,
                    (subject, body, uploads),
                    original.case_number().to_owned(),
                )?
            }
            MailboxAction::SaveDraft { .. }
            | MailboxAction::DeleteDraft { .. }
            | MailboxAction::SendDraft { .. } => {
                return self.draft_events(&owner, &by, action, &letter);
            }
            MailboxAction::SetNotifications { email, sms } => {
                return self.notification_events(owner, by, email.as_deref(), sms.as_deref());
            }
            MailboxAction::Forward { letter: id, to } => {
                let index = letter(id)?;
                let original = self.letter_ref(index).ok_or(Refusal::NoSuchLetter)?;
                if self.persona(to).is_none() {
                    return Err(Refusal::NoSuchRecipient);
                }
                if to == &owner {
                    return Err(Refusal::ForwardToSelf);
                }
                self.room_for(2)?;
                let n = self.own_letters.len();
                let sender = self.party_name(&original.from()).to_owned();
                let owner_name = self.persona(&owner).map_or("", |p| p.name.as_str());
                let date = original.at().danish_date();
                let forwarded = |id, kind, mailbox: &PersonaId| WorldLetter {
                    id,
                    owner: mailbox.clone(),
                    kind,
                    from: Party::Persona(owner.clone()),
                    to: Party::Persona(to.clone()),
                    subject: format!("Videresendt: {}", original.subject()),
                    body: format!(
                        "{owner_name} har videresendt dette brev fra {sender}, modtaget {date}.\n\n{}",
                        original.body()
                    ),
                    at: crate::Timestamp(0),
                    case_number: original.case_number().to_owned(),
                    can_reply: false,
                    document: original.document().map(str::to_owned),
                    uploads: original.uploads().to_vec(),
                };
                vec![
                    Event::LetterForwarded {
                        owner: owner.clone(),
                        by,
                        letter: index,
                        to: to.clone(),
                        copy: Box::new(forwarded(
                            world_letter_id(n),
                            LetterKind::ForwardedCopy,
                            &owner,
                        )),
                    },
                    Event::LetterArrived {
                        letter: Box::new(forwarded(
                            world_letter_id(n + 1),
                            LetterKind::Forwarded,
                            to,
                        )),
                    },
                ]
            }
        })
    }
}
