//! The MitID posts' typed forms: the login box's steps (`POST /mitid`, `trin` says which)
//! and the practice phone's answers (`POST /telefon/<person>`).

use crate::forms::{PageForm, Plan, bounded, kept_fields};
use crate::paths;
use domain::mitid::{Authenticator, LoginEnd, MitIdAction};
use domain::{Command, Event, Input, PersonaId, Refusal};
use serde::Deserialize;

/// Which step of the box a post is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Trin {
    /// The button on the kodeviser, kodeoplæser or chip.
    Tryk,
    Kode,
    Adgangskode,
    /// "Jeg har godkendt" (or the page itself, once the app answered).
    Fortsaet,
    /// "Vælg identifikationsmiddel": `med` names it.
    Vaelg,
    Afbryd,
    /// "Underskriv med MitID" on a signing page.
    Underskriv,
    /// BRUGER-ID and FORTSÆT; also a step no page sends.
    #[default]
    #[serde(other)]
    BrugerId,
}

/// `POST /mitid`.
#[derive(Debug, Default, Deserialize)]
pub struct BoxForm {
    #[serde(default)]
    pub trin: Trin,
    #[serde(default)]
    pub bruger_id: String,
    #[serde(default)]
    pub kode: String,
    #[serde(default)]
    pub adgangskode: String,
    #[serde(default)]
    pub med: String,
}

/// The input of the box or the phone a refusal belongs next to.
fn field_of(refusal: &Refusal) -> Option<&'static str> {
    Some(match refusal.input()? {
        Input::UserId | Input::Cpr => "bruger_id",
        Input::Code => "kode",
        Input::Password => "adgangskode",
        Input::Pin => "pin",
        Input::NewPin => "ny_pin",
        _ => return None,
    })
}

impl PageForm for BoxForm {
    fn parse(body: &[u8]) -> Option<Self> {
        serde_html_form::from_bytes(body).ok()
    }

    fn field_of(&self, refusal: &Refusal) -> Option<&'static str> {
        field_of(refusal)
    }

    /// Only the bruger-ID is shown again, never one that looks like a real CPR number;
    /// codes and passwords never.
    fn kept(&self, body: &[u8]) -> Vec<(String, String)> {
        kept_fields(body, &[])
            .into_iter()
            .filter(|(k, v)| k == "bruger_id" && !domain::nemid::looks_like_real_cpr(v))
            .collect()
    }
}

impl BoxForm {
    pub fn plan(&self) -> Plan {
        let action = match self.trin {
            Trin::BrugerId => MitIdAction::Start {
                user_id: bounded(&self.bruger_id),
            },
            Trin::Tryk => MitIdAction::Press,
            Trin::Kode => MitIdAction::Code {
                code: bounded(&self.kode),
            },
            Trin::Adgangskode => MitIdAction::Password {
                password: bounded(&self.adgangskode),
            },
            Trin::Fortsaet => MitIdAction::Continue,
            Trin::Vaelg => match Authenticator::from_slug(&self.med) {
                Some(with) => MitIdAction::Choose { with },
                None => return Plan::Go(paths::MITID.to_owned()),
            },
            Trin::Afbryd => MitIdAction::Cancel,
            Trin::Underskriv => MitIdAction::Sign,
        };
        Plan::Run {
            command: Command::MitId { action },
            then: Box::new(after_box),
        }
    }
}

/// After a step of the box: Min side once logged in; the overview with its notice once a
/// signature is given; back where the learner came from after "Afbryd" (the world page, or
/// the signing page, whose signature still waits); else the box's next step.
pub fn after_box(events: &[Event]) -> String {
    use crate::notice::Notice;
    for e in events {
        match e {
            Event::LoggedIn { .. } => return paths::MY_PAGE.to_owned(),
            Event::AccessGranted { .. } => return Notice::Given.on(paths::ACCESS),
            Event::FuldmagtGiven { .. } => return Notice::Given.on(paths::FULDMAGT),
            Event::FuldmagtRequested { .. } => return Notice::Requested.on(paths::FULDMAGT),
            Event::MitIdLoginEnded {
                why: LoginEnd::Cancelled,
                signing,
                ..
            } => {
                return if *signing {
                    paths::ACCESS_SIGN
                } else {
                    paths::WORLD
                }
                .to_owned();
            }
            _ => {}
        }
    }
    paths::MITID.to_owned()
}

/// What the phone's MitID app posts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PhoneTrin {
    Godkend,
    Afvis,
    NyPin,
    /// The NemID nøgleapp's "Godkend" (the swipe) and "Afvis".
    NoegleGodkend,
    NoegleAfvis,
    /// "Slet" on a message (a safety drill's) in Beskeder or E-mail.
    SletBesked,
    /// "Rapportér som svindel" on such a message.
    RapporterBesked,
    #[default]
    #[serde(other)]
    Ukendt,
}

/// `POST /telefon/<person>`.
#[derive(Debug, Default, Deserialize)]
pub struct PhoneForm {
    #[serde(default)]
    pub trin: PhoneTrin,
    #[serde(default)]
    pub anmodning: String,
    #[serde(default)]
    pub pin: String,
    #[serde(default)]
    pub adgangskode: String,
    #[serde(default)]
    pub ny_pin: String,
    #[serde(default)]
    pub gentag_pin: String,
    /// The message "Slet" is for (a drill's id), and the tab it is on.
    #[serde(default)]
    pub besked: String,
    #[serde(default)]
    pub app: String,
}

impl PageForm for PhoneForm {
    fn parse(body: &[u8]) -> Option<Self> {
        serde_html_form::from_bytes(body).ok()
    }

    fn field_of(&self, refusal: &Refusal) -> Option<&'static str> {
        field_of(refusal)
    }

    /// Nothing typed on the phone is shown again: all of it is secret.
    fn kept(&self, _body: &[u8]) -> Vec<(String, String)> {
        Vec::new()
    }
}

impl PhoneForm {
    /// The plan for the phone of `persona`.
    pub fn plan(&self, persona: &PersonaId) -> Plan {
        let page = paths::phone(persona.as_str());
        let request = self.anmodning.trim().parse::<u16>().ok();
        if matches!(
            self.trin,
            PhoneTrin::SletBesked | PhoneTrin::RapporterBesked
        ) {
            let drill = crate::forms::bounded(&self.besked);
            let tab = match self.app.as_str() {
                "email" => "email",
                "opkald" => "opkald",
                _ => "beskeder",
            };
            let report = self.trin == PhoneTrin::RapporterBesked;
            let answer = if report { "rapporteret" } else { "slettet" };
            let query = serde_html_form::to_string([
                ("app", tab),
                ("svar", answer),
                ("besked", drill.as_str()),
            ])
            .unwrap_or_default();
            let to = format!("{page}?{query}");
            let persona = persona.clone();
            let action = if report {
                domain::drill::DrillAction::Report { persona, drill }
            } else {
                domain::drill::DrillAction::Delete { persona, drill }
            };
            return Plan::run_then(Command::Drill { action }, to);
        }
        if let (PhoneTrin::NoegleGodkend | PhoneTrin::NoegleAfvis, Some(request)) =
            (self.trin, request)
        {
            let approve = self.trin == PhoneTrin::NoegleGodkend;
            let action = domain::keyapp::KeyAppAction::Answer {
                persona: persona.clone(),
                request,
                approve,
            };
            let answer = if approve { "godkendt" } else { "afvist" };
            return Plan::run_then(
                Command::KeyApp { action },
                format!("{page}?app=noegleapp&svar={answer}"),
            );
        }
        let (action, answer) = match (self.trin, request) {
            (PhoneTrin::Godkend, Some(request)) => (
                MitIdAction::Approve {
                    persona: persona.clone(),
                    request,
                    pin: bounded(&self.pin),
                },
                "godkendt",
            ),
            (PhoneTrin::Afvis, Some(request)) => (
                MitIdAction::Reject {
                    persona: persona.clone(),
                    request,
                },
                "afvist",
            ),
            (PhoneTrin::NyPin, _) => (
                MitIdAction::NewPin {
                    persona: persona.clone(),
                    password: bounded(&self.adgangskode),
                    pin: bounded(&self.ny_pin),
                    repeat: bounded(&self.gentag_pin),
                },
                "pin",
            ),
            _ => return Plan::Refuse(Refusal::MitIdNoSuchRequest),
        };
        Plan::run_then(Command::MitId { action }, format!("{page}?svar={answer}"))
    }
}
