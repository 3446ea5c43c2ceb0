//! Logging in with NemID: bruger-id and adgangskode, a key from the key card, a new
//! password after a temporary one, and the failed tries that make NemID spærret.

use crate::event::{Event, FailedTry};
use crate::ids::PersonaId;
use crate::keycard::NEW_CARD_AT;
use crate::nemid;
use crate::nemid::{NemIdState, PasswordDigest};
use crate::nemid::{check_key, draw_key};
use crate::refusal::Refusal;
use crate::rng::WorldRng;
use crate::world::{Decision, Login, World};

impl World {
    fn max_failed(&self) -> u8 {
        self.scenario.max_failed_attempts
    }

    /// Tries `persona` has left before NemID is spærret; `None` before any failed try
    /// (nothing to warn about) and once it is spærret.
    pub fn tries_left(&self, persona: &PersonaId) -> Option<u8> {
        let state = self.nemid(persona);
        (state.failed_attempts > 0 && !state.locked)
            .then(|| self.max_failed().saturating_sub(state.failed_attempts))
    }

    /// Events for one failed try of `persona`, locking NemID at the limit.
    pub(crate) fn failed_try(&self, persona: &PersonaId, reason: FailedTry) -> Vec<Event> {
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

    /// "Bestil midlertidig adgangskode": the bruger-id and the number of the persona's key
    /// card (spaces as the learner likes). NemID is spærret at once — as on the real NemID,
    /// where even remembering the old password no longer helped — and the temporary password
    /// is sent by post.
    pub(crate) fn order_temporary_password(&self, user_id: &str, card_number: &str) -> Decision {
        if matches!(self.login, Login::LoggedIn { .. }) {
            return Decision::refuse(Refusal::LoggedInAlready);
        }
        if nemid::looks_like_real_cpr(user_id)
            && nemid::find_persona(self.personas(), user_id).is_none()
        {
            return Decision::refuse(Refusal::RealCprTyped);
        }
        let digits = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
        let Some(persona) = nemid::find_persona(self.personas(), user_id)
            .filter(|p| digits(&self.key_card(&p.id).number) == digits(card_number))
        else {
            return Decision::refuse(Refusal::OrderDetailsWrong);
        };
        let state = self.nemid(&persona.id);
        Decision::ok(vec![Event::NemIdLocked {
            persona: persona.id.clone(),
            lockout: state.lockouts.saturating_add(1),
        }])
    }

    pub(crate) fn submit_password(&self, user_id: &str, password: &str) -> Decision {
        // A key step left unfinished counts as a failed try, as on the real system.
        let mut events = match &self.login {
            Login::AwaitingKey { persona, .. } => {
                let mut events = self.key_app_withdrawal(true);
                events.extend(self.failed_try(persona, FailedTry::KeyStepAbandoned));
                events
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
            // NemID passwords were not case-sensitive (nemid.nu).
            if !password.eq_ignore_ascii_case(&temporary) {
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
            // NemID passwords were not case-sensitive (nemid.nu).
            None => persona.password.eq_ignore_ascii_case(password),
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
    pub(crate) fn challenge(
        &self,
        persona: &PersonaId,
        state: &NemIdState,
        temporary: bool,
    ) -> Event {
        let (generation, used) = match state.next_card {
            Some(next) => (next, crate::keycard::UsedKeys::default()),
            None => (state.card_generation, state.used),
        };
        let mut rng =
            WorldRng::stream(self.seed ^ self.challenges, &format!("challenge/{persona}"));
        let key_index = draw_key(&used, &mut rng);
        Event::KeyChallengeIssued {
            persona: persona.clone(),
            generation,
            key_index,
            temporary,
        }
    }

    pub(crate) fn submit_key(&self, key: &str) -> Decision {
        let Login::AwaitingKey {
            persona,
            key_index,
            temporary,
            ..
        } = &self.login
        else {
            return Decision::refuse(Refusal::NoLoginInProgress);
        };
        let state = self.nemid(persona);
        match check_key(&self.key_card(persona), &state.used, *key_index, key) {
            Ok(()) => {}
            Err(Refusal::WrongKey) => {
                let events = self.failed_try(persona, FailedTry::WrongKey);
                let refusal = Self::failed_refusal(&events, persona, Refusal::WrongKey);
                return Decision {
                    events,
                    refusal: Some(refusal),
                };
            }
            Err(refusal) => return Decision::refuse(refusal),
        }
        // A key typed while a request waits in the nøgleapp: the key wins.
        let mut events = self.key_app_withdrawal(false);
        events.push(Event::KeyAccepted {
            persona: persona.clone(),
            key_index: *key_index,
        });
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

    pub(crate) fn choose_new_password(&self, password: &str, repeat: &str) -> Decision {
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
        if password.eq_ignore_ascii_case(&nemid::temporary_password(
            self.seed,
            persona,
            state.lockouts,
        )) {
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
}
