//! A code from the kodeviser or kodeoplæser, and the wrong tries that block MitID.

use super::model::*;
use crate::event::Event;
use crate::ids::PersonaId;
use crate::refusal::Refusal;
use crate::time::Timestamp;
use crate::world::{Decision, World};

impl World {
    pub(super) fn mitid_code(
        &self,
        persona: &PersonaId,
        with: Authenticator,
        typed: &str,
        state: &MitIdState,
        (started, now): (Timestamp, Timestamp),
        signing: bool,
    ) -> Decision {
        let typed = typed.trim();
        if typed.len() != 6 || !typed.bytes().all(|b| b.is_ascii_digit()) {
            return Decision::refuse(Refusal::MitIdCodeFormat);
        }
        let Some((press, at, used)) = state.showing else {
            return Decision::refuse(Refusal::MitIdPressFirst);
        };
        if typed == code(self.seed, persona, press) {
            if used {
                return Decision::refuse(Refusal::MitIdCodeUsed);
            }
            if now.0 - at.0 > CODE_LIFE_SECS {
                return Decision::refuse(Refusal::MitIdCodeExpired);
            }
            return Decision::ok(vec![
                Event::MitIdCodeAccepted {
                    persona: persona.clone(),
                    press,
                },
                Event::MitIdStepReached {
                    persona: persona.clone(),
                    step: MitIdStep::Password { with },
                    at: started,
                    signing,
                },
            ]);
        }
        self.wrong_try(persona, state, WrongTry::Code, now, signing)
    }

    /// A wrong code or password: counted, and at the [`MAX_WRONG`]th MitID is blocked for a
    /// while and the login ends.
    pub(super) fn wrong_try(
        &self,
        persona: &PersonaId,
        state: &MitIdState,
        what: WrongTry,
        now: Timestamp,
        signing: bool,
    ) -> Decision {
        let mut events = vec![Event::MitIdWrongTry {
            persona: persona.clone(),
            what,
        }];
        if state.wrong.saturating_add(1) >= MAX_WRONG {
            let until = now.plus_minutes(BLOCK_MINUTES);
            events.push(Event::MitIdBlocked {
                persona: persona.clone(),
                until,
            });
            events.push(Event::MitIdLoginEnded {
                persona: persona.clone(),
                why: LoginEnd::Blocked,
                signing,
            });
            return Decision {
                events,
                refusal: Some(Refusal::MitIdBlocked {
                    until: until.danish_local().clock(),
                }),
            };
        }
        let left = MAX_WRONG - state.wrong - 1;
        let refusal = match what {
            WrongTry::Password => Refusal::MitIdWrongPassword { left },
            _ => Refusal::MitIdWrongCode { left },
        };
        Decision {
            events,
            refusal: Some(refusal),
        }
    }
}
