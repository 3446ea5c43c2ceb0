use super::*;
use crate::testing::{HEAD, KAREN, T, asked_key, file, karen};
use crate::{Command, Scenario, Timestamp};
use std::sync::Arc;

/// Karen with the nøgleapp; Mette without.
fn world() -> World {
    let mette = crate::testing::mette_file();
    let scenario = Scenario::from_files(&[
        file("scenario.toml", HEAD),
        file("personas/karen.toml", format!("{KAREN}noegleapp = true\n")),
        file("personas/mette.toml", mette),
    ])
    .unwrap();
    World::new(Arc::new(scenario), 7, T)
}

fn later(secs: i64) -> Timestamp {
    Timestamp(T.0 + secs)
}

fn password(w: &mut World, user: &str) {
    w.handle(
        &Command::SubmitPassword {
            user_id: user.into(),
            password: "7913".into(),
        },
        T,
    )
    .unwrap();
}

fn act(w: &mut World, action: KeyAppAction, at: Timestamp) -> Result<Vec<Event>, Refusal> {
    w.handle(&Command::KeyApp { action }, at)
}

fn answer(w: &mut World, persona: &PersonaId, approve: bool) -> Result<Vec<Event>, Refusal> {
    let request = w.key_app_requests(persona)[0].id;
    act(
        w,
        KeyAppAction::Answer {
            persona: persona.clone(),
            request,
            approve,
        },
        T,
    )
}

#[test]
fn a_login_approved_in_the_key_app_needs_no_key_and_the_request_is_spent() {
    let mut w = world();
    password(&mut w, "420348-1236");
    act(&mut w, KeyAppAction::Send, T).unwrap();
    // Not yet approved: the box says so, and nothing changes.
    assert_eq!(
        act(&mut w, KeyAppAction::Continue, T),
        Err(Refusal::KeyAppNotApproved)
    );
    // The MitID app does not see it; the nøgleapp does.
    assert!(w.app_requests(&karen()).is_empty());
    assert_eq!(w.key_app_requests(&karen()).len(), 1);
    answer(&mut w, &karen(), true).unwrap();
    let events = act(&mut w, KeyAppAction::Continue, T).unwrap();
    assert!(matches!(events.last(), Some(Event::LoggedIn { persona }) if persona == &karen()));
    assert_eq!(w.logged_in().map(|p| &p.id), Some(&karen()));
    // No key of the card was used.
    assert_eq!(
        w.nemid(&karen()).used.remaining(),
        w.key_card(&karen()).keys.len()
    );
    // Spent: answering it again is refused.
    assert_eq!(
        answer(&mut w, &karen(), true),
        Err(Refusal::MitIdRequestClosed)
    );
}

#[test]
fn afvis_in_the_app_ends_the_login_and_an_old_request_expires() {
    let mut w = world();
    password(&mut w, "420348-1236");
    act(&mut w, KeyAppAction::Send, T).unwrap();
    answer(&mut w, &karen(), false).unwrap();
    assert_eq!(
        act(&mut w, KeyAppAction::Continue, T),
        Err(Refusal::KeyAppRejected)
    );
    assert_eq!(w.login(), &Login::LoggedOut);

    // A request left for more than 5 minutes expires: back to the key.
    password(&mut w, "420348-1236");
    act(&mut w, KeyAppAction::Send, T).unwrap();
    w.handle(&Command::AdvanceClock { minutes: 6 }, later(1))
        .unwrap();
    assert_eq!(
        answer(&mut w, &karen(), true),
        Err(Refusal::MitIdRequestClosed)
    );
    assert_eq!(
        act(&mut w, KeyAppAction::Continue, later(2)),
        Err(Refusal::KeyAppExpired)
    );
    assert!(matches!(
        w.login(),
        Login::AwaitingKey { key_app: None, .. }
    ));
}

#[test]
fn only_a_persona_with_the_app_can_send_and_the_card_still_works() {
    let mut w = world();
    // Mette has no nøgleapp.
    password(&mut w, "551077-2344");
    assert_eq!(
        act(&mut w, KeyAppAction::Send, T),
        Err(Refusal::KeyAppMissing)
    );
    // Karen sends, then changes her mind: "Brug nøglekort i stedet", and the key logs in;
    // the request she left is closed on the phone.
    password(&mut w, "420348-1236");
    act(&mut w, KeyAppAction::Send, T).unwrap();
    act(&mut w, KeyAppAction::UseCard, T).unwrap();
    assert!(!w.key_app_requests(&karen())[0].open(w.now(T)));
    let key = asked_key(&w);
    w.handle(&Command::SubmitKey { key }, T).unwrap();
    assert_eq!(w.logged_in().map(|p| &p.id), Some(&karen()));
    // Without a login waiting, the box's buttons do nothing.
    assert_eq!(
        act(&mut w, KeyAppAction::Continue, T),
        Err(Refusal::NoLoginInProgress)
    );
}

#[test]
fn a_request_approved_on_one_phone_cannot_be_answered_as_another_persona() {
    let mut w = world();
    password(&mut w, "420348-1236");
    act(&mut w, KeyAppAction::Send, T).unwrap();
    let request = w.key_app_requests(&karen())[0].id;
    let mette = PersonaId::parse("mette").unwrap();
    assert_eq!(
        act(
            &mut w,
            KeyAppAction::Answer {
                persona: mette,
                request,
                approve: true,
            },
            T
        ),
        Err(Refusal::MitIdNoSuchRequest)
    );
    // "Afbryd" at the key step withdraws the request too.
    w.handle(&Command::AbandonKeyStep, T).unwrap();
    assert!(!w.key_app_requests(&karen())[0].open(w.now(T)));
}
