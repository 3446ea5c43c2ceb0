//! The Digital Post data: folders, letter states and the mailbox commands.

use crate::ids::{AuthorityId, LetterId, PersonaId};
use crate::letters::{LetterRef, Upload};

/// A folder of a mailbox.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
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
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct OwnFolder {
    pub id: u16,
    pub name: String,
}

/// The learner's own folders of one persona's mailbox.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Mailbox {
    pub folders: Vec<OwnFolder>,
    pub(crate) next_id: u16,
    /// "Kladder"
    pub(crate) drafts: Vec<Draft>,
    pub(crate) next_draft: u16,
}

/// Where a letter is and whether it was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
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

/// Most own folders in one mailbox: a page stays small however long a script creates.
pub const MAX_FOLDERS: usize = 50;

/// A saved, unsent message.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Draft {
    /// Its number in the mailbox (never given twice).
    pub id: u16,
    /// The authority it is written to.
    pub to: AuthorityId,
    /// The letter it answers ("Besvar"), by number.
    pub reply: Option<u16>,
    pub subject: String,
    pub body: String,
    /// When it was last saved (simulated time).
    pub saved: crate::time::Timestamp,
}

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
    /// "Gem som kladde": a new draft to authority `to` or answering letter `reply`, or
    /// draft `draft` saved again (its recipient stays).
    SaveDraft {
        draft: Option<u16>,
        to: Option<AuthorityId>,
        reply: Option<LetterId>,
        subject: String,
        body: String,
    },
    /// "Slet kladde"
    DeleteDraft { draft: u16 },
    /// "Send" from a draft: the message goes to the draft's recipient and the draft goes.
    SendDraft {
        draft: u16,
        subject: String,
        body: String,
        uploads: Vec<Upload>,
    },
    /// "Besked om ny post": by e-mail and/or SMS (`None`: not that way).
    SetNotifications {
        email: Option<String>,
        sms: Option<String>,
    },
}

/// A letter as a mailbox lists it.
#[derive(Debug, Clone, Copy)]
pub struct ListedLetter<'a> {
    pub letter: LetterRef<'a>,
    pub state: LetterState,
}

/// Where a mailbox's owner wants "besked om ny post".
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Notify {
    pub email: Option<String>,
    pub sms: Option<String>,
}

/// A message "sent" about a new letter.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SentNotice {
    pub persona: PersonaId,
    pub at: crate::time::Timestamp,
    /// "SMS til 12 34 56 78" or "E-mail til …".
    pub to: String,
    /// Who the new letter is from.
    pub from: String,
}
