//! One learner's world: the scenario it started from and everything that happened since.
//! The rules live in the feature modules; `handle.rs` runs a command through them.

use crate::access::{AccessRequest, Grant};
use crate::event::{Event, LoggedEvent};
use crate::fuldmagt::{Fuldmagt, FuldmagtRequest};
use crate::ids::PersonaId;
use crate::keycard::KeyCard;
use crate::letters::{MAX_WORLD_LETTERS, WorldLetter};
use crate::mailbox::{LetterState, Mailbox};
use crate::nemid::{self, NemIdState};
use crate::refusal::Refusal;
use crate::scenario::{Persona, Scenario};
use crate::sign::Signing;
use crate::time::Timestamp;
use std::sync::Arc;

/// Where the learner is in the NemID login.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub enum Login {
    #[default]
    LoggedOut,
    /// Step 2: waiting for the key of `key_index` on the persona's card in use.
    AwaitingKey {
        persona: PersonaId,
        key_index: u8,
        temporary: bool,
        /// A request sent to the NemID nøgleapp instead (its id), while it is open.
        key_app: Option<u16>,
    },
    /// Logged in with the temporary password and a key; a new password comes first.
    MustChoosePassword {
        persona: PersonaId,
    },
    LoggedIn {
        persona: PersonaId,
    },
    /// A MitID login after BRUGER-ID: at `step` since `started` (simulated time).
    MitId {
        persona: PersonaId,
        step: crate::mitid::MitIdStep,
        started: Timestamp,
    },
}

/// What belongs to one learner at one PC in a world two play together ("Øv sammen"):
/// who is logged in there, whose mailbox is open, a signature waiting for its key. The world
/// holds the seat in use in its fields, the partner's here (swapped: `World::swap_seats`).
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub struct Seat {
    pub(crate) login: Login,
    pub(crate) viewing: Option<PersonaId>,
    pub(crate) access_ended: Option<PersonaId>,
    pub(crate) signing: Option<Signing>,
    pub(crate) mitid_signing: Option<(crate::mitid::MitIdStep, Timestamp)>,
}

/// A simulated paper letter in a persona's "Fysisk post".
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct PaperLetter {
    pub persona: PersonaId,
    pub at: Timestamp,
    pub kind: PaperLetterKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum PaperLetterKind {
    /// A replacement key card of this generation.
    NewKeyCard { generation: u8 },
    /// The temporary password of this lockout.
    TemporaryPassword { lockout: u8 },
}

/// What [`World::execute`] decided.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Decision {
    pub events: Vec<Event>,
    pub refusal: Option<Refusal>,
}

impl Decision {
    /// The decision of a feature's rules: its events, or the refusal that stopped them.
    pub(crate) fn from_result(result: Result<Vec<Event>, Refusal>) -> Self {
        match result {
            Ok(events) => Self::ok(events),
            Err(refusal) => Self::refuse(refusal),
        }
    }

    pub(crate) fn refuse(refusal: Refusal) -> Self {
        Self {
            events: Vec::new(),
            refusal: Some(refusal),
        }
    }

    pub(crate) fn ok(events: Vec<Event>) -> Self {
        Self {
            events,
            refusal: None,
        }
    }
}

/// A map of a few entries as one sorted vector: a world holds a handful of personas and
/// letters, and a tree's nodes would take ~1 KiB each however few (issue 20).
pub(crate) type SmallMap<K, V> = litemap::LiteMap<K, V>;

/// Most events a world keeps in its log; older ones are dropped so that a world cannot grow
/// without bound however long a script clicks (the state itself stays exact).
pub const MAX_LOG: usize = 1_000;

/// Longest single jump of the simulated clock.
pub(crate) const MAX_CLOCK_STEP_MINUTES: i64 = 366 * 24 * 60;

/// One learner's world. The scenario is shared and immutable; the world stores only what
/// differs from it, so tens of thousands of worlds fit in memory.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct World {
    #[serde(skip, default = "Scenario::placeholder")] // not in its bytes: see world_bytes
    pub(crate) scenario: Arc<Scenario>,
    pub(crate) seed: u64,
    /// How far the simulated clock is ahead of real time, in minutes.
    pub(crate) clock_offset_minutes: i64,
    pub(crate) nemid: SmallMap<PersonaId, NemIdState>,
    /// MitID per persona (only personas who used it), and the requests sent to the app.
    pub(crate) mitid: SmallMap<PersonaId, crate::mitid::MitIdState>,
    pub(crate) mitid_requests: Vec<crate::mitid::AppRequest>,
    /// Safety drills sent in this world, and "Kig væk" if an exercise set it up.
    pub(crate) drills: Vec<crate::drill::SentDrill>,
    pub(crate) watch: Option<crate::drill::Watch>,
    pub(crate) next_request_id: u16,
    pub(crate) login: Login,
    pub(crate) paper_mail: Vec<PaperLetter>,
    /// Own folders per persona (only personas who made one).
    pub(crate) mailboxes: SmallMap<PersonaId, Mailbox>,
    /// Letters moved or read, by index in the scenario's letters.
    pub(crate) letter_states: SmallMap<u16, LetterState>,
    /// Letters deleted for good from Papirkurv.
    pub(crate) deleted_letters: std::collections::BTreeSet<u16>,
    /// When the world started (real time): seed letters are dated from it.
    pub(crate) started: Timestamp,
    /// Letters made in this world; letter number = the scenario's letter count + position.
    pub(crate) own_letters: Vec<WorldLetter>,
    /// Answers on their way, with the simulated time they arrive.
    pub(crate) pending: Vec<(Timestamp, WorldLetter)>,
    /// The latest simulated time the world has seen (for end dates).
    pub(crate) clock: Timestamp,
    /// Læseadgang in force, and requests waiting.
    pub(crate) grants: Vec<Grant>,
    pub(crate) access_requests: Vec<AccessRequest>,
    pub(crate) next_access_id: u16,
    /// A signature waiting for its NemID key.
    pub(crate) signing: Option<Signing>,
    /// The same signature being given with MitID instead: its step, and since when.
    pub(crate) mitid_signing: Option<(crate::mitid::MitIdStep, Timestamp)>,
    /// The mailbox a helper has open (`None`: their own).
    pub(crate) viewing: Option<PersonaId>,
    /// Whose mailbox a helper view was closed for because the access ended.
    pub(crate) access_ended: Option<PersonaId>,
    /// Digital fuldmagter in force, requests waiting, and what self-services changed.
    pub(crate) fuldmagter: Vec<Fuldmagt>,
    pub(crate) fuldmagt_requests: Vec<FuldmagtRequest>,
    pub(crate) next_fuldmagt_id: u16,
    pub(crate) doctors: SmallMap<PersonaId, String>,
    /// "Besked om ny post" per mailbox, and the messages "sent" (newest last).
    pub(crate) notify: SmallMap<PersonaId, crate::mailbox::Notify>,
    pub(crate) notices: Vec<crate::mailbox::SentNotice>,
    pub(crate) addresses: SmallMap<PersonaId, String>,
    /// The guided exercise this world was made for, if any.
    pub(crate) progress: Option<crate::exercise::Progress>,
    /// Key challenges issued so far: picks the random stream of the next one.
    pub(crate) challenges: u64,
    pub(crate) log: Vec<LoggedEvent>,
    /// What a teacher's board reads: last action, refusals in a row, hints.
    pub(crate) activity: crate::class::activity::Activity,
    /// The hold (class) this world belongs to, by the name its teacher gave it.
    pub(crate) hold: Option<Arc<str>>,
    /// What "Log på" opens first (the scenario's default, or the hold's choice).
    pub(crate) login_method: crate::scenario::LoginMethod,
    /// The second learner's seat, when two practise together in this world.
    pub(crate) partner: Option<Box<Seat>>,
    /// "Parkode": the code a partner joins this world with, and when it was offered.
    pub(crate) pair_code: Option<(Arc<str>, Timestamp)>,
    /// Events applied so far: a page can tell that the world changed since it was drawn
    /// (a partner did something).
    pub(crate) changes: u32,
}

impl World {
    /// A fresh world from `scenario`, started at real time `started`, with everything
    /// random derived from `seed`.
    pub fn new(scenario: Arc<Scenario>, seed: u64, started: Timestamp) -> Self {
        Self {
            login_method: scenario.default_login,
            scenario,
            seed,
            started,
            own_letters: Vec::new(),
            pending: Vec::new(),
            clock: started,
            grants: Vec::new(),
            access_requests: Vec::new(),
            next_access_id: 0,
            signing: None,
            mitid_signing: None,
            viewing: None,
            access_ended: None,
            fuldmagter: Vec::new(),
            fuldmagt_requests: Vec::new(),
            next_fuldmagt_id: 0,
            doctors: SmallMap::new(),
            notify: SmallMap::new(),
            notices: Vec::new(),
            addresses: SmallMap::new(),
            progress: None,
            clock_offset_minutes: 0,
            nemid: SmallMap::new(),
            mitid: SmallMap::new(),
            mitid_requests: Vec::new(),
            drills: Vec::new(),
            watch: None,
            next_request_id: 0,
            login: Login::LoggedOut,
            paper_mail: Vec::new(),
            mailboxes: SmallMap::new(),
            letter_states: SmallMap::new(),
            deleted_letters: Default::default(),
            challenges: 0,
            log: Vec::new(),
            activity: crate::class::activity::Activity::started(started),
            hold: None,
            partner: None,
            pair_code: None,
            changes: 0,
        }
    }

    /// Changes with every event applied (not with reads).
    pub fn version(&self) -> u32 {
        self.changes
    }

    /// Whether two learners practise together in this world.
    pub fn is_paired(&self) -> bool {
        self.partner.is_some()
    }

    /// Offers the world to a partner with `code` ("Øv sammen") from `now`: chosen by the
    /// caller.
    pub fn offer_pair(&mut self, code: &str, now: Timestamp) {
        self.pair_code = Some((Arc::from(code), now));
    }

    /// The "Parkode" offered, until a partner has joined or
    /// [`crate::class::model::PAIR_CODE_LIFE_SECS`] have passed.
    pub fn pair_code(&self, now: Timestamp) -> Option<&str> {
        self.pair_code
            .as_ref()
            .filter(|(_, made)| now.0 - made.0 < crate::class::model::PAIR_CODE_LIFE_SECS)
            .map(|(code, _)| &**code)
    }

    /// A partner joins: the world gets a second seat, nobody logged in there. `false` if it
    /// has one already (two learners at most).
    pub fn add_partner(&mut self) -> bool {
        if self.partner.is_some() {
            return false;
        }
        self.partner = Some(Box::default());
        self.pair_code = None;
        true
    }

    /// Ends practising together: the partner's seat goes (her session id must go too).
    pub fn remove_partner(&mut self) {
        self.partner = None;
    }

    /// Puts the partner's seat in use (and the other one aside); again to swap back.
    pub fn swap_seats(&mut self) {
        if let Some(p) = self.partner.as_mut() {
            std::mem::swap(&mut self.login, &mut p.login);
            std::mem::swap(&mut self.viewing, &mut p.viewing);
            std::mem::swap(&mut self.access_ended, &mut p.access_ended);
            std::mem::swap(&mut self.signing, &mut p.signing);
            std::mem::swap(&mut self.mitid_signing, &mut p.mitid_signing);
        }
    }

    /// Every seat's login: the one in use first, then the partner's.
    pub(crate) fn seat_logins(&self) -> impl Iterator<Item = (&Login, Option<&PersonaId>)> {
        std::iter::once((&self.login, self.viewing.as_ref())).chain(
            self.partner
                .as_deref()
                .map(|p| (&p.login, p.viewing.as_ref())),
        )
    }

    /// The learner's activity, for a teacher's board.
    pub fn activity(&self) -> &crate::class::activity::Activity {
        &self.activity
    }

    /// The name of the hold this world belongs to (`Some("")` for a hold without a name).
    pub fn hold(&self) -> Option<&str> {
        self.hold.as_deref()
    }

    /// Marks the world as a learner's in the hold named `name` (shared by the hold's worlds).
    pub fn join_hold(&mut self, name: Arc<str>) {
        self.hold = Some(name);
    }

    /// What "Log på" opens first in this world.
    pub fn login_method(&self) -> crate::scenario::LoginMethod {
        self.login_method
    }
    /// The hold's teacher's choice of what "Log på" opens first.
    pub fn set_login_method(&mut self, method: crate::scenario::LoginMethod) {
        self.login_method = method;
    }

    pub fn seed(&self) -> u64 {
        self.seed
    }

    pub fn scenario(&self) -> &Scenario {
        &self.scenario
    }

    pub fn personas(&self) -> &[Persona] {
        &self.scenario.personas
    }

    pub fn persona(&self, id: &PersonaId) -> Option<&Persona> {
        self.scenario.persona(id)
    }

    /// The simulated time when the real time is `real_now`.
    pub fn now(&self, real_now: Timestamp) -> Timestamp {
        real_now.plus_minutes(self.clock_offset_minutes)
    }

    pub fn log(&self) -> &[LoggedEvent] {
        &self.log
    }

    pub fn login(&self) -> &Login {
        &self.login
    }

    /// The persona logged in, if any.
    pub fn logged_in(&self) -> Option<&Persona> {
        match &self.login {
            Login::LoggedIn { persona } => self.persona(persona),
            _ => None,
        }
    }

    /// NemID state of a persona (the default for one who never logged in).
    pub fn nemid(&self, persona: &PersonaId) -> NemIdState {
        self.nemid.get(persona).cloned().unwrap_or_default()
    }

    /// The key card in use by `persona`.
    pub fn key_card(&self, persona: &PersonaId) -> KeyCard {
        KeyCard::derive(self.seed, persona, self.nemid(persona).card_generation)
    }

    /// A persona's key card of any generation (for the letter that brought it).
    pub fn key_card_generation(&self, persona: &PersonaId, generation: u8) -> KeyCard {
        KeyCard::derive(self.seed, persona, generation)
    }

    /// The paper letters of `persona`, newest first.
    pub fn paper_mail(&self, persona: &PersonaId) -> Vec<&PaperLetter> {
        let mut letters: Vec<&PaperLetter> = self
            .paper_mail
            .iter()
            .filter(|l| &l.persona == persona)
            .collect();
        letters.reverse();
        letters
    }

    /// The temporary password printed in a letter.
    pub fn temporary_password(&self, persona: &PersonaId, lockout: u8) -> String {
        nemid::temporary_password(self.seed, persona, lockout)
    }

    /// Refuses when `n` more letters would make the world hold more than it may.
    pub(crate) fn room_for(&self, n: usize) -> Result<(), Refusal> {
        if self.own_letters.len() + self.pending.len() + n > MAX_WORLD_LETTERS {
            Err(Refusal::WorldFull)
        } else {
            Ok(())
        }
    }
}

#[cfg(test)]
#[path = "world_tests.rs"]
mod tests;
