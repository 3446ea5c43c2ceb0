//! What the guide shows of the safety drills in a world: how each drill sent ended. (Where
//! "Kig væk" stands is `World::watching`, a rule of the domain.)

use domain::World;

/// How each drill sent in `world` ended (an id, and `None` while it has no outcome).
pub fn drill_results(world: &World) -> Vec<(String, Option<domain::drill::Outcome>)> {
    let now = world.now(crate::clock::now());
    world
        .scenario()
        .drills
        .iter()
        .filter_map(|d| Some((d.id.clone(), world.sent_drill(&d.id)?.outcome(now))))
        .collect()
}
