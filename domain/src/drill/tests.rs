use super::*;
use crate::testing::{HEAD, KAREN, T, file, karen};
use crate::{Command, Event, Refusal, Scenario, Timestamp, World};
use std::sync::Arc;

pub(super) const SMS: &str = r#"channel = "sms"
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

pub(super) fn act(w: &mut World, action: DrillAction) -> Result<Vec<Event>, Refusal> {
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
