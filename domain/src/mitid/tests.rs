use super::*;
use crate::testing::{HEAD, KAREN, T, file, karen, mette};
use crate::{Command, Event, Login, Refusal, Scenario, Timestamp, World};
use std::sync::Arc;

const KAREN_MITID: &str = "\n[mitid]\nuser_id = \"karenj48\"\npassword = \"Bøgevej12\"\npin = \"246813\"\nauthenticators = [\"kodeviser\", \"app\", \"chip\"]\n";

/// Karen with a kodeviser, the app and a chip; Mette with only the app.
fn world() -> World {
    let mette = crate::testing::mette_file()
        + "\n[mitid]\nuser_id = \"mette77\"\npassword = \"Hjemmehos1\"\npin = \"975310\"\nauthenticators = [\"app\"]\n";
    let scenario = Scenario::from_files(&[
        file("scenario.toml", HEAD),
        file("personas/karen.toml", format!("{KAREN}{KAREN_MITID}")),
        file("personas/mette.toml", mette),
    ])
    .unwrap();
    World::new(Arc::new(scenario), 7, T)
}

fn run(w: &mut World, action: MitIdAction, at: Timestamp) -> Result<Vec<Event>, Refusal> {
    w.handle(&Command::MitId { action }, at)
}

fn later(secs: i64) -> Timestamp {
    Timestamp(T.0 + secs)
}

fn start(w: &mut World, user_id: &str) -> Result<Vec<Event>, Refusal> {
    run(
        w,
        MitIdAction::Start {
            user_id: user_id.into(),
        },
        T,
    )
}

/// Presses the kodeviser's button at `at` and reads the code off it, as a learner would.
fn press_and_read(w: &mut World, at: Timestamp) -> String {
    run(w, MitIdAction::Press, at).unwrap();
    w.code_showing(&karen(), w.now(at)).unwrap().0
}

fn code(w: &mut World, code: &str, at: Timestamp) -> Result<Vec<Event>, Refusal> {
    run(w, MitIdAction::Code { code: code.into() }, at)
}

fn step(w: &World) -> MitIdStep {
    match w.login() {
        Login::MitId { step, .. } => step.clone(),
        other => panic!("not in a MitID login: {other:?}"),
    }
}

#[test]
fn the_kodeviser_logs_in_with_a_fresh_code_then_the_password() {
    let mut w = world();
    start(&mut w, " KarenJ48 ").unwrap();
    assert_eq!(
        step(&w),
        MitIdStep::Code {
            with: Authenticator::Kodeviser
        },
        "the first authenticator of the scenario is offered first"
    );
    assert_eq!(code(&mut w, "123456", T), Err(Refusal::MitIdPressFirst));
    let c = press_and_read(&mut w, T);
    code(&mut w, &c, later(10)).unwrap();
    assert_eq!(
        step(&w),
        MitIdStep::Password {
            with: Authenticator::Kodeviser
        }
    );
    assert_eq!(
        run(
            &mut w,
            MitIdAction::Password {
                password: "bøgevej12".into()
            },
            later(20)
        ),
        Err(Refusal::MitIdWrongPassword { left: 2 }),
        "MitID passwords are case-sensitive"
    );
    run(
        &mut w,
        MitIdAction::Password {
            password: "Bøgevej12".into(),
        },
        later(20),
    )
    .unwrap();
    assert_eq!(w.logged_in().map(|p| p.id.clone()), Some(karen()));
    assert_eq!(
        w.mitid(&karen()).logged_in_with,
        Some(Authenticator::Kodeviser)
    );
}

#[test]
fn a_code_works_once_and_for_30_seconds() {
    let mut w = world();
    start(&mut w, "karenj48").unwrap();
    let c = press_and_read(&mut w, T);
    assert_eq!(code(&mut w, &c, later(31)), Err(Refusal::MitIdCodeExpired));
    assert!(
        w.code_showing(&karen(), later(31)).is_none(),
        "the display is blank"
    );
    let c = press_and_read(&mut w, later(40));
    assert_ne!(c, "", "a new press shows a code");
    code(&mut w, &c, later(70)).unwrap();
    // Back to the code step with another authenticator and back: the used code is refused.
    run(
        &mut w,
        MitIdAction::Choose {
            with: Authenticator::Kodeviser,
        },
        later(71),
    )
    .unwrap();
    assert_eq!(code(&mut w, &c, later(72)), Err(Refusal::MitIdCodeUsed));
    assert_eq!(
        code(&mut w, "12 45", later(72)),
        Err(Refusal::MitIdCodeFormat)
    );
}

#[test]
fn three_wrong_codes_block_mitid_for_a_while() {
    let mut w = world();
    start(&mut w, "karenj48").unwrap();
    let right = press_and_read(&mut w, T);
    let wrong = if right == "000000" {
        "111111"
    } else {
        "000000"
    };
    assert_eq!(
        code(&mut w, wrong, T),
        Err(Refusal::MitIdWrongCode { left: 2 })
    );
    assert_eq!(
        code(&mut w, wrong, T),
        Err(Refusal::MitIdWrongCode { left: 1 })
    );
    let third = code(&mut w, wrong, T);
    assert!(
        matches!(third, Err(Refusal::MitIdBlocked { .. })),
        "{third:?}"
    );
    assert_eq!(w.login(), &Login::LoggedOut, "the login ends");
    assert!(matches!(
        start(&mut w, "karenj48"),
        Err(Refusal::MitIdBlocked { .. })
    ));
    // The right code does not help while blocked; after the block it starts again.
    let after = later(BLOCK_MINUTES * 60 + 1);
    run(
        &mut w,
        MitIdAction::Start {
            user_id: "karenj48".into(),
        },
        after,
    )
    .unwrap();
    assert!(matches!(step(&w), MitIdStep::Code { .. }));
}

#[test]
fn the_app_request_is_approved_with_the_pin_on_the_personas_phone() {
    let mut w = world();
    start(&mut w, "karenj48").unwrap();
    run(
        &mut w,
        MitIdAction::Choose {
            with: Authenticator::App,
        },
        T,
    )
    .unwrap();
    let MitIdStep::App { request } = step(&w) else {
        panic!("app step")
    };
    let r = w.app_request(request).unwrap().clone();
    assert_eq!(r.code.len(), 4);
    assert_eq!(w.app_requests(&karen())[0].id, request);
    assert_eq!(
        run(&mut w, MitIdAction::Continue, T),
        Err(Refusal::MitIdNotApproved)
    );
    // Mette's phone cannot approve Karen's login, even with Karen's PIN.
    assert_eq!(
        run(
            &mut w,
            MitIdAction::Approve {
                persona: mette(),
                request,
                pin: "246813".into()
            },
            T
        ),
        Err(Refusal::MitIdNoSuchRequest)
    );
    run(
        &mut w,
        MitIdAction::Approve {
            persona: karen(),
            request,
            pin: "246813".into(),
        },
        later(5),
    )
    .unwrap();
    run(&mut w, MitIdAction::Continue, later(6)).unwrap();
    assert_eq!(w.logged_in().map(|p| p.id.clone()), Some(karen()));
    // Next time the app is offered first.
    w.handle(&Command::LogOut, later(7)).unwrap();
    start(&mut w, "karenj48").unwrap();
    assert!(matches!(step(&w), MitIdStep::App { .. }));
}

#[test]
fn afvis_ends_the_login_and_an_unanswered_request_expires_after_5_minutes() {
    let mut w = world();
    start(&mut w, "mette77").unwrap();
    let MitIdStep::App { request } = step(&w) else {
        panic!("Mette has only the app")
    };
    run(
        &mut w,
        MitIdAction::Reject {
            persona: mette(),
            request,
        },
        T,
    )
    .unwrap();
    assert_eq!(
        run(&mut w, MitIdAction::Continue, T),
        Err(Refusal::MitIdRejected)
    );
    assert_eq!(w.login(), &Login::LoggedOut);
    assert_eq!(w.mitid(&mette()).rejected, 1);

    start(&mut w, "mette77").unwrap();
    let MitIdStep::App { request } = step(&w) else {
        panic!("app step")
    };
    let late = later(LOGIN_LIFE_SECS + 1);
    assert_eq!(
        run(
            &mut w,
            MitIdAction::Approve {
                persona: mette(),
                request,
                pin: "975310".into()
            },
            late
        ),
        Err(Refusal::MitIdRequestClosed)
    );
    assert_eq!(
        run(&mut w, MitIdAction::Continue, late),
        Err(Refusal::MitIdExpired)
    );
    assert_eq!(w.login(), &Login::LoggedOut);
}

#[test]
fn three_wrong_pins_make_the_app_ask_for_a_new_pin() {
    let mut w = world();
    start(&mut w, "mette77").unwrap();
    let MitIdStep::App { request } = step(&w) else {
        panic!("app step")
    };
    let approve = |w: &mut World, pin: &str| {
        run(
            w,
            MitIdAction::Approve {
                persona: mette(),
                request,
                pin: pin.into(),
            },
            T,
        )
    };
    assert_eq!(
        approve(&mut w, "111111"),
        Err(Refusal::MitIdWrongPin { left: 2 })
    );
    assert_eq!(
        approve(&mut w, "111111"),
        Err(Refusal::MitIdWrongPin { left: 1 })
    );
    assert_eq!(approve(&mut w, "111111"), Err(Refusal::MitIdPinLocked));
    assert_eq!(
        approve(&mut w, "975310"),
        Err(Refusal::MitIdPinLocked),
        "the right PIN no longer opens it"
    );
    let new_pin = |w: &mut World, password: &str, pin: &str, repeat: &str| {
        run(
            w,
            MitIdAction::NewPin {
                persona: mette(),
                password: password.into(),
                pin: pin.into(),
                repeat: repeat.into(),
            },
            T,
        )
    };
    assert_eq!(
        new_pin(&mut w, "forkert123", "864209", "864209"),
        Err(Refusal::MitIdPinPassword)
    );
    assert!(matches!(
        new_pin(&mut w, "Hjemmehos1", "123456", "123456"),
        Err(Refusal::MitIdPinRules(_))
    ));
    assert_eq!(
        new_pin(&mut w, "Hjemmehos1", "864209", "864290"),
        Err(Refusal::MitIdPinsDiffer)
    );
    new_pin(&mut w, "Hjemmehos1", "864209", "864209").unwrap();
    assert_eq!(
        approve(&mut w, "975310"),
        Err(Refusal::MitIdWrongPin { left: 2 })
    );
    approve(&mut w, "864209").unwrap();
    // The log never holds the new PIN's digest.
    assert!(w.log().iter().all(|e| !matches!(
        &e.event,
        Event::MitIdPinChanged { digest, .. } if *digest != crate::nemid::PasswordDigest::REDACTED
    )));
}

#[test]
fn a_request_someone_else_started_can_be_rejected_and_logs_nobody_in() {
    let mut w = world();
    run(&mut w, MitIdAction::StrangerRequest { persona: karen() }, T).unwrap();
    let r = w.app_requests(&karen())[0].clone();
    assert!(r.stranger);
    assert_eq!(
        w.login(),
        &Login::LoggedOut,
        "no login of the learner waits"
    );
    run(
        &mut w,
        MitIdAction::Reject {
            persona: karen(),
            request: r.id,
        },
        T,
    )
    .unwrap();
    assert_eq!(w.mitid(&karen()).rejected, 1);
    // Approving a stranger's request logs nobody in at this PC either.
    run(&mut w, MitIdAction::StrangerRequest { persona: karen() }, T).unwrap();
    let r = w.app_requests(&karen())[0].clone();
    run(
        &mut w,
        MitIdAction::Approve {
            persona: karen(),
            request: r.id,
            pin: "246813".into(),
        },
        T,
    )
    .unwrap();
    assert!(w.logged_in().is_none());
    // The teacher's board counts one spotted (Afvis) and one fallen for (approved).
    assert_eq!(w.lesson_status(T).drills, (1, 1));
}

#[test]
fn the_chip_needs_its_button_then_the_password_and_cancel_withdraws_the_request() {
    let mut w = world();
    start(&mut w, "karenj48").unwrap();
    run(
        &mut w,
        MitIdAction::Choose {
            with: Authenticator::Chip,
        },
        T,
    )
    .unwrap();
    assert_eq!(step(&w), MitIdStep::Chip);
    run(&mut w, MitIdAction::Press, T).unwrap();
    assert_eq!(
        step(&w),
        MitIdStep::Password {
            with: Authenticator::Chip
        }
    );
    run(
        &mut w,
        MitIdAction::Choose {
            with: Authenticator::App,
        },
        T,
    )
    .unwrap();
    let MitIdStep::App { request } = step(&w) else {
        panic!("app step")
    };
    run(&mut w, MitIdAction::Cancel, T).unwrap();
    assert_eq!(w.login(), &Login::LoggedOut);
    assert_eq!(
        w.app_request(request).unwrap().status,
        RequestStatus::Withdrawn
    );
    assert_eq!(
        run(
            &mut w,
            MitIdAction::Choose {
                with: Authenticator::Kodeoplaeser
            },
            T
        ),
        Err(Refusal::MitIdNoLogin)
    );
}

#[test]
fn unknown_ids_and_cpr_numbers_are_refused_and_the_scenario_checks_bruger_ids() {
    let mut w = world();
    assert_eq!(start(&mut w, "karen"), Err(Refusal::MitIdUnknownUser));
    assert_eq!(start(&mut w, ""), Err(Refusal::MitIdUserIdEmpty));
    assert_eq!(start(&mut w, "010203-1234"), Err(Refusal::RealCprTyped));
    let like_cpr = KAREN_MITID.replace("karenj48", "k4203481236");
    let err = Scenario::from_files(&[
        file("scenario.toml", HEAD),
        file("personas/karen.toml", format!("{KAREN}{like_cpr}")),
    ])
    .unwrap_err();
    assert!(err.to_string().contains("mitid.user_id"), "{err}");
    let bad_pin = KAREN_MITID.replace("246813", "111111");
    assert!(
        Scenario::from_files(&[
            file("scenario.toml", HEAD),
            file("personas/karen.toml", format!("{KAREN}{bad_pin}")),
        ])
        .is_err()
    );
}

#[test]
fn pin_rules() {
    assert_eq!(check_pin("864209"), Ok(()));
    for bad in ["12345", "1234567", "abcdef", "111111", "123456", "987654"] {
        assert!(check_pin(bad).is_err(), "{bad}");
    }
}

#[test]
fn a_laeseadgang_is_signed_with_mitid_instead_of_a_key() {
    use crate::{AccessAction, AccessLevel, AccessScope};
    let mut w = world();
    // Karen logs in with MitID (kodeviser), then gives Mette læseadgang.
    start(&mut w, "karenj48").unwrap();
    let c = press_and_read(&mut w, T);
    code(&mut w, &c, T).unwrap();
    run(
        &mut w,
        MitIdAction::Password {
            password: "Bøgevej12".into(),
        },
        T,
    )
    .unwrap();
    assert_eq!(
        run(&mut w, MitIdAction::Sign, T),
        Err(Refusal::NoSigningInProgress)
    );
    w.handle(
        &Command::Access {
            action: AccessAction::PrepareGrant {
                name: "Mette Holm".into(),
                cpr: "551077-2344".into(),
                level: AccessLevel::Read,
                scope: AccessScope::Whole,
                until: String::new(),
            },
        },
        T,
    )
    .unwrap();
    run(&mut w, MitIdAction::Sign, later(1)).unwrap();
    let flow = w.mitid_flow().unwrap();
    assert!(flow.signing);
    assert_eq!(
        flow.step,
        MitIdStep::Code {
            with: Authenticator::Kodeviser
        }
    );
    // Afbryd leaves the signature waiting and Karen logged in.
    run(&mut w, MitIdAction::Cancel, later(2)).unwrap();
    assert!(w.signing().is_some());
    assert_eq!(w.logged_in().map(|p| p.id.clone()), Some(karen()));
    // With the app this time: approved on the phone, then FORTSÆT signs.
    run(&mut w, MitIdAction::Sign, later(3)).unwrap();
    run(
        &mut w,
        MitIdAction::Choose {
            with: Authenticator::App,
        },
        later(3),
    )
    .unwrap();
    let MitIdStep::App { request } = w.mitid_flow().unwrap().step else {
        panic!("app step")
    };
    run(
        &mut w,
        MitIdAction::Approve {
            persona: karen(),
            request,
            pin: "246813".into(),
        },
        later(4),
    )
    .unwrap();
    let events = run(&mut w, MitIdAction::Continue, later(5)).unwrap();
    assert!(
        events
            .iter()
            .any(|e| matches!(e, Event::AccessGranted { .. })),
        "{events:?}"
    );
    assert!(w.signing().is_none());
    assert!(w.mitid_flow().is_none());
    assert_eq!(w.logged_in().map(|p| p.id.clone()), Some(karen()));
    assert_eq!(w.grants_received(&mette()).len(), 1);
}
