//! Safety drills (issue 15): the fake message on the practice phone, the fake page it links
//! to (`/fidus/<id>`: always on our own origin, under the ØVEMILJØ banner), and the debrief
//! in the guide's language (`/fidus/<id>/forklaring`). The rules are in `domain/src/drill/`;
//! the posts in `server/src/drill.rs`. Nothing typed into a fake page is kept: its form
//! says only whether any field was filled in.

pub mod call;
pub mod guide;
pub mod outcome;
pub mod page;

use crate::forms::{PageForm, Plan};
use domain::drill::{Channel, Did, Drill, DrillAction, SentDrill};
use domain::{Command, PersonaId, World};
use serde::{Deserialize, Serialize};

pub use page::{DebriefPage, FakePage};

/// A drill's message as the phone shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DrillMessage {
    pub id: String,
    pub channel: Channel,
    pub sender: String,
    pub subject: String,
    /// The text before the link, the link's shown address, the text after it.
    pub before: String,
    pub link: String,
    pub after: String,
    pub sent: String,
}

/// The drills on `persona`'s phone, newest first.
pub fn messages(world: &World, persona: &PersonaId) -> Vec<DrillMessage> {
    (world.drills_on_phone(persona).into_iter())
        .map(|(sent, d)| message(sent, d))
        .collect()
}

/// Drill `d` as it arrived (`sent`).
fn message(sent: &SentDrill, d: &Drill) -> DrillMessage {
    let (before, after) = d.text_parts();
    DrillMessage {
        id: d.id.clone(),
        channel: d.channel,
        sender: d.sender.clone(),
        subject: d.subject.clone(),
        before: before.to_owned(),
        link: d.link.clone(),
        after: after.to_owned(),
        sent: format!(
            "{} {}",
            sent.sent.danish_date(),
            sent.sent.danish_local().clock()
        ),
    }
}

/// The fake page's address.
pub fn fake_page(id: &str) -> String {
    format!("/fidus/{id}")
}

/// The message's link: records that it was pressed, then shows the fake page.
pub fn link(id: &str) -> String {
    format!("/fidus/{id}/link")
}

/// The debrief's address.
pub fn debrief(id: &str) -> String {
    format!("/fidus/{id}/forklaring")
}

/// `POST /fidus/<id>`: the fake login's fields. They are read only to know whether any was
/// filled in; the values are dropped with the form and never reach the world.
#[derive(Default, Deserialize)]
pub struct FakeForm {
    #[serde(default)]
    bruger_id: String,
    #[serde(default)]
    adgangskode: String,
}

impl PageForm for FakeForm {
    fn parse(body: &[u8]) -> Option<Self> {
        serde_html_form::from_bytes(body).ok()
    }

    /// Nothing of it is ever shown again.
    fn kept(&self, _body: &[u8]) -> Vec<(String, String)> {
        Vec::new()
    }
}

impl FakeForm {
    pub fn plan(&self, drill: &str) -> Plan {
        let anything = !self.bruger_id.trim().is_empty() || !self.adgangskode.trim().is_empty();
        Plan::run_then(
            Command::Drill {
                action: DrillAction::Submit {
                    drill: drill.to_owned(),
                    anything,
                },
            },
            debrief(drill),
        )
    }
}

/// The debrief's data: the drill's message, what the learner did, the guide's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Debrief {
    pub message: DrillMessage,
    pub did: Did,
    pub signs: u8,
    pub lang: String,
}

impl Debrief {
    /// The guide's words for what the learner did.
    pub fn did_key(&self) -> &'static str {
        let call = self.message.channel == Channel::Call;
        match (self.did, call) {
            (Did::Fooled, false) => "drill_fooled",
            (Did::Fooled, true) => "drill_call_fooled",
            (Did::Spotted, false) => "drill_spotted",
            (Did::Spotted, true) => "drill_call_spotted",
            (Did::Reported, _) => "drill_reported",
            (Did::Ignored, false) => "drill_ignored",
            (Did::Ignored, true) => "drill_call_ignored",
            (Did::Opened, _) => "drill_opened",
            (Did::Waiting, false) => "drill_waiting",
            (Did::Waiting, true) => "drill_call_waiting",
        }
    }
}

pub fn debrief_view(world: &World, id: &str) -> Option<Debrief> {
    let sent = world.sent_drill(id)?;
    let (_, drill) = world.drill(id)?;
    let message = message(sent, drill);
    let did = sent.did(world.now(crate::clock::now()));
    let lang = world
        .progress()
        .map(|(_, p)| p.lang.clone())
        .unwrap_or_default();
    Some(Debrief {
        message,
        did,
        signs: drill.signs,
        lang,
    })
}
