//! The MitID actions of exercise setups and "Vis mig" paths, done through the world's own
//! commands as a learner would: reading the code off the kodeviser, approving in the app.

use super::model::{MitIdAction, MitIdStep, RequestStatus};
use crate::command::Command;
use crate::exercise::Action;
use crate::time::Timestamp;
use crate::world::{Login, World};

impl World {
    pub(crate) fn perform_mitid(&mut self, action: &Action, now: Timestamp) -> Result<(), String> {
        let run = |w: &mut World, action: MitIdAction| {
            w.handle(&Command::MitId { action }, now)
                .map(|_| ())
                .map_err(|r| r.to_string())
        };
        match action {
            Action::MitIdLogIn { persona, with } => {
                if self.logged_in().is_some() {
                    self.handle(&Command::LogOut, now)
                        .map_err(|r| r.to_string())?;
                }
                let setup = self
                    .persona(persona)
                    .and_then(|p| p.mitid.clone())
                    .ok_or("the persona has no MitID")?;
                run(
                    self,
                    MitIdAction::Start {
                        user_id: setup.user_id.clone(),
                    },
                )?;
                run(self, MitIdAction::Choose { with: *with })?;
                while let Login::MitId { step, .. } = self.login().clone() {
                    match step {
                        MitIdStep::App { request } => {
                            run(
                                self,
                                MitIdAction::Approve {
                                    persona: persona.clone(),
                                    request,
                                    pin: setup.pin.clone(),
                                },
                            )?;
                            run(self, MitIdAction::Continue)?;
                        }
                        MitIdStep::Code { .. } => {
                            run(self, MitIdAction::Press)?;
                            let (code, _) = self
                                .code_showing(persona, self.now(now))
                                .ok_or("no code shows")?;
                            run(self, MitIdAction::Code { code })?;
                        }
                        MitIdStep::Chip => run(self, MitIdAction::Press)?,
                        MitIdStep::Password { .. } => run(
                            self,
                            MitIdAction::Password {
                                password: setup.password.clone(),
                            },
                        )?,
                    }
                }
                Ok(())
            }
            Action::MitIdReject { persona } => {
                let request = self
                    .app_requests(persona)
                    .into_iter()
                    .find(|r| r.status == RequestStatus::Waiting)
                    .map(|r| r.id)
                    .ok_or("no request waits in the app")?;
                run(
                    self,
                    MitIdAction::Reject {
                        persona: persona.clone(),
                        request,
                    },
                )
            }
            Action::MitIdStranger { persona } => run(
                self,
                MitIdAction::StrangerRequest {
                    persona: persona.clone(),
                },
            ),
            _ => Err("not a MitID action".into()),
        }
    }
}
