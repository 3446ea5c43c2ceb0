//! What a scenario is: personas, authorities, letters and exercises every world starts from.

use crate::cpr::Cpr;
use crate::ids::{AuthorityId, LetterId, PersonaId};
use std::collections::BTreeMap;
use std::fmt;

/// One data file handed in by the caller (the domain does no IO).
#[derive(Debug, Clone)]
pub struct ScenarioFile {
    /// Path relative to the scenario folder, with `/` separators (`personas/karen.toml`).
    pub path: String,
    pub text: String,
}

/// What is wrong with the scenario data, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScenarioError {
    pub file: String,
    pub entry: String,
    pub problem: String,
}

impl fmt::Display for ScenarioError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}", self.file, self.entry, self.problem)
    }
}

impl std::error::Error for ScenarioError {}

/// Which kind of person a persona is in the simulated world.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// An ordinary citizen.
    Citizen,
    /// Betroet medarbejder: a trusted municipal employee who may approve a fuldmagt request
    /// for a citizen who cannot do it digitally.
    TrustedEmployee,
}

/// How a world's "Log på" logs in first: NemID with the key card, or MitID. Both are
/// always offered; this is the one the header's button leads to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum LoginMethod {
    #[default]
    NemId,
    MitId,
}

/// A fictitious person of the scenario. Immutable and shared by every world.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Persona {
    pub id: PersonaId,
    /// Position on the world's front page (the person who needs help first).
    pub order: u16,
    pub name: String,
    pub age: u8,
    pub cpr: Cpr,
    pub address: String,
    /// NemID-nummer: the 9-digit number every NemID user had.
    pub nemid_number: String,
    /// A self-chosen bruger-id, where the scenario gives one.
    pub user_id: Option<String>,
    /// The practice password (adgangskode), shown openly on the world page.
    pub password: String,
    pub role: Role,
    /// One line saying who this is, in Danish.
    pub summary: String,
    /// Can answer in Digital Post; `false`: a betroet medarbejder may answer for them.
    pub digital: bool,
    /// The doctor at the start ("Skift læge").
    pub doctor: String,
    /// The persona's MitID, where the scenario gives one.
    pub mitid: Option<crate::mitid::MitIdSetup>,
    /// Has the NemID nøgleapp (2018–2023) on the practice phone: a NemID login can be
    /// approved there instead of with a key from the card.
    pub noegleapp: bool,
}

impl Persona {
    /// The bruger-id to show the learner: the self-chosen one, else the NemID-nummer.
    pub fn login_id(&self) -> &str {
        self.user_id.as_deref().unwrap_or(&self.nemid_number)
    }
}

/// How "Vælg myndighed" groups the authorities, as on the real site.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum AuthorityGroup {
    /// Staten
    State,
    /// Regioner
    Region,
    /// Kommuner
    Municipality,
    /// Andre
    Other,
}

/// A public authority (myndighed) that sends letters and can be written to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Authority {
    pub id: AuthorityId,
    pub name: String,
    pub group: AuthorityGroup,
}

/// A letter in a persona's Digital Post when a world starts. Shared by every world.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeedLetter {
    pub id: LetterId,
    pub to: PersonaId,
    pub from: AuthorityId,
    pub subject: String,
    /// Days before the world's start that it arrived.
    pub days_ago: u16,
    pub case_number: String,
    /// Whether "Besvar" is offered.
    pub can_reply: bool,
    pub unread: bool,
    /// Title of the PDF document attached, generated from the letter.
    pub attachment: Option<String>,
    pub body: String,
}

/// A whole scenario: everything a world starts from.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Scenario {
    pub name: String,
    /// What the header's "Log på" opens in a new world (a hold's teacher may choose).
    pub default_login: LoginMethod,
    /// The year the scenario's ages are counted in; CPR years must agree with the ages.
    pub reference_year: u16,
    /// Failed NemID tries (wrong password, wrong key, unfinished key step) before NemID is
    /// spærret. The real system used 5.
    pub max_failed_attempts: u8,
    /// Seconds of simulated time before an authority answers a message (the receipt comes
    /// at once).
    pub reply_delay_seconds: u32,
    /// The guide's languages (exercise texts must have each); the first is the default.
    pub languages: Vec<String>,
    pub personas: Vec<Persona>,
    pub authorities: Vec<Authority>,
    /// Sorted by id; a letter's index here is its number in every world.
    pub letters: Vec<SeedLetter>,
    /// Safety drills (`drills/<id>.toml`), by id.
    pub drills: Vec<crate::drill::Drill>,
    /// Guided exercises, by theme and then id.
    pub exercises: Vec<crate::exercise::Exercise>,
    /// The guide layer's words per language (`guide/<lang>.ftl`).
    pub guide: BTreeMap<String, std::sync::Arc<crate::scenario::ftl::Translation>>,
    /// The "Ordliste" per language (`glossary/<lang>.ftl`), if the scenario has one.
    pub glossary: BTreeMap<String, std::sync::Arc<crate::scenario::ftl::Translation>>,
    /// The printable fact sheets per language (`handouts/<lang>.ftl`), if any.
    pub handouts: BTreeMap<String, std::sync::Arc<crate::scenario::ftl::Translation>>,
    /// Per language: whether a native speaker has read its translation files (the less
    /// reviewed of the two).
    pub reviews: BTreeMap<String, crate::scenario::ftl::Review>,
}

impl Scenario {
    /// The empty scenario a world has between reading its bytes and getting its own back
    /// (`World::from_bytes`; never seen outside it).
    pub(crate) fn placeholder() -> std::sync::Arc<Scenario> {
        static EMPTY: std::sync::OnceLock<std::sync::Arc<Scenario>> = std::sync::OnceLock::new();
        EMPTY
            .get_or_init(|| std::sync::Arc::new(Scenario::default()))
            .clone()
    }
}
