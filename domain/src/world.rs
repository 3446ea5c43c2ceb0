//! A practice world: one learner's private copy of the simulated services.
//!
//! [`World::execute`] checks a command against the state and decides: events to apply and,
//! maybe, a typed refusal. A refusal can still leave a trace (a wrong password counts as a
//! failed try), which is why a decision carries both. [`World::apply`] changes state. The
//! event log is the world's history: later the mailbox activity log and what exercise
//! checks read. Events never hold a typed secret.

use crate::access::{AccessRequest, Grant, Signing};
use crate::fuldmagt::{Fuldmagt, FuldmagtRequest};
use crate::keycard::{KeyCard, NEW_CARD_AT};
use crate::letters::WorldLetter;
use crate::mailbox::{LetterState, Mailbox};
use crate::nemid::{self, NemIdState, PasswordDigest};
use crate::{Persona, PersonaId, Scenario, Timestamp, WorldRng};
use std::collections::BTreeMap;
use std::sync::Arc;

pub use crate::command::Command;
pub use crate::event::{Event, FailedTry, LoggedEvent};
pub use crate::refusal::{Input, Refusal};

/// Where the learner is in the NemID login.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Login {
    #[default]
    LoggedOut,
    /// Step 2: waiting for the key of `key_index` on the persona's card in use.
    AwaitingKey {
        persona: PersonaId,
        key_index: u8,
        temporary: bool,
    },
    /// Logged in with the temporary password and a key; a new password comes first.
    MustChoosePassword {
        persona: PersonaId,
    },
    LoggedIn {
        persona: PersonaId,
    },
}

/// A simulated paper letter in a persona's "Fysisk post".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PaperLetter {
    pub persona: PersonaId,
    pub at: Timestamp,
    pub kind: PaperLetterKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
    fn refuse(refusal: Refusal) -> Self {
        Self {
            events: Vec::new(),
            refusal: Some(refusal),
        }
    }

    fn ok(events: Vec<Event>) -> Self {
        Self {
            events,
            refusal: None,
        }
    }
}

/// Most events a world keeps in its log; older ones are dropped so that a world cannot grow
/// without bound however long a script clicks (the state itself stays exact).
pub const MAX_LOG: usize = 1_000;

/// Longest single jump of the simulated clock.
const MAX_CLOCK_STEP_MINUTES: i64 = 366 * 24 * 60;

/// One learner's world. The scenario is shared and immutable; the world stores only what
/// differs from it, so tens of thousands of worlds fit in memory.
#[derive(Debug, Clone)]
pub struct World {
    scenario: Arc<Scenario>,
    seed: u64,
    /// How far the simulated clock is ahead of real time, in minutes.
    clock_offset_minutes: i64,
    nemid: BTreeMap<PersonaId, NemIdState>,
    login: Login,
    paper_mail: Vec<PaperLetter>,
    /// Own folders per persona (only personas who made one).
    pub(crate) mailboxes: BTreeMap<PersonaId, Mailbox>,
    /// Letters moved or read, by index in the scenario's letters.
    pub(crate) letter_states: BTreeMap<u16, LetterState>,
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
    /// The mailbox a helper has open (`None`: their own).
    pub(crate) viewing: Option<PersonaId>,
    /// Whose mailbox a helper view was closed for because the access ended.
    pub(crate) access_ended: Option<PersonaId>,
    /// Digital fuldmagter in force, requests waiting, and what self-services changed.
    pub(crate) fuldmagter: Vec<Fuldmagt>,
    pub(crate) fuldmagt_requests: Vec<FuldmagtRequest>,
    pub(crate) next_fuldmagt_id: u16,
    pub(crate) doctors: BTreeMap<PersonaId, String>,
    pub(crate) addresses: BTreeMap<PersonaId, String>,
    /// The guided exercise this world was made for, if any.
    pub(crate) progress: Option<crate::exercise::Progress>,
    /// Key challenges issued so far: picks the random stream of the next one.
    pub(crate) challenges: u64,
    log: Vec<LoggedEvent>,
}

impl World {
    /// A fresh world from `scenario`, started at real time `started`, with everything
    /// random derived from `seed`.
    pub fn new(scenario: Arc<Scenario>, seed: u64, started: Timestamp) -> Self {
        Self {
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
            viewing: None,
            access_ended: None,
            fuldmagter: Vec::new(),
            fuldmagt_requests: Vec::new(),
            next_fuldmagt_id: 0,
            doctors: BTreeMap::new(),
            addresses: BTreeMap::new(),
            progress: None,
            clock_offset_minutes: 0,
            nemid: BTreeMap::new(),
            login: Login::LoggedOut,
            paper_mail: Vec::new(),
            mailboxes: BTreeMap::new(),
            letter_states: BTreeMap::new(),
            deleted_letters: Default::default(),
            challenges: 0,
            log: Vec::new(),
        }
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

    fn max_failed(&self) -> u8 {
        self.scenario.max_failed_attempts
    }

    /// Events for one failed try of `persona`, locking NemID at the limit.
    fn failed_try(&self, persona: &PersonaId, reason: FailedTry) -> Vec<Event> {
        let state = self.nemid(persona);
        let mut events = vec![Event::LoginAttemptFailed {
            persona: persona.clone(),
            reason,
        }];
        if state.failed_attempts.saturating_add(1) >= self.max_failed() {
            events.push(Event::NemIdLocked {
                persona: persona.clone(),
                lockout: state.lockouts.saturating_add(1),
            });
        }
        events
    }

    /// The refusal for a failed try: "spærret" when `events` lock NemID, else `otherwise`.
    fn failed_refusal(events: &[Event], persona: &PersonaId, otherwise: Refusal) -> Refusal {
        if events
            .iter()
            .any(|e| matches!(e, Event::NemIdLocked { .. }))
        {
            Refusal::Locked {
                persona: persona.clone(),
            }
        } else {
            otherwise
        }
    }

    /// Checks `command` against the current state; changes nothing.
    pub fn execute(&self, command: &Command) -> Decision {
        match command {
            Command::AdvanceClock { minutes } if *minutes < 1 => {
                Decision::refuse(Refusal::ClockNotForward)
            }
            Command::AdvanceClock { minutes } if *minutes > MAX_CLOCK_STEP_MINUTES => {
                Decision::refuse(Refusal::ClockTooFar)
            }
            Command::AdvanceClock { minutes } => {
                Decision::ok(vec![Event::ClockAdvanced { minutes: *minutes }])
            }
            Command::SubmitPassword { user_id, password } => {
                self.submit_password(user_id, password)
            }
            Command::SubmitKey { key } => self.submit_key(key),
            Command::AbandonKeyStep => match &self.login {
                Login::AwaitingKey { persona, .. } => {
                    Decision::ok(self.failed_try(persona, FailedTry::KeyStepAbandoned))
                }
                _ => Decision::refuse(Refusal::NoLoginInProgress),
            },
            Command::ChooseNewPassword { password, repeat } => {
                self.choose_new_password(password, repeat)
            }
            Command::LogOut => match &self.login {
                Login::LoggedIn { persona } | Login::MustChoosePassword { persona } => {
                    Decision::ok(vec![Event::LoggedOut {
                        persona: persona.clone(),
                    }])
                }
                Login::AwaitingKey { persona, .. } => {
                    let mut events = self.failed_try(persona, FailedTry::KeyStepAbandoned);
                    events.push(Event::LoggedOut {
                        persona: persona.clone(),
                    });
                    Decision::ok(events)
                }
                Login::LoggedOut => Decision::refuse(Refusal::NotLoggedIn),
            },
            Command::Mailbox { owner, action } => self.decide_mailbox(owner, action),
            Command::Access { action } => self.decide_access(action),
            Command::Fuldmagt { action } => self.decide_fuldmagt(action),
        }
    }

    fn submit_password(&self, user_id: &str, password: &str) -> Decision {
        // A key step left unfinished counts as a failed try, as on the real system.
        let mut events = match &self.login {
            Login::AwaitingKey { persona, .. } => {
                self.failed_try(persona, FailedTry::KeyStepAbandoned)
            }
            _ => Vec::new(),
        };
        let refuse = |events: Vec<Event>, refusal| Decision {
            events,
            refusal: Some(refusal),
        };
        let Some(persona) = nemid::find_persona(self.personas(), user_id) else {
            let refusal = if nemid::looks_like_real_cpr(user_id) {
                Refusal::RealCprTyped
            } else {
                Refusal::WrongCredentials
            };
            return refuse(events, refusal);
        };
        let id = &persona.id;
        // The state as it will be after the abandoned key step above.
        let mut probe = self.without_log();
        for e in &events {
            probe.apply_state(e);
        }
        let state = probe.nemid(id);
        if state.locked {
            let temporary = nemid::temporary_password(self.seed, id, state.lockouts);
            if password != temporary {
                return refuse(
                    events,
                    Refusal::Locked {
                        persona: id.clone(),
                    },
                );
            }
            events.push(probe.challenge(id, &state, true));
            return Decision::ok(events);
        }
        let password_ok = match &state.chosen_password {
            Some(digest) => *digest == PasswordDigest::of(self.seed, id, password),
            None => persona.password == password,
        };
        if !password_ok {
            let failed = probe.failed_try(id, FailedTry::WrongPassword);
            let refusal = Self::failed_refusal(&failed, id, Refusal::WrongCredentials);
            events.extend(failed);
            return refuse(events, refusal);
        }
        events.push(probe.challenge(id, &state, false));
        Decision::ok(events)
    }

    /// Picks a random unused key of the card to use (the new one, if it has arrived).
    fn challenge(&self, persona: &PersonaId, state: &NemIdState, temporary: bool) -> Event {
        let (generation, used) = match state.next_card {
            Some(next) => (next, crate::keycard::UsedKeys::default()),
            None => (state.card_generation, state.used),
        };
        let unused: Vec<usize> = used.unused().collect();
        let draw = self.challenges;
        let mut rng = WorldRng::stream(self.seed ^ draw, &format!("challenge/{persona}"));
        let key_index = unused
            .get(rng.below(unused.len() as u32) as usize)
            .copied()
            .unwrap_or(0) as u8;
        Event::KeyChallengeIssued {
            persona: persona.clone(),
            generation,
            key_index,
            temporary,
        }
    }

    fn submit_key(&self, key: &str) -> Decision {
        let Login::AwaitingKey {
            persona,
            key_index,
            temporary,
        } = &self.login
        else {
            return Decision::refuse(Refusal::NoLoginInProgress);
        };
        let key = key.trim();
        if key.len() != 6 || !key.bytes().all(|b| b.is_ascii_digit()) {
            return Decision::refuse(Refusal::KeyFormat);
        }
        let state = self.nemid(persona);
        let card = self.key_card(persona);
        let expected = card.keys.get(usize::from(*key_index));
        let fresh = !state.used.contains(usize::from(*key_index));
        if !(fresh && expected.is_some_and(|k| k.key == key)) {
            let events = self.failed_try(persona, FailedTry::WrongKey);
            let refusal = Self::failed_refusal(&events, persona, Refusal::WrongKey);
            return Decision {
                events,
                refusal: Some(refusal),
            };
        }
        let mut events = vec![Event::KeyAccepted {
            persona: persona.clone(),
            key_index: *key_index,
        }];
        if *temporary {
            events.push(Event::NewPasswordRequired {
                persona: persona.clone(),
            });
        } else {
            events.push(Event::LoggedIn {
                persona: persona.clone(),
            });
        }
        if state.next_card.is_none() && state.used.remaining() - 1 == NEW_CARD_AT {
            events.push(Event::NewKeyCardSent {
                persona: persona.clone(),
                generation: state.card_generation.saturating_add(1),
            });
        }
        Decision::ok(events)
    }

    fn choose_new_password(&self, password: &str, repeat: &str) -> Decision {
        let Login::MustChoosePassword { persona } = &self.login else {
            return Decision::refuse(Refusal::NoLoginInProgress);
        };
        let Some(p) = self.persona(persona) else {
            return Decision::refuse(Refusal::NoLoginInProgress);
        };
        if let Err(rules) = crate::check_password(password, &p.cpr) {
            return Decision::refuse(Refusal::PasswordRules(rules));
        }
        if password != repeat {
            return Decision::refuse(Refusal::PasswordsDiffer);
        }
        let state = self.nemid(persona);
        if password == nemid::temporary_password(self.seed, persona, state.lockouts) {
            return Decision::refuse(Refusal::PasswordIsTemporary);
        }
        Decision::ok(vec![
            Event::PasswordChanged {
                persona: persona.clone(),
                digest: PasswordDigest::of(self.seed, persona, password),
            },
            Event::LoggedIn {
                persona: persona.clone(),
            },
        ])
    }

    fn apply_state(&mut self, event: &Event) {
        match event {
            Event::ClockAdvanced { minutes } => {
                self.clock_offset_minutes = self.clock_offset_minutes.saturating_add(*minutes);
            }
            Event::KeyChallengeIssued {
                persona,
                generation,
                key_index,
                temporary,
            } => {
                self.challenges = self.challenges.wrapping_add(1);
                let state = self.nemid.entry(persona.clone()).or_default();
                if *generation != state.card_generation {
                    state.card_generation = *generation;
                    state.used = Default::default();
                    state.next_card = None;
                }
                self.login = Login::AwaitingKey {
                    persona: persona.clone(),
                    key_index: *key_index,
                    temporary: *temporary,
                };
            }
            Event::LoginAttemptFailed { persona, reason } => {
                let state = self.nemid.entry(persona.clone()).or_default();
                state.failed_attempts = state.failed_attempts.saturating_add(1);
                if *reason == FailedTry::KeyStepAbandoned {
                    self.login = Login::LoggedOut;
                }
            }
            Event::NemIdLocked { persona, lockout } => {
                let state = self.nemid.entry(persona.clone()).or_default();
                state.locked = true;
                state.lockouts = *lockout;
                state.failed_attempts = 0;
                self.login = Login::LoggedOut;
            }
            Event::KeyAccepted { persona, key_index } => {
                let state = self.nemid.entry(persona.clone()).or_default();
                state.used.insert(usize::from(*key_index));
                state.failed_attempts = 0;
            }
            Event::NewPasswordRequired { persona } => {
                self.login = Login::MustChoosePassword {
                    persona: persona.clone(),
                };
            }
            Event::PasswordChanged { persona, digest } => {
                let state = self.nemid.entry(persona.clone()).or_default();
                state.chosen_password = Some(*digest);
                state.locked = false;
                state.failed_attempts = 0;
            }
            Event::LoggedIn { persona } => {
                self.login = Login::LoggedIn {
                    persona: persona.clone(),
                };
                self.viewing = None;
                self.access_ended = None;
                self.signing = None;
            }
            Event::NewKeyCardSent {
                persona,
                generation,
            } => {
                self.nemid.entry(persona.clone()).or_default().next_card = Some(*generation);
            }
            Event::LoggedOut { .. } => {
                self.login = Login::LoggedOut;
                self.viewing = None;
                self.signing = None;
            }
            Event::SigningStarted { .. }
            | Event::SigningCancelled { .. }
            | Event::AccessGranted { .. }
            | Event::AccessRequested { .. }
            | Event::AccessRequestRejected { .. }
            | Event::AccessEnded { .. }
            | Event::MailboxSwitched { .. } => self.apply_access(event),
            Event::FuldmagtRequested { .. }
            | Event::FuldmagtGiven { .. }
            | Event::FuldmagtRejected { .. }
            | Event::FuldmagtEnded { .. }
            | Event::DoctorChanged { .. }
            | Event::MoveReported { .. } => self.apply_fuldmagt(event),
            _ => self.apply_mailbox(event),
        }
    }

    /// A copy of the world's NemID state without its mailboxes and log, to try events on.
    fn without_log(&self) -> World {
        let mut w = World::new(self.scenario.clone(), self.seed, self.started);
        w.clock_offset_minutes = self.clock_offset_minutes;
        w.nemid = self.nemid.clone();
        w.login = self.login.clone();
        w.challenges = self.challenges;
        w.clock = self.clock;
        w
    }

    /// Applies one event that [`World::execute`] produced, logging it at simulated time.
    pub fn apply(&mut self, event: Event, real_now: Timestamp) {
        let at = self.now(real_now);
        self.apply_at(event, at);
    }

    /// Brings the world up to `real_now`: delivers the answers whose time has come and ends
    /// accesses past their end date. Call before showing or changing the world.
    pub fn deliver_due(&mut self, real_now: Timestamp) {
        let now = self.now(real_now);
        self.clock = self.clock.max(now);
        for event in self.expired_grants(now) {
            self.apply_at(event, now);
        }
        for event in self.expired_fuldmagter(now) {
            self.apply_at(event, now);
        }
        self.pending.sort_by_key(|(due, _)| *due);
        while self.pending.first().is_some_and(|(due, _)| *due <= now) {
            let (due, letter) = self.pending.remove(0);
            self.apply_at(
                Event::LetterArrived {
                    letter: Box::new(letter),
                },
                due,
            );
        }
    }

    fn apply_at(&mut self, mut event: Event, at: Timestamp) {
        // Letters made by this event are dated when it happens.
        match &mut event {
            Event::MessageSent { letter, .. }
            | Event::LetterArrived { letter }
            | Event::ReplyScheduled { letter, .. }
            | Event::LetterForwarded { copy: letter, .. } => letter.at = at,
            Event::AccessRequested { letter, .. }
            | Event::AccessRequestRejected { letter, .. }
            | Event::FuldmagtRequested { letter, .. }
            | Event::FuldmagtRejected { letter, .. }
            | Event::DoctorChanged { letter, .. }
            | Event::MoveReported { letter, .. } => letter.at = at,
            Event::AccessGranted { letters, .. }
            | Event::AccessEnded { letters, .. }
            | Event::FuldmagtGiven { letters, .. }
            | Event::FuldmagtEnded { letters, .. } => {
                for l in letters {
                    l.at = at;
                }
            }
            _ => {}
        }
        self.apply_state(&event);
        match &event {
            Event::NemIdLocked { persona, lockout } => self.paper_mail.push(PaperLetter {
                persona: persona.clone(),
                at,
                kind: PaperLetterKind::TemporaryPassword { lockout: *lockout },
            }),
            Event::NewKeyCardSent {
                persona,
                generation,
            } => self.paper_mail.push(PaperLetter {
                persona: persona.clone(),
                at,
                kind: PaperLetterKind::NewKeyCard {
                    generation: *generation,
                },
            }),
            _ => {}
        }
        // A chosen password's digest stays in the state, never in the log; nor do the
        // texts and files of letters (the log keeps who, what and the subject).
        let event = match event {
            Event::PasswordChanged { persona, .. } => Event::PasswordChanged {
                persona,
                digest: PasswordDigest::REDACTED,
            },
            Event::MessageSent {
                owner,
                by,
                mut letter,
            } => {
                letter.lighten();
                Event::MessageSent { owner, by, letter }
            }
            Event::LetterArrived { mut letter } => {
                letter.lighten();
                Event::LetterArrived { letter }
            }
            Event::ReplyScheduled {
                after_seconds,
                mut letter,
            } => {
                letter.lighten();
                Event::ReplyScheduled {
                    after_seconds,
                    letter,
                }
            }
            Event::LetterForwarded {
                owner,
                by,
                letter,
                to,
                mut copy,
            } => {
                copy.lighten();
                Event::LetterForwarded {
                    owner,
                    by,
                    letter,
                    to,
                    copy,
                }
            }
            other => other,
        };
        if self.log.len() >= MAX_LOG {
            self.log.drain(..MAX_LOG / 10);
        }
        self.log.push(LoggedEvent { at, event });
    }

    /// Executes `command` and applies its events: the one call the app makes per action.
    /// Returns the events applied, or the refusal (after applying any events that count
    /// even so, such as a failed try).
    pub fn handle(
        &mut self,
        command: &Command,
        real_now: Timestamp,
    ) -> Result<Vec<Event>, Refusal> {
        self.deliver_due(real_now);
        let Decision { events, refusal } = self.execute(command);
        for event in &events {
            self.apply(event.clone(), real_now);
        }
        // A guided exercise moves on when the learner has done its step.
        self.advance();
        match refusal {
            Some(refusal) => Err(refusal),
            None => Ok(events),
        }
    }
}

#[cfg(test)]
#[path = "world_tests.rs"]
mod tests;
