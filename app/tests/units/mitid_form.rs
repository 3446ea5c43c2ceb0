//! The unit tests of `app::mitid::form`.

use app::forms::{PageForm, Plan};
use app::mitid::form::*;
use domain::mitid::{Authenticator, MitIdAction};
use domain::{Command, PersonaId};

fn action(plan: Plan) -> MitIdAction {
    match plan {
        Plan::Run {
            command: Command::MitId { action },
            ..
        } => action,
        _ => panic!("a MitID command"),
    }
}

#[test]
fn each_step_of_the_box_sends_its_action() {
    let box_form = |body: &str| BoxForm::parse(body.as_bytes()).unwrap().plan();
    assert!(matches!(
        action(box_form("bruger_id=karen1948")),
        MitIdAction::Start { user_id } if user_id == "karen1948"
    ));
    assert!(matches!(action(box_form("trin=tryk")), MitIdAction::Press));
    assert!(matches!(
        action(box_form("trin=vaelg&med=app")),
        MitIdAction::Choose {
            with: Authenticator::App
        }
    ));
    assert!(matches!(box_form("trin=vaelg&med=nemid"), Plan::Go(_)));
    assert!(matches!(
        action(box_form("trin=bagdoer&bruger_id=x")),
        MitIdAction::Start { .. }
    ));
}

#[test]
fn the_phone_answers_only_a_named_request_and_keeps_nothing_typed() {
    let karen = PersonaId::parse("karen").unwrap();
    let phone = |body: &str| PhoneForm::parse(body.as_bytes()).unwrap();
    assert!(matches!(
        action(phone("trin=godkend&anmodning=3&pin=258147").plan(&karen)),
        MitIdAction::Approve { request: 3, .. }
    ));
    assert!(matches!(
        phone("trin=godkend&anmodning=x").plan(&karen),
        Plan::Refuse(_)
    ));
    assert!(phone("pin=1").kept(b"pin=258147").is_empty());
    assert_eq!(
        BoxForm::default().kept(b"bruger_id=karen1948&kode=123456&adgangskode=x"),
        vec![("bruger_id".to_owned(), "karen1948".to_owned())]
    );
}
