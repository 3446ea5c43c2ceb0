//! Folders: listing, counting, creating, renaming, deleting, moving, Papirkurv, search.

use super::*;

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
    // All at once, as a mailbox page counts them, and one by one.
    let all = w.folder_counts(&karen());
    for folder in folders {
        let listed = w.letters_in(&karen(), folder);
        let counted = w.folder_count(&karen(), folder);
        assert_eq!(counted.letters, listed.len(), "{folder:?}");
        let unread = listed.iter().filter(|l| !l.state.read).count();
        assert_eq!(counted.unread, unread, "{folder:?}");
        assert_eq!(all.of(folder), counted, "{folder:?}");
    }
    // Sendt holds none of Karen's letters here: counted as empty.
    assert_eq!(all.of(FolderRef::Sent), FolderCount::default());
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
