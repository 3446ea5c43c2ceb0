//! A world read back from its bytes is the same world to the learner: logged in as before,
//! letters where they were put, an answer still on its way, the same key asked next time.

use super::*;
use crate::testing::{T, asked_key, karen, scenario};
use crate::*;
use proptest::prelude::*;

/// Subjects per folder of Karen's mailbox, as the learner sees them.
fn folders(w: &World) -> Vec<Vec<String>> {
    [
        FolderRef::Inbox,
        FolderRef::Sent,
        FolderRef::Trash,
        FolderRef::Own(0),
    ]
    .into_iter()
    .map(|f| {
        w.letters_in(&karen(), f)
            .iter()
            .map(|l| format!("{} read={}", l.letter.subject(), l.state.read))
            .collect()
    })
    .collect()
}

/// What the load test's learner does, and a message to Skattestyrelsen.
fn used_world(scenario: &Arc<Scenario>) -> World {
    let mut w = World::new(scenario.clone(), 7, Timestamp(1_795_392_000));
    crate::testing::log_in(&mut w, "420348-1236");
    let mailbox = |action| Command::Mailbox {
        owner: karen(),
        action,
    };
    let letter = w.letters_in(&karen(), FolderRef::Inbox)[0]
        .letter
        .id()
        .clone();
    for action in [
        MailboxAction::Open {
            letter: letter.clone(),
        },
        MailboxAction::CreateFolder {
            name: "Sundhed <b>&".into(),
        },
        MailboxAction::Move {
            letters: vec![letter],
            to: FolderRef::Own(0),
        },
        MailboxAction::Write {
            to: AuthorityId::parse("skattestyrelsen").unwrap(),
            subject: "Spørgsmål om fradrag".into(),
            body: "Kan jeg få fradrag for kørsel?\nMvh Karen".into(),
            uploads: Vec::new(),
        },
    ] {
        w.handle(&mailbox(action), T).unwrap();
    }
    w
}

#[test]
fn a_used_world_comes_back_from_its_bytes_as_the_learner_left_it() {
    let scenario = Arc::new(scenario());
    let mut before = used_world(&scenario);
    let bytes = before.to_bytes();
    assert_eq!(bytes[0], FORMAT);
    let mut after = World::from_bytes(&bytes, scenario.clone()).unwrap();
    assert!(
        Arc::ptr_eq(&after.scenario, &scenario),
        "its own scenario back"
    );
    assert_eq!(after.to_bytes(), bytes, "nothing lost or changed");
    assert_eq!(after.logged_in().unwrap().name, "Karen Jensen");
    assert_eq!(folders(&after), folders(&before));
    assert!(
        folders(&after)[3][0].contains("read=true"),
        "{:?}",
        folders(&after)
    );
    assert_eq!(after.log(), before.log());

    // Both go on the same way: the answer arrives when its time comes, and the next login
    // asks for the same key (the random stream is part of the world).
    for w in [&mut before, &mut after] {
        w.handle(&Command::AdvanceClock { minutes: 60 * 24 }, T)
            .unwrap();
        w.handle(&Command::LogOut, T).unwrap();
        w.handle(
            &Command::SubmitPassword {
                user_id: "420348-1236".into(),
                password: "7913".into(),
            },
            T,
        )
        .unwrap();
    }
    assert_eq!(asked_key(&after), asked_key(&before));
    assert_eq!(folders(&after), folders(&before));
    assert!(
        folders(&after)[0].len() > folders(&used_world(&scenario))[0].len(),
        "the answer arrived in the world read back"
    );
}

#[test]
fn an_exercise_world_keeps_its_progress() {
    let now = T;
    let mut before = crate::testing::exercise_world(now);
    let scenario = before.scenario.clone();
    let after = World::from_bytes(&before.to_bytes(), scenario).unwrap();
    assert_eq!(after.progress(), before.progress());
    assert!(after.progress().is_some());
    // Solving it in the world read back counts, as in the original.
    let mut after = after;
    for w in [&mut before, &mut after] {
        crate::testing::log_in(w, "420348-1236");
        w.handle(
            &Command::Mailbox {
                owner: karen(),
                action: MailboxAction::CreateFolder {
                    name: "Sundhed".into(),
                },
            },
            now,
        )
        .unwrap();
    }
    assert_eq!(after.progress(), before.progress());
    assert_eq!(after.to_bytes(), before.to_bytes());
}

#[test]
fn bytes_of_another_format_or_broken_bytes_are_no_world() {
    let scenario = Arc::new(scenario());
    let bytes = used_world(&scenario).to_bytes();
    assert_eq!(
        World::from_bytes(&[], scenario.clone()).unwrap_err(),
        BytesError::Empty
    );
    let mut other = bytes.clone();
    other[0] = FORMAT + 1;
    assert_eq!(
        World::from_bytes(&other, scenario.clone()).unwrap_err(),
        BytesError::Format { found: FORMAT + 1 }
    );
    let cut = &bytes[..bytes.len() / 2];
    assert!(matches!(
        World::from_bytes(cut, scenario.clone()),
        Err(BytesError::Corrupt(_))
    ));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]
    /// Whatever a store hands back (a damaged value, another program's key), reading it
    /// never panics: it is a world or an error.
    #[test]
    fn any_bytes_are_a_world_or_an_error_never_a_panic(
        cut in 0usize..2_000,
        flips in proptest::collection::vec((0usize..2_000, any::<u8>()), 0..8),
    ) {
        let scenario = Arc::new(scenario());
        let mut bytes = used_world(&scenario).to_bytes();
        bytes.truncate(cut.max(1));
        for (at, value) in flips {
            let at = at % bytes.len();
            if at > 0 {
                bytes[at] = value;
            }
        }
        let _ = World::from_bytes(&bytes, scenario);
    }
}

/// The layout guard: the bytes of one known world, pinned. If this fails, a type in the
/// world changed how it is written: raise [`FORMAT`] (so servers with the old layout never
/// misread the new bytes, or the other way round) and then pin the new digest here.
#[test]
fn the_layout_of_the_bytes_changes_only_with_the_format() {
    use sha2::{Digest, Sha256};
    let bytes = used_world(&Arc::new(scenario())).to_bytes();
    let digest: String = Sha256::digest(&bytes)[..8]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    assert_eq!(
        (FORMAT, bytes.len(), digest.as_str()),
        (2, 1450, "79728399f95771f1"),
        "the world's bytes changed: raise FORMAT, then pin the new length and digest"
    );
}
