//! What a drill's commands do to a world.

use super::model::*;
use crate::event::Event;
use crate::ids::PersonaId;
use crate::refusal::Refusal;
use crate::world::{Decision, World};

/// What happens to a drill.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DrillAction {
    /// The scenario (an exercise's setup) sends drill `drill` to `persona`'s phone.
    Send { persona: PersonaId, drill: String },
    /// The learner opened the fake page.
    Open { drill: String },
    /// The learner sent the fake page's form; `anything`: a field was not empty. What was
    /// typed never comes this far.
    Submit { drill: String, anything: bool },
    /// "Slet" on the phone (a call: "Læg på").
    Delete { persona: PersonaId, drill: String },
    /// "Rapportér som svindel" on the phone (an SMS or an e-mail).
    Report { persona: PersonaId, drill: String },
    /// "Kig væk" begins (an exercise's setup): `helper` sits next to `owner`.
    Watch { helper: PersonaId, owner: PersonaId },
    /// The helper looks away (true: "Jeg kigger væk") or back.
    Look { away: bool },
}

impl World {
    /// The drill `id` of the scenario with its index.
    pub fn drill(&self, id: &str) -> Option<(u16, &Drill)> {
        let at = self.scenario.drills.iter().position(|d| d.id == id)?;
        Some((u16::try_from(at).ok()?, &self.scenario.drills[at]))
    }

    /// The drill `id` as sent in this world, if it was.
    pub fn sent_drill(&self, id: &str) -> Option<&SentDrill> {
        let (index, _) = self.drill(id)?;
        self.drills.iter().find(|d| d.drill == index)
    }

    /// The drills on `persona`'s phone that were not deleted, newest first.
    pub fn drills_on_phone(&self, persona: &PersonaId) -> Vec<(&SentDrill, &Drill)> {
        let mut list: Vec<_> = self
            .drills
            .iter()
            .filter(|d| &d.persona == persona && !d.deleted && !d.reported)
            .filter_map(|d| Some((d, self.scenario.drills.get(usize::from(d.drill))?)))
            .collect();
        list.reverse();
        list
    }

    /// How many drills were spotted and how many fallen for, in this world: the fake
    /// messages, and the MitID requests someone else started ("Afvis" spots one, approving
    /// it falls for it).
    pub fn drill_outcomes(&self) -> (u8, u8) {
        use crate::mitid::RequestStatus;
        let count = |o, status| {
            let messages = (self.drills.iter()).filter(|d| d.outcome(self.clock) == Some(o));
            // A call's request counts with its drill, above.
            let requests = (self.mitid_requests.iter()).filter(|r| {
                r.stranger
                    && r.status == status
                    && !self.drills.iter().any(|d| d.request == Some(r.id))
            });
            u8::try_from(messages.count() + requests.count()).unwrap_or(u8::MAX)
        };
        (
            count(Outcome::Spotted, RequestStatus::Rejected),
            count(Outcome::Fooled, RequestStatus::Approved),
        )
    }

    pub(crate) fn decide_drill(&self, action: &DrillAction) -> Decision {
        let id = match action {
            DrillAction::Send { drill, .. }
            | DrillAction::Open { drill }
            | DrillAction::Submit { drill, .. }
            | DrillAction::Delete { drill, .. }
            | DrillAction::Report { drill, .. } => drill,
            DrillAction::Watch { helper, owner } => return self.decide_watch(helper, owner),
            DrillAction::Look { away } => return self.decide_look(*away),
        };
        let Some((index, drill)) = self.drill(id) else {
            return Decision::refuse(Refusal::DrillUnknown);
        };
        let sent = self.drills.iter().find(|d| d.drill == index);
        let page = matches!(
            action,
            DrillAction::Open { .. } | DrillAction::Submit { .. } | DrillAction::Report { .. }
        );
        if page && drill.channel == Channel::Call {
            // A call has no link, no fake page, and nothing to report on the phone.
            return Decision::refuse(Refusal::DrillUnknown);
        }
        match (action, sent) {
            (DrillAction::Send { persona, .. }, None) => {
                if self.persona(persona).is_none() {
                    return Decision::refuse(Refusal::DrillUnknown);
                }
                self.send_drill(persona, index, drill.channel)
            }
            // Sent once per world: sending again changes nothing.
            (DrillAction::Send { .. }, Some(_)) => Decision::ok(Vec::new()),
            (_, None) => Decision::refuse(Refusal::DrillUnknown),
            (DrillAction::Open { .. }, Some(d)) if d.opened => Decision::ok(Vec::new()),
            (DrillAction::Open { .. }, Some(_)) => {
                Decision::ok(vec![Event::DrillOpened { drill: index }])
            }
            (DrillAction::Submit { anything, .. }, Some(d)) if *anything && !d.typed => {
                Decision::ok(vec![Event::DrillTyped { drill: index }])
            }
            (DrillAction::Submit { .. }, Some(_)) => Decision::ok(Vec::new()),
            (
                DrillAction::Delete { persona, .. } | DrillAction::Report { persona, .. },
                Some(d),
            ) if &d.persona != persona => Decision::refuse(Refusal::DrillUnknown),
            (DrillAction::Report { .. }, Some(d)) if d.reported || d.deleted => {
                Decision::ok(Vec::new())
            }
            (DrillAction::Report { .. }, Some(_)) => {
                Decision::ok(vec![Event::DrillReported { drill: index }])
            }
            (DrillAction::Delete { .. }, Some(d)) if d.deleted => Decision::ok(Vec::new()),
            (DrillAction::Delete { .. }, Some(_)) => {
                Decision::ok(vec![Event::DrillDeleted { drill: index }])
            }
            (DrillAction::Watch { .. } | DrillAction::Look { .. }, _) => {
                unreachable!("answered above")
            }
        }
    }

    /// The drill's message arrives; a call comes with a MitID request the learner did not
    /// start (refused as for any such request when the persona has no MitID app).
    fn send_drill(&self, persona: &PersonaId, index: u16, channel: Channel) -> Decision {
        let mut events = Vec::new();
        let mut request = None;
        if channel == Channel::Call {
            let action = crate::mitid::MitIdAction::StrangerRequest {
                persona: persona.clone(),
            };
            let decision = self.decide_mitid(&action);
            if decision.refusal.is_some() {
                return decision;
            }
            for event in &decision.events {
                if let Event::MitIdRequestSent { request: r } = event {
                    request = Some(r.id);
                }
            }
            events = decision.events;
        }
        events.push(Event::DrillSent {
            persona: persona.clone(),
            drill: index,
            at: self.clock,
            request,
        });
        Decision::ok(events)
    }

    pub(crate) fn apply_drill(&mut self, event: &Event) {
        match event {
            Event::DrillSent {
                persona,
                drill,
                at,
                request,
            } => self.drills.push(SentDrill {
                drill: *drill,
                persona: persona.clone(),
                sent: *at,
                opened: false,
                typed: false,
                deleted: false,
                reported: false,
                request: *request,
                approved: None,
            }),
            Event::MitIdRequestAnswered {
                request, status, ..
            } => {
                use crate::mitid::RequestStatus;
                let answer = match status {
                    RequestStatus::Approved => true,
                    RequestStatus::Rejected => false,
                    _ => return,
                };
                if let Some(d) = self.drills.iter_mut().find(|d| d.request == Some(*request)) {
                    d.approved = Some(answer);
                }
            }
            Event::WatchStarted { .. } | Event::HelperLooked { .. } | Event::HelperSaw => {
                self.apply_watch(event)
            }
            Event::DrillOpened { drill }
            | Event::DrillTyped { drill }
            | Event::DrillDeleted { drill }
            | Event::DrillReported { drill } => {
                if let Some(d) = self.drills.iter_mut().find(|d| d.drill == *drill) {
                    match event {
                        Event::DrillOpened { .. } => d.opened = true,
                        Event::DrillTyped { .. } => {
                            d.opened = true;
                            d.typed = true;
                        }
                        Event::DrillReported { .. } => d.reported = true,
                        _ => d.deleted = true,
                    }
                }
            }
            _ => {}
        }
    }
}
