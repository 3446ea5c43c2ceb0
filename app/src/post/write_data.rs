//! "Skriv ny besked" (the authority list, or the form for the chosen one) and
//! "Aktivitetslog", as their pages show them.

use crate::error::AppError;
use crate::world::InWorld;
use domain::{Party, World};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// An authority in "Vælg myndighed".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuthorityChoice {
    pub id: String,
    pub name: String,
}

/// "Skriv ny besked": the authority list, or the form for the chosen one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WriteView {
    pub owner: String,
    /// (group heading, authorities), in the real site's order.
    pub groups: Vec<(String, Vec<AuthorityChoice>)>,
    /// The authority chosen (`til`), or the sender of the letter answered.
    pub to: Option<AuthorityChoice>,
    /// The letter answered ("Besvar"): id and subject.
    pub reply_to: Option<(String, String)>,
    pub subject: String,
    pub body: String,
    /// The draft being written on ("Kladder"), if it still exists.
    pub draft: Option<u16>,
    pub errors: Vec<String>,
}

/// One line of "Aktivitetslog".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActivityRow {
    pub when: String,
    pub what: String,
    pub by: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActivityView {
    pub owner: String,
    pub rows: Vec<ActivityRow>,
}

fn authority_choice(world: &World, id: &domain::AuthorityId) -> Option<AuthorityChoice> {
    world.scenario().authority(id).map(|a| AuthorityChoice {
        id: a.id.to_string(),
        name: a.name.clone(),
    })
}

pub fn write(world: &World, to: &str, reply: &str, draft: &str) -> Option<WriteView> {
    use domain::AuthorityGroup;
    let viewer = world.viewer()?;
    let (owner, rights) = (&viewer.owner, &viewer.rights);
    let feedback = use_context::<crate::world::FormFeedback>().unwrap_or_default();
    let mut errors = feedback.errors.clone();
    if !rights.write {
        errors.push(domain::Refusal::HelperCannotWrite.to_string());
    }
    let groups = [
        AuthorityGroup::State,
        AuthorityGroup::Region,
        AuthorityGroup::Municipality,
        AuthorityGroup::Other,
    ]
    .into_iter()
    .map(|g| {
        let members = world
            .scenario()
            .authorities
            .iter()
            .filter(|a| a.group == g)
            .map(|a| AuthorityChoice {
                id: a.id.to_string(),
                name: a.name.clone(),
            })
            .collect::<Vec<_>>();
        (crate::text::post::group_name(g).to_owned(), members)
    })
    .filter(|(_, members)| !members.is_empty())
    .collect();
    let mut subject = String::new();
    let mut body = String::new();
    let mut chosen = None;
    let mut reply_to = None;
    let saved = draft
        .parse::<u16>()
        .ok()
        .and_then(|n| world.draft(owner, n))
        .filter(|_| viewer.may_keep_drafts());
    if !draft.is_empty() && saved.is_none() && viewer.may_keep_drafts() {
        errors.push(domain::Refusal::NoSuchDraft.to_string());
    }
    if let Some(d) = saved {
        chosen = authority_choice(world, &d.to);
        if let Some(l) = d.reply.and_then(|i| world.letter_ref(i)) {
            reply_to = Some((l.id().to_string(), l.subject().to_owned()));
        }
        subject = d.subject.clone();
        body = d.body.clone();
    } else if !reply.is_empty() {
        match viewer.letter(reply) {
            Some(l) if l.letter.can_reply() => {
                if let Party::Authority(a) = l.letter.from() {
                    chosen = authority_choice(world, &a);
                }
                subject = format!("Sv: {}", l.letter.subject());
                reply_to = Some((l.letter.id().to_string(), l.letter.subject().to_owned()));
            }
            Some(_) => errors.push(domain::Refusal::CannotReply.to_string()),
            None => errors.push(domain::Refusal::NoSuchLetter.to_string()),
        }
    } else if !to.is_empty() {
        chosen = domain::AuthorityId::parse(to)
            .ok()
            .and_then(|a| authority_choice(world, &a));
        if chosen.is_none() {
            errors.push(domain::Refusal::NoSuchAuthority.to_string());
        }
    }
    let kept = |name: &str, default: String| {
        if feedback.fields.iter().any(|(k, _)| k == name) {
            feedback.field(name)
        } else {
            default
        }
    };
    Some(WriteView {
        owner: world.name(owner),
        groups: if rights.write { groups } else { Vec::new() },
        to: chosen.filter(|_| rights.write),
        reply_to,
        subject: kept("emne", subject),
        body: kept("besked", body),
        draft: saved.map(|d| d.id),
        errors,
    })
}

pub fn activity(world: &World) -> Option<ActivityView> {
    let viewer = world.viewer()?;
    let owner = &viewer.owner;
    let rows = viewer
        .activity_log()
        .into_iter()
        .rev()
        .map(|logged| {
            let local = logged.at.danish_local();
            let (what, by) = crate::text::post::activity(world, owner, &logged.event);
            ActivityRow {
                when: format!("{} {}", crate::text::date(logged.at), local.clock()),
                what,
                by,
            }
        })
        .collect();
    Some(ActivityView {
        owner: world.name(owner),
        rows,
    })
}

pub fn get_write(
    to: String,
    reply: String,
    draft: String,
) -> Result<InWorld<Option<WriteView>>, AppError> {
    crate::world::with_world(|world| write(world, &to, &reply, &draft))
}

pub fn get_activity() -> Result<InWorld<Option<ActivityView>>, AppError> {
    crate::world::with_world(activity)
}
