//! Holds: codes, names, capacity, ending, and the board's "Sidder fast".

use super::*;
use crate::testing::{T, exercise_world, log_in};
use crate::{Command, GuideAction, Timestamp};

fn plan() -> ClassPlan {
    ClassPlan::new("Onsdagsholdet", vec![0], "da", 5, 1).unwrap()
}

fn class() -> Class {
    Class::new(plan(), HoldCode::from_random([0, 1, 2, 3, 4, 5]), 42, T)
}

fn name(s: &str) -> MemberName {
    MemberName::parse(s).unwrap()
}

#[test]
fn codes_have_six_characters_without_look_alikes_and_parse_as_typed() {
    for b in 0..=255u8 {
        let code = HoldCode::from_random([b; 6]);
        assert_eq!(code.as_str().len(), 6);
        assert!(
            !code.as_str().contains(['0', 'O', '1', 'I', 'L']),
            "{code:?}"
        );
    }
    let code = HoldCode::from_random([7, 30, 200, 9, 13, 0]);
    let typed = format!(
        " {}-{} ",
        &code.as_str()[..3].to_lowercase(),
        &code.as_str()[3..]
    );
    assert_eq!(HoldCode::parse(&typed), Some(code));
    assert_eq!(HoldCode::parse("ABC12"), None, "too short");
    assert_eq!(HoldCode::parse("ABCDE0"), None, "0 is never in a code");
    assert_eq!(HoldCode::parse("ABCDEFG"), None, "too long");
}

#[test]
fn names_are_first_names_never_a_cpr_number_or_an_email() {
    assert_eq!(name("  Fatima   A. ").as_str(), "Fatima A.");
    assert_eq!(MemberName::parse("   "), Err(ClassRefusal::NameMissing));
    assert_eq!(
        MemberName::parse(&"x".repeat(31)),
        Err(ClassRefusal::NameTooLong)
    );
    assert!(
        MemberName::parse(&"æ".repeat(30)).is_ok(),
        "30 characters, not bytes"
    );
    for cpr in ["010203-1234", "0102031234", "01 02 03", "Ali 120570"] {
        assert_eq!(
            MemberName::parse(cpr),
            Err(ClassRefusal::NameLooksLikeCpr),
            "{cpr}"
        );
    }
    assert_eq!(
        MemberName::parse("fatima@mail.dk"),
        Err(ClassRefusal::NameLooksLikeEmail)
    );
    assert!(
        MemberName::parse("Ali 2").is_ok(),
        "a digit or two is a nickname"
    );
}

#[test]
fn the_same_name_joins_the_same_learner_and_a_full_hold_refuses() {
    let mut c = class();
    c.capacity = 2;
    assert_eq!(c.join(name("Fatima"), None), Ok(Joined::New(1)));
    assert_eq!(c.join(name("Hodan"), None), Ok(Joined::New(2)));
    assert_eq!(
        c.join(name("fatima"), None),
        Ok(Joined::Again(1)),
        "any case"
    );
    assert_eq!(c.member(1).unwrap().devices, 2);
    assert_eq!(c.join(name("Ayse"), None), Err(ClassRefusal::Full));
    c.ended = true;
    assert_eq!(c.join(name("Hodan"), None), Err(ClassRefusal::Ended));
}

#[test]
fn each_seat_has_its_own_seed_and_the_same_seat_the_same() {
    let c = class();
    assert_ne!(c.seat_seed(1), c.seat_seed(2));
    assert_eq!(c.seat_seed(3), class().seat_seed(3));
}

#[test]
fn a_plan_refuses_unknown_exercises_long_names_and_too_many_cards() {
    assert_eq!(
        ClassPlan::new("", vec![3], "da", 0, 2),
        Err(ClassRefusal::NoSuchExercise)
    );
    assert_eq!(
        ClassPlan::new(&"h".repeat(41), vec![], "da", 0, 2),
        Err(ClassRefusal::HoldNameTooLong)
    );
    assert_eq!(
        ClassPlan::new("", vec![], "da", 41, 2),
        Err(ClassRefusal::TooManyCards)
    );
    let p = ClassPlan::new("  Hold   A ", vec![1, 0, 1], "da", 0, 2).unwrap();
    assert_eq!((p.name.as_str(), p.exercises), ("Hold A", vec![1, 0]));
}

#[test]
fn a_hold_ends_after_eight_hours_or_an_idle_hour() {
    let mut c = class();
    let at = |secs: i64| Timestamp(T.0 + secs);
    assert!(!c.is_over(at(59 * 60), T));
    assert!(c.is_over(at(60 * 60), T), "an hour with nothing done");
    assert!(!c.is_over(at(60 * 60), at(30 * 60)), "a learner was busy");
    c.teacher_seen = at(8 * 3600 - 1);
    assert!(c.is_over(at(8 * 3600), at(8 * 3600 - 1)), "8 hours at most");
    c.teacher_seen = T;
    c.ended = true;
    assert!(c.is_over(T, T));
}

#[test]
fn the_next_part_follows_the_plan_and_stops_at_its_end() {
    let mut c = Class::new(
        ClassPlan::new("", vec![1, 0], "da", 0, 2).unwrap(),
        HoldCode::from_random([0; 6]),
        1,
        T,
    );
    c.join(name("Ali"), None).unwrap();
    assert_eq!(c.exercise_of(1), Some(1));
    assert_eq!(c.next_part(1), Some(0));
    assert_eq!(c.exercise_of(1), Some(0));
    assert_eq!(c.next_part(1), None);
    // Two who practise in one world move on together, at the same part.
    c.join(name("Bodil"), None).unwrap();
    c.join(name("Carla"), None).unwrap();
    c.pair_seats(2, 3);
    assert_eq!(c.next_part(3), Some(0));
    assert_eq!((c.exercise_of(2), c.exercise_of(3)), (Some(0), Some(0)));
    assert_eq!(c.next_part(2), None, "the pair is at the plan's end");
    let free = Class::new(
        ClassPlan::new("", vec![], "da", 0, 2).unwrap(),
        HoldCode::from_random([0; 6]),
        1,
        T,
    );
    assert_eq!(free.exercise_of(1), None);
}

#[test]
fn no_progress_for_three_minutes_is_stuck_and_a_step_done_is_not() {
    let mut w = exercise_world(T);
    let at = |secs: i64| Timestamp(T.0 + secs);
    assert_eq!(w.lesson_status(at(179)).stuck, None);
    assert_eq!(w.lesson_status(at(180)).stuck, Some(Stuck::NoProgress));
    log_in(&mut w, "420348-1236");
    assert_eq!(
        w.lesson_status(at(180)).stuck,
        Some(Stuck::NoProgress),
        "logging in is no step"
    );
    w.handle(
        &Command::Mailbox {
            owner: crate::testing::karen(),
            action: crate::MailboxAction::CreateFolder {
                name: "Sundhed".into(),
            },
        },
        at(200),
    )
    .unwrap();
    let s = w.lesson_status(at(500));
    assert!(s.finished && s.stuck.is_none(), "{s:?}");
    assert_eq!((s.step, s.steps, s.idle_secs), (1, 1, 300));
}

#[test]
fn three_refusals_in_a_row_are_stuck_and_a_success_clears_them() {
    let mut w = exercise_world(T);
    let wrong = Command::SubmitPassword {
        user_id: "420348-1236".into(),
        password: "forkert".into(),
    };
    for _ in 0..2 {
        assert!(w.handle(&wrong, T).is_err());
    }
    assert_eq!(w.lesson_status(T).stuck, None);
    assert!(w.handle(&wrong, T).is_err());
    assert_eq!(w.lesson_status(T).stuck, Some(Stuck::Refusals));
    // The teacher's "Spol tiden frem" is not the learner's doing.
    w.teacher_advance_clock(60, Timestamp(T.0 + 100)).unwrap();
    let s = w.lesson_status(Timestamp(T.0 + 100));
    assert_eq!((s.stuck, s.idle_secs), (Some(Stuck::Refusals), 100));
    log_in(&mut w, "420348-1236");
    assert_eq!(w.lesson_status(T).stuck, None);
}

#[test]
fn a_nemid_spaerret_by_the_learner_is_stuck_until_unlocked() {
    let mut w = exercise_world(T);
    let wrong = Command::SubmitPassword {
        user_id: "420348-1236".into(),
        password: "forkert".into(),
    };
    while !w.nemid(&crate::testing::karen()).locked {
        let _ = w.handle(&wrong, T);
    }
    assert_eq!(w.lesson_status(T).stuck, Some(Stuck::Locked));
    // A success elsewhere (logging out is refused here: nobody is in) does not unlock it.
    let _ = w.handle(&Command::AdvanceClock { minutes: 5 }, T);
    assert_eq!(w.lesson_status(T).stuck, Some(Stuck::Locked));
}

#[test]
fn hints_are_counted_whoever_opens_them() {
    let mut w = exercise_world(T);
    for _ in 0..5 {
        w.guide(&GuideAction::ShowHint, T).unwrap();
    }
    assert_eq!(w.lesson_status(T).hints, 3, "three hints a step");
}

#[test]
fn the_board_puts_the_stuck_first_and_the_done_last() {
    let mut c = class();
    for n in ["Ali", "Bodil", "Carla"] {
        c.join(name(n), None).unwrap();
    }
    for (i, m) in c.members.iter_mut().enumerate() {
        m.world = crate::class::model::WorldRef::new(i as u128 + 1);
    }
    let status = |stuck: Option<Stuck>, finished: bool, idle: i64| LearnerStatus {
        exercise: Some(0),
        step: usize::from(finished),
        steps: 1,
        hints: 0,
        idle_secs: idle,
        stuck,
        finished,
        drills: (0, 0),
    };
    let rows = c.board(|w| match w.map(|w| w.get()) {
        Some(1) => Some(status(None, true, 10)),
        Some(2) => Some(status(None, false, 5)),
        _ => Some(status(Some(Stuck::Refusals), false, 1)),
    });
    let names: Vec<&str> = rows.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(names, ["Carla", "Bodil", "Ali"]);
    assert!(rows[2].done && !rows[1].done);
    // A pair shows together, under the first of the two.
    c.pair_seats(1, 3);
    let rows = c.board(|w| match w.map(|w| w.get()) {
        Some(1) => Some(status(None, true, 10)),
        Some(2) => Some(status(None, false, 5)),
        _ => Some(status(Some(Stuck::Refusals), false, 1)),
    });
    let names: Vec<&str> = rows.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(names, ["Carla", "Ali", "Bodil"]);
    assert_eq!(rows[1].partner.as_deref(), Some("Carla"));
}

#[test]
fn a_teacher_letter_arrives_in_the_learners_inbox_and_a_bad_one_is_refused() {
    let mut w = exercise_world(T);
    let s = w.scenario().clone();
    let from = s.authorities[0].id.as_str().to_owned();
    assert_eq!(
        TeacherLetter::write(&s, "nobody", "Emne", "Tekst"),
        Err(LetterRefusal::NoSender)
    );
    assert_eq!(
        TeacherLetter::write(&s, &from, "  ", "Tekst"),
        Err(LetterRefusal::Subject)
    );
    assert_eq!(
        TeacherLetter::write(&s, &from, "Emne", ""),
        Err(LetterRefusal::Text)
    );
    let letter = TeacherLetter::write(&s, &from, "Møde i skolen", "Kom kl. 17.").unwrap();
    w.receive_teacher_letter(&letter, T).unwrap();
    let karen = crate::testing::karen();
    let inbox = w.letters_in(&karen, crate::FolderRef::Inbox);
    assert!(inbox.iter().any(|l| l.letter.subject() == "Møde i skolen"));
    let again = TeacherLetter::from_scenario(&s, s.letters[0].id.as_str()).unwrap();
    assert_eq!(again.subject, s.letters[0].subject);
}

#[test]
fn a_parkode_works_for_half_an_hour_and_until_a_partner_joins() {
    let mut w = exercise_world(T);
    assert_eq!(w.pair_code(T), None);
    w.offer_pair("ABC234", T);
    let at = |secs: i64| Timestamp(T.0 + secs);
    assert_eq!(w.pair_code(at(29 * 60)), Some("ABC234"));
    assert_eq!(
        w.pair_code(at(30 * 60)),
        None,
        "shown no longer than it works"
    );
    w.offer_pair("DEF567", at(30 * 60));
    assert_eq!(w.pair_code(at(31 * 60)), Some("DEF567"));
    assert!(w.add_partner());
    assert_eq!(w.pair_code(at(31 * 60)), None);
}

#[test]
fn sending_material_adds_its_exercises_to_the_plan_and_replaces_material_sent_before() {
    let mut c = class();
    let base = c.plan.exercises.clone();
    let scenario = std::sync::Arc::new(crate::testing::small());
    assert!(
        c.send_material(10).is_none(),
        "nothing to send without a draft"
    );
    let material = |exercises: Vec<usize>| crate::material::Material {
        name: "Eget".into(),
        scenario: scenario.clone(),
        exercises,
        letters: vec![],
        languages: vec![],
        source: String::new(),
    };
    c.draft = Some(std::sync::Arc::new(material(vec![10, 11])));
    c.send_material(10).unwrap();
    assert!(
        c.send_material(10).is_none(),
        "the same draft is not sent twice"
    );
    assert_eq!(c.plan.exercises, [base.clone(), vec![10, 11]].concat());
    assert!(std::sync::Arc::ptr_eq(
        &c.scenario(&std::sync::Arc::new(crate::testing::small())),
        &scenario
    ));
    c.draft = Some(std::sync::Arc::new(material(vec![10])));
    c.send_material(10).unwrap();
    assert_eq!(c.plan.exercises, [base, vec![10]].concat());
}
