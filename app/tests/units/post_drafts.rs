//! The unit tests of `app::post::drafts`.

use app::forms::{PageForm, Plan};
use app::post::drafts::*;
use domain::{Command, MailboxAction, PersonaId, Refusal};

#[test]
fn slet_kladde_asks_first_and_deletes_only_when_confirmed() {
    let owner = PersonaId::parse("karen").unwrap();
    let plan = |body: &[u8]| DraftsForm::parse(body).unwrap().plan(owner.clone());
    assert!(matches!(plan(b"kladde=3"), Plan::Go(to) if to == "/post/kladder?slet=3"));
    assert!(matches!(
        plan(b"kladde=x&bekraeft=ja"),
        Plan::Refuse(Refusal::NoSuchDraft)
    ));
    match plan(b"kladde=3&bekraeft=ja") {
        Plan::Run { command, then } => {
            assert_eq!(
                command,
                Command::Mailbox {
                    owner: owner.clone(),
                    action: MailboxAction::DeleteDraft { draft: 3 }
                }
            );
            assert_eq!(then(&[]), "/post/kladder?besked=kladde-slettet");
        }
        _ => panic!("a confirmed delete runs"),
    }
}
