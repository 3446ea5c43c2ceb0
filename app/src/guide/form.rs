//! The guide layer's typed forms: "Start" in the catalogue, and the panel's buttons ("Vis
//! hint", "Spring trin over", "Stop øvelsen", a language). They act on the guide around the
//! world, not on the world, so they are not commands; the server runs them in
//! `server/src/lifecycle.rs`.

use crate::forms::bounded;
use crate::paths;
use domain::{GuideAction, Scenario};
use serde::Deserialize;

/// `POST /ovelser/start`: the exercise chosen and the guide language.
#[derive(Debug, Default, Deserialize)]
pub struct StartForm {
    #[serde(default)]
    pub ovelse: String,
    #[serde(default)]
    pub sprog: String,
}

impl StartForm {
    pub fn parse(body: &[u8]) -> Option<Self> {
        serde_html_form::from_bytes(body).ok()
    }

    /// The exercise's index in `scenario`, if it has one of that id.
    pub fn exercise(&self, scenario: &Scenario) -> Option<usize> {
        scenario.exercises.iter().position(|e| e.id == self.ovelse)
    }

    /// The guide language: the one chosen if the scenario has it, else its first.
    pub fn language(&self, scenario: &Scenario) -> String {
        if scenario.languages.contains(&self.sprog) {
            self.sprog.clone()
        } else {
            scenario.languages.first().cloned().unwrap_or_default()
        }
    }
}

/// What a guide panel button does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum GuideHandling {
    /// "Vis hint".
    Hint,
    /// "Spring trin over".
    Spring,
    /// "Stop øvelsen".
    Stop,
    /// A language in the panel's chooser.
    Sprog,
    /// "Skjul vejledning".
    Skjul,
    /// "Vis vejledning".
    Vis,
    /// "Kig væk": "Jeg kigger væk".
    KigVaek,
    /// "Kig væk": "Jeg kigger igen".
    KigIgen,
}

impl GuideHandling {
    /// The value the button posts.
    pub fn value(self) -> &'static str {
        match self {
            Self::Hint => "hint",
            Self::Spring => "spring",
            Self::Stop => "stop",
            Self::Sprog => "sprog",
            Self::Skjul => "skjul",
            Self::Vis => "vis",
            Self::KigVaek => "kig-vaek",
            Self::KigIgen => "kig-igen",
        }
    }
}

/// `POST /ovelser/guide`: a panel button, with the page it was pressed on.
#[derive(Debug, Default, Deserialize)]
pub struct GuideForm {
    pub handling: Option<GuideHandling>,
    #[serde(default)]
    pub sprog: String,
    #[serde(default)]
    pub tilbage: String,
}

impl GuideForm {
    pub fn parse(body: &[u8]) -> Option<Self> {
        serde_html_form::from_bytes(body).ok()
    }

    /// What the button asks of the guide (`None`: a form that names no action).
    pub fn action(&self) -> Option<GuideAction> {
        Some(match self.handling? {
            GuideHandling::Hint => GuideAction::ShowHint,
            GuideHandling::Spring => GuideAction::Skip,
            GuideHandling::Stop => GuideAction::Stop,
            GuideHandling::Sprog => GuideAction::Language(bounded(&self.sprog)),
            GuideHandling::Skjul => GuideAction::Fold(true),
            GuideHandling::Vis => GuideAction::Fold(false),
            GuideHandling::KigVaek => GuideAction::LookAway(true),
            GuideHandling::KigIgen => GuideAction::LookAway(false),
        })
    }

    /// The page to go back to: a path of this site only (`forms::local_path`), else the
    /// world's front page.
    pub fn back(&self) -> String {
        crate::forms::local_path(&self.tilbage).unwrap_or_else(|| paths::WORLD.to_owned())
    }

    /// Where the learner lands: the catalogue after "Stop øvelsen", else back.
    pub fn then(&self) -> String {
        if self.handling == Some(GuideHandling::Stop) {
            paths::EXERCISES.to_owned()
        } else {
            self.back()
        }
    }
}
