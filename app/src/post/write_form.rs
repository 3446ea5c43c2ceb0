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

#[cfg(test)]
mod tests {
    use super::*;

    const PNG: &[u8] = b"\x89PNG\r\n\x1a\n0000";

    #[test]
    fn files_are_checked_one_by_one_and_a_fourth_is_too_many() {
        let mut form = WriteForm::default();
        form.add_file("a.png", PNG.to_vec(), false);
        form.add_file("b.txt", b"hello".to_vec(), false);
        form.add_file("c.png", Vec::new(), false);
        form.add_file("d.png", PNG.to_vec(), true);
        assert_eq!(form.uploads.len(), 1);
        let problems = form.file_problems();
        assert_eq!(problems[0], Refusal::TooManyFiles.to_string());
        assert_eq!(problems.len(), 4, "{problems:?}");
        assert!(problems[1].contains(t::FILE_WRONG_KIND));
        assert!(problems[2].contains(t::FILE_EMPTY));
        assert!(problems[3].contains(t::FILE_TOO_BIG));
        assert_eq!(form.notes(), vec![t::FILES_AGAIN.to_owned()]);
    }

    #[test]
    fn a_refused_message_is_shown_again_on_its_own_page() {
        let write = |til: &str, svar: &str| WriteForm {
            til: til.into(),
            svar: svar.into(),
            ..Default::default()
        };
        assert_eq!(
            write("skattestyrelsen", "").page(),
            "/post/skriv?til=skattestyrelsen"
        );
        assert_eq!(
            write("", "karen-brev").page(),
            "/post/skriv?svar=karen-brev"
        );
        assert_eq!(write("<script>", "").page(), paths::WRITE);
        let karen = PersonaId::parse("karen").unwrap();
        assert!(matches!(
            write("<script>", "").plan(karen.clone()),
            Plan::Refuse(Refusal::NoSuchAuthority)
        ));
        assert!(matches!(
            write("", "../x").plan(karen),
            Plan::Refuse(Refusal::NoSuchLetter)
        ));
    }

    #[test]
    fn gem_som_kladde_saves_a_draft_and_send_from_a_draft_sends_it() {
        let karen = PersonaId::parse("karen").unwrap();
        let mut form = WriteForm {
            til: "skattestyrelsen".into(),
            emne: "Fradrag".into(),
            handling: "kladde".into(),
            ..Default::default()
        };
        form.add_file("a.png", PNG.to_vec(), false);
        match form.plan(karen.clone()) {
            Plan::Run { command, then } => {
                assert!(matches!(
                    command,
                    Command::Mailbox {
                        action: MailboxAction::SaveDraft {
                            draft: None,
                            to: Some(_),
                            ..
                        },
                        ..
                    }
                ));
                assert_eq!(then(&[]), "/post/kladder?besked=kladde-gemt-uden-filer");
            }
            _ => panic!("saving a draft runs"),
        }
        let send = WriteForm {
            kladde: "4".into(),
            til: "skattestyrelsen".into(),
            emne: "Fradrag".into(),
            besked: "Tekst".into(),
            ..Default::default()
        };
        assert_eq!(send.page(), "/post/skriv?kladde=4");
        match send.plan(karen) {
            Plan::Run { command, then } => {
                assert!(matches!(
                    command,
                    Command::Mailbox {
                        action: MailboxAction::SendDraft { draft: 4, .. },
                        ..
                    }
                ));
                assert!(then(&[]).starts_with("/post?mappe=sendt"));
            }
            _ => panic!("sending a draft runs"),
        }
    }
}
