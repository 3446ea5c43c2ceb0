//! Digital Post: the data the mailbox pages show, read by server functions. Every change
//! goes through a form post to `/post` (see server/src/post.rs).

use crate::error::AppError;
use crate::world_api::InWorld;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// A folder in the folder list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FolderView {
    /// "indbakke", "sendt", "papirkurv", or an own folder's number.
    pub key: String,
    pub name: String,
    pub count: usize,
    pub unread: usize,
    /// An own folder (can be renamed and deleted).
    pub own: bool,
}

/// A letter in a list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LetterRow {
    pub id: String,
    pub sender: String,
    pub subject: String,
    pub date: String,
    pub unread: bool,
    pub folder: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MailboxView {
    pub owner: String,
    pub folders: Vec<FolderView>,
    /// The folder shown; `None` for search results.
    pub current: Option<FolderView>,
    pub letters: Vec<LetterRow>,
    pub query: String,
    /// "dato" (newest first) or "afsender".
    pub sort: String,
    pub unread: usize,
    pub errors: Vec<String>,
    /// The folder name typed into a refused form.
    pub kept_name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LetterView {
    pub id: String,
    pub sender: String,
    pub subject: String,
    pub date: String,
    pub case_number: String,
    pub paragraphs: Vec<String>,
    pub attachment: Option<String>,
    pub can_reply: bool,
    pub folder: FolderView,
    pub unread: bool,
    /// Folders the letter can be moved to.
    pub targets: Vec<FolderView>,
    pub errors: Vec<String>,
}

#[cfg(feature = "ssr")]
pub(crate) mod server {
    use super::*;
    use domain::{FolderRef, ListedLetter, PersonaId, World};

    const DAY: i64 = 86_400;

    pub fn folder_key(folder: FolderRef) -> String {
        match folder {
            FolderRef::Inbox => "indbakke".into(),
            FolderRef::Sent => "sendt".into(),
            FolderRef::Trash => "papirkurv".into(),
            FolderRef::Own(id) => id.to_string(),
        }
    }

    /// The folder a key names (unknown keys: Indbakke).
    pub fn parse_folder(key: &str) -> FolderRef {
        match key {
            "sendt" => FolderRef::Sent,
            "papirkurv" => FolderRef::Trash,
            other => other.parse().map_or(FolderRef::Inbox, FolderRef::Own),
        }
    }

    fn folder_name(world: &World, owner: &PersonaId, folder: FolderRef) -> String {
        match folder {
            FolderRef::Inbox => "Indbakke".into(),
            FolderRef::Sent => "Sendt".into(),
            FolderRef::Trash => "Papirkurv".into(),
            FolderRef::Own(id) => world
                .own_folders(owner)
                .iter()
                .find(|f| f.id == id)
                .map(|f| f.name.clone())
                .unwrap_or_default(),
        }
    }

    pub fn folders(world: &World, owner: &PersonaId) -> Vec<FolderView> {
        [FolderRef::Inbox, FolderRef::Sent, FolderRef::Trash]
            .into_iter()
            .chain(
                world
                    .own_folders(owner)
                    .iter()
                    .map(|f| FolderRef::Own(f.id)),
            )
            .map(|f| folder_view(world, owner, f))
            .collect()
    }

    fn folder_view(world: &World, owner: &PersonaId, folder: FolderRef) -> FolderView {
        let letters = world.letters_in(owner, folder);
        FolderView {
            key: folder_key(folder),
            name: folder_name(world, owner, folder),
            count: letters.len(),
            unread: letters.iter().filter(|l| !l.state.read).count(),
            own: matches!(folder, FolderRef::Own(_)),
        }
    }

    fn date(world: &World, days_ago: u16) -> String {
        let now = world.now(crate::clock::now());
        crate::text::date(domain::Timestamp(now.0 - i64::from(days_ago) * DAY))
    }

    fn sender(world: &World, l: &ListedLetter<'_>) -> String {
        world
            .scenario()
            .authority(&l.seed.from)
            .map(|a| a.name.clone())
            .unwrap_or_default()
    }

    fn row(world: &World, owner: &PersonaId, l: &ListedLetter<'_>) -> LetterRow {
        LetterRow {
            id: l.seed.id.to_string(),
            sender: sender(world, l),
            subject: l.seed.subject.clone(),
            date: date(world, l.seed.days_ago),
            unread: !l.state.read,
            folder: folder_name(world, owner, l.state.folder),
        }
    }

    pub fn mailbox(world: &World, folder: &str, sort: &str, query: &str) -> Option<MailboxView> {
        let persona = world.logged_in()?;
        let owner = &persona.id;
        let feedback = use_context::<crate::world_api::FormFeedback>().unwrap_or_default();
        let query = query.trim().chars().take(100).collect::<String>();
        let (current, listed) = if query.is_empty() {
            let mut f = parse_folder(folder);
            if !folders(world, owner).iter().any(|v| v.key == folder_key(f)) {
                f = FolderRef::Inbox;
            }
            (
                Some(folder_view(world, owner, f)),
                world.letters_in(owner, f),
            )
        } else {
            (None, world.search(owner, &query))
        };
        let mut letters: Vec<LetterRow> = listed.iter().map(|l| row(world, owner, l)).collect();
        let sort = if sort == "afsender" {
            "afsender"
        } else {
            "dato"
        };
        if sort == "afsender" {
            letters.sort_by(|a, b| a.sender.cmp(&b.sender));
        }
        Some(MailboxView {
            owner: persona.name.clone(),
            folders: folders(world, owner),
            current,
            letters,
            query,
            sort: sort.into(),
            unread: world.unread_count(owner),
            errors: feedback.errors.clone(),
            kept_name: feedback.field("navn"),
        })
    }

    pub fn letter(world: &World, id: &str) -> Option<Option<LetterView>> {
        let persona = world.logged_in()?;
        let owner = &persona.id;
        let feedback = use_context::<crate::world_api::FormFeedback>().unwrap_or_default();
        let found = world
            .letters_of(owner)
            .into_iter()
            .find(|l| l.seed.id.as_str() == id);
        Some(found.map(|l| {
            let folder = folder_view(world, owner, l.state.folder);
            LetterView {
                id: l.seed.id.to_string(),
                sender: sender(world, &l),
                subject: l.seed.subject.clone(),
                date: date(world, l.seed.days_ago),
                case_number: l.seed.case_number.clone(),
                paragraphs: l
                    .seed
                    .body
                    .split("\n\n")
                    .map(|p| p.trim().to_owned())
                    .filter(|p| !p.is_empty())
                    .collect(),
                attachment: l.seed.attachment.clone(),
                can_reply: l.seed.can_reply,
                unread: !l.state.read,
                targets: folders(world, owner)
                    .into_iter()
                    .filter(|f| f.key != folder.key && f.key != "sendt" && f.key != "papirkurv")
                    .collect(),
                folder,
                errors: feedback.errors.clone(),
            }
        }))
    }
}

#[server(endpoint = "post/mailbox")]
pub async fn get_mailbox(
    folder: String,
    sort: String,
    query: String,
) -> Result<InWorld<Option<MailboxView>>, AppError> {
    crate::world_api::with_world(|world| server::mailbox(world, &folder, &sort, &query))
}

#[server(endpoint = "post/letter")]
pub async fn get_letter(id: String) -> Result<InWorld<Option<Option<LetterView>>>, AppError> {
    crate::world_api::with_world(|world| server::letter(world, &id))
}
