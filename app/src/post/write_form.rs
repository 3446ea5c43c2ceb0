//! "Skriv ny besked" and "Besvar", typed: "Emne", "Besked" and up to 3 files ("Vedhæft
//! fil"). The form is multipart, so the server reads it (with its size limits) into a
//! [`WriteForm`], file by file through [`WriteForm::add_file`]; what to do with it is
//! decided here, as for every other form.

use crate::forms::Plan;
use crate::notice::Notice;
use crate::paths;
use crate::text::post as t;
use domain::letters::{MAX_UPLOADS, clean_file_name};
use domain::{
    AuthorityId, Command, LetterId, MailboxAction, PersonaId, Refusal, Upload, UploadKind,
    UploadProblem,
};
use std::sync::Arc;

/// The form as sent.
#[derive(Debug, Default)]
pub struct WriteForm {
    /// The authority written to ("til"), for a new message.
    pub til: String,
    /// The letter answered ("svar"), for "Besvar".
    pub svar: String,
    pub emne: String,
    pub besked: String,
    /// The draft written on ("kladde"), if any.
    pub kladde: String,
    /// "kladde" when "Gem som kladde" was pressed (else "Send").
    pub handling: String,
    pub uploads: Vec<Upload>,
    /// Files refused on the way in, with why.
    pub problems: Vec<String>,
    /// Files chosen (they must be chosen again after a refusal).
    pub files: usize,
}

impl WriteForm {
    /// Takes one chosen file: kept if it is a PDF, JPEG or PNG of at most 2 MB (`too_big`:
    /// the server stopped reading it at the limit), else noted with why. A file beyond one
    /// more than allowed is not even looked at.
    pub fn add_file(&mut self, name: &str, bytes: Vec<u8>, too_big: bool) {
        self.files += 1;
        if self.files > MAX_UPLOADS + 1 {
            return;
        }
        let problem = if too_big {
            Some(t::FILE_TOO_BIG)
        } else {
            match Upload::new(name, Arc::from(bytes)) {
                Ok(upload) => {
                    self.uploads.push(upload);
                    None
                }
                Err(UploadProblem::TooBig) => Some(t::FILE_TOO_BIG),
                Err(UploadProblem::WrongKind) => Some(t::FILE_WRONG_KIND),
                Err(UploadProblem::Empty) => Some(t::FILE_EMPTY),
            }
        };
        if let Some(p) = problem {
            let shown = clean_file_name(name, UploadKind::Pdf);
            self.problems.push(format!("{} \"{shown}\" {p}", t::FILE));
        }
    }

    /// Why the files cannot be sent, before the world is asked: too many, or one that is
    /// too big, of the wrong kind or empty.
    pub fn file_problems(&self) -> Vec<String> {
        let mut problems = self.problems.clone();
        if self.files > MAX_UPLOADS {
            problems.insert(0, Refusal::TooManyFiles.to_string());
        }
        problems
    }

    /// Whether "Gem som kladde" was pressed: files are not looked at.
    pub fn saving_draft(&self) -> bool {
        self.handling == "kladde"
    }

    fn draft(&self) -> Option<u16> {
        self.kladde.parse().ok()
    }

    /// The page shown again after a refusal, from ids that parse (never raw text).
    pub fn page(&self) -> String {
        if let Some(n) = self.draft() {
            return paths::draft(n);
        }
        match (LetterId::parse(&self.svar), AuthorityId::parse(&self.til)) {
            (Ok(letter), _) => paths::reply(letter.as_str()),
            (Err(_), Ok(to)) if self.svar.is_empty() => paths::write_to(to.as_str()),
            _ => paths::WRITE.to_owned(),
        }
    }

    /// The message to `owner`'s authority (or the answer to their letter), then "Sendt";
    /// or, for "Gem som kladde", the draft, then "Kladder".
    pub fn plan(&self, owner: PersonaId) -> Plan {
        if self.saving_draft() {
            let action = MailboxAction::SaveDraft {
                draft: self.draft(),
                to: AuthorityId::parse(&self.til).ok(),
                reply: LetterId::parse(&self.svar).ok(),
                subject: self.emne.clone(),
                body: self.besked.clone(),
            };
            let notice = if self.files > 0 {
                Notice::DraftSavedWithoutFiles
            } else {
                Notice::DraftSaved
            };
            return Plan::run_then(Command::Mailbox { owner, action }, notice.on(paths::DRAFTS));
        }
        let action = if let Some(draft) = self.draft() {
            MailboxAction::SendDraft {
                draft,
                subject: self.emne.clone(),
                body: self.besked.clone(),
                uploads: self.uploads.clone(),
            }
        } else if self.svar.is_empty() {
            let Ok(to) = AuthorityId::parse(&self.til) else {
                return Plan::Refuse(Refusal::NoSuchAuthority);
            };
            MailboxAction::Write {
                to,
                subject: self.emne.clone(),
                body: self.besked.clone(),
                uploads: self.uploads.clone(),
            }
        } else {
            let Ok(letter) = LetterId::parse(&self.svar) else {
                return Plan::Refuse(Refusal::NoSuchLetter);
            };
            MailboxAction::Reply {
                letter,
                subject: self.emne.clone(),
                body: self.besked.clone(),
                uploads: self.uploads.clone(),
            }
        };
        let sent = Notice::Sent.on(&format!("{}?mappe=sendt", paths::POST));
        Plan::run_then(Command::Mailbox { owner, action }, sent)
    }

    /// What is shown again after a refusal: the subject and the message (files cannot be).
    pub fn kept(&self) -> Vec<(String, String)> {
        vec![
            ("emne".into(), self.emne.clone()),
            ("besked".into(), self.besked.clone()),
        ]
    }

    /// Said with every refusal when files were chosen: the browser cannot keep them.
    pub fn notes(&self) -> Vec<String> {
        if self.files > 0 {
            vec![t::FILES_AGAIN.to_owned()]
        } else {
            Vec::new()
        }
    }
}
