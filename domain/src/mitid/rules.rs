//! The MitID rules: the login box's steps (BRUGER-ID, the app's approval or a code and the
//! password), the app's answers on the persona's phone, blocking after wrong tries, and
//! how the events change the world.

use super::model::*;
use crate::event::Event;
use crate::ids::PersonaId;
use crate::refusal::Refusal;
use crate::scenario::Persona;
use crate::time::Timestamp;
use crate::world::{Decision, Login, World};

impl World {
    /// What MitID remembers about `persona` (the default for one who never used it).
    pub fn mitid(&self, persona: &PersonaId) -> MitIdState {
        self.mitid.get(persona).cloned().unwrap_or_default()
    }

    /// The requests in `persona`'s MitID app, newest first.
    pub fn app_requests(&self, persona: &PersonaId) -> Vec<&AppRequest> {
        let mut list: Vec<&AppRequest> = self
            .mitid_requests
            .iter()
            .filter(|r| &r.persona == persona && !r.nemid)
            .collect();
        list.reverse();
        list
    }

    /// App request `id`, if the world still has it.
    pub fn app_request(&self, id: u16) -> Option<&AppRequest> {
        self.mitid_requests.iter().find(|r| r.id == id && !r.nemid)
    }

    /// The kodeviser's code showing for `persona` at simulated time `now`, and the seconds
    /// it can still be used (`None` when none shows or it has run out or was used).
    pub fn code_showing(&self, persona: &PersonaId, now: Timestamp) -> Option<(String, i64)> {
        let (press, at, used) = self.mitid(persona).showing?;
        let left = CODE_LIFE_SECS - (now.0 - at.0);
        (!used && left > 0).then(|| (code(self.seed, persona, press), left))
    }

    /// The simulated time the world last saw.
    fn mitid_now(&self) -> Timestamp {
        self.clock
    }

    /// The MitID box in progress: a login after BRUGER-ID, or the signature waiting being
    /// given with MitID by the persona logged in.
    pub fn mitid_flow(&self) -> Option<Flow> {
        match &self.login {
            Login::MitId {
                persona,
                step,
                started,
            } => Some(Flow {
                persona: persona.clone(),
                step: step.clone(),
                started: *started,
                signing: false,
            }),
            Login::LoggedIn { persona } if self.signing.is_some() => {
                self.mitid_signing.as_ref().map(|(step, started)| Flow {
                    persona: persona.clone(),
                    step: step.clone(),
                    started: *started,
                    signing: true,
                })
            }
            _ => None,
        }
    }

    pub(crate) fn decide_mitid(&self, action: &MitIdAction) -> Decision {
        let now = self.mitid_now();
        match action {
            MitIdAction::Start { user_id } => self.mitid_start(user_id, now),
            MitIdAction::StrangerRequest { persona } => {
                let has_app = self
                    .persona(persona)
                    .and_then(|p| p.mitid.as_ref())
                    .is_some_and(|m| m.authenticators.contains(&Authenticator::App));
                if !has_app {
                    return Decision::refuse(Refusal::MitIdNoApp);
                }
                Decision::ok(vec![self.new_request(persona, now, true)])
            }
            MitIdAction::Approve {
                persona,
                request,
                pin,
            } => self.mitid_approve(persona, *request, pin, now),
            MitIdAction::Reject { persona, request } => match self.app_request(*request) {
                Some(r) if &r.persona == persona && r.open(now) => {
                    Decision::ok(vec![Event::MitIdRequestAnswered {
                        persona: persona.clone(),
                        request: *request,
                        status: RequestStatus::Rejected,
                    }])
                }
                Some(r) if &r.persona == persona => Decision::refuse(Refusal::MitIdRequestClosed),
                _ => Decision::refuse(Refusal::MitIdNoSuchRequest),
            },
            MitIdAction::NewPin {
                persona,
                password,
                pin,
                repeat,
            } => self.mitid_new_pin(persona, password, pin, repeat),
            MitIdAction::Sign => self.mitid_sign(now),
            _ => self.mitid_box(action, now),
        }
    }

    /// BRUGER-ID and FORTSÆT: the login goes on with the authenticator used last time.
    fn mitid_start(&self, user_id: &str, now: Timestamp) -> Decision {
        let typed = user_id.trim();
        let Some((persona, setup)) = self.personas().iter().find_map(|p| {
            p.mitid
                .as_ref()
                .filter(|m| m.user_id.eq_ignore_ascii_case(typed))
                .map(|m| (p, m))
        }) else {
            return Decision::refuse(if crate::nemid::looks_like_real_cpr(typed) {
                Refusal::RealCprTyped
            } else if typed.is_empty() {
                Refusal::MitIdUserIdEmpty
            } else {
                Refusal::MitIdUnknownUser
            });
        };
        self.begin(persona, setup, now, false)
    }

    /// The box's first step for `persona` (a login, or a signature): refused while MitID is
    /// blocked; else the authenticator used last (the scenario's first if none), any app
    /// request of the box withdrawn.
    fn begin(
        &self,
        persona: &Persona,
        setup: &MitIdSetup,
        now: Timestamp,
        signing: bool,
    ) -> Decision {
        let state = self.mitid(&persona.id);
        if state.blocked(now) {
            return Decision::refuse(blocked(&state));
        }
        let with = state
            .last_used
            .filter(|a| setup.authenticators.contains(a))
            .unwrap_or(setup.authenticators[0]);
        let mut events = self.withdraw_request();
        events.extend(self.step_events(persona, with, now, signing));
        Decision::ok(events)
    }

    /// "Underskriv med MitID": the persona logged in gives the signature waiting with
    /// MitID, starting with the authenticator used last.
    fn mitid_sign(&self, now: Timestamp) -> Decision {
        let Some(me) = self.logged_in() else {
            return Decision::refuse(Refusal::NotLoggedIn);
        };
        if self.signing.is_none() {
            return Decision::refuse(Refusal::NoSigningInProgress);
        }
        let Some(setup) = me.mitid.as_ref() else {
            return Decision::refuse(Refusal::MitIdNoLogin);
        };
        self.begin(me, setup, now, true)
    }

    /// The events that put the box at `with`'s first step (an app request is sent).
    fn step_events(
        &self,
        persona: &Persona,
        with: Authenticator,
        now: Timestamp,
        signing: bool,
    ) -> Vec<Event> {
        let mut events = Vec::new();
        let step = match with {
            Authenticator::App => {
                let request = self.new_request(&persona.id, now, false);
                let Event::MitIdRequestSent { request: r } = &request else {
                    unreachable!("new_request makes a MitIdRequestSent")
                };
                let id = r.id;
                events.push(request);
                MitIdStep::App { request: id }
            }
            Authenticator::Chip => MitIdStep::Chip,
            with => MitIdStep::Code { with },
        };
        events.push(Event::MitIdStepReached {
            persona: persona.id.clone(),
            step,
            at: now,
            signing,
        });
        events
    }

    fn new_request(&self, persona: &PersonaId, now: Timestamp, stranger: bool) -> Event {
        Event::MitIdRequestSent {
            request: AppRequest {
                stranger,
                ..self.next_app_request(persona, now)
            },
        }
    }

    /// The next request to a phone's app (the MitID app, or the NemID nøgleapp when
    /// `nemid` is set on it), waiting from `now`.
    pub(crate) fn next_app_request(&self, persona: &PersonaId, now: Timestamp) -> AppRequest {
        let id = self.next_request_id;
        AppRequest {
            id,
            persona: persona.clone(),
            code: request_code(self.seed, persona, id),
            sent: now,
            status: RequestStatus::Waiting,
            stranger: false,
            nemid: false,
        }
    }

    /// When the login in progress waits for an app request: the event that withdraws it.
    fn withdraw_request(&self) -> Vec<Event> {
        match self.mitid_flow() {
            Some(Flow {
                persona,
                step: MitIdStep::App { request },
                ..
            }) if self
                .app_request(request)
                .is_some_and(|r| r.status == RequestStatus::Waiting) =>
            {
                vec![Event::MitIdRequestAnswered {
                    persona,
                    request,
                    status: RequestStatus::Withdrawn,
                }]
            }
            _ => Vec::new(),
        }
    }

    /// The box confirmed `persona` with `with`: logged in, or the signature given.
    fn confirmed(&self, persona: &PersonaId, with: Authenticator, signing: bool) -> Decision {
        if !signing {
            return Decision::ok(vec![
                Event::MitIdAuthenticated {
                    persona: persona.clone(),
                    with,
                },
                Event::LoggedIn {
                    persona: persona.clone(),
                },
            ]);
        }
        match self.signed_event(persona) {
            Ok(signed) => Decision::ok(vec![
                Event::MitIdSigned {
                    persona: persona.clone(),
                    with,
                },
                signed,
            ]),
            Err(refusal) => Decision::refuse(refusal),
        }
    }

    /// The steps after BRUGER-ID, for the login in progress.
    fn mitid_box(&self, action: &MitIdAction, now: Timestamp) -> Decision {
        let Some(Flow {
            persona,
            step,
            started,
            signing,
        }) = self.mitid_flow()
        else {
            return Decision::refuse(Refusal::MitIdNoLogin);
        };
        let (persona, step, started) = (&persona, &step, &started);
        let Some(p) = self.persona(persona) else {
            return Decision::refuse(Refusal::MitIdNoLogin);
        };
        let Some(setup) = p.mitid.as_ref() else {
            return Decision::refuse(Refusal::MitIdNoLogin);
        };
        let end = |why: LoginEnd| {
            let mut events = self.withdraw_request();
            events.push(Event::MitIdLoginEnded {
                persona: persona.clone(),
                why,
                signing,
            });
            events
        };
        if *action == MitIdAction::Cancel {
            return Decision::ok(end(LoginEnd::Cancelled));
        }
        // An app request may wait its whole life; the other steps as long from the start.
        let since = match step {
            MitIdStep::App { request } => self.app_request(*request).map_or(*started, |r| r.sent),
            _ => *started,
        };
        if now.0 - since.0 > LOGIN_LIFE_SECS {
            return Decision {
                events: end(LoginEnd::Expired),
                refusal: Some(Refusal::MitIdExpired),
            };
        }
        let state = self.mitid(persona);
        match (action, step) {
            (MitIdAction::Choose { with }, _) => {
                if !setup.authenticators.contains(with) {
                    return Decision::refuse(Refusal::MitIdNotYours);
                }
                let mut events = self.withdraw_request();
                events.extend(self.step_events(p, *with, now, signing));
                Decision::ok(events)
            }
            (MitIdAction::Press, MitIdStep::Code { .. }) => {
                Decision::ok(vec![Event::MitIdCodeShown {
                    persona: persona.clone(),
                    press: state.presses.wrapping_add(1),
                    at: now,
                }])
            }
            (MitIdAction::Press, MitIdStep::Chip) => Decision::ok(vec![Event::MitIdStepReached {
                persona: persona.clone(),
                step: MitIdStep::Password {
                    with: Authenticator::Chip,
                },
                at: *started,
                signing,
            }]),
            (MitIdAction::Code { code: typed }, MitIdStep::Code { with }) => {
                let at = (*started, now);
                self.mitid_code(persona, *with, typed, &state, at, signing)
            }
            (MitIdAction::Password { password }, MitIdStep::Password { with }) => {
                if *password == setup.password {
                    return self.confirmed(persona, *with, signing);
                }
                self.wrong_try(persona, &state, WrongTry::Password, now, signing)
            }
            (MitIdAction::Continue, MitIdStep::App { request }) => {
                match self.app_request(*request).map(|r| r.status) {
                    Some(RequestStatus::Approved) => {
                        self.confirmed(persona, Authenticator::App, signing)
                    }
                    Some(RequestStatus::Rejected) => Decision {
                        events: end(LoginEnd::Rejected),
                        refusal: Some(Refusal::MitIdRejected),
                    },
                    Some(RequestStatus::Waiting) => Decision::refuse(Refusal::MitIdNotApproved),
                    _ => Decision {
                        events: end(LoginEnd::Expired),
                        refusal: Some(Refusal::MitIdExpired),
                    },
                }
            }
            // A form of another step (a page left open, the back button): say where it is.
            _ => Decision::refuse(Refusal::MitIdOtherStep),
        }
    }
}

pub(super) fn blocked(state: &MitIdState) -> Refusal {
    Refusal::MitIdBlocked {
        until: state
            .blocked_until
            .map(|t| t.danish_local().clock())
            .unwrap_or_default(),
    }
}
