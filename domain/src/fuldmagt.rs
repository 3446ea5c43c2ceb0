//! Digital fuldmagt: a giver (fuldmagtsgiver) lets a holder (fuldmagtshaver) act for them
//! in named self-services (områder), until an end date or until deleted. Either side can
//! start: "Giv fuldmagt" (signed by the giver), or "Anmod om fuldmagt" and the giver's
//! "Godkend" (signed) or "Afvis". A betroet medarbejder may answer a request for a citizen
//! who cannot do it digitally. "Skift læge" and "Flytning" can be done on a giver's behalf,
//! only in the områder and while the fuldmagt is valid.

use crate::access::Signable;
use crate::letters::WorldLetter;
use crate::world::{Decision, Event, Refusal};
use crate::{PersonaId, Role, Timestamp, World};

/// The self-services a fuldmagt can cover (from `reference/domain.md`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Area {
    Journal,
    Doctor,
    Move,
    Su,
    Tax,
    Housing,
}

impl Area {
    pub const ALL: [Area; 6] = [
        Area::Journal,
        Area::Doctor,
        Area::Move,
        Area::Su,
        Area::Tax,
        Area::Housing,
    ];

    /// The label of the real service.
    pub fn label(self) -> &'static str {
        match self {
            Self::Journal => "Se journal og laboratoriesvar (sundhed.dk)",
            Self::Doctor => "Skift læge",
            Self::Move => "Flytning",
            Self::Su => "SU",
            Self::Tax => "Se og ret skat",
            Self::Housing => "Boligstøtte",
        }
    }

    /// The key a form sends.
    pub fn key(self) -> &'static str {
        match self {
            Self::Journal => "journal",
            Self::Doctor => "skift-laege",
            Self::Move => "flytning",
            Self::Su => "su",
            Self::Tax => "skat",
            Self::Housing => "boligstoette",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.key() == key)
    }
}

/// The doctors' clinics a persona can choose in "Skift læge" (all fictitious).
pub const DOCTORS: [&str; 4] = [
    "Lægehuset Bøgevej",
    "Lægerne i Vollsmose",
    "Lægehuset ved Åen",
    "Odense Lægecenter",
];

/// A fuldmagt in force.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fuldmagt {
    pub id: u16,
    pub giver: PersonaId,
    pub holder: PersonaId,
    /// Sorted, no repeats, at least one.
    pub areas: Vec<Area>,
    pub until: Option<Timestamp>,
}

/// "Anmod om fuldmagt", waiting for the giver (or a betroet medarbejder).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FuldmagtRequest {
    pub id: u16,
    pub giver: PersonaId,
    pub holder: PersonaId,
    pub areas: Vec<Area>,
    pub until: Option<Timestamp>,
}

/// The fuldmagt commands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FuldmagtAction {
    /// "Giv fuldmagt", step 1: the holder, områder, and "Gyldig til": `None` for "Indtil
    /// den slettes", or "Til en bestemt dato" with the date as typed (an empty one is
    /// refused after the person and områder are checked). Step 2 is "Underskriv" with a key.
    PrepareGive {
        name: String,
        cpr: String,
        areas: Vec<Area>,
        until: Option<String>,
    },
    /// "Anmod om fuldmagt": the holder asks the giver; "Gyldig til" as in `PrepareGive`.
    Request {
        name: String,
        cpr: String,
        areas: Vec<Area>,
        until: Option<String>,
    },
    /// "Godkend", step 1 (then "Underskriv").
    PrepareApproval { request: u16 },
    /// "Afvis".
    Reject { request: u16 },
    /// A betroet medarbejder answers for a citizen who cannot do it digitally, after
    /// confirming the citizen's identity.
    AnswerForCitizen {
        request: u16,
        approve: bool,
        identity_confirmed: bool,
    },
    /// "Slet fuldmagt", by either side.
    Delete { fuldmagt: u16 },
    /// "Skift læge", for oneself or on a giver's behalf.
    ChangeDoctor {
        on_behalf: Option<PersonaId>,
        doctor: String,
    },
    /// "Flytning": the new address, for oneself or on a giver's behalf.
    ReportMove {
        on_behalf: Option<PersonaId>,
        address: String,
    },
}

/// Longest address typed in "Flytning".
const MAX_ADDRESS: usize = 100;

fn normalise(areas: &[Area]) -> Vec<Area> {
    let mut a = areas.to_vec();
    a.sort();
    a.dedup();
    a
}

fn areas_text(areas: &[Area]) -> String {
    areas
        .iter()
        .map(|a| a.label())
        .collect::<Vec<_>>()
        .join(", ")
}

impl World {
    /// The fuldmagt `holder` has from `giver` now, if any.
    pub fn fuldmagt(&self, giver: &PersonaId, holder: &PersonaId) -> Option<&Fuldmagt> {
        self.fuldmagter
            .iter()
            .find(|f| &f.giver == giver && &f.holder == holder)
    }

    /// "Fuldmagter jeg har givet".
    pub fn fuldmagter_given(&self, giver: &PersonaId) -> Vec<&Fuldmagt> {
        self.fuldmagter
            .iter()
            .filter(|f| &f.giver == giver)
            .collect()
    }

    /// "Fuldmagter jeg har fået".
    pub fn fuldmagter_received(&self, holder: &PersonaId) -> Vec<&Fuldmagt> {
        self.fuldmagter
            .iter()
            .filter(|f| &f.holder == holder)
            .collect()
    }

    /// Requests waiting for `giver`.
    pub fn fuldmagt_requests_to(&self, giver: &PersonaId) -> Vec<&FuldmagtRequest> {
        self.fuldmagt_requests
            .iter()
            .filter(|r| &r.giver == giver)
            .collect()
    }

    /// Requests `holder` has sent.
    pub fn fuldmagt_requests_from(&self, holder: &PersonaId) -> Vec<&FuldmagtRequest> {
        self.fuldmagt_requests
            .iter()
            .filter(|r| &r.holder == holder)
            .collect()
    }

    /// The betroet medarbejder's case list: requests to citizens who cannot answer digitally.
    pub fn cases_for_trusted_employee(&self) -> Vec<&FuldmagtRequest> {
        self.fuldmagt_requests
            .iter()
            .filter(|r| self.persona(&r.giver).is_some_and(|p| !p.digital))
            .collect()
    }

    /// The persona's doctor now.
    pub fn doctor(&self, persona: &PersonaId) -> String {
        self.doctors.get(persona).cloned().unwrap_or_else(|| {
            self.persona(persona)
                .map_or_else(String::new, |p| p.doctor.clone())
        })
    }

    /// The persona's address now.
    pub fn address(&self, persona: &PersonaId) -> String {
        self.addresses.get(persona).cloned().unwrap_or_else(|| {
            self.persona(persona)
                .map_or_else(String::new, |p| p.address.clone())
        })
    }

    /// Fuldmagter whose end date the simulated clock has passed.
    pub(crate) fn expired_fuldmagter(&self, now: Timestamp) -> Vec<Event> {
        self.fuldmagter
            .iter()
            .filter(|f| f.until.is_some_and(|u| u < now))
            .map(|f| self.ended(f, None, "Fuldmagten er udløbet, fordi slutdatoen er nået."))
            .collect()
    }

    fn ended(&self, f: &Fuldmagt, by: Option<PersonaId>, why: &str) -> Event {
        let text = format!(
            "Fuldmagten fra {} til {} ({}) er ophørt. {why}",
            self.name_of(&f.giver),
            self.name_of(&f.holder),
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

    pub(crate) fn name_of(&self, p: &PersonaId) -> String {
        self.persona(p).map_or_else(String::new, |p| p.name.clone())
    }

    pub(crate) fn decide_fuldmagt(&self, action: &FuldmagtAction) -> Decision {
        match self.fuldmagt_events(action) {
            Ok(events) => Decision {
                events,
                refusal: None,
            },
            Err(refusal) => Decision {
                events: Vec::new(),
                refusal: Some(refusal),
            },
        }
    }

    /// Checks a giver / holder pair and the form: the rules every way of making a
    /// fuldmagt shares.
    fn check_fuldmagt(
        &self,
        giver: &PersonaId,
        holder: &PersonaId,
        areas: &[Area],
    ) -> Result<(), Refusal> {
        if giver == holder {
            return Err(Refusal::FuldmagtToSelf);
        }
        if areas.is_empty() {
            return Err(Refusal::NoArea);
        }
        if self.persona(giver).is_some_and(|p| p.age < 15) {
            return Err(Refusal::GiverUnder15);
        }
        if self.fuldmagt(giver, holder).is_some() {
            return Err(Refusal::FuldmagtExists);
        }
        Ok(())
    }

    fn fuldmagt_events(&self, action: &FuldmagtAction) -> Result<Vec<Event>, Refusal> {
        let me = self
            .logged_in()
            .map(|p| p.id.clone())
            .ok_or(Refusal::NotLoggedIn)?;
        let room = |n: usize| {
            if self.own_letters.len() + self.pending.len() + n > crate::letters::MAX_WORLD_LETTERS {
                Err(Refusal::WorldFull)
            } else {
                Ok(())
            }
        };
        Ok(match action {
            FuldmagtAction::PrepareGive {
                name,
                cpr,
                areas,
                until,
            } => {
                let holder = self
                    .named_persona(&me, name, cpr)
                    .map_err(Self::self_refusal)?;
                let areas = normalise(areas);
                self.check_fuldmagt(&me, &holder, &areas)?;
                let until = self.fuldmagt_end_date(until.as_deref())?;
                vec![self.start_signing(
                    &me,
                    Signable::GiveFuldmagt {
                        holder,
                        areas,
                        until,
                    },
                )]
            }
            FuldmagtAction::Request {
                name,
                cpr,
                areas,
                until,
            } => {
                let giver = self
                    .named_persona(&me, name, cpr)
                    .map_err(Self::self_refusal)?;
                let areas = normalise(areas);
                self.check_fuldmagt(&giver, &me, &areas)?;
                let until = self.fuldmagt_end_date(until.as_deref())?;
                if self
                    .fuldmagt_requests
                    .iter()
                    .any(|r| r.giver == giver && r.holder == me)
                {
                    return Err(Refusal::RequestAlreadySent);
                }
                room(1)?;
                let text = format!(
                    "{} beder om fuldmagt til at handle på dine vegne i: {}. Gå til \"Digital fuldmagt\" for at godkende eller afvise anmodningen.",
                    self.name_of(&me),
                    areas_text(&areas)
                );
                vec![Event::FuldmagtRequested {
                    letter: self.system_letter(&giver, "Anmodning om fuldmagt", &text, 0),
                    request: FuldmagtRequest {
                        id: self.next_fuldmagt_id,
                        giver,
                        holder: me,
                        areas,
                        until,
                    },
                }]
            }
            FuldmagtAction::PrepareApproval { request } => {
                self.fuldmagt_requests
                    .iter()
                    .find(|r| r.id == *request && r.giver == me)
                    .ok_or(Refusal::NoSuchRequest)?;
                vec![self.start_signing(&me, Signable::ApproveFuldmagt { request: *request })]
            }
            FuldmagtAction::Reject { request } => {
                let r = self
                    .fuldmagt_requests
                    .iter()
                    .find(|r| r.id == *request && r.giver == me)
                    .ok_or(Refusal::NoSuchRequest)?;
                room(1)?;
                vec![self.rejected(r, &me)]
            }
            FuldmagtAction::AnswerForCitizen {
                request,
                approve,
                identity_confirmed,
            } => {
                if self.persona(&me).map(|p| p.role) != Some(Role::TrustedEmployee) {
                    return Err(Refusal::NotTrustedEmployee);
                }
                let r = self
                    .cases_for_trusted_employee()
                    .into_iter()
                    .find(|r| r.id == *request)
                    .ok_or(Refusal::NoSuchRequest)?;
                if !identity_confirmed {
                    return Err(Refusal::IdentityNotConfirmed);
                }
                room(3)?;
                if *approve {
                    self.check_fuldmagt(&r.giver, &r.holder, &r.areas)?;
                    vec![self.given(
                        Fuldmagt {
                            id: self.next_fuldmagt_id,
                            giver: r.giver.clone(),
                            holder: r.holder.clone(),
                            areas: r.areas.clone(),
                            until: r.until,
                        },
                        Some(r.id),
                        Some(&me),
                    )]
                } else {
                    vec![self.rejected(r, &me)]
                }
            }
            FuldmagtAction::Delete { fuldmagt } => {
                let f = self
                    .fuldmagter
                    .iter()
                    .find(|f| f.id == *fuldmagt && (f.giver == me || f.holder == me))
                    .ok_or(Refusal::NoSuchFuldmagt)?;
                room(2)?;
                vec![self.ended(
                    f,
                    Some(me.clone()),
                    &format!("{} har slettet den.", self.name_of(&me)),
                )]
            }
            FuldmagtAction::ChangeDoctor { on_behalf, doctor } => {
                let whom = self.acting_for(&me, on_behalf.as_ref(), Area::Doctor)?;
                if !DOCTORS.contains(&doctor.as_str()) {
                    return Err(Refusal::NoSuchDoctor);
                }
                if self.doctor(&whom) == *doctor {
                    return Err(Refusal::SameDoctor);
                }
                room(1)?;
                let text = format!(
                    "Din læge er nu {doctor}.{} Du kan finde din nye læges adresse og telefonnummer på sundhed.dk.",
                    self.on_behalf_note(&me, &whom)
                );
                vec![Event::DoctorChanged {
                    persona: whom.clone(),
                    by: me,
                    doctor: doctor.clone(),
                    letter: self.system_letter(&whom, "Kvittering: Du har skiftet læge", &text, 0),
                }]
            }
            FuldmagtAction::ReportMove { on_behalf, address } => {
                let whom = self.acting_for(&me, on_behalf.as_ref(), Area::Move)?;
                let address = address.split_whitespace().collect::<Vec<_>>().join(" ");
                if address.chars().count() < 5 {
                    return Err(Refusal::AddressMissing);
                }
                if address.chars().count() > MAX_ADDRESS {
                    return Err(Refusal::AddressTooLong);
                }
                room(1)?;
                let text = format!(
                    "Vi har registreret din flytning. Din nye adresse er {address}.{}",
                    self.on_behalf_note(&me, &whom)
                );
                vec![Event::MoveReported {
                    persona: whom.clone(),
                    by: me,
                    address,
                    letter: self.system_letter(&whom, "Kvittering for flytning", &text, 0),
                }]
            }
        })
    }

    /// Who an action is done for: oneself, or a giver whose valid fuldmagt covers `area`.
    fn acting_for(
        &self,
        me: &PersonaId,
        on_behalf: Option<&PersonaId>,
        area: Area,
    ) -> Result<PersonaId, Refusal> {
        match on_behalf {
            None => Ok(me.clone()),
            Some(giver) if giver == me => Ok(me.clone()),
            Some(giver) => match self.fuldmagt(giver, me) {
                Some(f) if f.areas.contains(&area) => Ok(giver.clone()),
                _ => Err(Refusal::NoFuldmagt),
            },
        }
    }

    fn on_behalf_note(&self, me: &PersonaId, whom: &PersonaId) -> String {
        if me == whom {
            String::new()
        } else {
            format!(
                " Det blev gjort af {} med fuldmagt på dine vegne.",
                self.name_of(me)
            )
        }
    }

    /// "Navn og CPR passer ikke" stays; giving to oneself gets the fuldmagt wording.
    fn self_refusal(r: Refusal) -> Refusal {
        if r == Refusal::AccessToSelf {
            Refusal::FuldmagtToSelf
        } else {
            r
        }
    }

    fn rejected(&self, r: &FuldmagtRequest, by: &PersonaId) -> Event {
        let text = format!(
            "Din anmodning om fuldmagt fra {} er afvist{}.",
            self.name_of(&r.giver),
            if by == &r.giver {
                String::new()
            } else {
                format!(" af {} (betroet medarbejder)", self.name_of(by))
            }
        );
        Event::FuldmagtRejected {
            request: r.id,
            letter: self.system_letter(&r.holder, "Din anmodning om fuldmagt er afvist", &text, 0),
        }
    }

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
                self.name_of(t),
                self.name_of(&f.giver)
            )
        });
        let text = format!(
            "{} har givet {} fuldmagt til: {}. {until}{approved_by}",
            self.name_of(&f.giver),
            self.name_of(&f.holder),
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

#[cfg(test)]
#[path = "fuldmagt_tests.rs"]
mod tests;
