//! The MitID app on the persona's phone: approving a request with the PIN, and a new PIN
//! after too many wrong ones.

use super::model::*;
use crate::event::Event;
use crate::ids::PersonaId;
use crate::refusal::Refusal;
use crate::time::Timestamp;
use crate::world::{Decision, World};

impl World {
    pub(super) fn mitid_approve(
        &self,
        persona: &PersonaId,
        request: u16,
        pin: &str,
        now: Timestamp,
    ) -> Decision {
        let Some(r) = self.app_request(request).filter(|r| &r.persona == persona) else {
            return Decision::refuse(Refusal::MitIdNoSuchRequest);
        };
        if !r.open(now) {
            return Decision::refuse(Refusal::MitIdRequestClosed);
        }
        let state = self.mitid(persona);
        if state.pin_locked {
            return Decision::refuse(Refusal::MitIdPinLocked);
        }
        if !self.pin_right(persona, &state, pin) {
            let mut events = vec![Event::MitIdWrongTry {
                persona: persona.clone(),
                what: WrongTry::Pin,
            }];
            let refusal = if state.wrong_pins.saturating_add(1) >= MAX_WRONG_PINS {
                events.push(Event::MitIdPinLocked {
                    persona: persona.clone(),
                });
                Refusal::MitIdPinLocked
            } else {
                Refusal::MitIdWrongPin {
                    left: MAX_WRONG_PINS - state.wrong_pins - 1,
                }
            };
            return Decision {
                events,
                refusal: Some(refusal),
            };
        }
        Decision::ok(vec![Event::MitIdRequestAnswered {
            persona: persona.clone(),
            request,
            status: RequestStatus::Approved,
        }])
    }

    fn pin_right(&self, persona: &PersonaId, state: &MitIdState, pin: &str) -> bool {
        let pin = pin.trim();
        match state.chosen_pin {
            Some(digest) => digest == pin_digest(self.seed, persona, pin),
            None => self
                .persona(persona)
                .and_then(|p| p.mitid.as_ref())
                .is_some_and(|m| !m.pin.is_empty() && m.pin == pin),
        }
    }

    pub(super) fn mitid_new_pin(
        &self,
        persona: &PersonaId,
        password: &str,
        pin: &str,
        repeat: &str,
    ) -> Decision {
        let Some(setup) = self.persona(persona).and_then(|p| p.mitid.as_ref()) else {
            return Decision::refuse(Refusal::MitIdNoApp);
        };
        if !self.mitid(persona).pin_locked {
            return Decision::refuse(Refusal::MitIdPinNotLocked);
        }
        if password != setup.password {
            return Decision::refuse(Refusal::MitIdPinPassword);
        }
        if let Err(why) = check_pin(pin.trim()) {
            return Decision::refuse(Refusal::MitIdPinRules(why));
        }
        if pin.trim() != repeat.trim() {
            return Decision::refuse(Refusal::MitIdPinsDiffer);
        }
        Decision::ok(vec![Event::MitIdPinChanged {
            persona: persona.clone(),
            digest: pin_digest(self.seed, persona, pin.trim()),
        }])
    }
}
