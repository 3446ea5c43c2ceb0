//! Letters made while a world runs: messages a learner writes ("Skriv ny besked", "Besvar"),
//! the authority's receipt and reply, and forwarded letters ("Videresend"). Seed letters
//! come from the scenario and are shared; these belong to one world.

use crate::{AuthorityId, LetterId, PersonaId, SeedLetter, Timestamp};
use std::sync::Arc;

/// Who sent a letter or gets it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Party {
    Authority(AuthorityId),
    Persona(PersonaId),
}

/// What kind of file a learner attached, found from its content (never from its name).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum UploadKind {
    Pdf,
    Jpeg,
    Png,
}

impl UploadKind {
    /// The kind the bytes are, by their signature.
    pub fn sniff(bytes: &[u8]) -> Option<Self> {
        if bytes.starts_with(b"%PDF-") {
            Some(Self::Pdf)
        } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
            Some(Self::Jpeg)
        } else if bytes.starts_with(&[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A]) {
            Some(Self::Png)
        } else {
            None
        }
    }

    pub fn mime(self) -> &'static str {
        match self {
            Self::Pdf => "application/pdf",
            Self::Jpeg => "image/jpeg",
            Self::Png => "image/png",
        }
    }

    /// The file name extensions of the kind, the usual one first.
    pub fn extensions(self) -> &'static [&'static str] {
        match self {
            Self::Pdf => &["pdf"],
            Self::Jpeg => &["jpg", "jpeg"],
            Self::Png => &["png"],
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Pdf => "PDF",
            Self::Jpeg => "JPEG",
            Self::Png => "PNG",
        }
    }
}

/// Largest file a learner may attach.
pub const MAX_UPLOAD_BYTES: usize = 2 * 1024 * 1024;
/// Most bytes of attached files one world may keep (sent messages and their copies).
pub const MAX_WORLD_UPLOAD_BYTES: usize = 20 * 1024 * 1024;
/// Most files on one message.
pub const MAX_UPLOADS: usize = 3;
/// Longest subject ("Emne"), in characters.
pub const MAX_SUBJECT: usize = 100;
/// Longest message ("Besked"), in characters.
pub const MAX_MESSAGE: usize = 5_000;
/// Longest file name kept, in characters.
const MAX_FILE_NAME: usize = 80;
/// Most letters one world may make (sent, receipts, replies, forwarded): a world stays
/// bounded however long a script writes.
pub const MAX_WORLD_LETTERS: usize = 300;

/// A file a learner attached: checked by content and size when it is made.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Upload {
    pub name: String,
    pub kind: UploadKind,
    pub bytes: crate::file_bytes::FileBytes,
}

/// Why a file cannot be attached.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadProblem {
    TooBig,
    WrongKind,
    Empty,
}

impl Upload {
    /// Checks a file as the browser sent it. The name is cleaned to its last path part.
    pub fn new(name: &str, bytes: Arc<[u8]>) -> Result<Self, UploadProblem> {
        if bytes.is_empty() {
            return Err(UploadProblem::Empty);
        }
        if bytes.len() > MAX_UPLOAD_BYTES {
            return Err(UploadProblem::TooBig);
        }
        let kind = UploadKind::sniff(&bytes).ok_or(UploadProblem::WrongKind)?;
        Ok(Self {
            name: clean_file_name(name, kind),
            kind,
            bytes: crate::file_bytes::FileBytes::new(bytes),
        })
    }

    pub fn size(&self) -> usize {
        self.bytes.len()
    }
}

/// The last part of a path, without control and format characters (no bidi overrides that
/// would show "invoice\u{202e}fdp.exe" as "invoiceexe.pdf", no zero-width characters), at
/// most 80 characters, with the extension of the kind the content is: a wrong one is
/// replaced ("foto.exe" of a PNG becomes "foto.png"), a missing one added. A name left
/// empty becomes "bilag" with the kind's extension.
pub fn clean_file_name(raw: &str, kind: UploadKind) -> String {
    use unicode_properties::{GeneralCategory, UnicodeGeneralCategory};
    let last = raw.rsplit(['/', '\\']).next().unwrap_or("");
    let name: String = last
        .chars()
        .filter(|c| !c.is_control() && *c != '"' && c.general_category() != GeneralCategory::Format)
        .take(4 * MAX_FILE_NAME)
        .collect();
    let name = name.trim().trim_end_matches('.');
    let stem = match name.rsplit_once('.') {
        Some((stem, ext))
            if (1..=5).contains(&ext.chars().count())
                && ext.chars().all(|c| c.is_ascii_alphanumeric()) =>
        {
            let ext = ext.to_ascii_lowercase();
            match kind.extensions().iter().find(|e| **e == ext) {
                Some(known) => return with_extension(stem, known),
                None => stem,
            }
        }
        _ => name,
    };
    with_extension(stem, kind.extensions()[0])
}

/// `stem.ext`, the stem cut so that the whole name is at most [`MAX_FILE_NAME`] characters.
fn with_extension(stem: &str, ext: &str) -> String {
    let room = MAX_FILE_NAME - 1 - ext.len();
    let stem: String = stem.trim().chars().take(room).collect();
    let stem = stem.trim();
    let stem = if stem.is_empty() { "bilag" } else { stem };
    format!("{stem}.{ext}")
}

/// What a letter made in the world is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum LetterKind {
    /// A message the learner wrote or a reply they sent (in "Sendt").
    Sent,
    /// The authority's receipt ("Kvittering").
    Receipt,
    /// The authority's answer.
    Reply,
    /// A letter another persona forwarded to this one.
    Forwarded,
    /// The sender's copy of a forwarded letter (in "Sendt").
    ForwardedCopy,
}

/// A letter made while the world runs, in `owner`'s mailbox.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct WorldLetter {
    pub id: LetterId,
    pub owner: PersonaId,
    pub kind: LetterKind,
    pub from: Party,
    pub to: Party,
    pub subject: String,
    pub body: String,
    /// When it arrived or was sent (simulated time).
    pub at: Timestamp,
    pub case_number: String,
    pub can_reply: bool,
    /// Title of a PDF document generated from the letter, as seed letters have.
    pub document: Option<String>,
    pub uploads: Vec<Upload>,
}

impl WorldLetter {
    pub fn upload_bytes(&self) -> usize {
        self.uploads.iter().map(Upload::size).sum()
    }

    /// Drops the text and the files' bytes (for the event log, which keeps the subject).
    pub(crate) fn lighten(&mut self) {
        self.body = String::new();
        for upload in &mut self.uploads {
            upload.bytes = crate::file_bytes::FileBytes::none();
        }
    }
}

/// Prefix of the ids of letters made in a world; scenario letter ids may not use it.
pub const WORLD_LETTER_PREFIX: &str = "besked-";

/// The id of the `n`th letter made in a world.
pub fn world_letter_id(n: usize) -> LetterId {
    LetterId::trusted(format!("{WORLD_LETTER_PREFIX}{n}"))
}

/// The authority's receipt for a message.
pub fn receipt_text(name: &str, authority: &str, subject: &str, case_number: &str) -> String {
    format!(
        "Kære {name}\n\n\
         Vi har modtaget din besked med emnet \"{subject}\". Denne kvittering er sendt \
         automatisk og betyder, at beskeden er kommet frem.\n\n\
         Vi svarer dig her i Digital Post. Du behøver ikke at gøre mere nu.\n\n\
         Sagsnummer: {case_number}\n\n\
         Med venlig hilsen\n{authority}"
    )
}

/// The authority's short answer to a message.
pub fn reply_text(name: &str, authority: &str, subject: &str, case_number: &str) -> String {
    format!(
        "Kære {name}\n\n\
         Tak for din besked om \"{subject}\". Vi har læst den, og en medarbejder har \
         noteret din henvendelse på din sag.\n\n\
         Har du flere spørgsmål, kan du svare på dette brev med knappen \"Besvar\". Husk \
         at skrive sagsnummeret, hvis du ringer til os.\n\n\
         Sagsnummer: {case_number}\n\n\
         Med venlig hilsen\n{authority}"
    )
}

/// One document of a letter; each opens as a file of its own.
#[derive(Debug, Clone, Copy)]
pub enum Document<'a> {
    /// The letter's text, as a PDF.
    Letter,
    /// The PDF attachment generated from the letter, with its title.
    Attachment(&'a str),
    /// A file a learner attached.
    Upload(&'a Upload),
}

/// A letter of either origin, as pages and queries read it.
#[derive(Debug, Clone, Copy)]
pub enum LetterRef<'a> {
    Seed {
        letter: &'a SeedLetter,
        /// When the world started; seed letters are dated `days_ago` before it.
        started: Timestamp,
    },
    World(&'a WorldLetter),
}

impl<'a> LetterRef<'a> {
    pub fn id(&self) -> &'a LetterId {
        match self {
            Self::Seed { letter, .. } => &letter.id,
            Self::World(l) => &l.id,
        }
    }

    pub fn owner(&self) -> &'a PersonaId {
        match self {
            Self::Seed { letter, .. } => &letter.to,
            Self::World(l) => &l.owner,
        }
    }

    pub fn from(&self) -> Party {
        match self {
            Self::Seed { letter, .. } => Party::Authority(letter.from.clone()),
            Self::World(l) => l.from.clone(),
        }
    }

    pub fn to(&self) -> Party {
        match self {
            Self::Seed { letter, .. } => Party::Persona(letter.to.clone()),
            Self::World(l) => l.to.clone(),
        }
    }

    pub fn subject(&self) -> &'a str {
        match self {
            Self::Seed { letter, .. } => &letter.subject,
            Self::World(l) => &l.subject,
        }
    }

    pub fn body(&self) -> &'a str {
        match self {
            Self::Seed { letter, .. } => &letter.body,
            Self::World(l) => &l.body,
        }
    }

    pub fn at(&self) -> Timestamp {
        match self {
            Self::Seed { letter, started } => {
                Timestamp(started.0 - i64::from(letter.days_ago) * 86_400)
            }
            Self::World(l) => l.at,
        }
    }

    pub fn case_number(&self) -> &'a str {
        match self {
            Self::Seed { letter, .. } => &letter.case_number,
            Self::World(l) => &l.case_number,
        }
    }

    /// Whether "Besvar" is offered: the sender allows answers and is an authority.
    pub fn can_reply(&self) -> bool {
        match self {
            Self::Seed { letter, .. } => letter.can_reply,
            Self::World(l) => l.can_reply && matches!(l.from, Party::Authority(_)),
        }
    }

    /// Title of the PDF document generated from the letter, if it has one.
    pub fn document(&self) -> Option<&'a str> {
        match self {
            Self::Seed { letter, .. } => letter.attachment.as_deref(),
            Self::World(l) => l.document.as_deref(),
        }
    }

    pub fn uploads(&self) -> &'a [Upload] {
        match self {
            Self::Seed { .. } => &[],
            Self::World(l) => &l.uploads,
        }
    }

    /// The documents of the letter, in order: the letter itself, the generated attachment
    /// if it has one, then the files attached to it.
    pub fn documents(&self) -> Vec<Document<'a>> {
        let mut docs = vec![Document::Letter];
        if let Some(title) = self.document() {
            docs.push(Document::Attachment(title));
        }
        docs.extend(self.uploads().iter().map(Document::Upload));
        docs
    }

    pub fn kind(&self) -> Option<LetterKind> {
        match self {
            Self::Seed { .. } => None,
            Self::World(l) => Some(l.kind),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_are_known_by_content_not_name() {
        let png: Arc<[u8]> = Arc::from(&b"\x89PNG\r\n\x1a\nrest"[..]);
        let up = Upload::new("C:\\Users\\x\\billede.pdf", png).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(up.kind, UploadKind::Png);
        // The name says what the content is (a PNG named .pdf would be shown as a PDF).
        assert_eq!(up.name, "billede.png");
        let text: Arc<[u8]> = Arc::from(&b"hello"[..]);
        assert_eq!(Upload::new("a.pdf", text), Err(UploadProblem::WrongKind));
        let empty: Arc<[u8]> = Arc::from(&b""[..]);
        assert_eq!(Upload::new("a.pdf", empty), Err(UploadProblem::Empty));
        let mut big = b"%PDF-".to_vec();
        big.resize(MAX_UPLOAD_BYTES + 1, b' ');
        assert_eq!(Upload::new("a.pdf", big.into()), Err(UploadProblem::TooBig));
        let mut max = b"%PDF-".to_vec();
        max.resize(MAX_UPLOAD_BYTES, b' ');
        assert!(Upload::new("a.pdf", max.into()).is_ok());
    }

    #[test]
    fn file_names_are_cleaned() {
        assert_eq!(
            clean_file_name("../../etc/\"x\".png", UploadKind::Png),
            "x.png"
        );
        assert_eq!(clean_file_name("  ", UploadKind::Jpeg), "bilag.jpg");
        // A bidi override would show "invoice\u{202e}fdp.exe" as "invoiceexe.pdf"; the
        // extension follows the content.
        assert_eq!(
            clean_file_name("invoice\u{202e}fdp.exe", UploadKind::Pdf),
            "invoicefdp.pdf"
        );
        assert_eq!(
            clean_file_name("zero\u{200b}width\u{feff}.PNG", UploadKind::Png),
            "zerowidth.png"
        );
        assert_eq!(clean_file_name("foto.jpeg", UploadKind::Jpeg), "foto.jpeg");
        assert_eq!(clean_file_name("foto.jpg", UploadKind::Png), "foto.png");
        assert_eq!(clean_file_name("scan", UploadKind::Pdf), "scan.pdf");
        assert_eq!(
            clean_file_name("rapport v1.2 final", UploadKind::Pdf),
            "rapport v1.2 final.pdf"
        );
        assert_eq!(clean_file_name(".pdf", UploadKind::Pdf), "bilag.pdf");
        assert_eq!(
            clean_file_name(&"å".repeat(200), UploadKind::Pdf)
                .chars()
                .count(),
            80
        );
    }

    #[test]
    fn world_letter_ids_are_valid() {
        assert_eq!(world_letter_id(12).as_str(), "besked-12");
    }
}
