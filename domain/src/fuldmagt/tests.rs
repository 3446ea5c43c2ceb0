//! Digital fuldmagt: giving (signed), requesting, approving, rejecting, deleting, expiry,
//! the betroet medarbejder, acting on someone's behalf, and a reference-model property.

use super::*;
use crate::testing::{T, karen, log_in, mette, sign, world};
use crate::*;
use crate::{Command, FolderRef};
use proptest::prelude::*;

fn act(w: &mut World, action: FuldmagtAction) -> Result<Vec<Event>, Refusal> {
    w.handle(&Command::Fuldmagt { action }, T)
}

fn give(areas: &[Area], until: &str) -> FuldmagtAction {
    FuldmagtAction::PrepareGive {
        name: "Mette Holm".into(),
        cpr: "551077-2344".into(),
        areas: areas.to_vec(),
        until: (!until.is_empty()).then(|| until.into()),
    }
}

fn change_doctor(on_behalf: Option<PersonaId>) -> FuldmagtAction {
    FuldmagtAction::ChangeDoctor {
        on_behalf,
        doctor: "Lægerne i Vollsmose".into(),
    }
}

#[test]
fn a_fuldmagt_is_signed_by_the_giver_and_the_holder_gets_a_letter() {
    let mut w = world();
    act(&mut w, give(&[Area::Doctor, Area::Doctor], "")).unwrap();
    assert!(w.fuldmagter.is_empty(), "nothing before the signature");
    sign(&mut w).unwrap();
    let f = w.fuldmagt(&karen(), &mette()).unwrap();
    assert_eq!(f.areas, [Area::Doctor]);
    assert_eq!(
        w.letters_in(&mette(), FolderRef::Inbox)[0].letter.subject(),
        "Du har fået en fuldmagt"
    );
    assert!(
        w.letters_in(&mette(), FolderRef::Inbox)[0]
            .letter
            .body()
            .contains("Skift læge")
    );
    assert_eq!(
        act(&mut w, give(&[Area::Move], "")),
        Err(Refusal::FuldmagtExists)
    );
}

#[test]
fn each_wrong_fuldmagt_is_refused_with_its_reason() {
    let mut w = world();
    let to = |name: &str, cpr: &str| FuldmagtAction::PrepareGive {
        name: name.into(),
        cpr: cpr.into(),
        areas: vec![Area::Doctor],
        until: None,
    };
    assert_eq!(
        act(&mut w, to("Karen Jensen", "420348-1236")),
        Err(Refusal::FuldmagtToSelf)
    );
    assert_eq!(
        act(&mut w, to("Ukendt Person", "551077-2344")),
        Err(Refusal::UnknownPerson)
    );
    assert_eq!(act(&mut w, give(&[], "")), Err(Refusal::NoArea));
    assert_eq!(
        act(&mut w, give(&[Area::Doctor], "2020-05-01")),
        Err(Refusal::EndDatePast)
    );
    assert!(w.signing().is_none());
}

#[test]
fn the_holder_acts_only_in_the_granted_areas_and_while_the_fuldmagt_lives() {
    let mut w = world();
    act(&mut w, give(&[Area::Doctor], "2027-06-30")).unwrap();
    sign(&mut w).unwrap();
    log_in(&mut w, "100000002");
    assert_eq!(w.doctor(&karen()), "Lægehuset Bøgevej");
    act(&mut w, change_doctor(Some(karen()))).unwrap();
    assert_eq!(
        w.doctor(&karen()),
        "Lægerne i Vollsmose",
        "the giver's state changes"
    );
    assert_eq!(w.doctor(&mette()), "Lægehuset Bøgevej", "not the holder's");
    let receipt = w.letters_in(&karen(), FolderRef::Inbox)[0];
    assert_eq!(receipt.letter.subject(), "Kvittering: Du har skiftet læge");
    assert!(
        receipt
            .letter
            .body()
            .contains("Det blev gjort af Mette Holm med fuldmagt på dine vegne.")
    );
    assert_eq!(
        act(&mut w, change_doctor(Some(karen()))),
        Err(Refusal::SameDoctor)
    );
    let moving = FuldmagtAction::ReportMove {
        on_behalf: Some(karen()),
        address: "Nyvej 1, 5000 Odense C".into(),
    };
    assert_eq!(
        act(&mut w, moving),
        Err(Refusal::NoFuldmagt),
        "Flytning was not granted"
    );
    let long = FuldmagtAction::ReportMove {
        on_behalf: None,
        address: "x".repeat(101),
    };
    assert_eq!(act(&mut w, long), Err(Refusal::AddressTooLong));
    let short = FuldmagtAction::ReportMove {
        on_behalf: None,
        address: " Vej ".into(),
    };
    assert_eq!(act(&mut w, short), Err(Refusal::AddressMissing));
    // For oneself no fuldmagt is needed.
    act(
        &mut w,
        FuldmagtAction::ReportMove {
            on_behalf: None,
            address: "  Nyvej   1, 5000 Odense C ".into(),
        },
    )
    .unwrap();
    assert_eq!(w.address(&mette()), "Nyvej 1, 5000 Odense C");
    // Past the end date the fuldmagt is gone.
    w.handle(
        &Command::AdvanceClock {
            minutes: 366 * 24 * 60,
        },
        T,
    )
    .unwrap();
    w.deliver_due(T);
    assert!(w.fuldmagt(&karen(), &mette()).is_none());
    assert_eq!(
        act(
            &mut w,
            FuldmagtAction::ChangeDoctor {
                on_behalf: Some(karen()),
                doctor: "Odense Lægecenter".into()
            }
        ),
        Err(Refusal::NoFuldmagt)
    );
}

#[test]
fn a_request_is_approved_with_a_key_or_rejected_and_either_side_deletes() {
    let mut w = world();
    log_in(&mut w, "100000002");
    let ask = FuldmagtAction::Request {
        name: "Karen Jensen".into(),
        cpr: "420348-1236".into(),
        areas: vec![Area::Doctor],
        until: None,
    };
    act(&mut w, ask.clone()).unwrap();
    assert!(
        w.fuldmagt_requests_from(&mette()).is_empty(),
        "nothing is sent before the requester signs"
    );
    sign(&mut w).unwrap();
    assert_eq!(act(&mut w, ask.clone()), Err(Refusal::RequestAlreadySent));
    log_in(&mut w, "100000001");
    assert_eq!(
        w.letters_in(&karen(), FolderRef::Inbox)[0].letter.subject(),
        "Anmodning om fuldmagt"
    );
    let request = w.fuldmagt_requests_to(&karen())[0].id;
    act(&mut w, FuldmagtAction::Reject { request }).unwrap();
    assert_eq!(
        w.letters_in(&mette(), FolderRef::Inbox)[0].letter.subject(),
        "Din anmodning om fuldmagt er afvist"
    );
    log_in(&mut w, "100000002");
    act(&mut w, ask).unwrap();
    sign(&mut w).unwrap();
    log_in(&mut w, "100000001");
    let request = w.fuldmagt_requests_to(&karen())[0].id;
    act(&mut w, FuldmagtAction::PrepareApproval { request }).unwrap();
    sign(&mut w).unwrap();
    let id = w.fuldmagt(&karen(), &mette()).unwrap().id;
    // The holder deletes it; the giver is told.
    log_in(&mut w, "100000002");
    act(&mut w, FuldmagtAction::Delete { fuldmagt: id }).unwrap();
    assert!(w.fuldmagt(&karen(), &mette()).is_none());
    assert_eq!(
        w.letters_in(&karen(), FolderRef::Inbox)[0].letter.subject(),
        "Din fuldmagt er ophørt"
    );
    assert_eq!(
        act(&mut w, FuldmagtAction::Delete { fuldmagt: id }),
        Err(Refusal::NoSuchFuldmagt)
    );
}

#[test]
fn only_a_betroet_medarbejder_answers_for_a_non_digital_citizen_after_checking_identity() {
    let mut w = world();
    log_in(&mut w, "100000002");
    act(
        &mut w,
        FuldmagtAction::Request {
            name: "Karen Jensen".into(),
            cpr: "420348-1236".into(),
            areas: vec![Area::Move],
            until: None,
        },
    )
    .unwrap();
    sign(&mut w).unwrap();
    let request = w.fuldmagt_requests_from(&mette())[0].id;
    let answer = |approve, identity_confirmed| FuldmagtAction::AnswerForCitizen {
        request,
        approve,
        identity_confirmed,
    };
    assert_eq!(
        act(&mut w, answer(true, true)),
        Err(Refusal::NotTrustedEmployee)
    );
    // The test scenario's Karen can answer digitally: not a case for the employee.
    assert!(w.cases_for_trusted_employee().is_empty());
}

#[test]
fn a_giver_under_15_cannot_give_a_fuldmagt() {
    use crate::testing::{HEAD, KAREN, file};
    let child = KAREN
        .replace("order = 1", "order = 2")
        .replace("Karen Jensen", "Sofie Jensen")
        .replace("age = 78", "age = 14")
        .replace("420348-1236", "420312-4126")
        .replace("100000001", "100000003");
    let scenario = crate::Scenario::from_files(&[
        file("scenario.toml", HEAD),
        file("personas/karen.toml", KAREN),
        file("personas/sofie.toml", child),
    ])
    .unwrap();
    let mut w = World::new(std::sync::Arc::new(scenario), 3, T);
    log_in(&mut w, "100000003");
    let give = FuldmagtAction::PrepareGive {
        name: "Karen Jensen".into(),
        cpr: "420348-1236".into(),
        areas: vec![Area::Doctor],
        until: None,
    };
    assert_eq!(act(&mut w, give), Err(Refusal::GiverUnder15));
    // And nobody can ask her for one either.
    log_in(&mut w, "100000001");
    let ask = FuldmagtAction::Request {
        name: "Sofie Jensen".into(),
        cpr: "420312-4126".into(),
        areas: vec![Area::Doctor],
        until: None,
    };
    assert_eq!(act(&mut w, ask), Err(Refusal::GiverUnder15));
}

#[derive(Debug, Clone)]
enum Op {
    Give(u8),
    Request(u8),
    Approve,
    Reject,
    Delete(bool),
    UseDoctor,
    UseMove,
    Advance,
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        (1u8..4).prop_map(Op::Give),
        (1u8..4).prop_map(Op::Request),
        Just(Op::Approve),
        Just(Op::Reject),
        any::<bool>().prop_map(Op::Delete),
        Just(Op::UseDoctor),
        Just(Op::UseMove),
        Just(Op::Advance),
    ]
}

fn areas(mask: u8) -> Vec<Area> {
    [Area::Doctor, Area::Move]
        .into_iter()
        .enumerate()
        .filter(|(i, _)| mask & (1 << i) != 0)
        .map(|(_, a)| a)
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(100))]

    /// Random give / request / approve / reject / delete / use / clock steps against a
    /// reference model: nothing is ever done on someone's behalf outside a valid fuldmagt.
    #[test]
    fn nothing_is_done_on_someones_behalf_outside_a_valid_fuldmagt(ops in proptest::collection::vec(op(), 1..25)) {
        let mut w = world();
        // The model: Karen's fuldmagt to Mette (areas, end) and the pending request's areas.
        let mut model: Option<(Vec<Area>, Option<i64>)> = None;
        let mut pending: Option<Vec<Area>> = None;
        let mut minutes_ahead: i64 = 0;
        let mut doctors = crate::DOCTORS.iter().cycle();
        for op in ops {
            let now = T.0 + minutes_ahead * 60;
            if model.as_ref().is_some_and(|(_, end)| end.is_some_and(|e| e < now)) {
                model = None;
            }
            let as_karen = |w: &mut World| if w.logged_in().map(|p| p.id.clone()) != Some(karen()) { log_in(w, "100000001") };
            let as_mette = |w: &mut World| if w.logged_in().map(|p| p.id.clone()) != Some(mette()) { log_in(w, "100000002") };
            match op {
                Op::Give(mask) => {
                    as_karen(&mut w);
                    const END: i64 = 1_924_991_999; // 2030-12-31, end of day
                    let ok = act(&mut w, give(&areas(mask), "2030-12-31")).is_ok() && sign(&mut w).is_ok();
                    prop_assert_eq!(ok, model.is_none() && now <= END);
                    if ok { model = Some((areas(mask), Some(END))); }
                }
                Op::Request(mask) => {
                    as_mette(&mut w);
                    let ok = act(&mut w, FuldmagtAction::Request { name: "Karen Jensen".into(), cpr: "420348-1236".into(), areas: areas(mask), until: None }).is_ok() && sign(&mut w).is_ok();
                    prop_assert_eq!(ok, model.is_none() && pending.is_none());
                    if ok { pending = Some(areas(mask)); }
                }
                Op::Approve => {
                    as_karen(&mut w);
                    if let Some(request) = w.fuldmagt_requests_to(&karen()).first().map(|r| r.id) {
                        let ok = act(&mut w, FuldmagtAction::PrepareApproval { request }).is_ok() && sign(&mut w).is_ok();
                        prop_assert_eq!(ok, model.is_none());
                        if ok { model = Some((pending.take().unwrap_or_default(), None)); }
                    }
                }
                Op::Reject => {
                    as_karen(&mut w);
                    if let Some(request) = w.fuldmagt_requests_to(&karen()).first().map(|r| r.id) {
                        act(&mut w, FuldmagtAction::Reject { request }).unwrap();
                        pending = None;
                    }
                }
                Op::Delete(by_giver) => {
                    if by_giver { as_karen(&mut w) } else { as_mette(&mut w) }
                    let id = w.fuldmagt(&karen(), &mette()).map(|f| f.id);
                    prop_assert_eq!(id.is_some(), model.is_some());
                    if let Some(fuldmagt) = id {
                        act(&mut w, FuldmagtAction::Delete { fuldmagt }).unwrap();
                        model = None;
                    }
                }
                Op::UseDoctor | Op::UseMove => {
                    as_mette(&mut w);
                    let area = if matches!(op, Op::UseDoctor) { Area::Doctor } else { Area::Move };
                    let before = (w.doctor(&karen()), w.address(&karen()));
                    let action = if area == Area::Doctor {
                        let mut d = doctors.next().copied().unwrap_or_default();
                        if d == before.0 { d = doctors.next().copied().unwrap_or_default(); }
                        FuldmagtAction::ChangeDoctor { on_behalf: Some(karen()), doctor: d.into() }
                    } else {
                        FuldmagtAction::ReportMove { on_behalf: Some(karen()), address: format!("Nyvej {}, 5000 Odense C", w.log().len()) }
                    };
                    let allowed = model.as_ref().is_some_and(|(a, _)| a.contains(&area));
                    let done = act(&mut w, action).is_ok();
                    prop_assert_eq!(done, allowed);
                    if !done {
                        prop_assert_eq!(before, (w.doctor(&karen()), w.address(&karen())), "changed without a fuldmagt");
                    }
                }
                Op::Advance => {
                    w.handle(&Command::AdvanceClock { minutes: 200 * 24 * 60 }, T).unwrap();
                    minutes_ahead += 200 * 24 * 60;
                    w.deliver_due(T);
                }
            }
        }
    }
}

#[test]
fn a_chosen_end_date_left_empty_is_refused_after_the_person_and_the_areas() {
    let mut w = world();
    let chosen_empty = |name: &str| FuldmagtAction::PrepareGive {
        name: name.into(),
        cpr: "551077-2344".into(),
        areas: vec![Area::Doctor],
        until: Some("  ".into()),
    };
    assert_eq!(
        act(&mut w, chosen_empty("Mette Holm")),
        Err(Refusal::EndDateInvalid)
    );
    assert_eq!(
        act(&mut w, chosen_empty("Ingen")),
        Err(Refusal::UnknownPerson)
    );
    assert!(w.signing().is_none());
}
