//! The unit tests of `app::post::form`.

use app::forms::{PageForm, Plan};
use app::post::form::*;
use domain::{PersonaId, Refusal};

#[test]
fn every_handling_the_page_sends_parses_back_to_itself() {
    for h in Handling::ALL {
        let body = format!("handling={}", h.as_str());
        assert_eq!(
            MailboxForm::parse(body.as_bytes()).unwrap().handling,
            Some(h)
        );
    }
}

#[test]
fn ticked_letters_repeat_and_unknown_buttons_are_not_a_form_of_ours() {
    let f = MailboxForm::parse(b"handling=flyt&brev=b-1&brev=b-2&til=sendt&andet=x").unwrap();
    assert_eq!(f.brev, ["b-1", "b-2"]);
    assert_eq!(f.til, "sendt");
    assert!(MailboxForm::parse(b"handling=slet-alt").is_none());
}

#[test]
fn refusals_before_the_world_is_asked() {
    let owner = PersonaId::parse("karen").unwrap();
    let plan = |body: &[u8]| MailboxForm::parse(body).unwrap().plan(owner.clone());
    assert!(matches!(
        plan(b"handling=flyt&til=indbakke"),
        Plan::Refuse(Refusal::NothingChosen)
    ));
    assert!(matches!(
        plan(b"handling=flyt&brev=b-1&til=ukendt"),
        Plan::Refuse(Refusal::NoSuchFolder)
    ));
    assert!(matches!(
        plan(b"handling=toem-papirkurv"),
        Plan::Refuse(Refusal::NotConfirmed)
    ));
    assert!(matches!(
        plan(b"handling=toem-papirkurv&bekraeft=ja"),
        Plan::Run { .. }
    ));
    assert!(matches!(
        plan(b"handling=flyt&brev=../x&til=indbakke"),
        Plan::Refuse(Refusal::NoSuchLetter)
    ));
}

#[test]
fn a_move_without_a_chosen_folder_moves_nothing_and_keeps_the_ticks() {
    let body = b"handling=flyt&brev=b-1&brev=b-2&til=";
    let form = MailboxForm::parse(body).unwrap();
    assert!(matches!(
        form.plan(PersonaId::parse("karen").unwrap()),
        Plan::Refuse(Refusal::NoFolderChosen)
    ));
    assert_eq!(form.field_of(&Refusal::NoFolderChosen), Some("til"));
    assert_eq!(
        form.kept(body),
        vec![
            ("brev".to_owned(), "b-1".to_owned()),
            ("brev".to_owned(), "b-2".to_owned())
        ]
    );
}
