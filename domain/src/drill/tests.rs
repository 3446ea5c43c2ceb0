use super::*;
use crate::testing::{HEAD, KAREN, T, file, karen};
use crate::{Command, Event, Refusal, Scenario, World};
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
    assert_eq!(w.sent_drill("skat-sms").unwrap().outcome(), None);
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
    assert!(sent.opened && sent.outcome().is_none());
    act(
        &mut w,
        DrillAction::Submit {
            drill: "skat-sms".into(),
            anything: true,
        },
    )
    .unwrap();
    assert_eq!(
        w.sent_drill("skat-sms").unwrap().outcome(),
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
        w.sent_drill("skat-sms").unwrap().outcome(),
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
        w.sent_drill("skat-sms").unwrap().outcome(),
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
