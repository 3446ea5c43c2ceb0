//! Behaviour of Digital Post folders and letters.

use super::*;
use crate::letters::MAX_UPLOAD_BYTES;
use crate::testing::{T, id, karen, world};
use crate::*;
use crate::{Command, Timestamp};
use proptest::prelude::*;
use std::collections::BTreeSet;

fn act(w: &mut World, action: MailboxAction) -> Result<Vec<Event>, Refusal> {
    w.handle(
        &Command::Mailbox {
            owner: karen(),
            action,
        },
        T,
    )
}

fn create(w: &mut World, name: &str) -> u16 {
    act(w, MailboxAction::CreateFolder { name: name.into() }).unwrap();
    w.own_folders(&karen()).last().unwrap().id
}

#[test]
fn the_inbox_lists_the_persona_letters_newest_first_with_the_unread_count() {
    let w = world();
    let inbox: Vec<&str> = w
        .letters_in(&karen(), FolderRef::Inbox)
        .iter()
        .map(|l| l.letter.subject())
        .collect();
    assert_eq!(
        inbox,
        [
            "Indkaldelse til undersøgelse",
            "Årsopgørelse",
            "Afgørelse om boligstøtte"
        ]
    );
    assert_eq!(w.unread_count(&karen()), 2);
}

/// Årsopgørelse moved to the own folder `skat`, then letter `trashed` to Papirkurv.
fn file_in_skat_and_trash(w: &mut World, skat: u16, trashed: &str) {
    act(
        w,
        MailboxAction::Move {
            letters: vec![id("a-aarsopgoerelse")],
            to: FolderRef::Own(skat),
        },
    )
    .unwrap();
    act(
        w,
        MailboxAction::Trash {
            letter: id(trashed),
        },
    )
    .unwrap();
}

#[test]
fn each_folder_counts_the_letters_it_lists_and_their_unread() {
    let mut w = world();
    let skat = create(&mut w, "Skat");
    file_in_skat_and_trash(&mut w, skat, "c-boligstoette");
    let folders = [
        FolderRef::Inbox,
        FolderRef::Sent,
        FolderRef::Trash,
        FolderRef::Own(skat),
    ];
    for folder in folders {
        let listed = w.letters_in(&karen(), folder);
        let counted = w.folder_count(&karen(), folder);
        assert_eq!(counted.letters, listed.len(), "{folder:?}");
        let unread = listed.iter().filter(|l| !l.state.read).count();
        assert_eq!(counted.unread, unread, "{folder:?}");
    }
    // One letter in each of Indbakke, the own folder and Papirkurv; Årsopgørelse unread.
    assert_eq!(w.folder_count(&karen(), FolderRef::Inbox).letters, 1);
    assert_eq!(w.folder_count(&karen(), FolderRef::Own(skat)).unread, 1);
    assert_eq!(w.folder_count(&karen(), FolderRef::Trash).letters, 1);
}

#[test]
fn opening_marks_read_and_mark_unread_undoes_it() {
    let mut w = world();
    act(
        &mut w,
        MailboxAction::Open {
            letter: id("a-aarsopgoerelse"),
        },
    )
    .unwrap();
    assert_eq!(w.unread_count(&karen()), 1);
    act(
        &mut w,
        MailboxAction::MarkUnread {
            letter: id("a-aarsopgoerelse"),
        },
    )
    .unwrap();
    assert_eq!(w.unread_count(&karen()), 2);
}

#[test]
fn folder_names_are_trimmed_unique_and_at_most_40_characters() {
    let mut w = world();
    let sundhed = create(&mut w, "  Sundhed ");
    assert_eq!(w.own_folders(&karen())[0].name, "Sundhed");
    let refuse = |w: &mut World, name: &str| {
        act(w, MailboxAction::CreateFolder { name: name.into() }).unwrap_err()
    };
    assert_eq!(refuse(&mut w, "SUNDHED"), Refusal::FolderNameTaken);
    assert_eq!(refuse(&mut w, "   "), Refusal::FolderNameEmpty);
    assert_eq!(refuse(&mut w, &"x".repeat(41)), Refusal::FolderNameTooLong);
    assert_eq!(refuse(&mut w, "papirkurv"), Refusal::FolderNameReserved);
    assert!(
        act(
            &mut w,
            MailboxAction::CreateFolder {
                name: "å".repeat(40)
            }
        )
        .is_ok()
    );
    // Renaming to its own name in another case is fine; to another folder's name is not.
    act(
        &mut w,
        MailboxAction::RenameFolder {
            folder: sundhed,
            name: "sundhed".into(),
        },
    )
    .unwrap();
    let skat = create(&mut w, "Skat");
    assert_eq!(
        act(
            &mut w,
            MailboxAction::RenameFolder {
                folder: skat,
                name: "Sundhed".into()
            }
        ),
        Err(Refusal::FolderNameTaken)
    );
}

#[test]
fn a_folder_with_letters_cannot_be_deleted() {
    let mut w = world();
    let sundhed = create(&mut w, "Sundhed");
    act(
        &mut w,
        MailboxAction::Move {
            letters: vec![id("b-hospital")],
            to: FolderRef::Own(sundhed),
        },
    )
    .unwrap();
    assert_eq!(
        act(&mut w, MailboxAction::DeleteFolder { folder: sundhed }),
        Err(Refusal::FolderNotEmpty)
    );
    act(
        &mut w,
        MailboxAction::Move {
            letters: vec![id("b-hospital")],
            to: FolderRef::Inbox,
        },
    )
    .unwrap();
    act(&mut w, MailboxAction::DeleteFolder { folder: sundhed }).unwrap();
    assert!(w.own_folders(&karen()).is_empty());
    assert_eq!(
        act(&mut w, MailboxAction::DeleteFolder { folder: sundhed }),
        Err(Refusal::NoSuchFolder)
    );
}

#[test]
fn several_ticked_letters_move_together() {
    let mut w = world();
    let skat = create(&mut w, "Skat");
    let ids = vec![
        id("a-aarsopgoerelse"),
        id("c-boligstoette"),
        id("a-aarsopgoerelse"),
    ];
    act(
        &mut w,
        MailboxAction::Move {
            letters: ids,
            to: FolderRef::Own(skat),
        },
    )
    .unwrap();
    assert_eq!(w.letters_in(&karen(), FolderRef::Own(skat)).len(), 2);
    assert_eq!(w.letters_in(&karen(), FolderRef::Inbox).len(), 1);
    assert_eq!(
        act(
            &mut w,
            MailboxAction::Move {
                letters: vec![],
                to: FolderRef::Inbox
            }
        ),
        Err(Refusal::NothingChosen)
    );
    assert_eq!(
        act(
            &mut w,
            MailboxAction::Move {
                letters: vec![id("b-hospital")],
                to: FolderRef::Sent
            }
        ),
        Err(Refusal::CannotMoveToSent)
    );
}

#[test]
fn slet_goes_to_papirkurv_and_gendan_back_to_where_it_came_from() {
    let mut w = world();
    let skat = create(&mut w, "Skat");
    file_in_skat_and_trash(&mut w, skat, "a-aarsopgoerelse");
    assert_eq!(w.letters_in(&karen(), FolderRef::Trash).len(), 1);
    assert_eq!(
        act(
            &mut w,
            MailboxAction::Trash {
                letter: id("a-aarsopgoerelse")
            }
        ),
        Err(Refusal::AlreadyInTrash)
    );
    act(
        &mut w,
        MailboxAction::Restore {
            letter: id("a-aarsopgoerelse"),
        },
    )
    .unwrap();
    assert_eq!(w.letters_in(&karen(), FolderRef::Own(skat)).len(), 1);
    assert_eq!(
        act(
            &mut w,
            MailboxAction::Restore {
                letter: id("a-aarsopgoerelse")
            }
        ),
        Err(Refusal::NotInTrash)
    );
}

#[test]
fn emptying_papirkurv_deletes_for_good() {
    let mut w = world();
    assert_eq!(
        act(&mut w, MailboxAction::EmptyTrash),
        Err(Refusal::TrashEmpty)
    );
    act(
        &mut w,
        MailboxAction::Trash {
            letter: id("c-boligstoette"),
        },
    )
    .unwrap();
    act(&mut w, MailboxAction::EmptyTrash).unwrap();
    assert_eq!(w.letters_of(&karen()).len(), 2);
    assert_eq!(
        act(
            &mut w,
            MailboxAction::Open {
                letter: id("c-boligstoette")
            }
        ),
        Err(Refusal::NoSuchLetter)
    );
}

#[test]
fn search_finds_by_sender_subject_or_text_in_every_folder() {
    let mut w = world();
    act(
        &mut w,
        MailboxAction::Trash {
            letter: id("c-boligstoette"),
        },
    )
    .unwrap();
    assert_eq!(
        w.search(&karen(), "BOLIGSTØTTE").len(),
        1,
        "Papirkurv included, any case"
    );
    assert_eq!(w.search(&karen(), "skattestyrelsen").len(), 3, "by sender");
    assert_eq!(w.search(&karen(), "sundhed").len(), 3, "by text");
    assert!(w.search(&karen(), "  ").is_empty());
    assert!(
        w.search(&karen(), "Til Mette").is_empty(),
        "only the owner's letters"
    );
}

#[test]
fn only_the_logged_in_owner_may_act_and_only_on_own_letters() {
    let mut w = world();
    let mette = PersonaId::parse("mette").unwrap();
    let r = w.handle(
        &Command::Mailbox {
            owner: mette,
            action: MailboxAction::CreateFolder { name: "X".into() },
        },
        T,
    );
    assert_eq!(r, Err(Refusal::NotYourMailbox));
    assert_eq!(
        act(
            &mut w,
            MailboxAction::Open {
                letter: id("d-mette")
            }
        ),
        Err(Refusal::NoSuchLetter)
    );
    w.handle(&Command::LogOut, T).unwrap();
    assert_eq!(
        act(&mut w, MailboxAction::CreateFolder { name: "X".into() }),
        Err(Refusal::NotLoggedIn)
    );
}

fn skat() -> crate::AuthorityId {
    crate::AuthorityId::parse("skattestyrelsen").unwrap()
}

fn write(subject: &str, body: &str, uploads: Vec<Upload>) -> MailboxAction {
    MailboxAction::Write {
        to: skat(),
        subject: subject.into(),
        body: body.into(),
        uploads,
    }
}

fn png(len: usize) -> Upload {
    let mut bytes = b"\x89PNG\r\n\x1a\n".to_vec();
    bytes.resize(len, 0);
    Upload::new("kvittering.png", bytes.into()).unwrap()
}

fn subjects(w: &World, folder: FolderRef) -> Vec<String> {
    w.letters_in(&karen(), folder)
        .iter()
        .map(|l| l.letter.subject().to_owned())
        .collect()
}

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
    let receipt = w.letters_in(&karen(), FolderRef::Inbox)[0]
        .letter
        .id()
        .to_string();
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

#[derive(Debug, Clone)]
enum Op {
    Create(u8),
    Rename(u8, u8),
    DeleteFolder(u8),
    Move(Vec<u8>, u8),
    Trash(u8),
    Restore(u8),
    Empty,
    Open(u8),
    Unread(u8),
    Write,
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        (0u8..6).prop_map(Op::Create),
        (0u8..6, 0u8..6).prop_map(|(a, b)| Op::Rename(a, b)),
        (0u8..6).prop_map(Op::DeleteFolder),
        (proptest::collection::vec(0u8..7, 0..4), 0u8..9).prop_map(|(l, f)| Op::Move(l, f)),
        (0u8..7).prop_map(Op::Trash),
        (0u8..7).prop_map(Op::Restore),
        Just(Op::Empty),
        (0u8..7).prop_map(Op::Open),
        (0u8..7).prop_map(Op::Unread),
        Just(Op::Write),
    ]
}

const NAMES: [&str; 6] = ["Sundhed", "Skat", "sundhed", "Bolig", "Papirkurv", " "];
const LETTERS: [&str; 7] = [
    "a-aarsopgoerelse",
    "b-hospital",
    "c-boligstoette",
    "d-mette",
    "besked-0",
    "besked-1",
    "besked-2",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Random folder, move and write commands never lose or duplicate a letter: every letter
    /// is in exactly one existing folder, only emptying Papirkurv removes one (exactly those
    /// that were in it), and only writing (and the answers it brings) adds one.
    #[test]
    fn letters_are_never_lost_or_duplicated(ops in proptest::collection::vec(op(), 1..50)) {
        let mut w = world();
        let mut alive: BTreeSet<String> = ["a-aarsopgoerelse", "b-hospital", "c-boligstoette"].map(String::from).into();
        for (step, op) in ops.into_iter().enumerate() {
            let now = Timestamp(T.0 + 25 * step as i64);
            let made_before = w.own_letters.len();
            let folder = |i: u8, w: &World| match i {
                0 => FolderRef::Inbox,
                1 => FolderRef::Sent,
                2 => FolderRef::Trash,
                n => w.own_folders(&karen()).get(usize::from(n - 3)).map_or(FolderRef::Own(99), |f| FolderRef::Own(f.id)),
            };
            let own = |i: u8, w: &World| w.own_folders(&karen()).get(usize::from(i)).map_or(99, |f| f.id);
            let in_trash: BTreeSet<String> = w.letters_in(&karen(), FolderRef::Trash).iter().map(|l| l.letter.id().to_string()).collect();
            let action = match op {
                Op::Create(n) => MailboxAction::CreateFolder { name: NAMES[usize::from(n)].into() },
                Op::Rename(f, n) => MailboxAction::RenameFolder { folder: own(f, &w), name: NAMES[usize::from(n)].into() },
                Op::DeleteFolder(f) => MailboxAction::DeleteFolder { folder: own(f, &w) },
                Op::Move(ls, f) => MailboxAction::Move { letters: ls.iter().map(|l| id(LETTERS[usize::from(*l)])).collect(), to: folder(f, &w) },
                Op::Trash(l) => MailboxAction::Trash { letter: id(LETTERS[usize::from(l)]) },
                Op::Restore(l) => MailboxAction::Restore { letter: id(LETTERS[usize::from(l)]) },
                Op::Empty => MailboxAction::EmptyTrash,
                Op::Open(l) => MailboxAction::Open { letter: id(LETTERS[usize::from(l)]) },
                Op::Unread(l) => MailboxAction::MarkUnread { letter: id(LETTERS[usize::from(l)]) },
                Op::Write => write("Emne", "Tekst", vec![]),
            };
            let command = Command::Mailbox { owner: karen(), action: action.clone() };
            let done = w.handle(&command, now).is_ok();
            if done && matches!(action, MailboxAction::EmptyTrash) {
                alive.retain(|l| !in_trash.contains(l));
            }
            alive.extend(w.own_letters[made_before..].iter().map(|l| l.id.to_string()));
            let listed: Vec<String> = w.letters_of(&karen()).iter().map(|l| l.letter.id().to_string()).collect();
            let listed_set: BTreeSet<String> = listed.iter().cloned().collect();
            prop_assert_eq!(listed.len(), listed_set.len(), "a letter listed twice");
            prop_assert_eq!(&listed_set, &alive, "a letter lost or resurrected");
            let mut in_folders = 0;
            for f in [FolderRef::Inbox, FolderRef::Sent, FolderRef::Trash]
                .into_iter()
                .chain(w.own_folders(&karen()).iter().map(|f| FolderRef::Own(f.id)))
            {
                in_folders += w.letters_in(&karen(), f).len();
            }
            prop_assert_eq!(in_folders, alive.len(), "a letter in a folder that does not exist");
            let names: BTreeSet<String> = w.own_folders(&karen()).iter().map(|f| f.name.to_lowercase()).collect();
            prop_assert_eq!(names.len(), w.own_folders(&karen()).len(), "two folders with one name");
        }
    }
}

#[test]
fn every_folder_key_names_its_folder_and_nothing_else_names_one() {
    for f in [
        FolderRef::Inbox,
        FolderRef::Sent,
        FolderRef::Trash,
        FolderRef::Own(0),
        FolderRef::Own(7),
    ] {
        assert_eq!(FolderRef::from_key(&f.key()), Some(f));
    }
    assert_eq!(FolderRef::from_key(""), Some(FolderRef::Inbox));
    for odd in ["ukendt", "-1", "+3", "99999", "1e3", "Indbakke", " 3"] {
        assert_eq!(FolderRef::from_key(odd), None, "{odd}");
    }
}

#[test]
fn a_mailbox_has_at_most_50_own_folders_and_a_folder_id_is_never_given_twice() {
    let mut w = world();
    for i in 0..MAX_FOLDERS {
        create(&mut w, &format!("Mappe {i}"));
    }
    assert_eq!(
        act(
            &mut w,
            MailboxAction::CreateFolder {
                name: "En til".into()
            }
        ),
        Err(Refusal::TooManyFolders)
    );
    assert_eq!(Refusal::TooManyFolders.input(), Some(Input::FolderName));
    // Deleting one makes room; the new folder gets a new id, so the deleted one's key
    // names nothing.
    act(&mut w, MailboxAction::DeleteFolder { folder: 3 }).unwrap();
    let new = create(&mut w, "Ny");
    assert_eq!(usize::from(new), MAX_FOLDERS);
    assert!(w.folder_named(&karen(), "Mappe 3").is_none());
    assert!(!w.own_folders(&karen()).iter().any(|f| f.id == 3));
    // The last id is never handed out again and again.
    w.mailboxes.get_mut(&karen()).unwrap().next_id = u16::MAX - 1;
    act(&mut w, MailboxAction::DeleteFolder { folder: 4 }).unwrap();
    assert_eq!(create(&mut w, "Sidste"), u16::MAX - 1);
    act(&mut w, MailboxAction::DeleteFolder { folder: 5 }).unwrap();
    assert_eq!(
        act(
            &mut w,
            MailboxAction::CreateFolder {
                name: "Efter".into()
            }
        ),
        Err(Refusal::FolderIdsUsedUp)
    );
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
    let receipt = w.letters_in(&karen(), FolderRef::Inbox)[0]
        .letter
        .id()
        .to_string();
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
