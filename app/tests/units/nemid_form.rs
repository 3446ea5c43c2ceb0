//! The unit tests of `app::nemid::form`.

use app::forms::{PageForm, Plan};
use app::nemid::form::*;
use app::paths;
use domain::keyapp::KeyAppAction;
use domain::{Command, Event};

fn command(body: &str) -> Command {
    match LoginForm::parse(body.as_bytes()).unwrap().plan() {
        Plan::Run { command, .. } => command,
        _ => panic!("every step runs a command"),
    }
}

#[test]
fn each_step_sends_its_command_and_an_unknown_step_is_the_first() {
    assert!(matches!(
        command("trin=adgangskode&bruger_id=karen&adgangskode=7913"),
        Command::SubmitPassword { user_id, password } if user_id == "karen" && password == "7913"
    ));
    assert!(matches!(
        command("bruger_id=karen&adgangskode=7913"),
        Command::SubmitPassword { .. }
    ));
    assert!(
        matches!(command("trin=noegle&noegle=123456"), Command::SubmitKey { key } if key == "123456")
    );
    assert!(matches!(
        command("trin=ny-adgangskode&ny_adgangskode=a&gentag_adgangskode=b"),
        Command::ChooseNewPassword { password, repeat } if password == "a" && repeat == "b"
    ));
    assert!(matches!(
        command("trin=noegleapp"),
        Command::KeyApp {
            action: KeyAppAction::Send
        }
    ));
    assert!(matches!(
        command("trin=noegleapp-fortsaet"),
        Command::KeyApp {
            action: KeyAppAction::Continue
        }
    ));
    assert!(matches!(
        command("trin=noeglekort"),
        Command::KeyApp {
            action: KeyAppAction::UseCard
        }
    ));
    assert!(matches!(
        command("trin=bagdoer&bruger_id=karen"),
        Command::SubmitPassword { user_id, .. } if user_id == "karen"
    ));
}

#[test]
fn only_a_bruger_id_that_is_not_a_real_looking_cpr_is_kept() {
    let form = LoginForm::default();
    assert_eq!(
        form.kept(b"bruger_id=karen&adgangskode=hemmelig"),
        vec![("bruger_id".to_owned(), "karen".to_owned())]
    );
    assert!(form.kept(b"bruger_id=0101901234&adgangskode=x").is_empty());
}

#[test]
fn the_login_lands_where_its_events_lead() {
    let karen = domain::PersonaId::parse("karen").unwrap();
    let logged_in = [Event::LoggedIn {
        persona: karen.clone(),
    }];
    assert_eq!(after_login(&logged_in), paths::MY_PAGE);
    let logged_out = [Event::LoggedOut {
        persona: karen.clone(),
    }];
    assert_eq!(after_login(&logged_out), "/ovelse?logget_af=1");
    assert_eq!(after_login(&[]), paths::LOG_IN);
}
