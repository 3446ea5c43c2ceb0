//! The unit tests of `app::post::write_form`.

use app::forms::Plan;
use app::paths;
use app::post::write_form::*;
use app::text::post as t;
use domain::{Command, MailboxAction, PersonaId, Refusal};

const PNG: &[u8] = b"\x89PNG\r\n\x1a\n0000";

#[test]
fn files_are_checked_one_by_one_and_a_fourth_is_too_many() {
    let mut form = WriteForm::default();
    form.add_file("a.png", PNG.to_vec(), false);
    form.add_file("b.txt", b"hello".to_vec(), false);
    form.add_file("c.png", Vec::new(), false);
    form.add_file("d.png", PNG.to_vec(), true);
    assert_eq!(form.uploads.len(), 1);
    let problems = form.file_problems();
    assert_eq!(problems[0], Refusal::TooManyFiles.to_string());
    assert_eq!(problems.len(), 4, "{problems:?}");
    assert!(problems[1].contains(t::FILE_WRONG_KIND));
    assert!(problems[2].contains(t::FILE_EMPTY));
    assert!(problems[3].contains(t::FILE_TOO_BIG));
    assert_eq!(form.notes(), vec![t::FILES_AGAIN.to_owned()]);
}

#[test]
fn a_refused_message_is_shown_again_on_its_own_page() {
    let write = |til: &str, svar: &str| WriteForm {
        til: til.into(),
        svar: svar.into(),
        ..Default::default()
    };
    assert_eq!(
        write("skattestyrelsen", "").page(),
        "/post/skriv?til=skattestyrelsen"
    );
    assert_eq!(
        write("", "karen-brev").page(),
        "/post/skriv?svar=karen-brev"
    );
    assert_eq!(write("<script>", "").page(), paths::WRITE);
    let karen = PersonaId::parse("karen").unwrap();
    assert!(matches!(
        write("<script>", "").plan(karen.clone()),
        Plan::Refuse(Refusal::NoSuchAuthority)
    ));
    assert!(matches!(
        write("", "../x").plan(karen),
        Plan::Refuse(Refusal::NoSuchLetter)
    ));
}

#[test]
fn gem_som_kladde_saves_a_draft_and_send_from_a_draft_sends_it() {
    let karen = PersonaId::parse("karen").unwrap();
    let mut form = WriteForm {
        til: "skattestyrelsen".into(),
        emne: "Fradrag".into(),
        handling: "kladde".into(),
        ..Default::default()
    };
    form.add_file("a.png", PNG.to_vec(), false);
    match form.plan(karen.clone()) {
        Plan::Run { command, then } => {
            assert!(matches!(
                command,
                Command::Mailbox {
                    action: MailboxAction::SaveDraft {
                        draft: None,
                        to: Some(_),
                        ..
                    },
                    ..
                }
            ));
            assert_eq!(then(&[]), "/post/kladder?besked=kladde-gemt-uden-filer");
        }
        _ => panic!("saving a draft runs"),
    }
    let send = WriteForm {
        kladde: "4".into(),
        til: "skattestyrelsen".into(),
        emne: "Fradrag".into(),
        besked: "Tekst".into(),
        ..Default::default()
    };
    assert_eq!(send.page(), "/post/skriv?kladde=4");
    match send.plan(karen) {
        Plan::Run { command, then } => {
            assert!(matches!(
                command,
                Command::Mailbox {
                    action: MailboxAction::SendDraft { draft: 4, .. },
                    ..
                }
            ));
            assert!(then(&[]).starts_with("/post?mappe=sendt"));
        }
        _ => panic!("sending a draft runs"),
    }
}
