//! The call drill (a fake "Borgerservice" call with a MitID request) and "Kig væk".

use super::tests::{SMS, act};
use super::*;
use crate::testing::{HEAD, KAREN, T, file, karen};
use crate::{Command, Event, Refusal, Scenario, World};
use std::sync::Arc;

const CALL: &str = include_str!("../../../scenarios/default/drills/opkald-borgerservice.toml");
const KAREN_APP: &str = "\n[mitid]\nuser_id = \"karenj48\"\npassword = \"Bøgevej12\"\npin = \"246813\"\nauthenticators = [\"app\"]\n";

/// Karen with the MitID app, Mette beside her; the call drill and the SMS drill.
fn call_world() -> World {
    let scenario = Scenario::from_files(&[
        file("scenario.toml", HEAD),
        file("personas/karen.toml", format!("{KAREN}{KAREN_APP}")),
        file("personas/mette.toml", crate::testing::mette_file()),
        file("drills/opkald-borgerservice.toml", CALL),
        file("drills/skat-sms.toml", SMS),
    ])
    .unwrap();
    World::new(Arc::new(scenario), 7, T)
}

fn call(w: &mut World) -> u16 {
    act(
        w,
        DrillAction::Send {
            persona: karen(),
            drill: "opkald-borgerservice".into(),
        },
    )
    .unwrap();
    w.sent_drill("opkald-borgerservice")
        .unwrap()
        .request
        .unwrap()
}

fn mitid(w: &mut World, action: crate::mitid::MitIdAction) -> Result<Vec<Event>, Refusal> {
    w.handle(&Command::MitId { action }, T)
}

#[test]
fn a_call_file_has_no_link_and_no_fake_page() {
    let load = |text: &str| {
        Scenario::from_files(&[
            file("scenario.toml", HEAD),
            file("personas/karen.toml", KAREN),
            file("drills/opkald.toml", text),
        ])
    };
    assert_eq!(load(CALL).unwrap().drills[0].channel, Channel::Call);
    let e = load(&format!("{CALL}link = \"x.dk\"\n")).unwrap_err();
    assert_eq!(e.entry, "link");
    let e = load(&CALL.replace("resten.\"", "resten: {link}\"")).unwrap_err();
    assert_eq!(e.entry, "text");
}

#[test]
fn a_call_comes_with_a_request_afvis_is_spotted_and_approving_is_fooled() {
    use crate::mitid::MitIdAction;
    let mut w = call_world();
    let request = call(&mut w);
    // The request waits in Karen's app; no login of hers waits for it.
    let r = w.app_request(request).unwrap();
    assert!(r.stranger && r.persona == karen());
    assert_eq!(w.drills_on_phone(&karen()).len(), 1);
    assert_eq!(
        w.sent_drill("opkald-borgerservice")
            .unwrap()
            .outcome(w.clock),
        None
    );
    // "Læg på" alone does not finish it: the request still waits.
    act(
        &mut w,
        DrillAction::Delete {
            persona: karen(),
            drill: "opkald-borgerservice".into(),
        },
    )
    .unwrap();
    assert!(w.drills_on_phone(&karen()).is_empty());
    assert_eq!(
        w.sent_drill("opkald-borgerservice")
            .unwrap()
            .outcome(w.clock),
        None
    );
    // A call has no link and no fake page.
    let open = DrillAction::Open {
        drill: "opkald-borgerservice".into(),
    };
    assert_eq!(act(&mut w, open), Err(Refusal::DrillUnknown));
    mitid(
        &mut w,
        MitIdAction::Reject {
            persona: karen(),
            request,
        },
    )
    .unwrap();
    let sent = w.sent_drill("opkald-borgerservice").unwrap();
    assert_eq!(sent.outcome(w.clock), Some(Outcome::Spotted));
    // The board counts it once (with its drill, not also as a stranger's request).
    assert_eq!(w.drill_outcomes(), (1, 0));

    let mut w = call_world();
    let request = call(&mut w);
    mitid(
        &mut w,
        MitIdAction::Approve {
            persona: karen(),
            request,
            pin: "246813".into(),
        },
    )
    .unwrap();
    assert_eq!(
        w.sent_drill("opkald-borgerservice")
            .unwrap()
            .outcome(w.clock),
        Some(Outcome::Fooled)
    );
    assert_eq!(w.drill_outcomes(), (0, 1));
    // Sent once per world: calling again makes no second request.
    let before = w.mitid_requests.len();
    call(&mut w);
    assert_eq!(w.mitid_requests.len(), before);
}

#[test]
fn a_call_to_someone_without_the_mitid_app_is_refused() {
    let mut w = call_world();
    let send = DrillAction::Send {
        persona: crate::testing::mette(),
        drill: "opkald-borgerservice".into(),
    };
    assert_eq!(act(&mut w, send), Err(Refusal::MitIdNoApp));
    assert!(w.sent_drill("opkald-borgerservice").is_none());
}

fn log_in_karen(w: &mut World) {
    w.handle(
        &Command::SubmitPassword {
            user_id: "100000001".into(),
            password: "7913".into(),
        },
        T,
    )
    .unwrap();
    let key = crate::testing::asked_key(w);
    w.handle(&Command::SubmitKey { key }, T).unwrap();
}

#[test]
fn kig_vaek_counts_only_a_login_whose_codes_were_typed_while_the_helper_looked_away() {
    let mut w = call_world();
    let (owner, helper) = (karen(), crate::testing::mette());
    act(
        &mut w,
        DrillAction::Watch {
            helper: helper.clone(),
            owner: owner.clone(),
        },
    )
    .unwrap();
    assert_eq!(w.watching(), Some(Watching::Ask));
    // Watching while Karen types: the helper saw her codes.
    log_in_karen(&mut w);
    assert!(w.watch().unwrap().saw);
    assert_eq!(w.watching(), Some(Watching::Saw { away: false }));
    assert!(!w.owner_logged_in_alone(&owner, &helper));
    // Logging out starts over.
    w.handle(&Command::LogOut, T).unwrap();
    assert!(!w.watch().unwrap().saw);
    act(&mut w, DrillAction::Look { away: true }).unwrap();
    assert_eq!(w.watching(), Some(Watching::Away));
    log_in_karen(&mut w);
    assert!(w.owner_logged_in_alone(&owner, &helper));
    assert_eq!(w.watching(), Some(Watching::Done));
    // Looking back after the login changes nothing; a code typed then is seen.
    act(&mut w, DrillAction::Look { away: false }).unwrap();
    assert!(w.owner_logged_in_alone(&owner, &helper));
    // A wrong password typed while the helper watches is seen too.
    w.handle(&Command::LogOut, T).unwrap();
    let wrong = Command::SubmitPassword {
        user_id: "100000001".into(),
        password: "0000".into(),
    };
    assert!(w.handle(&wrong, T).is_err());
    assert!(w.watch().unwrap().saw);
    // Looking away before she starts again starts over.
    act(&mut w, DrillAction::Look { away: true }).unwrap();
    assert!(!w.watch().unwrap().saw);
    // The helper and the owner are two people of the scenario.
    let same = DrillAction::Watch {
        helper: owner.clone(),
        owner: owner.clone(),
    };
    assert_eq!(act(&mut w, same), Err(Refusal::DrillUnknown));
    // Without "Kig væk" set up, looking away is refused.
    let mut plain = call_world();
    assert_eq!(plain.watching(), None);
    assert_eq!(
        act(&mut plain, DrillAction::Look { away: true }),
        Err(Refusal::DrillUnknown)
    );
}
