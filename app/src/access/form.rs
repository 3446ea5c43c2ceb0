//! The signature step ("Underskriv" with a key from the NemID key card), typed. One form
//! and one handler serve læseadgang and fuldmagt alike: where the learner lands afterwards
//! follows from what was signed, not from which address the form was posted to.

use crate::forms::Plan;
use crate::paths;
use domain::{AccessAction, Command, Input, Refusal, Signable};
use serde::{Deserialize, Serialize};

/// What the signature page's buttons do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum SignHandling {
    /// "Underskriv" with the key typed.
    #[serde(rename = "underskriv")]
    Sign,
    /// "Afbryd": leave it unsigned.
    #[serde(rename = "afbryd")]
    Cancel,
}

impl SignHandling {
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Sign => "underskriv",
            Self::Cancel => "afbryd",
        }
    }
}

/// The signature form: the key, or "Afbryd".
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct SignForm {
    pub handling: Option<SignHandling>,
    /// The 6-digit key ("Nøgle"). A secret: never kept or shown again.
    pub noegle: String,
}

impl SignForm {
    /// Parses a posted body; `None` for one no page of ours sends.
    pub fn parse(body: &[u8]) -> Option<Self> {
        let form: Self = serde_html_form::from_bytes(body).ok()?;
        Some(Self {
            noegle: crate::forms::bounded(&form.noegle),
            ..form
        })
    }

    /// The command, and the overview to land on: læseadgang's for an access, fuldmagt's
    /// for a fuldmagt (`what` is the signature waiting, if any).
    pub fn plan(&self, what: Option<&Signable>) -> Plan {
        let overview = match what {
            Some(Signable::GiveFuldmagt { .. } | Signable::ApproveFuldmagt { .. }) => {
                paths::FULDMAGT
            }
            _ => paths::ACCESS,
        };
        let (action, notice) = match self.handling {
            Some(SignHandling::Cancel) => (AccessAction::CancelSigning, "afbrudt"),
            Some(SignHandling::Sign) | None => (
                AccessAction::Sign {
                    key: self.noegle.clone(),
                },
                "givet",
            ),
        };
        Plan::run_then(
            Command::Access { action },
            format!("{overview}?besked={notice}"),
        )
    }

    /// The id of the input a refusal belongs next to: the key field.
    pub fn field_of(refusal: &Refusal) -> Option<&'static str> {
        (refusal.input() == Some(Input::Key)).then_some("noegle")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn to(plan: Plan) -> String {
        match plan {
            Plan::Run { then, .. } => then(&[]),
            _ => String::new(),
        }
    }

    #[test]
    fn a_signed_fuldmagt_lands_on_the_fuldmagt_page_and_an_access_on_the_access_page() {
        let form = SignForm::parse(b"handling=underskriv&noegle=123456").unwrap();
        let fuldmagt = Signable::ApproveFuldmagt { request: 0 };
        assert_eq!(to(form.plan(Some(&fuldmagt))), "/fuldmagt?besked=givet");
        let access = Signable::Approve { request: 0 };
        assert_eq!(to(form.plan(Some(&access))), "/post/adgang?besked=givet");
        let cancel = SignForm::parse(b"handling=afbryd").unwrap();
        assert_eq!(to(cancel.plan(Some(&fuldmagt))), "/fuldmagt?besked=afbrudt");
        assert!(SignForm::parse(b"handling=underskriv-alt").is_none());
    }
}
