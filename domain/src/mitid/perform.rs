//! The MitID actions of exercise setups and "Vis mig" paths, done through the world's own
//! commands as a learner would: reading the code off the kodeviser, approving in the app.

use super::model::{Flow, MitIdAction, MitIdStep, RequestStatus};
use crate::command::Command;
use crate::exercise::Action;
use crate::time::Timestamp;
use crate::world::World;

impl World {
    /// "Underskriv med MitID" on the signature waiting, done to the end as a learner would.
    pub(crate) fn sign_with_mitid(&mut self, now: Timestamp) -> Result<(), String> {
        let me = self.logged_in().ok_or("nobody is logged in")?.clone();
        let setup = me.mitid.clone().ok_or("the persona has no MitID")?;
        self.handle(
            &Command::MitId {
                action: MitIdAction::Sign,
            },
            now,
        )
        .map_err(|r| r.to_string())?;
        self.finish_mitid(&me.id, &setup, now)
    }

    /// Goes through the box's steps until it is done: the app approved with the scenario's
    /// PIN, the code read off the device, the password typed.
    fn finish_mitid(
        &mut self,
        persona: &crate::ids::PersonaId,
        setup: &crate::mitid::MitIdSetup,
        now: Timestamp,
    ) -> Result<(), String> {
        let run = |w: &mut World, action: MitIdAction| {
            w.handle(&Command::MitId { action }, now)
                .map(|_| ())
                .map_err(|r| r.to_string())
        };
        while let Some(Flow { step, .. }) = self.mitid_flow() {
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
                self.finish_mitid(persona, &setup, now)
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
