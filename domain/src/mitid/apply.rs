//! How the MitID events change the world.

use super::model::*;
use crate::event::Event;
use crate::world::{Login, World};

/// Most app requests a world keeps (answered ones go first).
const MAX_REQUESTS: usize = 20;

impl World {
    /// A new request in a phone's app (the MitID app or the NemID nøgleapp), keeping at most
    /// [`MAX_REQUESTS`] (answered ones go first).
    pub(crate) fn add_app_request(&mut self, request: AppRequest) {
        self.next_request_id = self.next_request_id.wrapping_add(1);
        if self.mitid_requests.len() >= MAX_REQUESTS {
            let oldest = self
                .mitid_requests
                .iter()
                .position(|r| r.status != RequestStatus::Waiting)
                .unwrap_or(0);
            self.mitid_requests.remove(oldest);
        }
        self.mitid_requests.push(request);
    }

    pub(crate) fn apply_mitid(&mut self, event: &Event) {
        match event {
            Event::MitIdRequestSent { request } => self.add_app_request(request.clone()),
            Event::MitIdRequestAnswered {
                persona,
                request,
                status,
            } => {
                if let Some(r) = self.mitid_requests.iter_mut().find(|r| r.id == *request) {
                    r.status = *status;
                }
                let state = self.mitid.entry(persona.clone()).or_default();
                match status {
                    RequestStatus::Rejected => state.rejected = state.rejected.saturating_add(1),
                    RequestStatus::Approved => state.wrong_pins = 0,
                    _ => {}
                }
            }
            Event::MitIdStepReached {
                persona,
                step,
                at,
                signing,
            } => {
                if *signing {
                    self.mitid_signing = Some((step.clone(), *at));
                } else {
                    self.login = Login::MitId {
                        persona: persona.clone(),
                        step: step.clone(),
                        started: *at,
                    };
                }
            }
            Event::MitIdCodeShown { persona, press, at } => {
                let state = self.mitid.entry(persona.clone()).or_default();
                state.presses = *press;
                state.showing = Some((*press, *at, false));
            }
            Event::MitIdCodeAccepted { persona, .. } => {
                let state = self.mitid.entry(persona.clone()).or_default();
                if let Some(showing) = state.showing.as_mut() {
                    showing.2 = true;
                }
                state.wrong = 0;
            }
            Event::MitIdWrongTry { persona, what } => {
                let state = self.mitid.entry(persona.clone()).or_default();
                match what {
                    WrongTry::Pin => state.wrong_pins = state.wrong_pins.saturating_add(1),
                    _ => state.wrong = state.wrong.saturating_add(1),
                }
            }
            Event::MitIdBlocked { persona, until } => {
                let state = self.mitid.entry(persona.clone()).or_default();
                state.blocked_until = Some(*until);
                state.wrong = 0;
            }
            Event::MitIdAuthenticated { persona, with } => {
                let state = self.mitid.entry(persona.clone()).or_default();
                state.last_used = Some(*with);
                state.logged_in_with = Some(*with);
                state.wrong = 0;
            }
            Event::MitIdLoginEnded { signing: true, .. } => self.mitid_signing = None,
            Event::MitIdLoginEnded { .. } => self.login = Login::LoggedOut,
            Event::MitIdSigned { persona, with } => {
                let state = self.mitid.entry(persona.clone()).or_default();
                state.last_used = Some(*with);
                state.wrong = 0;
                state.signatures = state.signatures.saturating_add(1);
                self.mitid_signing = None;
            }
            Event::MitIdPinLocked { persona } => {
                let state = self.mitid.entry(persona.clone()).or_default();
                state.pin_locked = true;
                state.wrong_pins = 0;
            }
            Event::MitIdPinChanged { persona, digest } => {
                let state = self.mitid.entry(persona.clone()).or_default();
                state.chosen_pin = Some(*digest);
                state.pin_locked = false;
                state.wrong_pins = 0;
            }
            _ => {}
        }
    }
}
