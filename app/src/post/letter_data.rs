//! One letter as the letter page shows it: text, documents, where it may be moved or
//! forwarded, and whether it may be answered.

use super::data::{FolderView, Recipient, RightsView, date, folder_view, rights_view, sender};
use crate::error::AppError;
use crate::world::InWorld;
use domain::{Document, LetterKind, ListedLetter, World};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// A document of a letter, opened as a file of its own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentLink {
    pub name: String,
    pub href: String,
    /// "PDF", "JPEG" or "PNG".
    pub kind: String,
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
    /// Whether the letter can be answered at all (else the page says so).
    pub can_reply: bool,
    /// Whether this viewer may answer it ("Besvar").
    pub may_reply: bool,
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

pub fn letter(world: &World, id: &str) -> Option<Option<LetterView>> {
    let viewer = world.viewer()?;
    let (owner, rights) = (&viewer.owner, &viewer.rights);
    let feedback = use_context::<crate::world::FormFeedback>().unwrap_or_default();
    let found = viewer.letter(id);
    Some(found.map(|l| {
        let counts = world.folder_counts(owner);
        let folder = folder_view(world, owner, l.state.folder, &counts);
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
            may_reply: viewer.may_reply(&l),
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
                .map(|f| folder_view(world, owner, f, &counts))
                .collect(),
            folder,
            errors: feedback.errors.clone(),
        }
    }))
}

pub fn get_letter(id: String) -> Result<InWorld<Option<Option<LetterView>>>, AppError> {
    crate::world::with_world(|world| letter(world, &id))
}
