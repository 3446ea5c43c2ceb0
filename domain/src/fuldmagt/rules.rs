//! The rules of digital fuldmagt and of acting on someone's behalf.

use crate::event::Event;
use crate::fuldmagt::{
    Area, DOCTORS, Fuldmagt, FuldmagtAction, FuldmagtRequest, MAX_ADDRESS, areas_text, normalise,
};
use crate::ids::PersonaId;
use crate::refusal::Refusal;
use crate::scenario::Role;
use crate::sign::Signable;
use crate::world::{Decision, World};

impl World {
    pub(crate) fn decide_fuldmagt(&self, action: &FuldmagtAction) -> Decision {
        Decision::from_result(self.fuldmagt_events(action))
    }

    /// Checks a giver / holder pair and the form: the rules every way of making a
    /// fuldmagt shares.
    pub(crate) fn check_fuldmagt(
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
                self.check_no_request(&giver, &me)?;
                // The requester signs the request with NemID, as on the real site.
                vec![self.start_signing(
                    &me,
                    Signable::RequestFuldmagt {
                        giver,
                        areas,
                        until,
                    },
                )]
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
                self.room_for(1)?;
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
                self.room_for(3)?;
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
                self.room_for(2)?;
                vec![self.ended(
                    f,
                    Some(me.clone()),
                    &format!("{} har slettet den.", self.name(&me)),
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
                self.room_for(1)?;
                let text = format!(
                    "Din læge er nu {doctor}.{} Du kan finde din nye læges adresse og telefonnummer på sundhed.dk.",
                    self.on_behalf_note(&me, &whom)
                );
                vec![Event::DoctorChanged {
                    persona: whom.clone(),
                    by: me,
                    doctor: doctor.clone(),
                    letter: Box::new(self.system_letter(
                        &whom,
                        "Kvittering: Du har skiftet læge",
                        &text,
                        0,
                    )),
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
                self.room_for(1)?;
                let text = format!(
                    "Vi har registreret din flytning. Din nye adresse er {address}.{}",
                    self.on_behalf_note(&me, &whom)
                );
                vec![Event::MoveReported {
                    persona: whom.clone(),
                    by: me,
                    address,
                    letter: Box::new(self.system_letter(
                        &whom,
                        "Kvittering for flytning",
                        &text,
                        0,
                    )),
                }]
            }
        })
    }

    /// Refused if `holder` already waits for an answer from `giver`.
    fn check_no_request(&self, giver: &PersonaId, holder: &PersonaId) -> Result<(), Refusal> {
        if self
            .fuldmagt_requests
            .iter()
            .any(|r| &r.giver == giver && &r.holder == holder)
        {
            return Err(Refusal::RequestAlreadySent);
        }
        Ok(())
    }

    /// A signed request: checked again (things may have changed while the key was
    /// found), then the giver gets it in Digital Post.
    pub(crate) fn requested(
        &self,
        me: &PersonaId,
        giver: &PersonaId,
        areas: &[Area],
        until: Option<crate::Timestamp>,
    ) -> Result<Event, Refusal> {
        self.check_fuldmagt(giver, me, areas)?;
        self.check_no_request(giver, me)?;
        let text = format!(
            "{} beder om fuldmagt til at handle på dine vegne i: {}. Anmodningen er underskrevet med NemID. Gå til \"Digital fuldmagt\" for at godkende eller afvise anmodningen.",
            self.name(me),
            areas_text(areas)
        );
        Ok(Event::FuldmagtRequested {
            letter: Box::new(self.system_letter(giver, "Anmodning om fuldmagt", &text, 0)),
            request: FuldmagtRequest {
                id: self.next_fuldmagt_id,
                giver: giver.clone(),
                holder: me.clone(),
                areas: areas.to_vec(),
                until,
            },
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
                self.name(me)
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
            self.name(&r.giver),
            if by == &r.giver {
                String::new()
            } else {
                format!(" af {} (betroet medarbejder)", self.name(by))
            }
        );
        Event::FuldmagtRejected {
            request: r.id,
            letter: Box::new(self.system_letter(
                &r.holder,
                "Din anmodning om fuldmagt er afvist",
                &text,
                0,
            )),
        }
    }
}
