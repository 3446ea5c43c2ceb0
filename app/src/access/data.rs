//! Læseadgang: what the access pages show, read on the server while the page renders. Every change is a
//! form post handled in server/src/access.rs.

use crate::error::AppError;
use crate::text::access as t;
use crate::world::{InWorld, KeyCardView};
use domain::{AccessLevel, AccessScope, Grant, PersonaId, Signable, Timestamp, World};
use serde::{Deserialize, Serialize};

/// An access, as the lists show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GrantRow {
    pub id: u16,
    /// The other person: the helper (given) or the owner (received).
    pub person: String,
    pub person_id: String,
    pub level: String,
    pub scope: String,
    pub until: String,
}

/// A request waiting for an answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequestRow {
    pub id: u16,
    pub person: String,
    pub level: String,
    pub until: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccessOverview {
    pub me: String,
    pub given: Vec<GrantRow>,
    pub received: Vec<GrantRow>,
    pub requests_to_me: Vec<RequestRow>,
    pub my_requests: Vec<RequestRow>,
    pub errors: Vec<String>,
}

/// A folder to tick in "Giv adgang".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FolderChoice {
    pub key: String,
    pub name: String,
    pub checked: bool,
}

/// "Giv adgang" or "Anmod om adgang", as typed so far.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccessForm {
    pub me: String,
    pub name: String,
    /// Kept only when it is a CPR number of the practice world (never a real one).
    pub cpr: String,
    /// "laese" or "skrive".
    pub level: String,
    /// "hele" or "mapper".
    pub scope: String,
    pub folders: Vec<FolderChoice>,
    pub until: String,
    pub errors: Vec<String>,
    /// The refusal that belongs next to an input.
    pub field_error: crate::world::AtField,
}

impl AccessForm {
    /// The refusal to show at the input with id `input`.
    pub fn error_at(&self, input: &str) -> Option<String> {
        self.field_error.at(input)
    }
}

/// The signature step: what is signed and the key asked for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignView {
    pub summary: Vec<(String, String)>,
    pub key_number: String,
    pub card: KeyCardView,
    pub errors: Vec<String>,
    /// The refusal that belongs at the key input.
    pub field_error: crate::world::AtField,
    /// The signer has MitID: "Underskriv med MitID" is offered.
    pub mitid: bool,
}

fn until(u: Option<Timestamp>) -> String {
    u.map_or_else(|| t::NO_END.to_owned(), |u| u.danish_date())
}

fn grant_row(world: &World, g: &Grant, other: &PersonaId) -> GrantRow {
    GrantRow {
        id: g.id,
        person: world.name(other),
        person_id: other.to_string(),
        level: g.level.label().to_owned(),
        scope: world.scope_names(&g.owner, &g.scope).join(", "),
        until: until(g.until),
    }
}

pub fn overview(world: &World) -> Option<AccessOverview> {
    let me = world.logged_in()?.id.clone();
    let feedback = crate::world::feedback();
    let request = |r: &domain::AccessRequest, other: &PersonaId| RequestRow {
        id: r.id,
        person: world.name(other),
        level: r.level.label().to_owned(),
        until: until(r.until),
    };
    Some(AccessOverview {
        me: world.name(&me),
        given: world
            .grants_given(&me)
            .into_iter()
            .map(|g| grant_row(world, g, &g.helper))
            .collect(),
        received: world
            .grants_received(&me)
            .into_iter()
            .map(|g| grant_row(world, g, &g.owner))
            .collect(),
        requests_to_me: world
            .requests_to(&me)
            .into_iter()
            .map(|r| request(r, &r.helper))
            .collect(),
        my_requests: world
            .requests_from(&me)
            .into_iter()
            .map(|r| request(r, &r.owner))
            .collect(),
        errors: feedback.errors,
    })
}

pub fn form(world: &World) -> Option<AccessForm> {
    let me = world.logged_in()?.id.clone();
    let feedback = crate::world::feedback();
    let cpr = feedback.kept_cpr(world);
    let chosen: Vec<String> = feedback
        .fields
        .iter()
        .filter(|(k, _)| k == "mappe")
        .map(|(_, v)| v.clone())
        .collect();
    let folders = [domain::FolderRef::Inbox, domain::FolderRef::Sent]
        .into_iter()
        .chain(
            world
                .own_folders(&me)
                .iter()
                .map(|f| domain::FolderRef::Own(f.id)),
        )
        .map(|f| {
            let key = f.key();
            FolderChoice {
                name: crate::post::folder_name(world, &me, f),
                checked: chosen.contains(&key),
                key,
            }
        })
        .collect();
    let or = |v: String, d: &str| if v.is_empty() { d.to_owned() } else { v };
    Some(AccessForm {
        me: world.name(&me),
        name: feedback.field("navn"),
        cpr,
        level: or(feedback.field("niveau"), "laese"),
        scope: or(feedback.field("omfang"), "hele"),
        folders,
        until: feedback.field("slutdato"),
        field_error: feedback.at_field(),
        errors: feedback.errors,
    })
}

fn fuldmagt_summary(
    world: &World,
    holder: &PersonaId,
    areas: &[domain::Area],
    u: Option<Timestamp>,
) -> Vec<(String, String)> {
    use crate::text::fuldmagt as f;
    vec![
        (f::HOLDER.to_owned(), world.name(holder)),
        (
            f::AREAS.to_owned(),
            areas
                .iter()
                .map(|a| a.label())
                .collect::<Vec<_>>()
                .join(", "),
        ),
        (
            f::VALID_UNTIL.to_owned(),
            u.map_or_else(|| f::UNTIL_DELETED.to_owned(), |u| u.danish_date()),
        ),
    ]
}

/// `Err` with the refusal messages when nothing waits for a signature.
pub fn sign(world: &World) -> Option<Result<SignView, Vec<String>>> {
    let me = world.logged_in()?;
    let feedback = crate::world::feedback();
    let Some(signing) = world.signing() else {
        return Some(Err(feedback.errors));
    };
    let card = crate::world::key_card(world, me);
    let key_number = card
        .keys
        .get(usize::from(signing.key_index))
        .map(|k| k.number.clone())
        .unwrap_or_default();
    let describe = |helper: &PersonaId, level: AccessLevel, scope: &AccessScope, u| {
        vec![
            (t::HELPER.to_owned(), world.name(helper)),
            (t::LEVEL.to_owned(), level.label().to_owned()),
            (
                t::SCOPE.to_owned(),
                world.scope_names(&me.id, scope).join(", "),
            ),
            (t::END_DATE.to_owned(), until(u)),
        ]
    };
    let summary = match &signing.what {
        Signable::Grant {
            helper,
            level,
            scope,
            until,
        } => describe(helper, *level, scope, *until),
        Signable::Approve { request } => {
            let r = world
                .requests_to(&me.id)
                .into_iter()
                .find(|r| r.id == *request)?;
            describe(&r.helper, r.level, &AccessScope::Whole, r.until)
        }
        Signable::GiveFuldmagt {
            holder,
            areas,
            until: u,
        } => fuldmagt_summary(world, holder, areas, *u),
        Signable::ApproveFuldmagt { request } => {
            let r = world
                .fuldmagt_requests_to(&me.id)
                .into_iter()
                .find(|r| r.id == *request)?;
            fuldmagt_summary(world, &r.holder, &r.areas, r.until)
        }
        Signable::RequestFuldmagt {
            giver,
            areas,
            until: u,
        } => {
            let mut summary = fuldmagt_summary(world, giver, areas, *u);
            summary[0].0 = crate::text::fuldmagt::GIVER.to_owned();
            summary.insert(
                0,
                (
                    crate::text::fuldmagt::WHAT.to_owned(),
                    crate::text::fuldmagt::REQUEST_SIGNED.to_owned(),
                ),
            );
            summary
        }
    };
    Some(Ok(SignView {
        summary,
        key_number,
        card,
        field_error: feedback.at_field(),
        errors: feedback.errors,
        mitid: me.mitid.is_some(),
    }))
}

pub fn get_access() -> Result<InWorld<Option<AccessOverview>>, AppError> {
    crate::world::with_world(overview)
}

pub fn get_access_form() -> Result<InWorld<Option<AccessForm>>, AppError> {
    crate::world::with_world(form)
}

/// The signature page: what is to be signed, or why nothing is (`Err` with the reasons).
pub type SignRead = Option<Result<SignView, Vec<String>>>;

pub fn get_access_sign() -> Result<InWorld<SignRead>, AppError> {
    crate::world::with_world(sign)
}
