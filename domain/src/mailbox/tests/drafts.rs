//! "Besked om ny post" and drafts ("Kladder").

use super::*;

#[test]
fn besked_om_ny_post_is_set_checked_and_sent_when_a_letter_arrives() {
    let mut w = world();
    let set = |email: Option<&str>, sms: Option<&str>| MailboxAction::SetNotifications {
        email: email.map(str::to_owned),
        sms: sms.map(str::to_owned),
    };
    assert_eq!(
        act(&mut w, set(Some("karen"), None)),
        Err(Refusal::EmailInvalid)
    );
    assert_eq!(
        act(&mut w, set(None, Some("1234"))),
        Err(Refusal::MobileInvalid)
    );
    assert_eq!(
        w.notify(&karen()),
        Notify::default(),
        "nothing saved on a refusal"
    );
    act(&mut w, set(Some("karen@eksempel.dk"), Some("+4512345678"))).unwrap();
    assert_eq!(
        w.notify(&karen()),
        Notify {
            email: Some("karen@eksempel.dk".into()),
            sms: Some("12 34 56 78".into())
        }
    );
    // Mette wants an SMS; Karen forwards her a letter: one message, from Karen.
    let mette = PersonaId::parse("mette").unwrap();
    w.notify.insert(
        mette.clone(),
        Notify {
            email: None,
            sms: Some("87 65 43 21".into()),
        },
    );
    act(
        &mut w,
        MailboxAction::Forward {
            letter: id("a-aarsopgoerelse"),
            to: mette.clone(),
        },
    )
    .unwrap();
    let sent = w.notices(&mette);
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0].to, "SMS til 87 65 43 21");
    assert_eq!(sent[0].from, "Karen Jensen");
    // Karen's own Sendt copy is no new post for her.
    assert!(w.notices(&karen()).is_empty());
    // Turned off again: no more messages.
    act(&mut w, set(None, None)).unwrap();
    assert_eq!(w.notify(&karen()), Notify::default());
}

fn save_draft(to: Option<&str>, reply: Option<&str>, subject: &str, body: &str) -> MailboxAction {
    MailboxAction::SaveDraft {
        draft: None,
        to: to.map(|a| crate::AuthorityId::parse(a).unwrap()),
        reply: reply.map(id),
        subject: subject.into(),
        body: body.into(),
    }
}

#[test]
fn a_draft_is_kept_saved_again_and_sent_to_its_recipient_then_gone() {
    let mut w = world();
    act(
        &mut w,
        save_draft(Some("skattestyrelsen"), None, "Fradrag", "Jeg kørte"),
    )
    .unwrap();
    let d = w.drafts(&karen())[0].clone();
    assert_eq!(
        (d.subject.as_str(), d.body.as_str()),
        ("Fradrag", "Jeg kørte")
    );
    assert_eq!(d.to, skat());
    assert!(
        w.letters_in(&karen(), FolderRef::Sent).is_empty(),
        "nothing is sent"
    );
    // Saved again: the same draft, the recipient kept even if another is named.
    act(
        &mut w,
        MailboxAction::SaveDraft {
            draft: Some(d.id),
            to: Some(crate::AuthorityId::parse("ukendt").unwrap()),
            reply: None,
            subject: "Fradrag for kørsel".into(),
            body: "Jeg kørte 40 km hver dag.".into(),
        },
    )
    .unwrap();
    assert_eq!(w.drafts(&karen()).len(), 1);
    assert_eq!(w.drafts(&karen())[0].subject, "Fradrag for kørsel");
    assert_eq!(w.drafts(&karen())[0].to, skat());
    act(
        &mut w,
        MailboxAction::SendDraft {
            draft: d.id,
            subject: "Fradrag for kørsel".into(),
            body: "Jeg kørte 40 km hver dag.".into(),
            uploads: vec![],
        },
    )
    .unwrap();
    assert!(w.drafts(&karen()).is_empty(), "a sent draft is gone");
    let sent = w.letters_in(&karen(), FolderRef::Sent);
    assert_eq!(sent[0].letter.subject(), "Fradrag for kørsel");
    assert_eq!(sent[0].letter.to(), crate::Party::Authority(skat()));
    // Sending it again (another tab) finds no draft.
    assert_eq!(
        act(
            &mut w,
            MailboxAction::SendDraft {
                draft: d.id,
                subject: "X".into(),
                body: "Y".into(),
                uploads: vec![],
            }
        ),
        Err(Refusal::NoSuchDraft)
    );
}

#[test]
fn a_draft_answering_a_letter_is_sent_as_the_answer_on_its_case() {
    let mut w = world();
    act(&mut w, write("Spørgsmål", "Tekst", vec![])).unwrap();
    let receipt = newest_in_inbox(&w);
    assert_eq!(
        act(&mut w, save_draft(None, Some(&receipt), "Sv: X", "Tak")),
        Err(Refusal::CannotReply),
        "a receipt cannot be answered, not even in a draft"
    );
    w.deliver_due(Timestamp(T.0 + 3600));
    let answer = w.letters_in(&karen(), FolderRef::Inbox)[0];
    let (answer_id, case) = (
        answer.letter.id().to_string(),
        answer.letter.case_number().to_owned(),
    );
    act(&mut w, save_draft(None, Some(&answer_id), "Sv: Svar", "")).unwrap();
    let d = w.drafts(&karen())[0].clone();
    assert!(d.reply.is_some());
    act(
        &mut w,
        MailboxAction::SendDraft {
            draft: d.id,
            subject: d.subject.clone(),
            body: "Tak for svaret".into(),
            uploads: vec![],
        },
    )
    .unwrap();
    let sent = w.letters_in(&karen(), FolderRef::Sent);
    assert_eq!(sent[0].letter.subject(), "Sv: Svar");
    assert_eq!(sent[0].letter.case_number(), case);
}

#[test]
fn drafts_are_refused_when_empty_too_long_unknown_or_too_many_and_a_sent_draft_is_checked_like_a_message()
 {
    let mut w = world();
    let cases = [
        (
            save_draft(Some("skattestyrelsen"), None, "  ", " "),
            Refusal::DraftEmpty,
        ),
        (
            save_draft(Some("ukendt"), None, "Emne", ""),
            Refusal::NoSuchAuthority,
        ),
        (save_draft(None, None, "Emne", ""), Refusal::NoSuchAuthority),
        (
            save_draft(Some("skattestyrelsen"), None, &"x".repeat(101), ""),
            Refusal::SubjectTooLong,
        ),
        (
            save_draft(Some("skattestyrelsen"), None, "", &"x".repeat(5001)),
            Refusal::MessageTooLong,
        ),
        (
            MailboxAction::DeleteDraft { draft: 3 },
            Refusal::NoSuchDraft,
        ),
    ];
    for (action, refusal) in cases {
        assert_eq!(act(&mut w, action), Err(refusal));
    }
    assert!(w.drafts(&karen()).is_empty());
    // A draft with no text is kept, but cannot be sent until it has a subject and a message.
    act(
        &mut w,
        save_draft(Some("skattestyrelsen"), None, "Emne", ""),
    )
    .unwrap();
    let first = w.drafts(&karen())[0].id;
    let send = |body: &str| MailboxAction::SendDraft {
        draft: first,
        subject: "Emne".into(),
        body: body.into(),
        uploads: vec![],
    };
    assert_eq!(act(&mut w, send("  ")), Err(Refusal::MessageEmpty));
    assert_eq!(
        w.drafts(&karen()).len(),
        1,
        "a refused send keeps the draft"
    );
    for n in 1..MAX_DRAFTS {
        act(
            &mut w,
            save_draft(Some("skattestyrelsen"), None, &format!("Kladde {n}"), ""),
        )
        .unwrap();
    }
    assert_eq!(
        act(
            &mut w,
            save_draft(Some("skattestyrelsen"), None, "En til", "")
        ),
        Err(Refusal::TooManyDrafts)
    );
    act(&mut w, MailboxAction::DeleteDraft { draft: first }).unwrap();
    assert_eq!(w.drafts(&karen()).len(), MAX_DRAFTS - 1);
    act(
        &mut w,
        save_draft(Some("skattestyrelsen"), None, "En til", ""),
    )
    .unwrap();
    assert!(
        w.drafts(&karen()).iter().all(|d| d.id != first),
        "a deleted draft's number is never given again"
    );
    // The log keeps no draft text.
    assert!(w.mailbox_log(&karen()).iter().all(|l| !matches!(
        &l.event,
        Event::DraftSaved { draft, .. } if !draft.body.is_empty()
    )));
}
