//! Digital Post: the data the mailbox pages show, read on the server while the page renders. Every change
//! goes through a form post to `/post` (see server/src/post.rs).

use crate::error::AppError;
use crate::world::InWorld;
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
    /// The refusal that belongs next to an input ("navn", "nyt-navn", "bekraeft").
    pub field_error: crate::world::AtField,
}

/// A document of a letter, opened as a file of its own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentLink {
    pub name: String,
    pub href: String,
    /// "PDF", "JPEG" or "PNG".
    pub kind: String,
}

/// A persona a letter can be forwarded to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Recipient {
    pub id: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LetterView {
    pub id: String,
    pub rights: RightsView,
    pub sender: String,
    /// Who a sent letter went to ("Til").
    pub recipient: Option<String>,
    pub subject: String,
    pub date: String,
    pub case_number: String,
    pub paragraphs: Vec<String>,
    pub documents: Vec<DocumentLink>,
    pub can_reply: bool,
    /// A letter the persona sent (no "Besvar" note).
    pub sent: bool,
    pub folder: FolderView,
    pub unread: bool,
    /// Folders the letter can be moved to.
    pub targets: Vec<FolderView>,
    /// Personas it can be forwarded to.
    pub forward_to: Vec<Recipient>,
    pub errors: Vec<String>,
    /// A confirmation after an action ("Brevet er videresendt …").
    pub notice: Option<String>,
}

/// An authority in "Vælg myndighed".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuthorityChoice {
    pub id: String,
    pub name: String,
}

/// "Skriv ny besked": the authority list, or the form for the chosen one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WriteView {
    pub owner: String,
    /// (group heading, authorities), in the real site's order.
    pub groups: Vec<(String, Vec<AuthorityChoice>)>,
    /// The authority chosen (`til`), or the sender of the letter answered.
    pub to: Option<AuthorityChoice>,
    /// The letter answered ("Besvar"): id and subject.
    pub reply_to: Option<(String, String)>,
    pub subject: String,
    pub body: String,
    pub errors: Vec<String>,
}

/// One line of "Aktivitetslog".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActivityRow {
    pub when: String,
    pub what: String,
    pub by: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActivityView {
    pub owner: String,
    pub rows: Vec<ActivityRow>,
}

pub(crate) mod server {
    use super::*;
    use domain::{Document, FolderRef, LetterKind, ListedLetter, Party, PersonaId, Rights, World};

    /// Who is looking, whose mailbox is open, and what they may do there (the domain's
    /// viewer answers every question of what a helper may see).
    pub fn viewing(world: &World) -> Option<(PersonaId, PersonaId, Rights)> {
        let v = world.viewer()?;
        Some((v.me, v.owner, v.rights))
    }

    pub fn rights_view(world: &World, owner: &PersonaId, rights: &Rights) -> RightsView {
        RightsView {
            helper: rights.helper_level.map(|level| {
                format!(
                    "{} til {}",
                    level.label().to_lowercase(),
                    world
                        .scope_names(owner, &rights.scope)
                        .join(", ")
                        .to_lowercase()
                )
            }),
            delete: rights.delete,
            write: rights.write,
            create_folder: rights.create_folder,
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
    pub fn folders(world: &World, owner: &PersonaId) -> Vec<FolderView> {
        world
            .viewer()
            .map(|v| v.folders())
            .unwrap_or_default()
            .into_iter()
            .map(|f| folder_view(world, owner, f))
            .collect()
    }

    fn folder_view(world: &World, owner: &PersonaId, folder: FolderRef) -> FolderView {
        let letters = world.letters_in(owner, folder);
        FolderView {
            key: folder.key(),
            name: folder_name(world, owner, folder),
            count: letters.len(),
            unread: letters.iter().filter(|l| !l.state.read).count(),
            own: matches!(folder, FolderRef::Own(_)),
        }
    }

    fn date(l: &ListedLetter<'_>) -> String {
        crate::text::date(l.letter.at())
    }

    fn sender(world: &World, l: &ListedLetter<'_>) -> String {
        world.party_name(&l.letter.from()).to_owned()
    }

    fn row(world: &World, owner: &PersonaId, l: &ListedLetter<'_>) -> LetterRow {
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
            folder: folder_name(world, owner, l.state.folder),
        }
    }

    /// The file name a document opens as.
    pub fn document_name(l: &ListedLetter<'_>, doc: &Document<'_>) -> String {
        match doc {
            Document::Letter => format!("{}.pdf", l.letter.subject()),
            Document::Attachment(title) => format!("{title}.pdf"),
            Document::Upload(u) => u.name.clone(),
        }
    }

    fn documents(l: &ListedLetter<'_>) -> Vec<DocumentLink> {
        let id = l.letter.id().as_str();
        l.letter
            .documents()
            .iter()
            .enumerate()
            .map(|(n, doc)| DocumentLink {
                name: document_name(l, doc),
                href: crate::paths::document(id, n),
                kind: match doc {
                    Document::Upload(u) => u.kind.label(),
                    _ => "PDF",
                }
                .to_owned(),
            })
            .collect()
    }

    pub fn mailbox(world: &World, folder: &str, sort: &str, query: &str) -> Option<MailboxView> {
        let (me, owner, rights) = viewing(world)?;
        let owner = &owner;
        let feedback = use_context::<crate::world::FormFeedback>().unwrap_or_default();
        let query = query.trim().chars().take(100).collect::<String>();
        let (current, listed) = if query.is_empty() {
            // An unknown folder, or one a helper may not see: the first one they may.
            let visible = folders(world, owner);
            let mut f = FolderRef::from_key(folder).unwrap_or(FolderRef::Inbox);
            if !visible.iter().any(|v| v.key == f.key()) {
                f = visible
                    .first()
                    .and_then(|v| FolderRef::from_key(&v.key))
                    .unwrap_or(FolderRef::Inbox);
            }
            (
                Some(folder_view(world, owner, f)),
                world.letters_in(owner, f),
            )
        } else {
            let found = world.search(owner, &query);
            let found = found
                .into_iter()
                .filter(|l| rights.scope.covers(l.state.folder))
                .collect();
            (None, found)
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
        let name = |p: &PersonaId| {
            world
                .persona(p)
                .map_or_else(String::new, |p| p.name.clone())
        };
        let mailboxes = std::iter::once(me.clone())
            .chain(world.grants_received(&me).iter().map(|g| g.owner.clone()))
            .map(|p| Recipient {
                id: p.to_string(),
                name: name(&p),
            })
            .collect();
        Some(MailboxView {
            owner: name(owner),
            rights: rights_view(world, owner, &rights),
            mailboxes,
            open: owner.to_string(),
            ended: world.access_ended_notice().map(&name),
            folders: folders(world, owner),
            current,
            letters,
            query,
            sort: sort.into(),
            unread: world
                .visible_letters(&me, owner)
                .iter()
                .filter(|l| l.state.folder == FolderRef::Inbox && !l.state.read)
                .count(),
            errors: feedback.errors.clone(),
            kept_name: feedback.field("navn"),
            field_error: feedback.at_field(),
        })
    }

    pub fn letter(world: &World, id: &str) -> Option<Option<LetterView>> {
        let viewer = world.viewer()?;
        let (owner, rights) = (&viewer.owner, &viewer.rights);
        let feedback = use_context::<crate::world::FormFeedback>().unwrap_or_default();
        let found = viewer.letter(id);
        Some(found.map(|l| {
            let folder = folder_view(world, owner, l.state.folder);
            let sent = matches!(
                l.letter.kind(),
                Some(LetterKind::Sent | LetterKind::ForwardedCopy)
            );
            LetterView {
                id: l.letter.id().to_string(),
                rights: rights_view(world, owner, rights),
                sender: sender(world, &l),
                recipient: sent.then(|| world.party_name(&l.letter.to()).to_owned()),
                subject: l.letter.subject().to_owned(),
                date: date(&l),
                case_number: l.letter.case_number().to_owned(),
                paragraphs: l
                    .letter
                    .body()
                    .split("\n\n")
                    .map(|p| p.trim().to_owned())
                    .filter(|p| !p.is_empty())
                    .collect(),
                documents: documents(&l),
                can_reply: l.letter.can_reply(),
                sent,
                unread: !l.state.read,
                forward_to: viewer
                    .forward_targets()
                    .into_iter()
                    .map(|p| Recipient {
                        id: p.id.to_string(),
                        name: p.name.clone(),
                    })
                    .collect(),
                notice: None,
                targets: viewer
                    .move_targets(l.state.folder)
                    .into_iter()
                    .map(|f| folder_view(world, owner, f))
                    .collect(),
                folder,
                errors: feedback.errors.clone(),
            }
        }))
    }

    fn authority_choice(world: &World, id: &domain::AuthorityId) -> Option<AuthorityChoice> {
        world.scenario().authority(id).map(|a| AuthorityChoice {
            id: a.id.to_string(),
            name: a.name.clone(),
        })
    }

    pub fn write(world: &World, to: &str, reply: &str) -> Option<WriteView> {
        use domain::AuthorityGroup;
        let (_, owner, rights) = viewing(world)?;
        let owner = &owner;
        let feedback = use_context::<crate::world::FormFeedback>().unwrap_or_default();
        let mut errors = feedback.errors.clone();
        if !rights.write {
            errors.push(domain::Refusal::HelperCannotWrite.to_string());
        }
        let groups = [
            AuthorityGroup::State,
            AuthorityGroup::Region,
            AuthorityGroup::Municipality,
            AuthorityGroup::Other,
        ]
        .into_iter()
        .map(|g| {
            let members = world
                .scenario()
                .authorities
                .iter()
                .filter(|a| a.group == g)
                .map(|a| AuthorityChoice {
                    id: a.id.to_string(),
                    name: a.name.clone(),
                })
                .collect::<Vec<_>>();
            (crate::text::post::group_name(g).to_owned(), members)
        })
        .filter(|(_, members)| !members.is_empty())
        .collect();
        let mut subject = String::new();
        let mut chosen = None;
        let mut reply_to = None;
        if !reply.is_empty() {
            match world
                .find_letter(owner, reply)
                .filter(|l| rights.scope.covers(l.state.folder))
            {
                Some(l) if l.letter.can_reply() => {
                    if let Party::Authority(a) = l.letter.from() {
                        chosen = authority_choice(world, &a);
                    }
                    subject = format!("Sv: {}", l.letter.subject());
                    reply_to = Some((l.letter.id().to_string(), l.letter.subject().to_owned()));
                }
                Some(_) => errors.push(domain::Refusal::CannotReply.to_string()),
                None => errors.push(domain::Refusal::NoSuchLetter.to_string()),
            }
        } else if !to.is_empty() {
            chosen = domain::AuthorityId::parse(to)
                .ok()
                .and_then(|a| authority_choice(world, &a));
            if chosen.is_none() {
                errors.push(domain::Refusal::NoSuchAuthority.to_string());
            }
        }
        let kept = |name: &str, default: String| {
            if feedback.fields.iter().any(|(k, _)| k == name) {
                feedback.field(name)
            } else {
                default
            }
        };
        Some(WriteView {
            owner: world
                .persona(owner)
                .map_or_else(String::new, |p| p.name.clone()),
            groups: if rights.write { groups } else { Vec::new() },
            to: chosen.filter(|_| rights.write),
            reply_to,
            subject: kept("emne", subject),
            body: kept("besked", String::new()),
            errors,
        })
    }

    pub fn activity(world: &World) -> Option<ActivityView> {
        let viewer = world.viewer()?;
        let owner = &viewer.owner;
        let rows = viewer
            .activity_log()
            .into_iter()
            .rev()
            .map(|logged| {
                let local = logged.at.danish_local();
                let (what, by) = crate::text::post::activity(world, owner, &logged.event);
                ActivityRow {
                    when: format!("{} {}", crate::text::date(logged.at), local.clock()),
                    what,
                    by,
                }
            })
            .collect();
        Some(ActivityView {
            owner: world
                .persona(owner)
                .map_or_else(String::new, |p| p.name.clone()),
            rows,
        })
    }
}

pub use server::document_name;

pub fn get_mailbox(
    folder: String,
    sort: String,
    query: String,
) -> Result<InWorld<Option<MailboxView>>, AppError> {
    crate::world::with_world(|world| server::mailbox(world, &folder, &sort, &query))
}

pub fn get_letter(id: String) -> Result<InWorld<Option<Option<LetterView>>>, AppError> {
    crate::world::with_world(|world| server::letter(world, &id))
}

pub fn get_write(to: String, reply: String) -> Result<InWorld<Option<WriteView>>, AppError> {
    crate::world::with_world(|world| server::write(world, &to, &reply))
}

pub fn get_activity() -> Result<InWorld<Option<ActivityView>>, AppError> {
    crate::world::with_world(server::activity)
}
