//! The actions of a setup or a "Vis mig" path, each done through the world's own commands.

use crate::access::{AccessAction, AccessLevel, AccessScope};
use crate::command::Command;
use crate::exercise::Action;
use crate::fuldmagt::{Area, FuldmagtAction};
use crate::ids::PersonaId;
use crate::mailbox::{FolderRef, MailboxAction};
use crate::time::Timestamp;
use crate::world::{Login, World};

impl World {
    /// The own folder of `owner` named `name` (any case), or a fixed folder by its name.
    pub fn folder_named(&self, owner: &PersonaId, name: &str) -> Option<FolderRef> {
        let lower = name.trim().to_lowercase();
        match lower.as_str() {
            "indbakke" => Some(FolderRef::Inbox),
            "sendt" => Some(FolderRef::Sent),
            "papirkurv" => Some(FolderRef::Trash),
            _ => self
                .own_folders(owner)
                .iter()
                .find(|f| f.name.to_lowercase() == lower)
                .map(|f| FolderRef::Own(f.id)),
        }
    }

    /// Does `action` as the learner would, reading passwords and keys off the persona's
    /// papers. Used for exercise setups and to prove every "show me" path works.
    pub fn perform(&mut self, action: &Action, now: Timestamp) -> Result<(), String> {
        let me = || self.logged_in().map(|p| p.id.clone());
        let mailbox = |w: &mut World, action: MailboxAction| -> Result<(), String> {
            let owner = w.open_mailbox().ok_or("nobody is logged in")?;
            w.handle(&Command::Mailbox { owner, action }, now)
                .map(|_| ())
                .map_err(|r| r.to_string())
        };
        let run =
            |w: &mut World, c: Command| w.handle(&c, now).map(|_| ()).map_err(|r| r.to_string());
        let areas = |a: &[String]| {
            a.iter()
                .filter_map(|x| Area::from_key(x))
                .collect::<Vec<_>>()
        };
        let person = |w: &World, p: &PersonaId| {
            w.persona(p)
                .map(|p| (p.name.clone(), p.cpr.to_string()))
                .ok_or_else(|| format!("no persona {p}"))
        };
        match action {
            Action::MitIdLogIn { .. }
            | Action::MitIdReject { .. }
            | Action::MitIdStranger { .. } => self.perform_mitid(action, now),
            Action::DrillSend { drill, persona } => run(
                self,
                Command::Drill {
                    action: crate::drill::DrillAction::Send {
                        persona: persona.clone(),
                        drill: drill.clone(),
                    },
                },
            ),
            Action::DrillDelete { drill, persona } => run(
                self,
                Command::Drill {
                    action: crate::drill::DrillAction::Delete {
                        persona: persona.clone(),
                        drill: drill.clone(),
                    },
                },
            ),
            Action::DrillWatch { helper, owner } => run(
                self,
                Command::Drill {
                    action: crate::drill::DrillAction::Watch {
                        helper: helper.clone(),
                        owner: owner.clone(),
                    },
                },
            ),
            Action::DrillLook { away } => run(
                self,
                Command::Drill {
                    action: crate::drill::DrillAction::Look { away: *away },
                },
            ),
            Action::LogIn { persona } => {
                if me().is_some() {
                    run(self, Command::LogOut)?;
                }
                let p = self.persona(persona).ok_or("no such persona")?.clone();
                let password = p.password.clone();
                run(
                    self,
                    Command::SubmitPassword {
                        user_id: p.login_id().to_owned(),
                        password,
                    },
                )?;
                self.type_key(now)
            }
            Action::LogOut => run(self, Command::LogOut),
            Action::Lock { persona } => {
                let p = self.persona(persona).ok_or("no such persona")?.clone();
                while !self.nemid(persona).locked {
                    let _ = self.handle(
                        &Command::SubmitPassword {
                            user_id: p.login_id().to_owned(),
                            password: "forkert-0".into(),
                        },
                        now,
                    );
                }
                Ok(())
            }
            Action::Unlock { persona, password } => {
                let p = self.persona(persona).ok_or("no such persona")?.clone();
                let temporary = self.temporary_password(persona, self.nemid(persona).lockouts);
                run(
                    self,
                    Command::SubmitPassword {
                        user_id: p.login_id().to_owned(),
                        password: temporary,
                    },
                )?;
                self.type_key(now)?;
                run(
                    self,
                    Command::ChooseNewPassword {
                        password: password.clone(),
                        repeat: password.clone(),
                    },
                )
            }
            Action::CreateFolder { name } => {
                mailbox(self, MailboxAction::CreateFolder { name: name.clone() })
            }
            Action::Open { letter } => mailbox(
                self,
                MailboxAction::Open {
                    letter: letter.clone(),
                },
            ),
            Action::Trash { letter } => mailbox(
                self,
                MailboxAction::Trash {
                    letter: letter.clone(),
                },
            ),
            Action::Restore { letter } => mailbox(
                self,
                MailboxAction::Restore {
                    letter: letter.clone(),
                },
            ),
            Action::Move { letter, folder } => {
                let owner = self.open_mailbox().ok_or("nobody is logged in")?;
                let to = self.folder_named(&owner, folder).ok_or("no such folder")?;
                mailbox(
                    self,
                    MailboxAction::Move {
                        letters: vec![letter.clone()],
                        to,
                    },
                )
            }
            Action::Write { to, subject, body } => mailbox(
                self,
                MailboxAction::Write {
                    to: to.clone(),
                    subject: subject.clone(),
                    body: body.clone(),
                    uploads: Vec::new(),
                },
            ),
            Action::Reply { letter, body } => {
                let owner = self.open_mailbox().ok_or("nobody is logged in")?;
                let subject = self
                    .find_letter(&owner, letter.as_str())
                    .map(|l| format!("Sv: {}", l.letter.subject()))
                    .ok_or("no such letter")?;
                mailbox(
                    self,
                    MailboxAction::Reply {
                        letter: letter.clone(),
                        subject,
                        body: body.clone(),
                        uploads: Vec::new(),
                    },
                )
            }
            Action::GiveAccess {
                helper,
                folders,
                mitid,
            } => {
                let me = me().ok_or("nobody is logged in")?;
                let (name, cpr) = person(self, helper)?;
                let scope = if folders.is_empty() {
                    AccessScope::Whole
                } else {
                    AccessScope::Folders(
                        folders
                            .iter()
                            .filter_map(|f| self.folder_named(&me, f))
                            .collect(),
                    )
                };
                let prepare = AccessAction::PrepareGrant {
                    name,
                    cpr,
                    level: AccessLevel::Read,
                    scope,
                    until: String::new(),
                };
                run(self, Command::Access { action: prepare })?;
                if *mitid {
                    return self.sign_with_mitid(now);
                }
                self.sign_with_key(now)
            }
            Action::RequestAccess { owner } => {
                let (name, cpr) = person(self, owner)?;
                let action = AccessAction::Request {
                    name,
                    cpr,
                    level: AccessLevel::Read,
                    until: String::new(),
                };
                run(self, Command::Access { action })
            }
            Action::ApproveAccess => {
                let me = me().ok_or("nobody is logged in")?;
                let request = self
                    .requests_to(&me)
                    .first()
                    .map(|r| r.id)
                    .ok_or("no request")?;
                run(
                    self,
                    Command::Access {
                        action: AccessAction::PrepareApproval { request },
                    },
                )?;
                self.sign_with_key(now)
            }
            Action::SwitchMailbox { owner } => run(
                self,
                Command::Access {
                    action: AccessAction::Switch {
                        owner: Some(owner.clone()),
                    },
                },
            ),
            Action::GiveFuldmagt { holder, areas: a } => {
                let (name, cpr) = person(self, holder)?;
                let action = FuldmagtAction::PrepareGive {
                    name,
                    cpr,
                    areas: areas(a),
                    until: None,
                };
                run(self, Command::Fuldmagt { action })?;
                self.sign_with_key(now)
            }
            Action::RequestFuldmagt { giver, areas: a } => {
                let (name, cpr) = person(self, giver)?;
                let action = FuldmagtAction::Request {
                    name,
                    cpr,
                    areas: areas(a),
                    until: None,
                };
                run(self, Command::Fuldmagt { action })?;
                self.sign_with_key(now)
            }
            Action::ApproveFuldmagt => {
                let me = me().ok_or("nobody is logged in")?;
                let request = self
                    .fuldmagt_requests_to(&me)
                    .first()
                    .map(|r| r.id)
                    .ok_or("no request")?;
                run(
                    self,
                    Command::Fuldmagt {
                        action: FuldmagtAction::PrepareApproval { request },
                    },
                )?;
                self.sign_with_key(now)
            }
            Action::AnswerForCitizen => {
                let request = self
                    .cases_for_trusted_employee()
                    .first()
                    .map(|r| r.id)
                    .ok_or("no case")?;
                let action = FuldmagtAction::AnswerForCitizen {
                    request,
                    approve: true,
                    identity_confirmed: true,
                };
                run(self, Command::Fuldmagt { action })
            }
            Action::ChangeDoctor { on_behalf, doctor } => {
                let action = FuldmagtAction::ChangeDoctor {
                    on_behalf: on_behalf.clone(),
                    doctor: doctor.clone(),
                };
                run(self, Command::Fuldmagt { action })
            }
        }
    }

    /// Types the key the login asks for, read off the persona's card.
    fn type_key(&mut self, now: Timestamp) -> Result<(), String> {
        let Login::AwaitingKey {
            persona, key_index, ..
        } = self.login().clone()
        else {
            return Err("no key step".into());
        };
        let key = self
            .key_card(&persona)
            .keys
            .get(usize::from(key_index))
            .map(|k| k.key.clone())
            .ok_or("no such key")?;
        self.handle(&Command::SubmitKey { key }, now)
            .map(|_| ())
            .map_err(|r| r.to_string())
    }

    /// "Underskriv" with the key the signature asks for.
    fn sign_with_key(&mut self, now: Timestamp) -> Result<(), String> {
        let s = self.signing().ok_or("nothing to sign")?.clone();
        let key = self
            .key_card(&s.persona)
            .keys
            .get(usize::from(s.key_index))
            .map(|k| k.key.clone())
            .ok_or("no such key")?;
        self.handle(&Command::Sign { key }, now)
            .map(|_| ())
            .map_err(|r| r.to_string())
    }
}
