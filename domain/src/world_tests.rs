//! Behaviour of a world: the clock, and the whole NemID login.

use super::*;
use crate::PasswordRule;
use crate::nemid::PasswordDigest;
use crate::testing::{T, asked_key, karen, small};
use crate::*;
use proptest::prelude::*;

fn world() -> World {
    World::new(Arc::new(small()), 42, crate::Timestamp(1_795_392_000))
}

fn password(w: &mut World, pw: &str) -> Result<Vec<Event>, Refusal> {
    w.handle(
        &Command::SubmitPassword {
            user_id: "420348-1236".into(),
            password: pw.into(),
        },
        T,
    )
}

fn key(w: &mut World, key: &str) -> Result<Vec<Event>, Refusal> {
    w.handle(&Command::SubmitKey { key: key.into() }, T)
}

fn log_in(w: &mut World) {
    password(w, "7913").unwrap();
    let k = asked_key(w);
    key(w, &k).unwrap();
}

#[test]
fn a_new_world_has_the_scenario_personas_and_an_empty_log() {
    let w = world();
    assert_eq!(w.personas().len(), 1);
    assert_eq!(w.personas()[0].name, "Karen Jensen");
    assert!(w.log().is_empty());
    assert_eq!(w.seed(), 42);
    assert!(w.persona(&karen()).is_some());
    assert!(w.persona(&PersonaId::parse("nobody").unwrap()).is_none());
    assert_eq!(w.login(), &Login::LoggedOut);
}

#[test]
fn advancing_the_clock_moves_simulated_time_and_is_logged() {
    let mut w = world();
    w.handle(&Command::AdvanceClock { minutes: 90 }, T).unwrap();
    assert_eq!(w.now(T), Timestamp(T.0 + 90 * 60));
    assert_eq!(
        w.log(),
        &[LoggedEvent {
            at: T,
            event: Event::ClockAdvanced { minutes: 90 }
        }]
    );
}

#[test]
fn the_clock_never_goes_back_or_jumps_too_far() {
    let mut w = world();
    assert_eq!(
        w.handle(&Command::AdvanceClock { minutes: 0 }, T),
        Err(Refusal::ClockNotForward)
    );
    assert_eq!(
        w.handle(&Command::AdvanceClock { minutes: -5 }, T),
        Err(Refusal::ClockNotForward)
    );
    assert_eq!(
        w.handle(
            &Command::AdvanceClock {
                minutes: MAX_CLOCK_STEP_MINUTES + 1
            },
            T
        ),
        Err(Refusal::ClockTooFar)
    );
    assert!(w.log().is_empty(), "a refused command changes nothing");
}

#[test]
fn password_then_the_asked_key_logs_in() {
    let mut w = world();
    let events = password(&mut w, "7913").unwrap();
    assert!(matches!(events[..], [Event::KeyChallengeIssued { .. }]));
    let k = asked_key(&w);
    let events = key(&mut w, &k).unwrap();
    assert!(events.contains(&Event::LoggedIn { persona: karen() }));
    assert_eq!(w.logged_in().map(|p| p.name.as_str()), Some("Karen Jensen"));
    assert_eq!(w.nemid(&karen()).used.count(), 1);
}

#[test]
fn every_kind_of_bruger_id_works() {
    let mut scenario = small();
    scenario.personas[0].user_id = Some("karen48".into());
    for id in ["420348-1236", "4203481236", "100000001", "KAREN48"] {
        let mut w = World::new(
            Arc::new(scenario.clone()),
            1,
            crate::Timestamp(1_795_392_000),
        );
        let r = w.handle(
            &Command::SubmitPassword {
                user_id: id.into(),
                password: "7913".into(),
            },
            T,
        );
        assert!(r.is_ok(), "{id}: {r:?}");
    }
}

#[test]
fn wrong_password_and_unknown_id_get_the_same_message() {
    let mut w = world();
    assert_eq!(password(&mut w, "0000"), Err(Refusal::WrongCredentials));
    let unknown = w.handle(
        &Command::SubmitPassword {
            user_id: "nobody".into(),
            password: "7913".into(),
        },
        T,
    );
    assert_eq!(unknown, Err(Refusal::WrongCredentials));
    assert_eq!(
        w.nemid(&karen()).failed_attempts,
        1,
        "only the known persona's try counts"
    );
}

#[test]
fn a_real_looking_cpr_is_refused_and_leaves_no_trace() {
    let mut w = world();
    let r = w.handle(
        &Command::SubmitPassword {
            user_id: "010203-1234".into(),
            password: "x".into(),
        },
        T,
    );
    assert_eq!(r, Err(Refusal::RealCprTyped));
    assert!(w.log().is_empty());
    assert!(!format!("{:?}", w).contains("010203"));
}

#[test]
fn a_wrong_key_counts_and_the_right_one_still_works() {
    let mut w = world();
    password(&mut w, "7913").unwrap();
    let right = asked_key(&w);
    let wrong = if right == "000000" {
        "111111"
    } else {
        "000000"
    };
    assert_eq!(key(&mut w, wrong), Err(Refusal::WrongKey));
    assert_eq!(w.nemid(&karen()).failed_attempts, 1);
    assert_eq!(key(&mut w, "12ab"), Err(Refusal::KeyFormat));
    assert_eq!(
        w.nemid(&karen()).failed_attempts,
        1,
        "a malformed key does not count"
    );
    key(&mut w, &right).unwrap();
    assert_eq!(w.nemid(&karen()).failed_attempts, 0);
}

#[test]
fn a_used_key_is_never_asked_for_or_accepted_again() {
    let mut w = world();
    log_in(&mut w);
    let Some(Event::KeyAccepted {
        key_index: first, ..
    }) = w
        .log()
        .iter()
        .rev()
        .map(|l| l.event.clone())
        .find(|e| matches!(e, Event::KeyAccepted { .. }))
    else {
        panic!("no key accepted");
    };
    let first_key = w.key_card(&karen()).keys[usize::from(first)].key.clone();
    w.handle(&Command::LogOut, T).unwrap();
    password(&mut w, "7913").unwrap();
    let Login::AwaitingKey { key_index, .. } = w.login().clone() else {
        panic!()
    };
    assert_ne!(key_index, first, "a used key number is not asked again");
    assert_eq!(key(&mut w, &first_key).err(), Some(Refusal::WrongKey));
}

#[test]
fn leaving_the_key_step_counts_as_a_failed_try() {
    let mut w = world();
    password(&mut w, "7913").unwrap();
    w.handle(&Command::AbandonKeyStep, T).unwrap();
    assert_eq!(w.login(), &Login::LoggedOut);
    assert_eq!(w.nemid(&karen()).failed_attempts, 1);
    // Starting over without finishing counts as well.
    password(&mut w, "7913").unwrap();
    password(&mut w, "7913").unwrap();
    assert_eq!(w.nemid(&karen()).failed_attempts, 2);
}

#[test]
fn five_failed_tries_lock_nemid_and_send_a_temporary_password() {
    let mut w = world();
    for _ in 0..4 {
        assert_eq!(password(&mut w, "0000"), Err(Refusal::WrongCredentials));
    }
    assert_eq!(
        password(&mut w, "0000"),
        Err(Refusal::Locked { persona: karen() })
    );
    assert!(w.nemid(&karen()).locked);
    let letters = w.paper_mail(&karen());
    assert_eq!(letters.len(), 1);
    assert_eq!(
        letters[0].kind,
        PaperLetterKind::TemporaryPassword { lockout: 1 }
    );
    // The right password no longer opens it.
    assert_eq!(
        password(&mut w, "7913"),
        Err(Refusal::Locked { persona: karen() })
    );
}

#[test]
fn glemt_adgangskode_orders_a_temporary_password_with_the_card_number() {
    let mut w = world();
    let order = |w: &mut World, user: &str, card: &str| {
        w.handle(
            &Command::OrderTemporaryPassword {
                user_id: user.into(),
                card_number: card.into(),
            },
            T,
        )
    };
    let card = w.key_card(&karen()).number;
    // A wrong card number, or a bruger-id nobody has: refused, nothing spærret.
    assert_eq!(
        order(&mut w, "420348-1236", "0000 000 000"),
        Err(Refusal::OrderDetailsWrong)
    );
    assert_eq!(
        order(&mut w, "ingen", &card),
        Err(Refusal::OrderDetailsWrong)
    );
    assert!(!w.nemid(&karen()).locked && w.paper_mail(&karen()).is_empty());
    // Logged in, there is nothing forgotten.
    password(&mut w, "7913").unwrap();
    let k = asked_key(&w);
    key(&mut w, &k).unwrap();
    assert_eq!(
        order(&mut w, "420348-1236", &card),
        Err(Refusal::LoggedInAlready)
    );
    w.handle(&Command::LogOut, T).unwrap();
    // The card number as typed without its spaces: NemID spærret, the letter sent.
    order(&mut w, "420348-1236", &card.replace(' ', "")).unwrap();
    assert!(w.nemid(&karen()).locked);
    assert_eq!(
        w.paper_mail(&karen())[0].kind,
        PaperLetterKind::TemporaryPassword { lockout: 1 }
    );
    assert_eq!(
        password(&mut w, "7913"),
        Err(Refusal::Locked { persona: karen() }),
        "even the remembered password no longer works"
    );
    let temporary = w.temporary_password(&karen(), 1);
    password(&mut w, &temporary).unwrap();
}

#[test]
fn the_temporary_password_and_a_key_lead_to_choosing_a_new_password() {
    let mut w = world();
    for _ in 0..5 {
        let _ = password(&mut w, "0000");
    }
    let temporary = w.temporary_password(&karen(), 1);
    // The temporary password as typed with Caps Lock on: NemID was not case-sensitive.
    password(&mut w, &temporary.to_uppercase()).unwrap();
    let k = asked_key(&w);
    key(&mut w, &k).unwrap();
    assert_eq!(w.login(), &Login::MustChoosePassword { persona: karen() });
    assert!(w.logged_in().is_none());

    let choose = |w: &mut World, a: &str, b: &str| {
        w.handle(
            &Command::ChooseNewPassword {
                password: a.into(),
                repeat: b.into(),
            },
            T,
        )
    };
    assert_eq!(
        choose(&mut w, "1234", "1234"),
        Err(Refusal::PasswordRules(vec![
            PasswordRule::FourDigitSequence
        ]))
    );
    assert_eq!(
        choose(&mut w, "kaffe2027", "kaffe2028"),
        Err(Refusal::PasswordsDiffer)
    );
    let upper = temporary.to_uppercase();
    assert_eq!(
        choose(&mut w, &upper, &upper),
        Err(Refusal::PasswordIsTemporary)
    );
    choose(&mut w, "kaffe2027", "kaffe2027").unwrap();
    assert_eq!(w.logged_in().map(|p| p.id.clone()), Some(karen()));
    assert!(!w.nemid(&karen()).locked);

    // Next time the new password works and the old one does not.
    w.handle(&Command::LogOut, T).unwrap();
    assert_eq!(password(&mut w, "7913"), Err(Refusal::WrongCredentials));
    assert!(
        password(&mut w, "KAFFE2027").is_ok(),
        "a chosen password in any case"
    );
    assert!(!format!("{:?}", w.log()).contains("kaffe2027"));
    let digest = PasswordDigest::of(42, &karen(), "kaffe2027");
    assert!(
        w.log()
            .iter()
            .all(|l| !matches!(&l.event, Event::PasswordChanged { digest: d, .. } if *d == digest)),
        "the digest of a chosen password is not in the log"
    );
}

#[test]
fn the_log_is_bounded_however_long_a_script_clicks() {
    let mut w = world();
    for _ in 0..(MAX_LOG * 2) {
        let _ = password(&mut w, "7913");
        let _ = w.handle(&Command::AbandonKeyStep, T);
        if w.nemid(&karen()).locked {
            let temporary = w.temporary_password(&karen(), w.nemid(&karen()).lockouts);
            let _ = password(&mut w, &temporary);
        }
    }
    assert!(w.log().len() <= MAX_LOG);
}

#[test]
fn with_20_keys_left_a_new_card_is_sent_and_used_from_the_next_login() {
    let mut w = world();
    let old_number = w.key_card(&karen()).number;
    for _ in 0..(KEYS_PER_CARD_FOR_TEST - NEW_CARD_AT) {
        log_in(&mut w);
        w.handle(&Command::LogOut, T).unwrap();
    }
    assert_eq!(w.nemid(&karen()).used.remaining(), NEW_CARD_AT);
    let letters = w.paper_mail(&karen());
    assert_eq!(letters.len(), 1);
    assert_eq!(
        letters[0].kind,
        PaperLetterKind::NewKeyCard { generation: 1 }
    );
    password(&mut w, "7913").unwrap();
    let card = w.key_card(&karen());
    assert_eq!(card.generation, 1);
    assert_ne!(card.number, old_number);
    assert_eq!(w.nemid(&karen()).used.count(), 0);
    let k = asked_key(&w);
    key(&mut w, &k).unwrap();
}

const KEYS_PER_CARD_FOR_TEST: usize = crate::KEYS_PER_CARD;

#[test]
fn the_lockout_limit_comes_from_the_scenario() {
    let mut scenario = small();
    scenario.max_failed_attempts = 2;
    let mut w = World::new(Arc::new(scenario), 1, crate::Timestamp(1_795_392_000));
    assert_eq!(password(&mut w, "0000"), Err(Refusal::WrongCredentials));
    assert_eq!(
        password(&mut w, "0000"),
        Err(Refusal::Locked { persona: karen() })
    );
}

#[test]
fn log_out_ends_the_login_not_the_world() {
    let mut w = world();
    assert_eq!(w.handle(&Command::LogOut, T), Err(Refusal::NotLoggedIn));
    log_in(&mut w);
    w.handle(&Command::LogOut, T).unwrap();
    assert!(w.logged_in().is_none());
    assert_eq!(
        w.nemid(&karen()).used.count(),
        1,
        "the world remembers the used key"
    );
}

/// One step of a random session, as a learner might click.
#[derive(Debug, Clone)]
enum Step {
    RightPassword,
    WrongPassword,
    TemporaryPassword,
    RightKey,
    WrongKey,
    UsedKey,
    Abandon,
    LogOut,
    ChooseNew,
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        Just(Step::RightPassword),
        Just(Step::WrongPassword),
        Just(Step::TemporaryPassword),
        Just(Step::RightKey),
        Just(Step::WrongKey),
        Just(Step::UsedKey),
        Just(Step::Abandon),
        Just(Step::LogOut),
        Just(Step::ChooseNew),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Against a simple model: a key is never accepted twice; a locked NemID opens only
    /// through the latest temporary password; no typed secret reaches the event log.
    #[test]
    fn random_sessions_keep_the_nemid_rules(steps in proptest::collection::vec(step(), 1..60)) {
        let mut w = world();
        let mut accepted: std::collections::HashSet<(u8, u8)> = Default::default();
        for s in steps {
            let was_locked = w.nemid(&karen()).locked;
            let temporary = w.temporary_password(&karen(), w.nemid(&karen()).lockouts);
            let used_key = w.log().iter().find_map(|l| match l.event {
                Event::KeyAccepted { key_index, .. } => Some(w.key_card(&karen()).keys[usize::from(key_index)].key.clone()),
                _ => None,
            });
            let command = match s {
                Step::RightPassword => Command::SubmitPassword { user_id: "420348-1236".into(), password: "7913".into() },
                Step::WrongPassword => Command::SubmitPassword { user_id: "420348-1236".into(), password: "0000".into() },
                Step::TemporaryPassword => Command::SubmitPassword { user_id: "420348-1236".into(), password: temporary.clone() },
                Step::RightKey => match w.login() {
                    Login::AwaitingKey { .. } => Command::SubmitKey { key: asked_key(&w) },
                    _ => Command::SubmitKey { key: "123456".into() },
                },
                Step::WrongKey => Command::SubmitKey { key: "999999".into() },
                Step::UsedKey => Command::SubmitKey { key: used_key.unwrap_or_else(|| "000000".into()) },
                Step::Abandon => Command::AbandonKeyStep,
                Step::LogOut => Command::LogOut,
                Step::ChooseNew => Command::ChooseNewPassword { password: "kaffe2027".into(), repeat: "kaffe2027".into() },
            };
            let before = w.clone();
            let result = w.handle(&command, T);
            if let Ok(events) = &result {
                for e in events {
                    if let Event::KeyAccepted { key_index, .. } = e {
                        let generation = w.nemid(&karen()).card_generation;
                        prop_assert!(accepted.insert((generation, *key_index)), "key {key_index} accepted twice");
                    }
                }
            }
            // A locked NemID is only ever left through the temporary password.
            if was_locked && !w.nemid(&karen()).locked {
                let by_choosing = matches!(command, Command::ChooseNewPassword { .. });
                let after_temporary_login = matches!(before.login(), Login::MustChoosePassword { .. });
                prop_assert!(by_choosing && after_temporary_login, "unlocked by {:?}", command);
            }
            // While locked, nobody gets logged in without choosing a new password first.
            let logged_in_now = w.logged_in().is_some() && before.logged_in().is_none();
            if was_locked && logged_in_now {
                let by_choosing = matches!(command, Command::ChooseNewPassword { .. });
                prop_assert!(by_choosing, "logged in while locked by {:?}", command);
            }
        }
        let log = format!("{:?}", w.log());
        prop_assert!(!log.contains("7913") && !log.contains("kaffe2027"));
        let card = w.key_card(&karen());
        for k in &card.keys {
            prop_assert!(!log.contains(&k.key), "a key reached the log");
        }
    }
}

#[test]
fn the_password_is_not_case_sensitive_as_in_nemid() {
    use crate::testing::{HEAD, KAREN, file};
    let persona = KAREN.replace("password = \"7913\"", "password = \"kaffe2027\"");
    let scenario = Scenario::from_files(&[
        file("scenario.toml", HEAD),
        file("personas/karen.toml", persona),
    ])
    .unwrap();
    let mut w = World::new(Arc::new(scenario), 42, Timestamp(1_795_392_000));
    assert!(password(&mut w, "KaFFe2027").is_ok());
    assert_eq!(w.nemid(&karen()).failed_attempts, 0);
}

#[test]
fn two_learners_in_one_world_each_have_a_seat_and_see_what_the_other_did() {
    use crate::testing::{karen, log_in, mette};
    let mut w = crate::testing::world();
    assert!(w.add_partner());
    assert!(!w.add_partner(), "two at most");
    // The partner's seat: nobody logged in there yet.
    w.swap_seats();
    assert!(w.logged_in().is_none());
    log_in(&mut w, "551077-2344");
    assert_eq!(w.logged_in().unwrap().id, mette());
    w.swap_seats();
    assert_eq!(
        w.logged_in().unwrap().id,
        karen(),
        "Karen is still in at the first PC"
    );
    // An exercise's check sees either PC: Mette is logged in, at the other one.
    assert!(w.holds(&crate::Check::LoggedIn { persona: mette() }));
    assert!(!w.holds(&crate::Check::LoggedOut));
}
