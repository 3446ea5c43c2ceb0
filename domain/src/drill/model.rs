//! What a safety drill is: the scenario's fake message and fake page, and what became of it
//! in a world.

use crate::ids::PersonaId;
use crate::scenario::{ScenarioError, ScenarioFile};
use crate::time::Timestamp;
use serde::Deserialize;

/// Where the scenario's drills are: one file per drill, named by its id.
pub const DRILL_DIR: &str = "drills/";
/// A message left alone this long (simulated) after it came, its link never opened, was
/// ignored: "Klaret" (the scam's deadline passed; a call's request expired long before).
pub const IGNORED_AFTER_SECS: i64 = 24 * 3600;
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
    "drill_result_spotted",
    "drill_result_fooled",
    "drill_result_link",
    "drill_reported",
    "drill_ignored",
];

/// The guide's words the scenario's `drills` need: the debrief's, and each drill's signs.
pub fn guide_keys(drills: &[Drill]) -> Vec<String> {
    let mut keys: Vec<String> = Vec::new();
    if !drills.is_empty() {
        keys.extend(GUIDE_KEYS.iter().chain(WATCH_KEYS).map(|k| (*k).to_owned()));
    }
    if drills.iter().any(|d| d.channel == Channel::Call) {
        keys.extend(CALL_KEYS.iter().map(|k| (*k).to_owned()));
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

/// The debrief's words for a phone call (the fake MitID approval), needed once a scenario
/// has a call.
pub const CALL_KEYS: &[&str] = &[
    "drill_call_fooled",
    "drill_call_spotted",
    "drill_call_waiting",
    "drill_call_ignored",
    "drill_call_message",
    "drill_call_request",
    "drill_call_next_1",
    "drill_call_next_3",
];

/// The guide's words for "Kig væk" (a helper looks away while the owner types her codes),
/// needed once a scenario has drills.
pub const WATCH_KEYS: &[&str] = &[
    "watch_title",
    "watch_ask",
    "watch_away",
    "watch_away_button",
    "watch_back_button",
    "watch_saw",
    "watch_done",
    "watch_right_way",
];

/// How the fake message arrives on the phone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Channel {
    Sms,
    Email,
    /// A phone call ("someone from Borgerservice"): the caller's words, and a MitID
    /// request the learner did not start arrives in the app at the same time.
    Call,
}

/// A drill of the scenario. Its message is in the simulated service's Danish (with the
/// classic signs); its debrief is in the guide's languages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Drill {
    pub id: String,
    pub channel: Channel,
    /// The look-alike sender ("SKAT-DK"), or the number calling.
    pub sender: String,
    /// An e-mail's subject (empty for an SMS and a call).
    pub subject: String,
    /// The message, with `{link}` where the link stands; a call's words (no link).
    pub text: String,
    /// The fake address the link shows (empty for a call).
    pub link: String,
    /// The fake page: its heading, a line under it, and its button (empty for a call).
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
    #[serde(default)]
    link: String,
    #[serde(default)]
    page_title: String,
    #[serde(default)]
    page_intro: String,
    #[serde(default)]
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
    let call = raw.channel == Channel::Call;
    let links = raw.text.matches("{link}").count();
    if call && links > 0 {
        return Err(err("text", "a call has no {link}".into()));
    }
    if !call && links != 1 {
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
        let page_part = !matches!(name, "sender" | "text");
        if call && page_part {
            if !value.is_empty() {
                return Err(err(name, "a call has no link and no fake page".into()));
            }
        } else if value.trim().is_empty() || value.chars().count() > max {
            return Err(err(name, format!("must be 1-{max} characters")));
        }
    }
    if (raw.channel == Channel::Email) == raw.subject.trim().is_empty() {
        return Err(err(
            "subject",
            "an e-mail has a subject, an SMS or a call none".into(),
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
    /// "Snydt": something was typed into the fake page, or the caller's request approved.
    Fooled,
    /// "Klaret": the message was deleted without typing anything, or the caller's request
    /// rejected ("Afvis").
    Spotted,
}

/// What the learner did with a drill, as its debrief tells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
pub enum Did {
    /// Typed into the fake page, or approved the caller's request.
    Fooled,
    /// Deleted the message (or hung up and rejected the request) without typing.
    Spotted,
    /// "Rapportér som svindel".
    Reported,
    /// Left alone past the scam's deadline, its link never opened.
    Ignored,
    /// Opened the link, typed nothing, the message still on the phone.
    Opened,
    /// Nothing yet.
    Waiting,
}

/// A drill sent in this world: to whom, when, and what the learner did with it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SentDrill {
    /// Index in the scenario's drills.
    pub drill: u16,
    pub persona: PersonaId,
    pub sent: Timestamp,
    pub opened: bool,
    pub typed: bool,
    /// The message deleted, or the call hung up ("Læg på").
    pub deleted: bool,
    /// "Rapportér som svindel" on the phone (the message is gone then too).
    pub reported: bool,
    /// A call's MitID request, and its answer once given (true: approved).
    pub request: Option<u16>,
    pub approved: Option<bool>,
}

impl SentDrill {
    /// How it ended by simulated time `now`: something done with it, or left alone long
    /// enough ([`IGNORED_AFTER_SECS`]) without opening its link.
    pub fn outcome(&self, now: Timestamp) -> Option<Outcome> {
        let ignored = !self.opened && now.0 - self.sent.0 >= IGNORED_AFTER_SECS;
        self.answer()
            .or_else(|| ignored.then_some(Outcome::Spotted))
    }

    /// Whether it was left alone long enough to count as ignored, with no answer.
    pub fn ignored(&self, now: Timestamp) -> bool {
        self.answer().is_none() && self.outcome(now).is_some()
    }

    /// What the learner did with it by simulated time `now`, as the debrief tells it.
    pub fn did(&self, now: Timestamp) -> Did {
        match self.outcome(now) {
            Some(Outcome::Fooled) => Did::Fooled,
            Some(Outcome::Spotted) if self.reported => Did::Reported,
            Some(Outcome::Spotted) if self.ignored(now) => Did::Ignored,
            Some(Outcome::Spotted) => Did::Spotted,
            None if self.opened => Did::Opened,
            None => Did::Waiting,
        }
    }

    fn answer(&self) -> Option<Outcome> {
        match (self.request, self.approved) {
            _ if self.typed => Some(Outcome::Fooled),
            (Some(_), Some(true)) => Some(Outcome::Fooled),
            (Some(_), Some(false)) => Some(Outcome::Spotted),
            // A call hung up but its request not rejected is not over yet.
            (Some(_), None) => None,
            (None, _) => (self.deleted || self.reported).then_some(Outcome::Spotted),
        }
    }
}

/// Who sits next to whom, and whether the helper is looking.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Watch {
    pub helper: PersonaId,
    pub owner: PersonaId,
    /// The helper has looked away ("Jeg kigger væk").
    pub away: bool,
    /// A code was typed while the helper watched, since the last login ended (or since she
    /// looked away with nobody logging in).
    pub saw: bool,
}
