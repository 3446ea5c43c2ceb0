//! Server functions that read the learner's world, and the data they send to the page.

use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// One persona as the world's front page shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonaCard {
    pub id: String,
    pub name: String,
    pub age: u8,
    pub cpr: String,
    pub address: String,
    pub login_id: String,
    pub password: String,
    pub summary: String,
    pub trusted_employee: bool,
}

/// What the world's front page shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum WorldPageData {
    /// No session cookie: nothing was started in this browser.
    NoWorld,
    /// A cookie whose world is gone (expired, ended, or never existed).
    Expired,
    Active {
        scenario: String,
        personas: Vec<PersonaCard>,
    },
}

#[server(endpoint = "world/overview")]
pub async fn world_overview() -> Result<WorldPageData, AppError> {
    use crate::session::{SessionLookup, Store, current_session};
    use std::time::Instant;

    let store = use_context::<Store>().ok_or(AppError::Internal)?;
    let id = match current_session() {
        SessionLookup::None => return Ok(WorldPageData::NoWorld),
        SessionLookup::Unknown => return Ok(WorldPageData::Expired),
        SessionLookup::Live(id) => id,
    };
    let Some(world) = store.0.load(&id, Instant::now()) else {
        return Ok(WorldPageData::Expired);
    };
    let personas = world
        .personas()
        .iter()
        .map(|p| PersonaCard {
            id: p.id.to_string(),
            name: p.name.clone(),
            age: p.age,
            cpr: p.cpr.to_string(),
            address: p.address.clone(),
            login_id: p.login_id().to_owned(),
            password: p.password.clone(),
            summary: p.summary.clone(),
            trusted_employee: p.role == domain::Role::TrustedEmployee,
        })
        .collect();
    Ok(WorldPageData::Active {
        scenario: world.scenario().name.clone(),
        personas,
    })
}
