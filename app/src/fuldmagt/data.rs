//! Digital fuldmagt and the self-services "Skift læge" and "Flytning": what the pages
//! show, read on the server while the page renders. Changes are form posts (server/src/fuldmagt.rs).

use crate::error::AppError;
use crate::text::fuldmagt as t;
use crate::world::InWorld;
use domain::{Area, PersonaId, Timestamp, World};
use serde::{Deserialize, Serialize};

/// A fuldmagt or a request, as the lists show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FuldmagtRow {
    pub id: u16,
    /// The other person.
    pub person: String,
    /// For the betroet medarbejder's cases: the citizen asked.
    pub citizen: String,
    pub areas: String,
    pub until: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FuldmagtOverview {
    pub me: String,
    pub trusted_employee: bool,
    pub given: Vec<FuldmagtRow>,
    pub received: Vec<FuldmagtRow>,
    pub requests_to_me: Vec<FuldmagtRow>,
    pub my_requests: Vec<FuldmagtRow>,
    pub cases: Vec<FuldmagtRow>,
    /// "Brug fuldmagten": the self-services the fuldmagter received cover ("Skift læge",
    /// "Flyt"), as (address, label); none once those fuldmagter are deleted.
    pub services: Vec<(String, String)>,
    pub errors: Vec<String>,
}

/// An område to tick.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AreaChoice {
    pub key: String,
    pub label: String,
    pub checked: bool,
}

/// "Giv fuldmagt" or "Anmod om fuldmagt", as typed so far.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FuldmagtForm {
    pub name: String,
    /// Kept only when it is a CPR number of the practice world.
    pub cpr: String,
    pub areas: Vec<AreaChoice>,
    /// "slettes" or "dato".
    pub how_long: String,
    pub until: String,
    pub errors: Vec<String>,
    /// The refusal that belongs next to an input.
    pub field_error: crate::world::AtField,
}

/// Someone the learner can act for in a self-service, with what it shows now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ForWhom {
    pub id: String,
    pub name: String,
    /// The current doctor or address.
    pub current: String,
    pub chosen: bool,
}

/// "Skift læge" or "Flytning".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceView {
    pub people: Vec<ForWhom>,
    pub doctors: Vec<String>,
    pub address: String,
    pub errors: Vec<String>,
    /// The refusal that belongs next to an input.
    pub field_error: crate::world::AtField,
}

pub(crate) fn until(u: Option<Timestamp>) -> String {
    u.map_or_else(|| t::UNTIL_DELETED.to_owned(), |u| u.danish_date())
}

fn areas(a: &[Area]) -> String {
    a.iter().map(|a| a.label()).collect::<Vec<_>>().join(", ")
}

fn row(
    world: &World,
    id: u16,
    other: &PersonaId,
    citizen: &PersonaId,
    a: &[Area],
    u: Option<Timestamp>,
) -> FuldmagtRow {
    FuldmagtRow {
        id,
        person: world.name(other),
        citizen: world.name(citizen),
        areas: areas(a),
        until: until(u),
    }
}

pub fn overview(world: &World) -> Option<FuldmagtOverview> {
    let me = world.logged_in()?;
    let id = &me.id;
    let feedback = crate::world::feedback();
    let trusted = me.role == domain::Role::TrustedEmployee;
    Some(FuldmagtOverview {
        me: me.name.clone(),
        trusted_employee: trusted,
        given: world
            .fuldmagter_given(id)
            .into_iter()
            .map(|f| row(world, f.id, &f.holder, &f.giver, &f.areas, f.until))
            .collect(),
        received: world
            .fuldmagter_received(id)
            .into_iter()
            .map(|f| row(world, f.id, &f.giver, &f.giver, &f.areas, f.until))
            .collect(),
        requests_to_me: world
            .fuldmagt_requests_to(id)
            .into_iter()
            .map(|r| row(world, r.id, &r.holder, &r.giver, &r.areas, r.until))
            .collect(),
        my_requests: world
            .fuldmagt_requests_from(id)
            .into_iter()
            .map(|r| row(world, r.id, &r.giver, &r.giver, &r.areas, r.until))
            .collect(),
        cases: if trusted {
            world
                .cases_for_trusted_employee()
                .into_iter()
                .map(|r| row(world, r.id, &r.holder, &r.giver, &r.areas, r.until))
                .collect()
        } else {
            Vec::new()
        },
        services: [
            (Area::Doctor, crate::paths::DOCTOR, t::DOCTOR_TITLE),
            (Area::Move, crate::paths::MOVE, t::MOVE_TITLE),
        ]
        .into_iter()
        .filter(|(area, _, _)| {
            world
                .fuldmagter_received(id)
                .iter()
                .any(|f| f.areas.contains(area))
        })
        .map(|(_, href, label)| (href.to_owned(), label.to_owned()))
        .collect(),
        errors: feedback.errors,
    })
}

pub fn form(world: &World) -> Option<FuldmagtForm> {
    world.logged_in()?;
    let feedback = crate::world::feedback();
    let cpr = feedback.kept_cpr(world);
    let chosen: Vec<&str> = feedback
        .fields
        .iter()
        .filter(|(k, _)| k == "omraade")
        .map(|(_, v)| v.as_str())
        .collect();
    Some(FuldmagtForm {
        name: feedback.field("navn"),
        cpr,
        areas: Area::ALL
            .iter()
            .map(|a| AreaChoice {
                key: a.key().to_owned(),
                label: a.label().to_owned(),
                checked: chosen.contains(&a.key()),
            })
            .collect(),
        how_long: if feedback.field("varighed") == "dato" {
            "dato".into()
        } else {
            "slettes".into()
        },
        until: feedback.field("gyldig_til"),
        field_error: feedback.at_field(),
        errors: feedback.errors.clone(),
    })
}

/// The self-service for `area`: oneself first, then every giver whose fuldmagt covers it.
pub fn service(world: &World, area: Area) -> Option<ServiceView> {
    let me = world.logged_in()?.id.clone();
    let feedback = crate::world::feedback();
    let chosen = feedback.field("for");
    let current = |p: &PersonaId| match area {
        Area::Doctor => world.doctor(p),
        _ => world.address(p),
    };
    let people = std::iter::once(me.clone())
        .chain(
            world
                .fuldmagter_received(&me)
                .into_iter()
                .filter(|f| f.areas.contains(&area))
                .map(|f| f.giver.clone()),
        )
        .map(|p| ForWhom {
            id: p.to_string(),
            name: if p == me {
                t::MYSELF.to_owned()
            } else {
                world.name(&p)
            },
            current: current(&p),
            chosen: chosen == p.as_str(),
        })
        .collect();
    Some(ServiceView {
        people,
        doctors: domain::DOCTORS.iter().map(|d| (*d).to_owned()).collect(),
        address: feedback.field("adresse"),
        field_error: feedback.at_field(),
        errors: feedback.errors,
    })
}

pub fn get_fuldmagt() -> Result<InWorld<Option<FuldmagtOverview>>, AppError> {
    crate::world::with_world(overview)
}

pub fn get_fuldmagt_form() -> Result<InWorld<Option<FuldmagtForm>>, AppError> {
    crate::world::with_world(form)
}

pub fn get_service(doctor: bool) -> Result<InWorld<Option<ServiceView>>, AppError> {
    let area = if doctor {
        domain::Area::Doctor
    } else {
        domain::Area::Move
    };
    crate::world::with_world(|w| service(w, area))
}
