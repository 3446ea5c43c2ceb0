use super::*;
use crate::testing::{HEAD, KAREN, T, file, karen};
use crate::{Command, Event, Refusal, Scenario, Timestamp, World};
use std::sync::Arc;

const SMS: &str = r#"channel = "sms"
sender = "SKAT-DK"
text = "SKAT: Du har en tilbagebetaling paa 4.326,50 kr. Bekraeft inden 24 timer: {link}"
link = "skat-refusion-dk.info/krav"
page_title = "Skat refusion"
page_intro = "Log paa for at modtage dit beløb."
page_button = "Modtag beløb"
signs = 4
"#;

fn scenario(drill: &str) -> Result<Scenario, crate::scenario::ScenarioError> {
    Scenario::from_files(&[
        file("scenario.toml", HEAD),
        file("personas/karen.toml", KAREN),
        file("drills/skat-sms.toml", drill),
    ])
}

fn world() -> World {
    World::new(Arc::new(scenario(SMS).unwrap()), 7, T)
}

fn act(w: &mut World, action: DrillAction) -> Result<Vec<Event>, Refusal> {
    w.handle(&Command::Drill { action }, T)
}

fn send(w: &mut World) {
    act(
        w,
        DrillAction::Send {
            persona: karen(),
            drill: "skat-sms".into(),
        },
    )
    .unwrap();
}

#[test]
fn a_drill_file_is_checked_at_load() {
    let s = scenario(SMS).unwrap();
    assert_eq!(s.drills[0].id, "skat-sms");
    assert_eq!(
        s.drills[0].text_parts(),
        (
            "SKAT: Du har en tilbagebetaling paa 4.326,50 kr. Bekraeft inden 24 timer: ",
            ""
        )
    );
    let no_link = SMS.replace(": {link}", "");
    let e = scenario(&no_link).unwrap_err();
    assert_eq!(
        (e.file.as_str(), e.entry.as_str()),
        ("drills/skat-sms.toml", "text")
    );
    let e = scenario(&SMS.replace("signs = 4", "signs = 9")).unwrap_err();
    assert_eq!(e.entry, "signs");
    // An SMS has no subject; an e-mail must.
    let e = scenario(&SMS.replace("\"sms\"", "\"email\"")).unwrap_err();
    assert_eq!(e.entry, "subject");
}

#[test]
fn typing_into_the_fake_page_is_fooled_and_deleting_is_spotted() {
    let mut w = world();
    send(&mut w);
    assert_eq!(w.drills_on_phone(&karen()).len(), 1);
    assert_eq!(w.sent_drill("skat-sms").unwrap().outcome(w.clock), None);
    // Opening the link alone decides nothing; an empty form neither.
    act(
        &mut w,
        DrillAction::Open {
            drill: "skat-sms".into(),
        },
    )
    .unwrap();
    act(
        &mut w,
        DrillAction::Submit {
            drill: "skat-sms".into(),
            anything: false,
        },
    )
    .unwrap();
    let sent = w.sent_drill("skat-sms").unwrap();
    assert!(sent.opened && sent.outcome(w.clock).is_none());
    act(
        &mut w,
        DrillAction::Submit {
            drill: "skat-sms".into(),
            anything: true,
        },
    )
    .unwrap();
    assert_eq!(
        w.sent_drill("skat-sms").unwrap().outcome(w.clock),
        Some(Outcome::Fooled)
    );
    // Deleting afterwards does not undo it.
    act(
        &mut w,
        DrillAction::Delete {
            persona: karen(),
            drill: "skat-sms".into(),
        },
    )
    .unwrap();
    assert_eq!(
        w.sent_drill("skat-sms").unwrap().outcome(w.clock),
        Some(Outcome::Fooled)
    );
    assert!(w.drills_on_phone(&karen()).is_empty());

    let mut w = world();
    send(&mut w);
    act(
        &mut w,
        DrillAction::Delete {
            persona: karen(),
            drill: "skat-sms".into(),
        },
    )
    .unwrap();
    assert_eq!(
        w.sent_drill("skat-sms").unwrap().outcome(w.clock),
        Some(Outcome::Spotted)
    );
    // The teacher's board counts it.
    assert_eq!(w.lesson_status(T).drills, (1, 0));
}

#[test]
fn nothing_typed_is_kept_and_an_unsent_drill_is_refused() {
    let mut w = world();
    // Not sent in this world: the fake page does not exist for it.
    assert_eq!(
        act(
            &mut w,
            DrillAction::Open {
                drill: "skat-sms".into()
            }
        ),
        Err(Refusal::DrillUnknown)
    );
    assert_eq!(
        act(
            &mut w,
            DrillAction::Open {
                drill: "nope".into()
            }
        ),
        Err(Refusal::DrillUnknown)
    );
    send(&mut w);
    act(
        &mut w,
        DrillAction::Submit {
            drill: "skat-sms".into(),
            anything: true,
        },
    )
    .unwrap();
    // The command carries no typed value at all; the log holds only that it happened.
    let log = format!("{:?}", w.log());
    assert!(log.contains("DrillTyped"), "{log}");
}

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
    // Watching while Karen types: the helper saw her codes.
    log_in_karen(&mut w);
    assert!(w.watch().unwrap().saw);
    assert!(!w.owner_logged_in_alone(&owner, &helper));
    // Logging out starts over.
    w.handle(&Command::LogOut, T).unwrap();
    assert!(!w.watch().unwrap().saw);
    act(&mut w, DrillAction::Look { away: true }).unwrap();
    log_in_karen(&mut w);
    assert!(w.owner_logged_in_alone(&owner, &helper));
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
    assert_eq!(
        act(&mut plain, DrillAction::Look { away: true }),
        Err(Refusal::DrillUnknown)
    );
}

#[test]
fn reporting_is_spotted_and_so_is_leaving_it_alone_past_its_deadline_but_not_after_opening_it() {
    let mut w = world();
    send(&mut w);
    act(
        &mut w,
        DrillAction::Report {
            persona: karen(),
            drill: "skat-sms".into(),
        },
    )
    .unwrap();
    let sent = w.sent_drill("skat-sms").unwrap();
    assert!(sent.reported && sent.outcome(w.clock) == Some(Outcome::Spotted));
    assert!(w.drills_on_phone(&karen()).is_empty());

    // Left alone: nothing yet, then "Klaret" when its deadline has passed (the clock moved on).
    let mut w = world();
    send(&mut w);
    let later = Timestamp(T.0 + IGNORED_AFTER_SECS - 60);
    w.deliver_due(later);
    assert_eq!(w.sent_drill("skat-sms").unwrap().outcome(w.clock), None);
    w.deliver_due(Timestamp(T.0 + IGNORED_AFTER_SECS));
    let sent = w.sent_drill("skat-sms").unwrap();
    assert_eq!(sent.outcome(w.clock), Some(Outcome::Spotted));
    assert!(sent.ignored(w.clock));
    assert_eq!(w.drill_outcomes(), (1, 0));

    // Opened but left: not ignored, the learner has to decide.
    let mut w = world();
    send(&mut w);
    let open = DrillAction::Open {
        drill: "skat-sms".into(),
    };
    act(&mut w, open).unwrap();
    w.deliver_due(Timestamp(T.0 + 2 * IGNORED_AFTER_SECS));
    assert_eq!(w.sent_drill("skat-sms").unwrap().outcome(w.clock), None);
}

#[test]
fn the_teachers_spol_tiden_frem_past_the_deadline_makes_an_untouched_drill_klaret_at_once() {
    let mut w = world();
    send(&mut w);
    w.handle(&Command::AdvanceClock { minutes: 24 * 60 }, T)
        .unwrap();
    assert_eq!(w.drill_outcomes(), (1, 0));
}
