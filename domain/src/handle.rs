//! Running a command: `execute` decides (refusal or events), `apply` changes the world,
//! `handle` does both and keeps the log. Events that come later (an authority's answer, an
//! expired access) are delivered here too.

use crate::command::Command;
use crate::event::{Event, FailedTry, LoggedEvent};
use crate::nemid::PasswordDigest;
use crate::refusal::Refusal;
use crate::time::Timestamp;
use crate::world::{
    Decision, Login, MAX_CLOCK_STEP_MINUTES, MAX_LOG, PaperLetter, PaperLetterKind, World,
};

impl World {
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
                    let mut events = self.key_app_withdrawal(true);
                    events.extend(self.failed_try(persona, FailedTry::KeyStepAbandoned));
                    Decision::ok(events)
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
                    let mut events = self.key_app_withdrawal(true);
                    events.extend(self.failed_try(persona, FailedTry::KeyStepAbandoned));
                    events.push(Event::LoggedOut {
                        persona: persona.clone(),
                    });
                    Decision::ok(events)
                }
                Login::MitId { persona, .. } => {
                    let mut events = self.decide_mitid(&crate::mitid::MitIdAction::Cancel).events;
                    events.push(Event::LoggedOut {
                        persona: persona.clone(),
                    });
                    Decision::ok(events)
                }
                Login::LoggedOut => Decision::refuse(Refusal::NotLoggedIn),
            },
            Command::OrderTemporaryPassword {
                user_id,
                card_number,
            } => self.order_temporary_password(user_id, card_number),
            Command::Mailbox { owner, action } => self.decide_mailbox(owner, action),
            Command::Sign { key } => self.decide_sign(key),
            Command::CancelSigning => self.decide_cancel_signing(),
            Command::Access { action } => self.decide_access(action),
            Command::Fuldmagt { action } => self.decide_fuldmagt(action),
            Command::MitId { action } => self.decide_mitid(action),
            Command::KeyApp { action } => self.decide_key_app(action),
            Command::Drill { action } => self.decide_drill(action),
        }
    }

    pub(crate) fn apply_state(&mut self, event: &Event) {
        match event {
            Event::ClockAdvanced { minutes } => {
                self.clock_offset_minutes = self.clock_offset_minutes.saturating_add(*minutes);
                // The checks after this command see the time it moved to.
                self.clock = Timestamp(self.clock.0.saturating_add(minutes.saturating_mul(60)));
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
                    key_app: None,
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
            Event::LoggedOut { persona } => {
                if let Some(m) = self.mitid.get_mut(persona) {
                    m.logged_in_with = None;
                }
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
            Event::MitIdRequestAnswered { .. } => {
                self.apply_mitid(event);
                self.apply_drill(event);
            }
            Event::MitIdRequestSent { .. }
            | Event::MitIdStepReached { .. }
            | Event::MitIdCodeShown { .. }
            | Event::MitIdCodeAccepted { .. }
            | Event::MitIdWrongTry { .. }
            | Event::MitIdBlocked { .. }
            | Event::MitIdAuthenticated { .. }
            | Event::MitIdLoginEnded { .. }
            | Event::MitIdSigned { .. }
            | Event::MitIdPinLocked { .. }
            | Event::MitIdPinChanged { .. } => self.apply_mitid(event),
            Event::KeyAppRequestSent { .. }
            | Event::KeyAppAnswered { .. }
            | Event::KeyAppWithdrawn { .. }
            | Event::KeyAppAccepted { .. } => self.apply_key_app(event),
            Event::DrillSent { .. }
            | Event::DrillOpened { .. }
            | Event::DrillTyped { .. }
            | Event::DrillDeleted { .. }
            | Event::DrillReported { .. }
            | Event::WatchStarted { .. }
            | Event::HelperLooked { .. }
            | Event::HelperSaw => self.apply_drill(event),
            _ => self.apply_mailbox(event),
        }
    }

    /// A copy of the world's NemID state without its mailboxes and log, to try events on.
    pub(crate) fn without_log(&self) -> World {
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
        self.changes = self.changes.wrapping_add(1);
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
            Event::MitIdPinChanged { persona, .. } => Event::MitIdPinChanged {
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
            // A draft's text is in the mailbox while it lives; the log needs none of it.
            Event::DraftSaved {
                owner,
                by,
                mut draft,
            } => {
                draft.body = String::new();
                Event::DraftSaved { owner, by, draft }
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
        let Decision {
            mut events,
            refusal,
        } = self.execute(command);
        events.extend(self.watched(command));
        let was_out = matches!(self.login, Login::LoggedOut);
        for event in &events {
            self.apply(event.clone(), real_now);
        }
        self.watch_after_login(was_out);
        // A guided exercise moves on when the learner has done its step.
        let step = self.progress.as_ref().map(|p| p.step);
        self.advance();
        self.note_activity(&events, refusal.is_some(), step, real_now);
        match refusal {
            Some(refusal) => Err(refusal),
            None => Ok(events),
        }
    }
}
