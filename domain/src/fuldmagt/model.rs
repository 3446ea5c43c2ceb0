//! The fuldmagt data: områder, fuldmagter, requests and the fuldmagt commands.

use crate::ids::PersonaId;
use crate::time::Timestamp;

/// The self-services a fuldmagt can cover (from `reference/domain.md`).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum Area {
    Journal,
    Doctor,
    Move,
    Su,
    Tax,
    Housing,
}

impl Area {
    pub const ALL: [Area; 6] = [
        Area::Journal,
        Area::Doctor,
        Area::Move,
        Area::Su,
        Area::Tax,
        Area::Housing,
    ];

    /// The label of the real service.
    pub fn label(self) -> &'static str {
        match self {
            Self::Journal => "Se journal og laboratoriesvar (sundhed.dk)",
            Self::Doctor => "Skift læge",
            Self::Move => "Flytning",
            Self::Su => "SU",
            Self::Tax => "Se og ret skat",
            Self::Housing => "Boligstøtte",
        }
    }

    /// The key a form sends.
    pub fn key(self) -> &'static str {
        match self {
            Self::Journal => "journal",
            Self::Doctor => "skift-laege",
            Self::Move => "flytning",
            Self::Su => "su",
            Self::Tax => "skat",
            Self::Housing => "boligstoette",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.key() == key)
    }
}

/// The doctors' clinics a persona can choose in "Skift læge" (all fictitious).
pub const DOCTORS: [&str; 4] = [
    "Lægehuset Bøgevej",
    "Lægerne i Vollsmose",
    "Lægehuset ved Åen",
    "Odense Lægecenter",
];

/// A fuldmagt in force.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Fuldmagt {
    pub id: u16,
    pub giver: PersonaId,
    pub holder: PersonaId,
    /// Sorted, no repeats, at least one.
    pub areas: Vec<Area>,
    pub until: Option<Timestamp>,
}

/// "Anmod om fuldmagt", waiting for the giver (or a betroet medarbejder).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct FuldmagtRequest {
    pub id: u16,
    pub giver: PersonaId,
    pub holder: PersonaId,
    pub areas: Vec<Area>,
    pub until: Option<Timestamp>,
}

/// The fuldmagt commands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FuldmagtAction {
    /// "Giv fuldmagt", step 1: the holder, områder, and "Gyldig til": `None` for "Indtil
    /// den slettes", or "Til en bestemt dato" with the date as typed (an empty one is
    /// refused after the person and områder are checked). Step 2 is "Underskriv" with a key.
    PrepareGive {
        name: String,
        cpr: String,
        areas: Vec<Area>,
        until: Option<String>,
    },
    /// "Anmod om fuldmagt": the holder asks the giver; "Gyldig til" as in `PrepareGive`.
    Request {
        name: String,
        cpr: String,
        areas: Vec<Area>,
        until: Option<String>,
    },
    /// "Godkend", step 1 (then "Underskriv").
    PrepareApproval { request: u16 },
    /// "Afvis".
    Reject { request: u16 },
    /// A betroet medarbejder answers for a citizen who cannot do it digitally, after
    /// confirming the citizen's identity.
    AnswerForCitizen {
        request: u16,
        approve: bool,
        identity_confirmed: bool,
    },
    /// "Slet fuldmagt", by either side.
    Delete { fuldmagt: u16 },
    /// "Skift læge", for oneself or on a giver's behalf.
    ChangeDoctor {
        on_behalf: Option<PersonaId>,
        doctor: String,
    },
    /// "Flytning": the new address, for oneself or on a giver's behalf.
    ReportMove {
        on_behalf: Option<PersonaId>,
        address: String,
    },
}

/// Longest address typed in "Flytning".
pub(crate) const MAX_ADDRESS: usize = 100;

pub(crate) fn normalise(areas: &[Area]) -> Vec<Area> {
    let mut a = areas.to_vec();
    a.sort();
    a.dedup();
    a
}

pub(crate) fn areas_text(areas: &[Area]) -> String {
    areas
        .iter()
        .map(|a| a.label())
        .collect::<Vec<_>>()
        .join(", ")
}
