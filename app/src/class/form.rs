//! The hold pages' typed forms: "Opret hold", "Deltag", and the board's actions.

use domain::class::{ClassPlan, ClassRefusal, HoldCode, MemberName};
use domain::{LoginMethod, Scenario};
use serde::Deserialize;

/// "Opret hold".
#[derive(Debug, Deserialize)]
pub struct CreateForm {
    #[serde(default)]
    pub navn: String,
    /// Exercise ids ticked, in any order (the plan keeps the catalogue's order).
    #[serde(default)]
    pub ovelse: Vec<String>,
    #[serde(default)]
    pub sprog: String,
    #[serde(default)]
    pub kort: String,
    /// What "Log på" opens first: "nemid" or "mitid" (else the scenario's default).
    #[serde(default)]
    pub log_paa: String,
}

impl CreateForm {
    pub fn parse(body: &[u8]) -> Option<Self> {
        serde_html_form::from_bytes(body).ok()
    }

    /// The teacher's plan, or what is wrong with it.
    pub fn plan(&self, s: &Scenario) -> Result<ClassPlan, ClassRefusal> {
        let mut exercises = Vec::new();
        for id in &self.ovelse {
            let index = s
                .exercises
                .iter()
                .position(|e| &e.id == id)
                .ok_or(ClassRefusal::NoSuchExercise)?;
            exercises.push(index);
        }
        exercises.sort_unstable();
        let cards = match self.kort.trim() {
            "" => 0,
            n => n.parse::<u8>().map_err(|_| ClassRefusal::TooManyCards)?,
        };
        let lang = if s.languages.contains(&self.sprog) {
            self.sprog.clone()
        } else {
            s.languages.first().cloned().unwrap_or_default()
        };
        let login = match self.log_paa.as_str() {
            "nemid" => LoginMethod::NemId,
            "mitid" => LoginMethod::MitId,
            _ => s.default_login,
        };
        Ok(
            ClassPlan::new(&self.navn, exercises, &lang, cards, s.exercises.len())?
                .with_login(login),
        )
    }
}

/// "Deltag i et hold".
#[derive(Debug, Deserialize)]
pub struct JoinForm {
    #[serde(default)]
    pub kode: String,
    #[serde(default)]
    pub navn: String,
}

impl JoinForm {
    pub fn parse(body: &[u8]) -> Option<Self> {
        serde_html_form::from_bytes(body).ok()
    }

    pub fn code(&self) -> Result<HoldCode, ClassRefusal> {
        HoldCode::parse(&self.kode).ok_or(ClassRefusal::CodeUnknown)
    }

    pub fn name(&self) -> Result<MemberName, ClassRefusal> {
        MemberName::parse(&self.navn)
    }

    /// What to show again after a refusal: both fields, cut short.
    pub fn kept(&self) -> Vec<(String, String)> {
        vec![
            ("kode".to_owned(), crate::forms::bounded(&self.kode)),
            ("navn".to_owned(), crate::forms::bounded(&self.navn)),
        ]
    }
}

/// What a board button does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum BoardAction {
    Hint,
    Nulstil,
    Brev,
    Tid,
    Afslut,
}

/// A post to the board.
#[derive(Debug, Deserialize)]
pub struct BoardForm {
    pub handling: BoardAction,
    /// A seat number, or "alle".
    #[serde(default)]
    pub plads: String,
    /// A scenario letter's id ("Vælg et brev"), or empty to send the one written.
    #[serde(default)]
    pub brev: String,
    #[serde(default)]
    pub fra: String,
    #[serde(default)]
    pub emne: String,
    #[serde(default)]
    pub tekst: String,
    #[serde(default)]
    pub minutter: String,
}

/// Whom a board action is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    All,
    Seat(u16),
}

impl BoardForm {
    pub fn parse(body: &[u8]) -> Option<Self> {
        serde_html_form::from_bytes(body).ok()
    }

    pub fn target(&self) -> Option<Target> {
        match self.plads.trim() {
            "alle" => Some(Target::All),
            n => n.parse().ok().map(Target::Seat),
        }
    }

    /// Minutes to move the clock: one of the offered steps only.
    pub fn minutes(&self) -> Option<i64> {
        let m: i64 = self.minutter.trim().parse().ok()?;
        crate::text::class::actions::STEPS
            .iter()
            .any(|(n, _)| *n == m)
            .then_some(m)
    }

    /// The letter to send, or what is wrong with it.
    pub fn letter(
        &self,
        s: &Scenario,
    ) -> Result<domain::class::TeacherLetter, domain::class::LetterRefusal> {
        use domain::class::TeacherLetter;
        if self.brev.trim().is_empty() {
            TeacherLetter::write(s, &self.fra, &self.emne, &self.tekst)
        } else {
            TeacherLetter::from_scenario(s, self.brev.trim())
        }
    }

    /// What to show again after a refusal.
    pub fn kept(&self) -> Vec<(String, String)> {
        vec![
            ("plads".to_owned(), crate::forms::bounded(&self.plads)),
            ("brev".to_owned(), crate::forms::bounded(&self.brev)),
            ("fra".to_owned(), crate::forms::bounded(&self.fra)),
            ("emne".to_owned(), crate::forms::bounded(&self.emne)),
            // The letter's text may be longer than other fields.
            (
                "tekst".to_owned(),
                self.tekst
                    .chars()
                    .take(domain::class::deliver::MAX_TEXT)
                    .collect(),
            ),
            ("minutter".to_owned(), crate::forms::bounded(&self.minutter)),
        ]
    }
}
