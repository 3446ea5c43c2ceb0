//! What the guide shows of the safety drills in a world: "Kig væk" (where the helper
//! stands) and how each drill sent ended.

use domain::World;

/// "Kig væk" in the panel: what the helper is asked, or told.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Watching {
    /// Watching: look away before she types.
    Ask,
    /// Looking away.
    Away,
    /// A code was typed while the helper watched (and whether she looks away now).
    Saw { away: bool },
    /// The owner logged in alone.
    Done,
}

pub fn watching(world: &World) -> Option<Watching> {
    let w = world.watch()?;
    Some(if world.owner_logged_in_alone(&w.owner, &w.helper) {
        Watching::Done
    } else if w.saw {
        Watching::Saw { away: w.away }
    } else if w.away {
        Watching::Away
    } else {
        Watching::Ask
    })
}

/// How each drill sent in `world` ended (an id, and `None` while it has no outcome).
pub fn drill_results(world: &World) -> Vec<(String, Option<domain::drill::Outcome>)> {
    world
        .scenario()
        .drills
        .iter()
        .filter_map(|d| {
            let now = world.now(crate::clock::now());
            Some((d.id.clone(), world.sent_drill(&d.id)?.outcome(now)))
        })
        .collect()
}
