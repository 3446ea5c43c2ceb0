//! Guided exercises: a short story with steps, each checked from what the learner does in
//! the simulated world, with three hints per step. Exercises are data
//! (`scenarios/<name>/exercises/*.toml`), validated at start-up; each check kind and each
//! action of a setup or "show me" path is implemented once, here.

mod model;
mod parse;
mod perform;
mod progress;
mod words;

pub(crate) use model::EXERCISE_DIR;
pub use model::{
    Action, Audience, Check, Exercise, ExerciseText, GuideAction, HINTS, Level, Progress, Step,
    StepText, Theme,
};
pub(crate) use parse::parse_exercise;
pub use words::{GUIDE_KEYS, SITE_KEYS, guide_args};

#[cfg(test)]
mod tests;
