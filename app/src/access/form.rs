//! Læseadgang's form posts, typed: the overview's buttons, "Giv adgang" and "Anmod om
//! adgang", and the signature step ("Underskriv" with a key from the NemID key card). One
//! signature form and handler serve læseadgang and fuldmagt alike: where the learner lands
//! afterwards follows from what was signed, not from which address the form was posted to.

use crate::forms::{PageForm, Plan, bounded};
use crate::notice::Notice;
use crate::paths;
use domain::{
    AccessAction, AccessLevel, AccessScope, Command, FolderRef, Input, PersonaId, Refusal, Signable,
};
use serde::{Deserialize, Serialize};

/// What the overview's buttons (`/post/adgang`) do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum OverviewHandling {
    /// "Fjern adgang"
    #[serde(rename = "fjern")]
    Remove,
    /// "Godkend" a request (then the signature)
    #[serde(rename = "godkend")]
    Approve,
    /// "Afvis" a request
    #[serde(rename = "afvis")]
    Reject,
    /// "Åbn postkassen" of someone who gave access
    #[serde(rename = "aabn")]
    Open,
}

impl OverviewHandling {
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Remove => "fjern",
            Self::Approve => "godkend",
            Self::Reject => "afvis",
            Self::Open => "aabn",
        }
    }
}

/// The overview's one-button forms.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct OverviewForm {
    pub handling: Option<OverviewHandling>,
    /// The access to remove.
    pub adgang: Option<u16>,
    /// The request to approve or reject.
    pub anmodning: Option<u16>,
    /// Whose mailbox to open.
    pub postkasse: String,
}

impl PageForm for OverviewForm {
    fn parse(body: &[u8]) -> Option<Self> {
        serde_html_form::from_bytes(body).ok()
    }
}

impl OverviewForm {
    pub fn plan(&self) -> Plan {
        let done = |notice: Notice| notice.on(paths::ACCESS);
        let (action, to) = match (self.handling, self.adgang, self.anmodning) {
            (Some(OverviewHandling::Remove), Some(grant), _) => {
                (AccessAction::Remove { grant }, done(Notice::Removed))
            }
            (Some(OverviewHandling::Approve), _, Some(request)) => (
                AccessAction::PrepareApproval { request },
                paths::ACCESS_SIGN.to_owned(),
            ),
            (Some(OverviewHandling::Reject), _, Some(request)) => {
                (AccessAction::Reject { request }, done(Notice::Rejected))
            }
            (Some(OverviewHandling::Open), _, _) => (
                // A malformed id opens the persona's own mailbox.
                AccessAction::Switch {
                    owner: PersonaId::parse(&self.postkasse).ok(),
                },
                paths::POST.to_owned(),
            ),
            _ => return Plan::Go(paths::ACCESS.to_owned()),
        };
        Plan::run_then(Command::Access { action }, to)
    }
}

/// "Læseadgang" or "Læse- og skriveadgang" (the `niveau` radio buttons).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum LevelChoice {
    #[default]
    #[serde(rename = "laese")]
    Read,
    #[serde(rename = "skrive")]
    ReadWrite,
}

/// "Hele postkassen" or "Udvalgte mapper" (the `omfang` radio buttons).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ScopeChoice {
    #[default]
    #[serde(rename = "hele")]
    Whole,
    #[serde(rename = "mapper")]
    Folders,
}

/// "Giv adgang" and "Anmod om adgang" (the latter has no `omfang` or `mappe`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct GrantForm {
    /// "Fulde navn"
    pub navn: String,
    /// "CPR-nummer"
    pub cpr: String,
    pub niveau: LevelChoice,
    pub omfang: ScopeChoice,
    /// The ticked folders' keys.
    pub mappe: Vec<String>,
    /// "Slutdato (valgfri)", as typed.
    pub slutdato: String,
}

impl PageForm for GrantForm {
    fn parse(body: &[u8]) -> Option<Self> {
        let form: Self = serde_html_form::from_bytes(body).ok()?;
        Some(Self {
            navn: bounded(&form.navn),
            cpr: bounded(&form.cpr),
            slutdato: bounded(&form.slutdato),
            mappe: form.mappe.iter().take(100).map(|m| bounded(m)).collect(),
            ..form
        })
    }

    /// The id of the input a refusal belongs next to.
    fn field_of(&self, refusal: &Refusal) -> Option<&'static str> {
        Some(match refusal.input()? {
            Input::Person => "navn",
            Input::Cpr => "cpr",
            Input::EndDate => "slutdato",
            Input::Folder => "mappe",
            _ => return None,
        })
    }
}

impl GrantForm {
    fn level(&self) -> AccessLevel {
        match self.niveau {
            LevelChoice::Read => AccessLevel::Read,
            LevelChoice::ReadWrite => AccessLevel::ReadWrite,
        }
    }

    pub fn scope(&self) -> AccessScope {
        match self.omfang {
            ScopeChoice::Whole => AccessScope::Whole,
            // A key that names no folder grants nothing (never silently the Indbakke).
            ScopeChoice::Folders => AccessScope::Folders(
                self.mappe
                    .iter()
                    .filter(|k| !k.is_empty())
                    .filter_map(|k| FolderRef::from_key(k))
                    .collect(),
            ),
        }
    }

    /// "Giv adgang", step 1: checked, then the signature page.
    pub fn give(&self) -> Plan {
        let action = AccessAction::PrepareGrant {
            name: self.navn.clone(),
            cpr: self.cpr.clone(),
            level: self.level(),
            scope: self.scope(),
            until: self.slutdato.clone(),
        };
        Plan::run_then(Command::Access { action }, paths::ACCESS_SIGN.to_owned())
    }

    /// "Anmod om adgang": the owner gets the request.
    pub fn request(&self) -> Plan {
        let action = AccessAction::Request {
            name: self.navn.clone(),
            cpr: self.cpr.clone(),
            level: self.level(),
            until: self.slutdato.clone(),
        };
        Plan::run_then(
            Command::Access { action },
            Notice::Requested.on(paths::ACCESS),
        )
    }
}

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

impl PageForm for SignForm {
    /// Parses a posted body; `None` for one no page of ours sends.
    fn parse(body: &[u8]) -> Option<Self> {
        let form: Self = serde_html_form::from_bytes(body).ok()?;
        Some(Self {
            noegle: crate::forms::bounded(&form.noegle),
            ..form
        })
    }

    /// The id of the input a refusal belongs next to: the key field.
    fn field_of(&self, refusal: &Refusal) -> Option<&'static str> {
        (refusal.input() == Some(Input::Key)).then_some("noegle")
    }

    /// Nothing is shown again: the only field is the key.
    fn kept(&self, _body: &[u8]) -> Vec<(String, String)> {
        Vec::new()
    }
}

impl SignForm {
    /// The command, and the overview to land on: læseadgang's for an access, fuldmagt's
    /// for a fuldmagt (`what` is the signature waiting, if any).
    pub fn plan(&self, what: Option<&Signable>) -> Plan {
        let overview = match what {
            Some(
                Signable::GiveFuldmagt { .. }
                | Signable::ApproveFuldmagt { .. }
                | Signable::RequestFuldmagt { .. },
            ) => paths::FULDMAGT,
            _ => paths::ACCESS,
        };
        // A signed request is sent, not given.
        let signed = match what {
            Some(Signable::RequestFuldmagt { .. }) => Notice::Requested,
            _ => Notice::Given,
        };
        let (command, notice) = match self.handling {
            Some(SignHandling::Cancel) => (Command::CancelSigning, Notice::Cancelled),
            Some(SignHandling::Sign) | None => (
                Command::Sign {
                    key: self.noegle.clone(),
                },
                signed,
            ),
        };
        Plan::run_then(command, notice.on(overview))
    }
}
