//! The one shape of every form post: a page's typed form turns into a [`Plan`] — a command
//! for the world and where to go once it is done, or a refusal before the world is asked.
//! The server runs plans the same way for every page (server/src/forms.rs): 303 to the
//! next page on success, the same page again with the typed refusal next to its field.

use domain::{Command, Event, Refusal};

/// Longest input kept from any text field; longer input is cut, never an error page.
pub const MAX_FIELD: usize = 100;

/// `s` cut to [`MAX_FIELD`] characters.
pub fn bounded(s: &str) -> String {
    s.chars().take(MAX_FIELD).collect()
}

/// The address to go to after a command, from the events it caused.
pub type Then = Box<dyn Fn(&[Event]) -> String + Send>;

/// What a submitted form asks for.
pub enum Plan {
    /// Run `command`; on success go to the address `then` gives for its events.
    Run { command: Command, then: Then },
    /// Nothing to run (a form that names no action): go to this address.
    Go(String),
    /// Refused before the world is asked (nothing ticked, no confirmation).
    Refuse(Refusal),
}

impl Plan {
    /// Runs `command` and goes to `to` on success.
    pub fn run_then(command: Command, to: String) -> Self {
        Self::Run {
            command,
            then: Box::new(move |_| to.clone()),
        }
    }
}
