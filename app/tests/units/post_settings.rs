//! The unit tests of `app::post::settings`.

use app::forms::{PageForm, Plan};
use app::post::settings::*;
use domain::{Command, MailboxAction, PersonaId, Refusal};

#[test]
fn empty_fields_turn_that_way_off_and_refusals_sit_at_their_field() {
    let owner = PersonaId::parse("karen").unwrap();
    let form = SettingsForm::parse(b"email=+karen%40eksempel.dk+&mobil=").unwrap();
    match form.plan(owner) {
        Plan::Run { command, then } => {
            assert_eq!(
                command,
                Command::Mailbox {
                    owner: PersonaId::parse("karen").unwrap(),
                    action: MailboxAction::SetNotifications {
                        email: Some("karen@eksempel.dk".into()),
                        sms: None
                    }
                }
            );
            assert_eq!(then(&[]), "/post/indstillinger?besked=gemt");
        }
        _ => panic!("saving runs a command"),
    }
    assert_eq!(form.field_of(&Refusal::EmailInvalid), Some("email"));
    assert_eq!(form.field_of(&Refusal::MobileInvalid), Some("mobil"));
    assert_eq!(
        form.field_of(&Refusal::HelperCannotChangeNotifications),
        None
    );
}
