//! The mailbox's form posts, typed: every button on `/post` and `/post/brev/<id>` sends a
//! `handling` and the fields it needs; [`MailboxForm::plan`] turns them into a command.

use crate::forms::{PageForm, Plan, bounded};
use crate::notice::Notice;
use crate::paths;
use domain::{
    AccessAction, Command, Event, FolderRef, Input, LetterId, MailboxAction, PersonaId, Refusal,
};
use serde::{Deserialize, Serialize};

/// What a mailbox button does: the form's `handling` field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Handling {
    /// "Opret mappe"
    #[serde(rename = "opret-mappe")]
    CreateFolder,
    /// "Omdøb mappe"
    #[serde(rename = "omdoeb-mappe")]
    RenameFolder,
    /// "Slet mappe"
    #[serde(rename = "slet-mappe")]
    DeleteFolder,
    /// "Flyt"
    #[serde(rename = "flyt")]
    Move,
    /// "Slet" (to Papirkurv)
    #[serde(rename = "slet")]
    Trash,
    /// "Gendan"
    #[serde(rename = "gendan")]
    Restore,
    /// "Markér som ulæst"
    #[serde(rename = "ulaest")]
    MarkUnread,
    /// "Tøm papirkurven"
    #[serde(rename = "toem-papirkurv")]
    EmptyTrash,
    /// "Videresend"
    #[serde(rename = "videresend")]
    Forward,
    /// "Skift postkasse"
    #[serde(rename = "skift-postkasse")]
    SwitchMailbox,
}

impl Handling {
    pub const ALL: [Self; 10] = [
        Self::CreateFolder,
        Self::RenameFolder,
        Self::DeleteFolder,
        Self::Move,
        Self::Trash,
        Self::Restore,
        Self::MarkUnread,
        Self::EmptyTrash,
        Self::Forward,
        Self::SwitchMailbox,
    ];

    /// The value the page's hidden `handling` field carries (the same as serde's name).
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::CreateFolder => "opret-mappe",
            Self::RenameFolder => "omdoeb-mappe",
            Self::DeleteFolder => "slet-mappe",
            Self::Move => "flyt",
            Self::Trash => "slet",
            Self::Restore => "gendan",
            Self::MarkUnread => "ulaest",
            Self::EmptyTrash => "toem-papirkurv",
            Self::Forward => "videresend",
            Self::SwitchMailbox => "skift-postkasse",
        }
    }
}

/// Every field a mailbox form can send; each button sends the ones it needs.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct MailboxForm {
    pub handling: Option<Handling>,
    /// A folder's name ("Opret mappe", "Omdøb mappe").
    pub navn: String,
    /// The folder acted on (its key).
    pub mappe: String,
    /// The folder to move to ("Flyt til").
    pub til: String,
    /// Who to forward to ("Videresend").
    pub modtager: String,
    /// Whose mailbox to open ("Skift postkasse"; empty: one's own).
    pub postkasse: String,
    /// The letter whose subject was clicked (opening it marks it read).
    pub aabn: String,
    /// The confirmation tick of "Tøm papirkurven".
    pub bekraeft: Option<String>,
    /// The ticked letters.
    pub brev: Vec<String>,
}

impl PageForm for MailboxForm {
    /// Parses a posted body; `None` for one no page of ours sends (an unknown `handling`).
    fn parse(body: &[u8]) -> Option<Self> {
        let form: Self = serde_html_form::from_bytes(body).ok()?;
        Some(Self {
            navn: bounded(&form.navn),
            mappe: bounded(&form.mappe),
            til: bounded(&form.til),
            modtager: bounded(&form.modtager),
            postkasse: bounded(&form.postkasse),
            aabn: bounded(&form.aabn),
            brev: form.brev.iter().take(200).map(|b| bounded(b)).collect(),
            ..form
        })
    }

    /// The id of the input a refusal belongs next to on the page, if any.
    fn field_of(&self, refusal: &Refusal) -> Option<&'static str> {
        match (self.handling, refusal.input()?) {
            (Some(Handling::CreateFolder), Input::FolderName) => Some("navn"),
            (Some(Handling::RenameFolder), Input::FolderName) => Some("nyt-navn"),
            (Some(Handling::EmptyTrash), Input::Confirmation) => Some("bekraeft"),
            (Some(Handling::Move), Input::Folder) => Some("til"),
            _ => None,
        }
    }

    /// Typed values to show again after a refusal: a new folder's name, the ticked letters.
    fn kept(&self, _body: &[u8]) -> Vec<(String, String)> {
        match self.handling {
            Some(Handling::CreateFolder) => vec![("navn".to_owned(), self.navn.clone())],
            // The ticked letters stay ticked.
            Some(Handling::Move) => self
                .brev
                .iter()
                .map(|b| ("brev".to_owned(), b.clone()))
                .collect(),
            _ => Vec::new(),
        }
    }
}

impl MailboxForm {
    /// The command for `owner`'s mailbox, and where to go after it.
    pub fn plan(&self, owner: PersonaId) -> Plan {
        if self.handling == Some(Handling::SwitchMailbox) {
            return self.switch();
        }
        // Letter ids as sent; one that is not even well-formed names no letter.
        let Some(letters) = self
            .brev
            .iter()
            .chain((!self.aabn.is_empty()).then_some(&self.aabn))
            .map(|l| LetterId::parse(l).ok())
            .collect::<Option<Vec<LetterId>>>()
        else {
            return Plan::Refuse(Refusal::NoSuchLetter);
        };
        if !self.aabn.is_empty() {
            // The subject clicked, not a letter ticked in the same list.
            let Ok(letter) = LetterId::parse(&self.aabn) else {
                return Plan::Refuse(Refusal::NoSuchLetter);
            };
            let to = paths::letter(letter.as_str());
            return Plan::run_then(mailbox(owner, MailboxAction::Open { letter }), to);
        }
        let Some(handling) = self.handling else {
            return Plan::Go(paths::POST.to_owned());
        };
        let one = letters.first().cloned();
        let action = match handling {
            Handling::CreateFolder => {
                return Plan::Run {
                    command: mailbox(
                        owner,
                        MailboxAction::CreateFolder {
                            name: self.navn.clone(),
                        },
                    ),
                    then: Box::new(|events: &[Event]| match events.first() {
                        Some(Event::FolderCreated { folder, .. }) => {
                            folder_page(FolderRef::Own(*folder))
                        }
                        _ => paths::POST.to_owned(),
                    }),
                };
            }
            Handling::RenameFolder => {
                let Some(f @ FolderRef::Own(n)) = FolderRef::from_key(&self.mappe) else {
                    return Plan::Go(paths::POST.to_owned());
                };
                let action = MailboxAction::RenameFolder {
                    folder: n,
                    name: self.navn.clone(),
                };
                return Plan::run_then(mailbox(owner, action), folder_page(f));
            }
            Handling::DeleteFolder => {
                let Some(FolderRef::Own(n)) = FolderRef::from_key(&self.mappe) else {
                    return Plan::Go(paths::POST.to_owned());
                };
                MailboxAction::DeleteFolder { folder: n }
            }
            Handling::Move => {
                if letters.is_empty() {
                    return Plan::Refuse(Refusal::NothingChosen);
                }
                // "Vælg mappe" is the list's first choice: nothing is moved (let alone
                // deleted) until a folder is chosen.
                if self.til.is_empty() {
                    return Plan::Refuse(Refusal::NoFolderChosen);
                }
                let Some(to) = FolderRef::from_key(&self.til) else {
                    return Plan::Refuse(Refusal::NoSuchFolder);
                };
                let notice = if letters.len() == 1 {
                    Notice::LetterMoved
                } else {
                    Notice::LettersMoved
                };
                return Plan::run_then(
                    mailbox(owner, MailboxAction::Move { letters, to }),
                    notice.on(&folder_page(to)),
                );
            }
            Handling::Trash | Handling::Restore => {
                let Some(letter) = one else {
                    return Plan::Go(paths::POST.to_owned());
                };
                let undo = letter.as_str().to_owned();
                let action = if handling == Handling::Trash {
                    MailboxAction::Trash { letter }
                } else {
                    MailboxAction::Restore { letter }
                };
                return Plan::Run {
                    command: mailbox(owner, action),
                    then: Box::new(move |events: &[Event]| match events.first() {
                        // Back to the folder it came from, saying where it went, with a way
                        // to undo it as the real service has ("Gendan" in Papirkurv).
                        Some(Event::LetterTrashed { from, .. }) => {
                            format!("{}&brev={}", Notice::Trashed.on(&folder_page(*from)), undo)
                        }
                        Some(Event::LetterRestored { to, .. }) => {
                            Notice::Restored.on(&folder_page(*to))
                        }
                        _ => paths::POST.to_owned(),
                    }),
                };
            }
            Handling::MarkUnread => {
                let Some(letter) = one else {
                    return Plan::Go(paths::POST.to_owned());
                };
                return Plan::run_then(
                    mailbox(owner, MailboxAction::MarkUnread { letter }),
                    Notice::MarkedUnread.on(paths::POST),
                );
            }
            Handling::EmptyTrash => {
                if self.bekraeft.as_deref() != Some("ja") {
                    return Plan::Refuse(Refusal::NotConfirmed);
                }
                return Plan::run_then(
                    mailbox(owner, MailboxAction::EmptyTrash),
                    folder_page(FolderRef::Trash),
                );
            }
            Handling::Forward => {
                let Some(letter) = one else {
                    return Plan::Go(paths::POST.to_owned());
                };
                let Ok(to) = PersonaId::parse(&self.modtager) else {
                    // Not even an id: it names nobody.
                    return Plan::Refuse(Refusal::NoSuchRecipient);
                };
                let back = Notice::Forwarded.on(&paths::letter(letter.as_str()));
                return Plan::run_then(mailbox(owner, MailboxAction::Forward { letter, to }), back);
            }
            Handling::SwitchMailbox => return self.switch(),
        };
        Plan::run_then(mailbox(owner, action), paths::POST.to_owned())
    }

    /// "Skift postkasse": one's own mailbox, or one shared with the persona.
    fn switch(&self) -> Plan {
        let owner = PersonaId::parse(&self.postkasse).ok();
        Plan::run_then(
            Command::Access {
                action: AccessAction::Switch { owner },
            },
            paths::POST.to_owned(),
        )
    }
}

fn mailbox(owner: PersonaId, action: MailboxAction) -> Command {
    Command::Mailbox { owner, action }
}

/// The mailbox page showing `folder`.
pub fn folder_page(folder: FolderRef) -> String {
    format!("{}?mappe={}", paths::POST, folder.key())
}
