//! The NemID login's typed forms. Every step posts to the login page's own address (so a
//! refused post shows the page again where the learner was); `trin` says which step. Where
//! the learner lands follows from what the login did ([`after_login`]).

use crate::forms::{PageForm, Plan, bounded, kept_fields};
use crate::paths;
use domain::keyapp::KeyAppAction;
use domain::{Command, Event};

fn key_app(action: KeyAppAction) -> Command {
    Command::KeyApp { action }
}
use serde::Deserialize;

/// Which step of the login a post is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Trin {
    /// "Nøgle", button "Log på".
    Noegle,
    /// The new password after a temporary one, typed twice.
    NyAdgangskode,
    /// "Send anmodning til nøgleapp" (NemID nøgleapp instead of a key).
    Noegleapp,
    /// "Jeg har godkendt" after approving in the nøgleapp (sent by itself with JavaScript).
    NoegleappFortsaet,
    /// "Brug nøglekort i stedet".
    Noeglekort,
    /// "Bruger-id" and "Adgangskode", button "Næste"; also a step no page sends (the
    /// login then starts from its first step).
    #[default]
    #[serde(other)]
    Adgangskode,
}

/// `POST /log-paa`: one of the three steps.
#[derive(Debug, Default, Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    pub trin: Trin,
    #[serde(default)]
    pub bruger_id: String,
    #[serde(default)]
    pub adgangskode: String,
    #[serde(default)]
    pub noegle: String,
    #[serde(default)]
    pub ny_adgangskode: String,
    #[serde(default)]
    pub gentag_adgangskode: String,
    /// "Husk bruger-id" ticked: "ja".
    #[serde(default)]
    pub husk: String,
}

impl PageForm for LoginForm {
    fn parse(body: &[u8]) -> Option<Self> {
        serde_html_form::from_bytes(body).ok()
    }

    /// Only the bruger-id is shown again, and never when it looks like a real CPR number;
    /// passwords and keys never.
    fn kept(&self, body: &[u8]) -> Vec<(String, String)> {
        kept_fields(body, &[])
            .into_iter()
            .filter(|(k, v)| {
                (k == "bruger_id" && !domain::nemid::looks_like_real_cpr(v))
                    || (k == "husk" && v == "ja")
            })
            .collect()
    }
}

impl LoginForm {
    /// "Husk bruger-id" on the first step: the bruger-id for the browser to remember
    /// (`Some`), or `Some(None)` to forget it; `None` on the other steps. Only a bruger-id of
    /// plain letters and digits, never one that looks like a real CPR number.
    pub fn remember(&self) -> Option<Option<String>> {
        (self.trin == Trin::Adgangskode).then(|| {
            let id = self.bruger_id.trim();
            (self.husk == "ja" && crate::session::rememberable(id)).then(|| id.to_owned())
        })
    }

    pub fn plan(&self) -> Plan {
        let command = match self.trin {
            Trin::Adgangskode => Command::SubmitPassword {
                user_id: bounded(&self.bruger_id),
                password: bounded(&self.adgangskode),
            },
            Trin::Noegle => Command::SubmitKey {
                key: bounded(&self.noegle),
            },
            Trin::NyAdgangskode => Command::ChooseNewPassword {
                password: bounded(&self.ny_adgangskode),
                repeat: bounded(&self.gentag_adgangskode),
            },
            Trin::Noegleapp => key_app(KeyAppAction::Send),
            Trin::NoegleappFortsaet => key_app(KeyAppAction::Continue),
            Trin::Noeglekort => key_app(KeyAppAction::UseCard),
        };
        login_plan(command)
    }
}

/// A login command ("Afbryd" and "Log af" send no fields) and where it leads.
pub fn login_plan(command: Command) -> Plan {
    Plan::Run {
        command,
        then: Box::new(after_login),
    }
}

/// Where the learner goes after a step of the login, from what it did: the key step (also
/// when starting over locked the persona whose key step was left, since the learner is now
/// at the key step of the one they typed), the spærret page, the world page after "Log af",
/// Min side once logged in, else the login page's next step.
pub fn after_login(events: &[Event]) -> String {
    if events
        .iter()
        .any(|e| matches!(e, Event::KeyChallengeIssued { .. }))
    {
        return paths::LOG_IN.to_owned();
    }
    if let Some(persona) = events.iter().find_map(|e| match e {
        Event::NemIdLocked { persona, .. } => Some(persona),
        _ => None,
    }) {
        return paths::locked(persona.as_str());
    }
    if events.iter().any(|e| matches!(e, Event::LoggedOut { .. })) {
        return format!("{}?logget_af=1", paths::WORLD);
    }
    if events.iter().any(|e| matches!(e, Event::LoggedIn { .. })) {
        return paths::MY_PAGE.to_owned();
    }
    paths::LOG_IN.to_owned()
}
