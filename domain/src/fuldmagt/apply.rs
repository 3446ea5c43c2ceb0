//! The events of a fuldmagt given or ended, and how fuldmagt events change a world.

use crate::event::Event;
use crate::fuldmagt::{Fuldmagt, areas_text};
use crate::ids::PersonaId;
use crate::letters::WorldLetter;
use crate::refusal::Refusal;
use crate::sign::Signable;
use crate::time::Timestamp;
use crate::world::World;

impl World {
    /// The events of a fuldmagt given: letters to the holder and the giver.
    pub(crate) fn given(
        &self,
        f: Fuldmagt,
        request: Option<u16>,
        trusted: Option<&PersonaId>,
    ) -> Event {
        let until = match f.until {
            Some(u) => format!("Den gælder til og med {}.", u.danish_date()),
            None => "Den gælder, indtil den bliver slettet.".to_owned(),
        };
        let approved_by = trusted.map_or_else(String::new, |t| {
            format!(
                " Den er godkendt af {} (betroet medarbejder) på vegne af {}.",
                self.name(t),
                self.name(&f.giver)
            )
        });
        let text = format!(
            "{} har givet {} fuldmagt til: {}. {until}{approved_by}",
            self.name(&f.giver),
            self.name(&f.holder),
            areas_text(&f.areas)
        );
        let letters: Vec<WorldLetter> = vec![
            self.system_letter(&f.holder, "Du har fået en fuldmagt", &text, 0),
            self.system_letter(&f.giver, "Du har givet en fuldmagt", &text, 1),
        ];
        Event::FuldmagtGiven {
            fuldmagt: f,
            request,
            letters,
        }
    }

    /// After the giver's key: the fuldmagt signed for.
    pub(crate) fn fuldmagt_signed(
        &self,
        me: &PersonaId,
        what: &Signable,
    ) -> Result<Event, Refusal> {
        if let Signable::RequestFuldmagt {
            giver,
            areas,
            until,
        } = what
        {
            return self.requested(me, giver, areas, *until);
        }
        let f = match what {
            Signable::GiveFuldmagt {
                holder,
                areas,
                until,
            } => Fuldmagt {
                id: self.next_fuldmagt_id,
                giver: me.clone(),
                holder: holder.clone(),
                areas: areas.clone(),
                until: *until,
            },
            Signable::ApproveFuldmagt { request } => {
                let r = self
                    .fuldmagt_requests
                    .iter()
                    .find(|r| r.id == *request && &r.giver == me)
                    .ok_or(Refusal::NoSuchRequest)?;
                Fuldmagt {
                    id: self.next_fuldmagt_id,
                    giver: me.clone(),
                    holder: r.holder.clone(),
                    areas: r.areas.clone(),
                    until: r.until,
                }
            }
            _ => return Err(Refusal::NoSigningInProgress),
        };
        self.check_fuldmagt(&f.giver, &f.holder, &f.areas)?;
        let request = match what {
            Signable::ApproveFuldmagt { request } => Some(*request),
            _ => None,
        };
        Ok(self.given(f, request, None))
    }

    pub(crate) fn ended(&self, f: &Fuldmagt, by: Option<PersonaId>, why: &str) -> Event {
        let text = format!(
            "Fuldmagten fra {} til {} ({}) er ophørt. {why}",
            self.name(&f.giver),
            self.name(&f.holder),
            areas_text(&f.areas)
        );
        Event::FuldmagtEnded {
            fuldmagt: f.id,
            by,
            letters: vec![
                self.system_letter(&f.giver, "Din fuldmagt er ophørt", &text, 0),
                self.system_letter(&f.holder, "En fuldmagt er ophørt", &text, 1),
            ],
        }
    }

    /// Fuldmagter whose end date the simulated clock has passed.
    pub(crate) fn expired_fuldmagter(&self, now: Timestamp) -> Vec<Event> {
        self.fuldmagter
            .iter()
            .filter(|f| f.until.is_some_and(|u| u < now))
            .map(|f| self.ended(f, None, "Fuldmagten er udløbet, fordi slutdatoen er nået."))
            .collect()
    }

    pub(crate) fn apply_fuldmagt(&mut self, event: &Event) {
        match event {
            Event::FuldmagtRequested { request, letter } => {
                self.next_fuldmagt_id = self.next_fuldmagt_id.max(request.id.saturating_add(1));
                self.fuldmagt_requests.push(request.clone());
                self.add_arrived(letter);
            }
            Event::FuldmagtGiven {
                fuldmagt,
                request,
                letters,
            } => {
                self.signing = None;
                self.next_fuldmagt_id = self.next_fuldmagt_id.max(fuldmagt.id.saturating_add(1));
                self.fuldmagter.push(fuldmagt.clone());
                if let Some(r) = request {
                    self.fuldmagt_requests.retain(|x| x.id != *r);
                }
                for l in letters {
                    self.add_arrived(l);
                }
            }
            Event::FuldmagtRejected { request, letter } => {
                self.fuldmagt_requests.retain(|r| r.id != *request);
                self.add_arrived(letter);
            }
            Event::FuldmagtEnded {
                fuldmagt, letters, ..
            } => {
                self.fuldmagter.retain(|f| f.id != *fuldmagt);
                for l in letters {
                    self.add_arrived(l);
                }
            }
            Event::DoctorChanged {
                persona,
                doctor,
                letter,
                ..
            } => {
                self.doctors.insert(persona.clone(), doctor.clone());
                self.add_arrived(letter);
            }
            Event::MoveReported {
                persona,
                address,
                letter,
                ..
            } => {
                self.addresses.insert(persona.clone(), address.clone());
                self.add_arrived(letter);
            }
            _ => {}
        }
    }
}
