//! Digital fuldmagt's form posts, typed: the overview's buttons (also the betroet
//! medarbejder's answers), "Giv fuldmagt", "Anmod om fuldmagt", and the self-services
//! "Skift læge" and "Flytning". The signature step is `access::form::SignForm`.

use crate::forms::{PageForm, Plan, bounded};
use crate::notice::Notice;
use crate::paths;
use domain::{Area, Command, FuldmagtAction, Input, PersonaId, Refusal};
use serde::{Deserialize, Serialize};

fn done(notice: Notice) -> String {
    notice.on(paths::FULDMAGT)
}

fn fuldmagt(action: FuldmagtAction) -> Command {
    Command::Fuldmagt { action }
}

/// What the overview's buttons (`/fuldmagt`) do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum FuldmagtHandling {
    /// "Godkend" a request (then the signature)
    #[serde(rename = "godkend")]
    Approve,
    /// "Afvis" a request
    #[serde(rename = "afvis")]
    Reject,
    /// "Slet fuldmagt"
    #[serde(rename = "slet")]
    Delete,
    /// The betroet medarbejder's "Godkend" for a citizen
    #[serde(rename = "godkend-for-borger")]
    ApproveForCitizen,
    /// The betroet medarbejder's "Afvis" for a citizen
    #[serde(rename = "afvis-for-borger")]
    RejectForCitizen,
}

impl FuldmagtHandling {
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Approve => "godkend",
            Self::Reject => "afvis",
            Self::Delete => "slet",
            Self::ApproveForCitizen => "godkend-for-borger",
            Self::RejectForCitizen => "afvis-for-borger",
        }
    }
}

/// The overview's forms: a button and the request or fuldmagt it is about.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct OverviewForm {
    pub handling: Option<FuldmagtHandling>,
    pub id: Option<u16>,
    /// The betroet medarbejder's tick: the citizen's identity was checked.
    pub identitet: Option<String>,
    /// "Ja, slet fuldmagten": "Slet fuldmagt" asks first.
    pub bekraeft: Option<String>,
}

impl PageForm for OverviewForm {
    fn parse(body: &[u8]) -> Option<Self> {
        serde_html_form::from_bytes(body).ok()
    }
}

impl OverviewForm {
    pub fn plan(&self) -> Plan {
        let (Some(handling), Some(id)) = (self.handling, self.id) else {
            return Plan::Go(paths::FULDMAGT.to_owned());
        };
        let (action, to) = match handling {
            FuldmagtHandling::Approve => (
                FuldmagtAction::PrepareApproval { request: id },
                paths::FULDMAGT_SIGN.to_owned(),
            ),
            FuldmagtHandling::Reject => (
                FuldmagtAction::Reject { request: id },
                done(Notice::Rejected),
            ),
            // "Slet fuldmagt" asks first (the overview shows the question at the fuldmagt).
            FuldmagtHandling::Delete if self.bekraeft.as_deref() != Some("ja") => {
                return Plan::Go(format!("{}?slet={id}", paths::FULDMAGT));
            }
            FuldmagtHandling::Delete => (
                FuldmagtAction::Delete { fuldmagt: id },
                done(Notice::Deleted),
            ),
            FuldmagtHandling::ApproveForCitizen | FuldmagtHandling::RejectForCitizen => {
                let approve = handling == FuldmagtHandling::ApproveForCitizen;
                (
                    FuldmagtAction::AnswerForCitizen {
                        request: id,
                        approve,
                        identity_confirmed: self.identitet.as_deref() == Some("ja"),
                    },
                    done(if approve {
                        Notice::Given
                    } else {
                        Notice::Rejected
                    }),
                )
            }
        };
        Plan::run_then(fuldmagt(action), to)
    }
}

/// "Gyldig til": until deleted, or until a date (the `varighed` radio buttons).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Validity {
    /// "Indtil den slettes"
    #[default]
    #[serde(rename = "slettes")]
    UntilDeleted,
    /// "Til en bestemt dato"
    #[serde(rename = "dato")]
    UntilDate,
}

/// "Giv fuldmagt" and "Anmod om fuldmagt".
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct FuldmagtForm {
    /// "Fulde navn"
    pub navn: String,
    /// "CPR-nummer"
    pub cpr: String,
    /// The områder ticked (keys; unknown keys are ignored).
    pub omraade: Vec<String>,
    pub varighed: Validity,
    /// The date, when "Til en bestemt dato" is chosen.
    pub gyldig_til: String,
}

impl PageForm for FuldmagtForm {
    fn parse(body: &[u8]) -> Option<Self> {
        let form: Self = serde_html_form::from_bytes(body).ok()?;
        Some(Self {
            navn: bounded(&form.navn),
            cpr: bounded(&form.cpr),
            gyldig_til: bounded(&form.gyldig_til),
            omraade: form.omraade.iter().take(20).map(|a| bounded(a)).collect(),
            ..form
        })
    }

    /// The id of the input a refusal belongs next to.
    fn field_of(&self, refusal: &Refusal) -> Option<&'static str> {
        Some(match refusal.input()? {
            Input::Person => "navn",
            Input::Cpr => "cpr",
            Input::EndDate => "gyldig_til",
            Input::Areas => "omraade",
            _ => return None,
        })
    }
}

impl FuldmagtForm {
    pub fn areas(&self) -> Vec<Area> {
        self.omraade
            .iter()
            .filter_map(|k| Area::from_key(k))
            .collect()
    }

    /// "Gyldig til" as the domain takes it: `None` for "Indtil den slettes", the date as
    /// typed for "Til en bestemt dato" (the domain refuses an empty one, after it has
    /// checked the person and the områder).
    pub fn until(&self) -> Option<String> {
        match self.varighed {
            Validity::UntilDeleted => None,
            Validity::UntilDate => Some(self.gyldig_til.clone()),
        }
    }

    /// "Giv fuldmagt", step 1: checked, then the signature page.
    pub fn give(&self) -> Plan {
        Plan::run_then(
            fuldmagt(FuldmagtAction::PrepareGive {
                name: self.navn.clone(),
                cpr: self.cpr.clone(),
                areas: self.areas(),
                until: self.until(),
            }),
            paths::FULDMAGT_SIGN.to_owned(),
        )
    }

    /// "Anmod om fuldmagt", step 1: checked, then the requester signs it (the giver gets it
    /// once signed).
    pub fn request(&self) -> Plan {
        Plan::run_then(
            fuldmagt(FuldmagtAction::Request {
                name: self.navn.clone(),
                cpr: self.cpr.clone(),
                areas: self.areas(),
                until: self.until(),
            }),
            paths::FULDMAGT_SIGN.to_owned(),
        )
    }
}

/// "Skift læge" and "Flytning": for oneself, or for a giver (`for`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct ServiceForm {
    /// Whose doctor or address (a persona id; empty or malformed: oneself).
    #[serde(rename = "for")]
    pub on_behalf: String,
    /// The clinic chosen ("Vælg ny læge").
    pub laege: String,
    /// The new address ("Ny adresse").
    pub adresse: String,
}

impl PageForm for ServiceForm {
    fn parse(body: &[u8]) -> Option<Self> {
        let form: Self = serde_html_form::from_bytes(body).ok()?;
        Some(Self {
            on_behalf: bounded(&form.on_behalf),
            laege: bounded(&form.laege),
            adresse: bounded(&form.adresse),
        })
    }

    /// The id of the input a refusal belongs next to.
    fn field_of(&self, refusal: &Refusal) -> Option<&'static str> {
        Some(match refusal.input()? {
            Input::Doctor => "laege",
            Input::Address => "adresse",
            _ => return None,
        })
    }
}

impl ServiceForm {
    fn on_behalf(&self) -> Option<PersonaId> {
        PersonaId::parse(&self.on_behalf).ok()
    }

    /// "Skift læge".
    pub fn doctor(&self) -> Plan {
        Plan::run_then(
            fuldmagt(FuldmagtAction::ChangeDoctor {
                on_behalf: self.on_behalf(),
                doctor: self.laege.clone(),
            }),
            Notice::DoctorChanged.on(paths::DOCTOR),
        )
    }

    /// "Flytning".
    pub fn move_home(&self) -> Plan {
        Plan::run_then(
            fuldmagt(FuldmagtAction::ReportMove {
                on_behalf: self.on_behalf(),
                address: self.adresse.clone(),
            }),
            Notice::Moved.on(paths::MOVE),
        )
    }
}
