//! What a safety drill is: the scenario's fake message and fake page, and what became of it
//! in a world.

use crate::ids::PersonaId;
use crate::scenario::{ScenarioError, ScenarioFile};
use crate::time::Timestamp;
use serde::Deserialize;

/// Where the scenario's drills are: one file per drill, named by its id.
pub const DRILL_DIR: &str = "drills/";
/// Most signs a drill's debrief lists (`drill-<id>-sign-<n>` in the guide's texts).
pub const MAX_SIGNS: u8 = 6;

/// The debrief's words in the guide's files (`guide/<lang>.ftl`), needed once a scenario
/// has drills.
pub const GUIDE_KEYS: &[&str] = &[
    "drill_title",
    "drill_intro",
    "drill_fooled",
    "drill_spotted",
    "drill_opened",
    "drill_waiting",
    "drill_message",
    "drill_signs",
    "drill_next",
    "drill_next_1",
    "drill_next_2",
    "drill_next_3",
    "drill_back",
];

/// The guide's words the scenario's `drills` need: the debrief's, and each drill's signs.
pub fn guide_keys(drills: &[Drill]) -> Vec<String> {
    let mut keys: Vec<String> = Vec::new();
    if !drills.is_empty() {
        keys.extend(GUIDE_KEYS.iter().map(|k| (*k).to_owned()));
    }
    for d in drills {
        keys.extend((1..=d.signs).map(|n| sign_key(&d.id, n)));
    }
    keys
}

/// The guide's message naming sign `n` of drill `id`.
pub fn sign_key(id: &str, n: u8) -> String {
    format!("drill-{id}-sign-{n}")
}

/// How the fake message arrives on the phone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Channel {
    Sms,
    Email,
}

/// A drill of the scenario. Its message is in the simulated service's Danish (with the
/// classic signs); its debrief is in the guide's languages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Drill {
    pub id: String,
    pub channel: Channel,
    /// The look-alike sender ("SKAT-DK").
    pub sender: String,
    /// An e-mail's subject (empty for an SMS).
    pub subject: String,
    /// The message, with `{link}` where the link stands.
    pub text: String,
    /// The fake address the link shows.
    pub link: String,
    /// The fake page: its heading, a line under it, and its button.
    pub page_title: String,
    pub page_intro: String,
    pub page_button: String,
    /// How many signs the debrief names.
    pub signs: u8,
}

impl Drill {
    /// The message's text before and after the link.
    pub fn text_parts(&self) -> (&str, &str) {
        self.text.split_once("{link}").unwrap_or((&self.text, ""))
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDrill {
    channel: Channel,
    sender: String,
    #[serde(default)]
    subject: String,
    text: String,
    link: String,
    page_title: String,
    page_intro: String,
    page_button: String,
    signs: u8,
}

pub(crate) fn parse_drill(file: &ScenarioFile) -> Result<Drill, ScenarioError> {
    let err = |field: &str, why: String| ScenarioError {
        file: file.path.clone(),
        entry: field.to_owned(),
        problem: why,
    };
    let id = file
        .path
        .strip_prefix(DRILL_DIR)
        .and_then(|p| p.strip_suffix(".toml"))
        .filter(|id| !id.is_empty() && id.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'))
        .ok_or_else(|| {
            err(
                "-",
                "the file name must be the drill's id: a-z and -".into(),
            )
        })?
        .to_owned();
    let raw: RawDrill = crate::scenario::parse::parse_toml(file)?;
    if raw.text.matches("{link}").count() != 1 {
        return Err(err("text", "must have {link} exactly once".into()));
    }
    for (name, value, max) in [
        ("sender", &raw.sender, 60),
        ("text", &raw.text, 600),
        ("link", &raw.link, 80),
        ("page_title", &raw.page_title, 80),
        ("page_intro", &raw.page_intro, 300),
        ("page_button", &raw.page_button, 40),
    ] {
        if value.trim().is_empty() || value.chars().count() > max {
            return Err(err(name, format!("must be 1-{max} characters")));
        }
    }
    if (raw.channel == Channel::Email) == raw.subject.trim().is_empty() {
        return Err(err(
            "subject",
            "an e-mail has a subject, an SMS none".into(),
        ));
    }
    if !(1..=MAX_SIGNS).contains(&raw.signs) {
        return Err(err("signs", format!("must be 1-{MAX_SIGNS}")));
    }
    Ok(Drill {
        id,
        channel: raw.channel,
        sender: raw.sender,
        subject: raw.subject,
        text: raw.text,
        link: raw.link,
        page_title: raw.page_title,
        page_intro: raw.page_intro,
        page_button: raw.page_button,
        signs: raw.signs,
    })
}

/// How a drill ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// "Snydt": something was typed into the fake page.
    Fooled,
    /// "Klaret": the message was deleted without typing anything.
    Spotted,
}

/// A drill sent in this world: to whom, when, and what the learner did with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SentDrill {
    /// Index in the scenario's drills.
    pub drill: u16,
    pub persona: PersonaId,
    pub sent: Timestamp,
    pub opened: bool,
    pub typed: bool,
    pub deleted: bool,
}

impl SentDrill {
    pub fn outcome(&self) -> Option<Outcome> {
        if self.typed {
            Some(Outcome::Fooled)
        } else if self.deleted {
            Some(Outcome::Spotted)
        } else {
            None
        }
    }
}
