//! NemID nøgleapp (2018–2023): at NemID's key step a persona who has the app on the
//! practice phone can send the login there instead of typing a key from the card, approve it
//! with a swipe ("Godkend") or reject it ("Afvis"), and the login box moves on. The requests
//! live beside the MitID app's (`World::mitid_requests`, marked `nemid`), with the same
//! 5-minute life; the MitID app never sees them, nor this app the MitID ones.

use crate::event::Event;
use crate::ids::PersonaId;
use crate::mitid::{AppRequest, RequestStatus};
use crate::refusal::Refusal;
use crate::time::Timestamp;
use crate::world::{Decision, Login, World};

/// What the learner does with the NemID nøgleapp.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyAppAction {
    /// At the key step: "Send anmodning til nøgleapp".
    Send,
    /// In the login box after approving ("Jeg har godkendt", or by itself with JavaScript).
    Continue,
    /// "Brug nøglekort i stedet": back to the key from the card.
    UseCard,
    /// In `persona`'s nøgleapp: "Godkend" (the swipe) or "Afvis".
    Answer {
        persona: PersonaId,
        request: u16,
        approve: bool,
    },
}

impl World {
    /// The requests in `persona`'s NemID nøgleapp, newest first.
    pub fn key_app_requests(&self, persona: &PersonaId) -> Vec<&AppRequest> {
        let mut list: Vec<&AppRequest> = self
            .mitid_requests
            .iter()
            .filter(|r| &r.persona == persona && r.nemid)
            .collect();
        list.reverse();
        list
    }

    fn key_app_request(&self, id: u16) -> Option<&AppRequest> {
        self.mitid_requests.iter().find(|r| r.id == id && r.nemid)
    }

    /// The nøgleapp request the NemID login in progress waits for.
    pub fn key_app_waiting(&self) -> Option<&AppRequest> {
        match &self.login {
            Login::AwaitingKey {
                key_app: Some(id), ..
            } => self.key_app_request(*id),
            _ => None,
        }
    }

    /// When the login in progress has a request in the nøgleapp: the event that withdraws
    /// it (a key typed instead, "Afbryd", a new login, "Log af").
    pub(crate) fn key_app_withdrawal(&self, login_ended: bool) -> Vec<Event> {
        self.key_app_waiting()
            .map(|r| Event::KeyAppWithdrawn {
                persona: r.persona.clone(),
                request: r.id,
                login_ended,
            })
            .into_iter()
            .collect()
    }

    pub(crate) fn decide_key_app(&self, action: &KeyAppAction) -> Decision {
        let now = self.clock;
        if let KeyAppAction::Answer {
            persona,
            request,
            approve,
        } = action
        {
            return match self.key_app_request(*request) {
                Some(r) if &r.persona == persona && r.open(now) => {
                    Decision::ok(vec![Event::KeyAppAnswered {
                        persona: persona.clone(),
                        request: *request,
                        approved: *approve,
                    }])
                }
                Some(r) if &r.persona == persona => Decision::refuse(Refusal::MitIdRequestClosed),
                _ => Decision::refuse(Refusal::MitIdNoSuchRequest),
            };
        }
        let Login::AwaitingKey {
            persona, temporary, ..
        } = &self.login
        else {
            return Decision::refuse(Refusal::NoLoginInProgress);
        };
        match action {
            KeyAppAction::Send => self.send_to_key_app(persona, now),
            KeyAppAction::UseCard => Decision::ok(self.key_app_withdrawal(false)),
            _ => self.continue_with_key_app(persona, *temporary, now),
        }
    }

    fn send_to_key_app(&self, persona: &PersonaId, now: Timestamp) -> Decision {
        if !self.persona(persona).is_some_and(|p| p.noegleapp) {
            return Decision::refuse(Refusal::KeyAppMissing);
        }
        let mut events = self.key_app_withdrawal(false);
        events.push(Event::KeyAppRequestSent {
            request: AppRequest {
                nemid: true,
                ..self.next_app_request(persona, now)
            },
        });
        Decision::ok(events)
    }

    fn continue_with_key_app(
        &self,
        persona: &PersonaId,
        temporary: bool,
        now: Timestamp,
    ) -> Decision {
        let Some(request) = self.key_app_waiting() else {
            return Decision::refuse(Refusal::NoLoginInProgress);
        };
        let withdrawn = |login_ended| Event::KeyAppWithdrawn {
            persona: persona.clone(),
            request: request.id,
            login_ended,
        };
        match request.status {
            RequestStatus::Approved => Decision::ok(vec![
                Event::KeyAppAccepted {
                    persona: persona.clone(),
                    request: request.id,
                },
                if temporary {
                    Event::NewPasswordRequired {
                        persona: persona.clone(),
                    }
                } else {
                    Event::LoggedIn {
                        persona: persona.clone(),
                    }
                },
            ]),
            RequestStatus::Rejected => Decision {
                events: vec![withdrawn(true)],
                refusal: Some(Refusal::KeyAppRejected),
            },
            RequestStatus::Waiting if !request.open(now) => Decision {
                events: vec![withdrawn(false)],
                refusal: Some(Refusal::KeyAppExpired),
            },
            RequestStatus::Waiting => Decision::refuse(Refusal::KeyAppNotApproved),
            RequestStatus::Withdrawn => Decision::refuse(Refusal::NoLoginInProgress),
        }
    }

    pub(crate) fn apply_key_app(&mut self, event: &Event) {
        let set_waiting = |login: &mut Login, persona: &PersonaId, to: Option<u16>| {
            if let Login::AwaitingKey {
                persona: p,
                key_app,
                ..
            } = login
                && p == persona
            {
                *key_app = to;
            }
        };
        match event {
            Event::KeyAppRequestSent { request } => {
                self.add_app_request(request.clone());
                set_waiting(&mut self.login, &request.persona, Some(request.id));
            }
            Event::KeyAppAnswered {
                request, approved, ..
            } => {
                if let Some(r) = self.mitid_requests.iter_mut().find(|r| r.id == *request) {
                    r.status = if *approved {
                        RequestStatus::Approved
                    } else {
                        RequestStatus::Rejected
                    };
                }
            }
            Event::KeyAppWithdrawn {
                persona,
                request,
                login_ended,
            } => {
                if let Some(r) = self.mitid_requests.iter_mut().find(|r| r.id == *request)
                    && r.status == RequestStatus::Waiting
                {
                    r.status = RequestStatus::Withdrawn;
                }
                set_waiting(&mut self.login, persona, None);
                if *login_ended {
                    self.login = Login::LoggedOut;
                }
            }
            Event::KeyAppAccepted { persona, .. } => {
                set_waiting(&mut self.login, persona, None);
                self.nemid
                    .entry(persona.clone())
                    .or_default()
                    .failed_attempts = 0;
            }
            _ => {}
        }
    }
}

#[cfg(test)]
#[path = "keyapp_tests.rs"]
mod tests;
