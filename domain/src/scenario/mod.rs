//! Scenarios: the personas, authorities, letters and exercises every world starts from,
//! read from `scenarios/<name>/` and checked at start-up.

pub mod ftl;
mod load;
mod model;
pub(crate) mod parse;
pub(crate) mod texts;

pub use model::{
    Authority, AuthorityGroup, LoginMethod, Persona, Role, Scenario, ScenarioError, ScenarioFile,
    SeedLetter,
};

#[cfg(test)]
mod tests;
