//! Digital Post: the data the mailbox page shows, read on the server while the page renders,
//! and what the letter and write pages share with it. Every change goes through a form post
//! to `/post` (see `form.rs`).

use crate::error::AppError;
use crate::world::InWorld;
use domain::{FolderCounts, FolderRef, ListedLetter, PersonaId, Rights, World};
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

/// What the person looking may do in the mailbox shown (all for its owner).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RightsView {
    /// For a helper: "læseadgang" or "læse- og skriveadgang", and to what.
    pub helper: Option<String>,
    pub delete: bool,
    pub write: bool,
    pub create_folder: bool,
    pub rename_folder: bool,
}

/// A persona a letter can be forwarded to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Recipient {
    pub id: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MailboxView {
    pub owner: String,
    pub rights: RightsView,
    /// "Skift postkasse": the persona's own mailbox first, then those shared with them.
    pub mailboxes: Vec<Recipient>,
    /// The id of the mailbox shown.
    pub open: String,
    /// The owner whose access ended while the helper had their mailbox open.
    pub ended: Option<String>,
    pub folders: Vec<FolderView>,
    /// How many drafts ("Kladder"); `None` for a helper who may not write.
    pub drafts: Option<usize>,
    /// "Flyt til": where ticked letters may be moved.
    pub targets: Vec<FolderView>,
    /// The folder shown; `None` for search results, or when the viewer may see no folder.
    pub current: Option<FolderView>,
    pub letters: Vec<LetterRow>,
    pub query: String,
    /// "dato" (newest first) or "afsender".
    pub sort: String,
    /// Unread letters in Indbakke; `None` for a helper who may not see Indbakke.
    pub unread: Option<usize>,
    pub errors: Vec<String>,
    /// The folder name typed into a refused form.
    pub kept_name: String,
    /// The letters ticked in a refused form, ticked again.
    pub ticked: Vec<String>,
    /// The refusal that belongs next to an input ("navn", "nyt-navn", "bekraeft").
    pub field_error: crate::world::AtField,
}

/// Who is looking, whose mailbox is open, and what they may do there (the domain's
/// viewer answers every question of what a helper may see).
pub fn viewing(world: &World) -> Option<(PersonaId, PersonaId, Rights)> {
    let v = world.viewer()?;
    Some((v.me, v.owner, v.rights))
}

pub fn rights_view(world: &World, owner: &PersonaId, rights: &Rights) -> RightsView {
    RightsView {
        // Folder names as the owner wrote them ("Sundhed"); only the whole mailbox is a
        // phrase inside the sentence.
        helper: rights.helper_level.map(|level| {
            let to = match &rights.scope {
                domain::AccessScope::Whole => "hele postkassen".to_owned(),
                domain::AccessScope::Folders(_) => {
                    world.scope_names(owner, &rights.scope).join(", ")
                }
            };
            format!("{} til {to}", level.label().to_lowercase())
        }),
        delete: rights.delete,
        write: rights.write,
        create_folder: rights.create_folder,
        rename_folder: rights.rename_folder,
    }
}

pub(crate) fn folder_name(world: &World, owner: &PersonaId, folder: FolderRef) -> String {
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

/// The folders the viewer sees, as listed on the page.
pub fn folders(world: &World, owner: &PersonaId, counts: &FolderCounts) -> Vec<FolderView> {
    world
        .viewer()
        .map(|v| v.folders())
        .unwrap_or_default()
        .into_iter()
        .map(|f| folder_view(world, owner, f, counts))
        .collect()
}

/// `folder` as a page shows it, with its count from `counts` (`World::folder_counts`,
/// counted once for the whole page).
pub(crate) fn folder_view(
    world: &World,
    owner: &PersonaId,
    folder: FolderRef,
    counts: &FolderCounts,
) -> FolderView {
    let counted = counts.of(folder);
    FolderView {
        key: folder.key(),
        name: folder_name(world, owner, folder),
        count: counted.letters,
        unread: counted.unread,
        own: matches!(folder, FolderRef::Own(_)),
    }
}

pub(crate) fn date(l: &ListedLetter<'_>) -> String {
    crate::text::date(l.letter.at())
}

pub(crate) fn sender(world: &World, l: &ListedLetter<'_>) -> String {
    world.party_name(&l.letter.from()).to_owned()
}

/// A letter as its row shows it; with the name of its folder where the list shows it
/// (search results, from several folders), else without.
fn row(world: &World, owner: &PersonaId, l: &ListedLetter<'_>, with_folder: bool) -> LetterRow {
    // In "Sendt" the other party is who it went to.
    let other = if l.state.folder == FolderRef::Sent {
        world.party_name(&l.letter.to()).to_owned()
    } else {
        sender(world, l)
    };
    LetterRow {
        id: l.letter.id().to_string(),
        sender: other,
        subject: l.letter.subject().to_owned(),
        date: date(l),
        unread: !l.state.read,
        folder: if with_folder {
            folder_name(world, owner, l.state.folder)
        } else {
            String::new()
        },
    }
}

pub fn mailbox(world: &World, folder: &str, sort: &str, query: &str) -> Option<MailboxView> {
    let viewer = world.viewer()?;
    let owner = &viewer.owner;
    let feedback = use_context::<crate::world::FormFeedback>().unwrap_or_default();
    let query = query.trim().chars().take(100).collect::<String>();
    let (current, listed) = if query.is_empty() {
        let f = viewer.folder_to_show(FolderRef::from_key(folder));
        (f, f.map(|f| viewer.letters_in(f)).unwrap_or_default())
    } else {
        (None, viewer.search(&query))
    };
    // Only search results (no folder shown) have a folder column.
    let with_folder = current.is_none();
    let mut letters: Vec<LetterRow> = listed
        .iter()
        .map(|l| row(world, owner, l, with_folder))
        .collect();
    let sort = if sort == "afsender" {
        "afsender"
    } else {
        "dato"
    };
    if sort == "afsender" {
        letters.sort_by(|a, b| a.sender.cmp(&b.sender));
    }
    let name = |p: &PersonaId| world.name(p);
    let counts = world.folder_counts(owner);
    let mailboxes = viewer
        .mailboxes()
        .into_iter()
        .map(|p| Recipient {
            id: p.to_string(),
            name: name(&p),
        })
        .collect();
    Some(MailboxView {
        owner: name(owner),
        rights: rights_view(world, owner, &viewer.rights),
        mailboxes,
        open: owner.to_string(),
        ended: world.access_ended_notice().map(&name),
        folders: folders(world, owner, &counts),
        drafts: viewer.may_keep_drafts().then(|| world.drafts(owner).len()),
        targets: viewer
            .list_move_targets(current)
            .into_iter()
            .map(|f| folder_view(world, owner, f, &counts))
            .collect(),
        current: current.map(|f| folder_view(world, owner, f, &counts)),
        letters,
        query,
        sort: sort.into(),
        unread: viewer.unread(),
        errors: feedback.errors.clone(),
        kept_name: feedback.field("navn"),
        ticked: feedback
            .fields
            .iter()
            .filter(|(k, _)| k == "brev")
            .map(|(_, v)| v.clone())
            .collect(),
        field_error: feedback.at_field(),
    })
}

pub fn get_mailbox(
    folder: &str,
    sort: &str,
    query: &str,
) -> Result<InWorld<Option<MailboxView>>, AppError> {
    crate::world::with_world(|world| mailbox(world, folder, sort, query))
}
