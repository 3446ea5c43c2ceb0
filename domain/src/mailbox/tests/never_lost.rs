//! Random commands never lose or duplicate a letter (proptest).

use super::*;
use proptest::prelude::*;
use std::collections::BTreeSet;

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
