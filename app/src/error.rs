//! The one error type of the app's read models.

use serde::{Deserialize, Serialize};

/// What a page's read can answer instead of a result. The message is shown to the
/// learner; internal detail goes to the log only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    /// The simulated world refused the action; the text says why, in Danish.
    #[error("{0}")]
    Refusal(String),
    /// Something went wrong that the learner cannot fix.
    #[error("Der skete en fejl hos os. Prøv igen om lidt.")]
    Internal,
}
