//! Digital Post: a persona's mailbox with the fixed folders "Indbakke", "Sendt" and
//! "Papirkurv" and the learner's own folders; moving, deleting to Papirkurv, restoring,
//! emptying Papirkurv, read/unread, search. Letters come from the shared scenario; a world
//! stores only where each letter is and whether it was read.

use crate::access::{AccessLevel, AccessScope};
use crate::letters::{
    LetterKind, LetterRef, MAX_MESSAGE, MAX_SUBJECT, MAX_UPLOADS, MAX_WORLD_LETTERS, Party, Upload,
    WORLD_LETTER_PREFIX, WorldLetter, world_letter_id,
};
use crate::world::{Decision, Event, Refusal};
use crate::{AuthorityId, LetterId, PersonaId, World};

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

impl FolderRef {
    /// The folder's key in addresses and forms: "indbakke", "sendt", "papirkurv", or an own
    /// folder's number.
    pub fn key(self) -> String {
        match self {
            Self::Inbox => "indbakke".to_owned(),
            Self::Sent => "sendt".to_owned(),
            Self::Trash => "papirkurv".to_owned(),
            Self::Own(id) => id.to_string(),
        }
    }

    /// The folder a key names ("" is Indbakke); `None` for a key that names no folder. The
    /// one parser of folder keys: whether an own folder with that number exists is the
    /// world's to say.
    pub fn from_key(key: &str) -> Option<Self> {
        match key {
            "" | "indbakke" => Some(Self::Inbox),
            "sendt" => Some(Self::Sent),
            "papirkurv" => Some(Self::Trash),
            other if other.bytes().all(|b| b.is_ascii_digit()) => other.parse().ok().map(Self::Own),
            _ => None,
        }
    }
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
    /// "Skriv ny besked" to an authority ("Vælg myndighed"), with "Emne", "Besked" and up
    /// to 3 files ("Vedhæft fil").
    Write {
        to: AuthorityId,
        subject: String,
        body: String,
        uploads: Vec<Upload>,
    },
    /// "Besvar": a message to the sender of a letter that can be answered.
    Reply {
        letter: LetterId,
        subject: String,
        body: String,
        uploads: Vec<Upload>,
    },
    /// "Videresend": a copy of a letter to another persona of the world.
    Forward { letter: LetterId, to: PersonaId },
}

/// A letter as a mailbox lists it.
#[derive(Debug, Clone, Copy)]
pub struct ListedLetter<'a> {
    pub letter: LetterRef<'a>,
    pub state: LetterState,
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
    fn letter_index(&self, owner: &PersonaId, id: &LetterId) -> Option<u16> {
        let seeds = &self.scenario().letters;
        let index = match id.as_str().strip_prefix(WORLD_LETTER_PREFIX) {
            Some(n) => seeds.len().checked_add(n.parse::<usize>().ok()?)?,
            None => seeds.binary_search_by(|l| l.id.cmp(id)).ok()?,
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

    /// Every letter of `owner` that is not deleted for good, newest first.
    pub fn letters_of(&self, owner: &PersonaId) -> Vec<ListedLetter<'_>> {
        let count = u16::try_from(self.letter_count()).unwrap_or(u16::MAX);
        let mut out: Vec<(u16, ListedLetter<'_>)> = (0..count)
            .filter(|i| !self.deleted_letters.contains(i))
            .filter_map(|i| Some((i, self.letter_ref(i)?)))
            .filter(|(_, l)| l.owner() == owner)
            .map(|(i, letter)| {
                (
                    i,
                    ListedLetter {
                        letter,
                        state: self.letter_state(i),
                    },
                )
            })
            .collect();
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
                let sender = self.party_name(&l.letter.from());
                [sender, l.letter.subject(), l.letter.body()]
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
            (Some(g), MailboxAction::Write { .. } | MailboxAction::Reply { .. })
                if g.level == AccessLevel::Read =>
            {
                return Err(Refusal::HelperCannotWrite);
            }
            (Some(_), MailboxAction::CreateFolder { .. }) if scope != AccessScope::Whole => {
                return Err(Refusal::HelperCannotCreateFolder);
            }
            (Some(_), MailboxAction::RenameFolder { folder, .. })
                if !scope.covers(FolderRef::Own(*folder)) =>
            {
                return Err(Refusal::NoSuchFolder);
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
            MailboxAction::Forward { letter: id, to } => {
                let index = letter(id)?;
                let original = self.letter_ref(index).ok_or(Refusal::NoSuchLetter)?;
                if self.persona(to).is_none() {
                    return Err(Refusal::NoSuchRecipient);
                }
                if to == &owner {
                    return Err(Refusal::ForwardToSelf);
                }
                if self.own_letters.len() + self.pending.len() + 2 > MAX_WORLD_LETTERS {
                    return Err(Refusal::WorldFull);
                }
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

    /// A message to authority `to`: the learner's copy in "Sendt", the authority's receipt
    /// at once, and its reply after the scenario's delay.
    fn message_events(
        &self,
        owner: &PersonaId,
        by: &PersonaId,
        to: &AuthorityId,
        (subject, body, uploads): (&str, &str, &[Upload]),
        case_number: String,
    ) -> Result<Vec<Event>, Refusal> {
        let subject = subject.trim();
        let body = body.trim();
        if subject.is_empty() {
            return Err(Refusal::SubjectEmpty);
        }
        if subject.chars().count() > MAX_SUBJECT {
            return Err(Refusal::SubjectTooLong);
        }
        if body.is_empty() {
            return Err(Refusal::MessageEmpty);
        }
        if body.chars().count() > MAX_MESSAGE {
            return Err(Refusal::MessageTooLong);
        }
        if uploads.len() > MAX_UPLOADS {
            return Err(Refusal::TooManyFiles);
        }
        if self.own_letters.len() + self.pending.len() + 3 > MAX_WORLD_LETTERS {
            return Err(Refusal::WorldFull);
        }
        let n = self.own_letters.len();
        let authority = self
            .scenario()
            .authority(to)
            .map_or("", |a| a.name.as_str());
        let name = self.persona(owner).map_or("", |p| p.name.as_str());
        let letter = |id, kind, subject: String, body: String| WorldLetter {
            id,
            owner: owner.clone(),
            kind,
            from: Party::Authority(to.clone()),
            to: Party::Persona(owner.clone()),
            subject,
            body,
            at: crate::Timestamp(0),
            case_number: case_number.clone(),
            can_reply: false,
            document: None,
            uploads: Vec::new(),
        };
        let sent = WorldLetter {
            from: Party::Persona(owner.clone()),
            to: Party::Authority(to.clone()),
            body: body.to_owned(),
            uploads: uploads.to_vec(),
            ..letter(
                world_letter_id(n),
                LetterKind::Sent,
                subject.to_owned(),
                String::new(),
            )
        };
        let receipt = letter(
            world_letter_id(n + 1),
            LetterKind::Receipt,
            format!("Kvittering: {subject}"),
            crate::letters::receipt_text(name, authority, subject, &case_number),
        );
        let reply = WorldLetter {
            can_reply: true,
            ..letter(
                // Numbered when it arrives.
                world_letter_id(0),
                LetterKind::Reply,
                format!("Svar: {subject}"),
                crate::letters::reply_text(name, authority, subject, &case_number),
            )
        };
        Ok(vec![
            Event::MessageSent {
                owner: owner.clone(),
                by: by.clone(),
                letter: Box::new(sent),
            },
            Event::LetterArrived {
                letter: Box::new(receipt),
            },
            Event::ReplyScheduled {
                after_seconds: i64::from(self.scenario().reply_delay_seconds),
                letter: Box::new(reply),
            },
        ])
    }

    /// A letter arriving in its owner's "Indbakke", unread.
    pub(crate) fn add_arrived(&mut self, letter: &WorldLetter) {
        self.add_letter(letter, FolderRef::Inbox, false);
    }

    fn add_letter(&mut self, letter: &WorldLetter, folder: FolderRef, read: bool) {
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

#[cfg(test)]
#[path = "mailbox_tests.rs"]
pub(crate) mod tests;
