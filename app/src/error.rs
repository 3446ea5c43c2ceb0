//! The one error type of the app's server functions.

use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

/// What a server function can answer instead of a result. The message is shown to the
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

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        #[cfg(feature = "ssr")]
        tracing::warn!(error = %value, "server function failed");
        #[cfg(not(feature = "ssr"))]
        let _ = value;
        AppError::Internal
    }
}
