//! The unit tests of `app::nemid::forgot`.

use app::forms::{PageForm, Plan};
use app::nemid::forgot::*;
use app::paths;
use domain::Command;

#[test]
fn the_form_orders_with_what_was_typed_and_keeps_no_real_cpr() {
    let form = ForgotForm::parse(b"bruger_id=karen&noeglekort=1234+567+890").unwrap();
    match form.plan() {
        Plan::Run { command, then } => {
            assert_eq!(
                command,
                Command::OrderTemporaryPassword {
                    user_id: "karen".into(),
                    card_number: "1234 567 890".into()
                }
            );
            assert_eq!(then(&[]), paths::FORGOT);
        }
        _ => panic!("ordering runs a command"),
    }
    let real = b"bruger_id=010190-1234&noeglekort=1";
    let kept = ForgotForm::parse(real).unwrap().kept(real);
    assert_eq!(kept, vec![("noeglekort".to_owned(), "1".to_owned())]);
}
