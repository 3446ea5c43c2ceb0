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

/// `raw` if it is a path of this site — never "//other.example" or "https://…", and
/// printable ASCII only (browsers drop tabs and newlines, which could turn "/\t/x" into
/// "//x") — for the pages that send the learner back where they were.
pub fn local_path(raw: &str) -> Option<String> {
    let path = bounded(raw);
    (path.starts_with('/')
        && !path.starts_with("//")
        && path.bytes().all(|b| b.is_ascii_graphic() && b != b'\\'))
    .then_some(path)
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

/// A page's typed form: parsed from the posted body, told which input a refusal belongs
/// next to, and what to show again after one. `server/src/forms.rs::submit_form` runs
/// every one the same way.
pub trait PageForm: Sized {
    /// Parses a posted body; `None` for one no page of ours sends.
    fn parse(body: &[u8]) -> Option<Self>;

    /// The id of the input `refusal` belongs next to, if any.
    fn field_of(&self, refusal: &Refusal) -> Option<&'static str> {
        let _ = refusal;
        None
    }

    /// What to show again after a refusal: by default every field typed (cut to
    /// [`MAX_FIELD`]); forms with a secret show less.
    fn kept(&self, body: &[u8]) -> Vec<(String, String)> {
        kept_fields(body, &[])
    }
}

/// The fields of a posted body to show again after a refusal, cut to [`MAX_FIELD`]: every
/// field but the `secrets` (a key, a password).
pub fn kept_fields(body: &[u8], secrets: &[&str]) -> Vec<(String, String)> {
    serde_html_form::from_bytes::<Vec<(String, String)>>(body)
        .unwrap_or_default()
        .into_iter()
        .take(100)
        .filter(|(k, _)| !secrets.contains(&k.as_str()))
        .map(|(k, v)| (bounded(&k), bounded(&v)))
        .collect()
}
