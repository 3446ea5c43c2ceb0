//! How a page reads its world: once per request (issue 20), shared with the store rather
//! than copied (`WorldStore::snapshot`), and what it gets when there is none.

use crate::error::AppError;
use crate::session::{SessionLookup, Store, current_session};
use domain::World;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use std::time::Instant;

/// A page's data, or why there is none: no world started, or the world is gone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum InWorld<T> {
    /// No session cookie: nothing was started in this browser.
    NoWorld,
    /// A cookie whose world is gone (expired, ended, or never existed).
    Expired,
    Active(T),
}

/// A page's one read of its world (issue 20): the server gives every page it renders an
/// empty one; the first [`with_world`] fills it from the store (`WorldStore::snapshot`),
/// and the account box, the guide panel and the page all read that.
#[derive(Clone, Default)]
pub struct RequestWorld(std::sync::Arc<std::sync::Mutex<Option<std::sync::Arc<World>>>>);

/// Runs `f` on this request's world.
pub fn with_world<T>(f: impl FnOnce(&World) -> T) -> Result<InWorld<T>, AppError> {
    let store = use_context::<Store>().ok_or(AppError::Internal)?;
    let id = match current_session() {
        SessionLookup::None => return Ok(InWorld::NoWorld),
        SessionLookup::Unknown => return Ok(InWorld::Expired),
        SessionLookup::Live(id) => id,
    };
    if let Some(RequestWorld(kept)) = use_context::<RequestWorld>() {
        let world = {
            let mut kept = kept.lock().unwrap_or_else(|e| e.into_inner());
            if kept.is_none() {
                // Answers that have arrived since the last action show at once.
                *kept = store.0.snapshot(&id, Instant::now(), &mut |world| {
                    world.deliver_due(crate::clock::now());
                });
            }
            kept.clone()
        };
        return Ok(match world {
            Some(world) => InWorld::Active(f(&world)),
            None => InWorld::Expired,
        });
    }
    let mut f = Some(f);
    let mut out = None;
    let live = store.0.read(&id, Instant::now(), &mut |world| {
        // Answers that have arrived since the last action show at once.
        world.deliver_due(crate::clock::now());
        out = f.take().map(|f| f(world));
    });
    Ok(match out.filter(|_| live) {
        Some(t) => InWorld::Active(t),
        None => InWorld::Expired,
    })
}
