//! Writing to an authority: the receipt and the answer, refusals, Besvar, Videresend, file limits.

use super::*;

#[test]
fn a_message_lands_in_sendt_with_a_receipt_at_once_and_the_reply_later() {
    let mut w = world();
    act(
        &mut w,
        write(
            "  Spørgsmål om skat  ",
            "Hvornår får jeg penge tilbage?",
            vec![png(100)],
        ),
    )
    .unwrap();
    assert_eq!(subjects(&w, FolderRef::Sent), ["Spørgsmål om skat"]);
    let sent = w.letters_in(&karen(), FolderRef::Sent)[0];
    assert_eq!(sent.letter.uploads().len(), 1);
    assert_eq!(sent.letter.at(), T);
    assert!(sent.state.read);
    assert_eq!(w.party_name(&sent.letter.to()), "Skattestyrelsen");
    let sent_case = sent.letter.case_number().to_owned();
    let inbox = subjects(&w, FolderRef::Inbox);
    assert_eq!(inbox[0], "Kvittering: Spørgsmål om skat", "newest first");
    assert!(
        !inbox.iter().any(|s| s.starts_with("Svar:")),
        "the answer takes a while"
    );
    assert_eq!(w.unread_count(&karen()), 3);
    // Not yet after 59 seconds; there after 60 (the scenario's delay).
    w.deliver_due(Timestamp(T.0 + 59));
    assert!(
        !subjects(&w, FolderRef::Inbox)
            .iter()
            .any(|s| s.starts_with("Svar:"))
    );
    w.deliver_due(Timestamp(T.0 + 60));
    let reply = w.letters_in(&karen(), FolderRef::Inbox)[0];
    assert_eq!(reply.letter.subject(), "Svar: Spørgsmål om skat");
    assert_eq!(reply.letter.at(), Timestamp(T.0 + 60));
    assert!(reply.letter.can_reply());
    assert_eq!(reply.letter.case_number(), sent_case);
    assert_eq!(w.unread_count(&karen()), 4);
    assert_eq!(w.upload_bytes(), 100);
    // The log keeps who and what, not the text or the file.
    let logged = w.log().iter().find_map(|e| match &e.event {
        Event::MessageSent { letter, .. } => Some(letter.clone()),
        _ => None,
    });
    let logged = logged.unwrap();
    assert_eq!(logged.subject, "Spørgsmål om skat");
    assert!(logged.body.is_empty() && logged.uploads[0].bytes.is_empty());
}

#[test]
fn a_message_is_refused_with_a_reason_for_each_rule() {
    let mut w = world();
    let cases = [
        (write(" ", "Tekst", vec![]), Refusal::SubjectEmpty),
        (
            write(&"x".repeat(101), "Tekst", vec![]),
            Refusal::SubjectTooLong,
        ),
        (write("Emne", "  ", vec![]), Refusal::MessageEmpty),
        (
            write("Emne", &"x".repeat(5001), vec![]),
            Refusal::MessageTooLong,
        ),
        (
            write("Emne", "Tekst", vec![png(10), png(10), png(10), png(10)]),
            Refusal::TooManyFiles,
        ),
        (
            MailboxAction::Write {
                to: crate::AuthorityId::parse("ukendt").unwrap(),
                subject: "Emne".into(),
                body: "Tekst".into(),
                uploads: vec![],
            },
            Refusal::NoSuchAuthority,
        ),
    ];
    for (action, refusal) in cases {
        assert_eq!(act(&mut w, action), Err(refusal));
    }
    assert!(subjects(&w, FolderRef::Sent).is_empty(), "nothing was sent");
    assert!(
        act(
            &mut w,
            write(
                &"x".repeat(100),
                &"x".repeat(5000),
                vec![png(10), png(10), png(10)]
            )
        )
        .is_ok()
    );
}

#[test]
fn besvar_only_where_the_letter_can_be_answered() {
    let mut w = world();
    let reply = |letter: &str| MailboxAction::Reply {
        letter: id(letter),
        subject: "Sv: Årsopgørelse".into(),
        body: "Tak".into(),
        uploads: vec![],
    };
    assert_eq!(
        act(&mut w, reply("a-aarsopgoerelse")),
        Err(Refusal::CannotReply)
    );
    act(&mut w, write("Spørgsmål", "Tekst", vec![])).unwrap();
    let receipt = newest_in_inbox(&w);
    assert_eq!(
        act(&mut w, reply(&receipt)),
        Err(Refusal::CannotReply),
        "a receipt cannot be answered"
    );
    w.deliver_due(Timestamp(T.0 + 3600));
    let answer = w.letters_in(&karen(), FolderRef::Inbox)[0];
    assert!(answer.letter.subject().starts_with("Svar:"));
    let answer_id = answer.letter.id().to_string();
    let case = answer.letter.case_number().to_owned();
    act(&mut w, reply(&answer_id)).unwrap();
    let sent = w.letters_in(&karen(), FolderRef::Sent);
    assert_eq!(sent[0].letter.subject(), "Sv: Årsopgørelse");
    assert_eq!(
        sent[0].letter.case_number(),
        case,
        "the answer stays on the same case"
    );
    assert_eq!(act(&mut w, reply("d-mette")), Err(Refusal::NoSuchLetter));
}

#[test]
fn videresend_puts_a_copy_in_the_other_persona_inbox_and_in_sendt() {
    let mut w = world();
    let mette = PersonaId::parse("mette").unwrap();
    let forward = |to: &PersonaId| MailboxAction::Forward {
        letter: id("a-aarsopgoerelse"),
        to: to.clone(),
    };
    assert_eq!(act(&mut w, forward(&karen())), Err(Refusal::ForwardToSelf));
    assert_eq!(
        act(&mut w, forward(&PersonaId::parse("ukendt").unwrap())),
        Err(Refusal::NoSuchRecipient)
    );
    act(&mut w, forward(&mette)).unwrap();
    assert_eq!(subjects(&w, FolderRef::Sent), ["Videresendt: Årsopgørelse"]);
    let theirs = w.letters_in(&mette, FolderRef::Inbox);
    let copy = theirs
        .iter()
        .find(|l| l.letter.subject() == "Videresendt: Årsopgørelse")
        .unwrap();
    assert!(!copy.state.read);
    assert!(
        copy.letter
            .body()
            .starts_with("Karen Jensen har videresendt dette brev fra Skattestyrelsen")
    );
    assert!(!copy.letter.can_reply());
    // Karen cannot open Mette's copy.
    let copy_id = copy.letter.id().clone();
    assert_eq!(
        act(&mut w, MailboxAction::Open { letter: copy_id }),
        Err(Refusal::NoSuchLetter)
    );
}

#[test]
fn emptying_papirkurv_frees_attached_files_and_a_world_has_a_letter_cap() {
    let mut w = world();
    act(&mut w, write("Med bilag", "Tekst", vec![png(1000)])).unwrap();
    assert_eq!(w.upload_bytes(), 1000);
    let sent = w.letters_in(&karen(), FolderRef::Sent)[0]
        .letter
        .id()
        .clone();
    act(
        &mut w,
        MailboxAction::Trash {
            letter: sent.clone(),
        },
    )
    .unwrap();
    act(
        &mut w,
        MailboxAction::Restore {
            letter: sent.clone(),
        },
    )
    .unwrap();
    assert_eq!(
        subjects(&w, FolderRef::Sent),
        ["Med bilag"],
        "Gendan puts it back in Sendt"
    );
    act(&mut w, MailboxAction::Trash { letter: sent }).unwrap();
    act(&mut w, MailboxAction::EmptyTrash).unwrap();
    assert_eq!(w.upload_bytes(), 0);
    let mut refused = None;
    for _ in 0..200 {
        if let Err(r) = act(&mut w, write("Igen", "Tekst", vec![])) {
            refused = Some(r);
            break;
        }
    }
    assert_eq!(refused, Some(Refusal::WorldFull));
    assert!(w.own_letters.len() + w.pending.len() <= crate::letters::MAX_WORLD_LETTERS);
}

#[test]
fn a_world_keeps_at_most_20_mb_of_attached_files() {
    let mut w = world();
    let big = || {
        vec![
            png(MAX_UPLOAD_BYTES),
            png(MAX_UPLOAD_BYTES),
            png(MAX_UPLOAD_BYTES),
        ]
    };
    for i in 0..3 {
        act(
            &mut w,
            write(&format!("Bilag {i}"), "Se vedhæftede filer.", big()),
        )
        .unwrap();
    }
    let before = w.upload_bytes();
    assert_eq!(
        act(&mut w, write("Bilag 3", "Se vedhæftede filer.", big())),
        Err(Refusal::WorldUploadsFull)
    );
    assert_eq!(
        w.upload_bytes(),
        before,
        "nothing kept from a refused message"
    );
    act(&mut w, write("Uden fil", "Kun tekst.", Vec::new()))
        .expect("a message without files still goes");
}
