//! Læseadgang: giving (signed), requesting, approving, removing, expiry, and every
//! permission a helper has or lacks, against a reference model.

use super::*;
use crate::common::parse_end_date;
use crate::testing::{T, id, karen, log_in, mette, sign, world};
use crate::*;
use crate::{Command, MailboxAction, Refusal};
use proptest::prelude::*;

fn access(w: &mut World, action: AccessAction) -> Result<Vec<Event>, Refusal> {
    w.handle(&Command::Access { action }, T)
}

fn mailbox(w: &mut World, owner: &PersonaId, action: MailboxAction) -> Result<Vec<Event>, Refusal> {
    w.handle(
        &Command::Mailbox {
            owner: owner.clone(),
            action,
        },
        T,
    )
}

fn grant_form(level: AccessLevel, scope: AccessScope, until: &str) -> AccessAction {
    AccessAction::PrepareGrant {
        name: "  mette   holm ".into(),
        cpr: "551077-2344".into(),
        level,
        scope,
        until: until.into(),
    }
}

/// Karen makes "Sundhed", moves the hospital letter there and gives Mette `level` to it.
fn karen_shares_sundhed(level: AccessLevel) -> (World, u16) {
    let mut w = world();
    mailbox(
        &mut w,
        &karen(),
        MailboxAction::CreateFolder {
            name: "Sundhed".into(),
        },
    )
    .unwrap();
    mailbox(
        &mut w,
        &karen(),
        MailboxAction::Move {
            letters: vec![id("b-hospital")],
            to: FolderRef::Own(0),
        },
    )
    .unwrap();
    access(
        &mut w,
        grant_form(level, AccessScope::Folders(vec![FolderRef::Own(0)]), ""),
    )
    .unwrap();
    sign(&mut w).unwrap();
    (w, 0)
}

#[test]
fn giving_access_is_signed_with_a_key_and_both_sides_get_a_letter() {
    let mut w = world();
    access(
        &mut w,
        grant_form(AccessLevel::Read, AccessScope::Whole, "31-12-2030"),
    )
    .unwrap();
    assert!(w.grants.is_empty(), "nothing before the signature");
    let s = w.signing().unwrap().clone();
    assert_eq!(
        w.handle(&Command::Sign { key: "12".into() }, T),
        Err(Refusal::KeyFormat)
    );
    let wrong = if w.key_card(&karen()).keys[usize::from(s.key_index)].key == "000000" {
        "111111"
    } else {
        "000000"
    };
    assert_eq!(
        w.handle(&Command::Sign { key: wrong.into() }, T),
        Err(Refusal::WrongKey)
    );
    sign(&mut w).unwrap();
    assert!(w.signing().is_none());
    let g = w.grant(&karen(), &mette()).unwrap();
    assert_eq!(g.level, AccessLevel::Read);
    assert_eq!(g.until.unwrap().danish_date(), "31. december 2030");
    assert!(
        w.nemid(&karen()).used.contains(usize::from(s.key_index)),
        "the key is used up"
    );
    let theirs = w.letters_in(&mette(), FolderRef::Inbox);
    assert_eq!(
        theirs[0].letter.subject(),
        "Du har fået en ny adgang i Digital Post"
    );
    assert!(
        theirs[0]
            .letter
            .body()
            .contains("Karen Jensen har givet Mette Holm læseadgang til hele sin postkasse")
    );
    assert_eq!(
        w.letters_in(&karen(), FolderRef::Inbox)[0].letter.subject(),
        "Du har givet adgang til din Digital Post"
    );
    assert_eq!(
        w.party_name(&theirs[0].letter.from()),
        "Digitaliseringsstyrelsen"
    );
    // The same helper twice: refused.
    assert_eq!(
        access(
            &mut w,
            grant_form(AccessLevel::Read, AccessScope::Whole, "")
        ),
        Err(Refusal::AlreadyHasAccess)
    );
}

#[test]
fn each_wrong_grant_form_is_refused_with_its_reason() {
    let mut w = world();
    let cases = [
        (
            AccessAction::PrepareGrant {
                name: "Mette Hansen".into(),
                cpr: "551077-2344".into(),
                level: AccessLevel::Read,
                scope: AccessScope::Whole,
                until: String::new(),
            },
            Refusal::UnknownPerson,
        ),
        (
            AccessAction::PrepareGrant {
                name: "Mette Holm".into(),
                cpr: "010190-1234".into(),
                level: AccessLevel::Read,
                scope: AccessScope::Whole,
                until: String::new(),
            },
            Refusal::UnknownPerson,
        ),
        (
            AccessAction::PrepareGrant {
                name: "Karen Jensen".into(),
                cpr: "420348-1236".into(),
                level: AccessLevel::Read,
                scope: AccessScope::Whole,
                until: String::new(),
            },
            Refusal::AccessToSelf,
        ),
        (
            grant_form(AccessLevel::Read, AccessScope::Folders(vec![]), ""),
            Refusal::NoScope,
        ),
        (
            grant_form(
                AccessLevel::Read,
                AccessScope::Folders(vec![FolderRef::Own(5)]),
                "",
            ),
            Refusal::NoSuchFolder,
        ),
        (
            grant_form(AccessLevel::Read, AccessScope::Whole, "31-02-2027"),
            Refusal::EndDateInvalid,
        ),
        (
            grant_form(AccessLevel::Read, AccessScope::Whole, "i morgen"),
            Refusal::EndDateInvalid,
        ),
        (
            grant_form(AccessLevel::Read, AccessScope::Whole, "2020-01-01"),
            Refusal::EndDatePast,
        ),
    ];
    for (action, refusal) in cases {
        assert_eq!(access(&mut w, action), Err(refusal));
        assert!(w.signing().is_none());
    }
    assert_eq!(
        w.handle(
            &Command::Sign {
                key: "123456".into()
            },
            T
        ),
        Err(Refusal::NoSigningInProgress)
    );
}

#[test]
fn a_helper_with_laeseadgang_to_one_folder_sees_and_does_only_what_it_allows() {
    let (mut w, _) = karen_shares_sundhed(AccessLevel::Read);
    log_in(&mut w, "100000002");
    assert_eq!(w.open_mailbox(), Some(mette()));
    access(
        &mut w,
        AccessAction::Switch {
            owner: Some(karen()),
        },
    )
    .unwrap();
    assert_eq!(w.open_mailbox(), Some(karen()));
    let seen: Vec<&str> = w
        .visible_letters(&mette(), &karen())
        .iter()
        .map(|l| l.letter.subject())
        .collect();
    assert_eq!(
        seen,
        ["Indkaldelse til undersøgelse"],
        "only the Sundhed folder"
    );
    // Reads, marks unread, forwards: allowed.
    mailbox(
        &mut w,
        &karen(),
        MailboxAction::Open {
            letter: id("b-hospital"),
        },
    )
    .unwrap();
    mailbox(
        &mut w,
        &karen(),
        MailboxAction::MarkUnread {
            letter: id("b-hospital"),
        },
    )
    .unwrap();
    // Outside the folder: as if not there.
    assert_eq!(
        mailbox(
            &mut w,
            &karen(),
            MailboxAction::Open {
                letter: id("a-aarsopgoerelse")
            }
        ),
        Err(Refusal::NoSuchLetter)
    );
    // Forbidden with læseadgang.
    assert_eq!(
        mailbox(
            &mut w,
            &karen(),
            MailboxAction::Trash {
                letter: id("b-hospital")
            }
        ),
        Err(Refusal::HelperCannotDelete)
    );
    assert_eq!(
        mailbox(&mut w, &karen(), MailboxAction::EmptyTrash),
        Err(Refusal::HelperCannotDelete)
    );
    assert_eq!(
        mailbox(&mut w, &karen(), MailboxAction::DeleteFolder { folder: 0 }),
        Err(Refusal::HelperCannotDelete)
    );
    assert_eq!(
        mailbox(
            &mut w,
            &karen(),
            MailboxAction::Reply {
                letter: id("b-hospital"),
                subject: "Sv".into(),
                body: "B".into(),
                uploads: vec![]
            }
        ),
        Err(Refusal::HelperCannotWrite)
    );
    assert_eq!(
        mailbox(
            &mut w,
            &karen(),
            MailboxAction::CreateFolder { name: "Mit".into() }
        ),
        Err(Refusal::HelperCannotCreateFolder)
    );
    assert_eq!(
        mailbox(
            &mut w,
            &karen(),
            MailboxAction::Move {
                letters: vec![id("b-hospital")],
                to: FolderRef::Inbox
            }
        ),
        Err(Refusal::NoSuchFolder),
        "cannot move a letter out of sight"
    );
    assert_eq!(
        access(
            &mut w,
            grant_form(AccessLevel::Read, AccessScope::Whole, "")
        ),
        Err(Refusal::HelperCannotGiveAccess)
    );
    // What the helper did shows in the owner's log as done by the helper.
    let log = w.mailbox_log(&karen());
    assert!(
        matches!(&log.last().unwrap().event, Event::LetterMarkedUnread { by, .. } if *by == mette())
    );
}

#[test]
fn laese_og_skriveadgang_to_the_whole_mailbox_also_writes() {
    let mut w = world();
    access(
        &mut w,
        grant_form(AccessLevel::ReadWrite, AccessScope::Whole, ""),
    )
    .unwrap();
    sign(&mut w).unwrap();
    log_in(&mut w, "100000002");
    access(
        &mut w,
        AccessAction::Switch {
            owner: Some(karen()),
        },
    )
    .unwrap();
    assert_eq!(
        w.visible_letters(&mette(), &karen()).len(),
        w.letters_of(&karen()).len()
    );
    mailbox(
        &mut w,
        &karen(),
        MailboxAction::CreateFolder {
            name: "Fra Mette".into(),
        },
    )
    .unwrap();
    mailbox(
        &mut w,
        &karen(),
        MailboxAction::Write {
            to: crate::AuthorityId::parse("skattestyrelsen").unwrap(),
            subject: "For min mor".into(),
            body: "Tekst".into(),
            uploads: vec![],
        },
    )
    .unwrap();
    assert_eq!(
        w.letters_in(&karen(), FolderRef::Sent)[0].letter.subject(),
        "For min mor"
    );
    assert_eq!(
        mailbox(
            &mut w,
            &karen(),
            MailboxAction::Trash {
                letter: id("a-aarsopgoerelse")
            }
        ),
        Err(Refusal::HelperCannotDelete)
    );
}

#[test]
fn a_request_is_approved_with_a_key_or_rejected_and_the_helper_is_told() {
    let mut w = world();
    log_in(&mut w, "100000002");
    let ask = AccessAction::Request {
        name: "Karen Jensen".into(),
        cpr: "420348-1236".into(),
        level: AccessLevel::Read,
        until: String::new(),
    };
    access(&mut w, ask.clone()).unwrap();
    assert_eq!(
        access(&mut w, ask.clone()),
        Err(Refusal::RequestAlreadySent)
    );
    assert_eq!(w.requests_from(&mette()).len(), 1);
    log_in(&mut w, "100000001");
    assert_eq!(
        w.letters_in(&karen(), FolderRef::Inbox)[0].letter.subject(),
        "Anmodning om adgang til din Digital Post"
    );
    let request = w.requests_to(&karen())[0].id;
    access(&mut w, AccessAction::Reject { request }).unwrap();
    assert!(w.requests_to(&karen()).is_empty());
    assert_eq!(
        w.letters_in(&mette(), FolderRef::Inbox)[0].letter.subject(),
        "Din anmodning om adgang er afvist"
    );

    log_in(&mut w, "100000002");
    access(&mut w, ask).unwrap();
    log_in(&mut w, "100000001");
    let request = w.requests_to(&karen())[0].id;
    access(&mut w, AccessAction::PrepareApproval { request }).unwrap();
    sign(&mut w).unwrap();
    assert_eq!(
        w.grant(&karen(), &mette()).unwrap().scope,
        AccessScope::Whole
    );
    assert!(w.requests_to(&karen()).is_empty());
    assert_eq!(
        access(&mut w, AccessAction::Reject { request }),
        Err(Refusal::NoSuchRequest)
    );
}

#[test]
fn removed_or_expired_access_closes_the_helper_view_with_a_notice() {
    let (mut w, grant) = karen_shares_sundhed(AccessLevel::Read);
    log_in(&mut w, "100000002");
    access(
        &mut w,
        AccessAction::Switch {
            owner: Some(karen()),
        },
    )
    .unwrap();
    // Karen removes it (as if in another browser: the world is shared).
    let removed = Event::AccessEnded {
        grant,
        owner: karen(),
        helper: mette(),
        by: Some(karen()),
        letters: vec![],
    };
    w.apply(removed, T);
    assert_eq!(w.open_mailbox(), Some(mette()));
    assert_eq!(w.access_ended_notice(), Some(&karen()));
    assert!(w.visible_letters(&mette(), &karen()).is_empty());
    assert_eq!(
        mailbox(
            &mut w,
            &karen(),
            MailboxAction::Open {
                letter: id("b-hospital")
            }
        ),
        Err(Refusal::NotYourMailbox)
    );

    // An end date passes with the simulated clock.
    let mut w = world();
    access(
        &mut w,
        grant_form(AccessLevel::Read, AccessScope::Whole, "2027-01-31"),
    )
    .unwrap();
    sign(&mut w).unwrap();
    log_in(&mut w, "100000002");
    access(
        &mut w,
        AccessAction::Switch {
            owner: Some(karen()),
        },
    )
    .unwrap();
    w.handle(
        &Command::AdvanceClock {
            minutes: 60 * 24 * 365,
        },
        T,
    )
    .unwrap();
    w.deliver_due(T);
    assert!(w.grant(&karen(), &mette()).is_none(), "expired");
    assert_eq!(w.open_mailbox(), Some(mette()));
    assert!(
        w.letters_in(&mette(), FolderRef::Inbox)
            .iter()
            .any(|l| l.letter.subject() == "Adgangen til Digital Post er udløbet")
    );
}

#[test]
fn end_dates_parse_in_the_forms_people_type() {
    let day = |s: &str| parse_end_date(s).unwrap().unwrap().danish_date();
    assert_eq!(day("2027-03-01"), "1. marts 2027");
    assert_eq!(day("1-3-2027"), "1. marts 2027");
    assert_eq!(day("01.03.2027"), "1. marts 2027");
    assert_eq!(day("29-02-2028"), "29. februar 2028");
    assert_eq!(parse_end_date("  "), Ok(None));
    for bad in ["29-02-2027", "2027-13-01", "32-01-2027", "1-1-27", "x"] {
        assert_eq!(parse_end_date(bad), Err(Refusal::EndDateInvalid), "{bad}");
    }
}

/// What the reference model allows a helper.
#[derive(Debug, Clone)]
struct Model {
    /// Mette's access to Karen's mailbox: level and folders (`None`: the whole mailbox).
    grant: Option<(AccessLevel, Option<Vec<FolderRef>>)>,
}

#[derive(Debug, Clone)]
enum Op {
    Give(bool, u8),
    Revoke,
    Request,
    Approve,
    Reject,
    HelperOpen(u8),
    HelperTrash(u8),
    HelperMove(u8, u8),
    HelperWrite,
    HelperCreate,
    OwnerMove(u8, u8),
}

const LETTERS: [&str; 3] = ["a-aarsopgoerelse", "b-hospital", "c-boligstoette"];

fn folder(i: u8) -> FolderRef {
    match i {
        0 => FolderRef::Inbox,
        1 => FolderRef::Sent,
        n => FolderRef::Own(u16::from(n - 2)),
    }
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        (any::<bool>(), 0u8..3).prop_map(|(w, s)| Op::Give(w, s)),
        Just(Op::Revoke),
        Just(Op::Request),
        Just(Op::Approve),
        Just(Op::Reject),
        (0u8..3).prop_map(Op::HelperOpen),
        (0u8..3).prop_map(Op::HelperTrash),
        (0u8..3, 0u8..4).prop_map(|(l, f)| Op::HelperMove(l, f)),
        Just(Op::HelperWrite),
        Just(Op::HelperCreate),
        (0u8..3, 0u8..4).prop_map(|(l, f)| Op::OwnerMove(l, f)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(120))]

    /// Random grant / request / approve / revoke / helper actions against a reference model:
    /// a helper never sees a letter outside the granted folders, and every helper action
    /// succeeds exactly when the model's level and folders allow it.
    #[test]
    fn a_helper_never_sees_or_does_more_than_the_access_allows(ops in proptest::collection::vec(op(), 1..25)) {
        let mut w = world();
        mailbox(&mut w, &karen(), MailboxAction::CreateFolder { name: "Sundhed".into() }).unwrap();
        mailbox(&mut w, &karen(), MailboxAction::CreateFolder { name: "Skat".into() }).unwrap();
        let mut model = Model { grant: None };
        for op in ops {
            let as_karen = |w: &mut World| if w.logged_in().map(|p| p.id.clone()) != Some(karen()) { log_in(w, "100000001") };
            let as_mette = |w: &mut World| if w.logged_in().map(|p| p.id.clone()) != Some(mette()) { log_in(w, "100000002") };
            match op {
                Op::Give(write, scope) => {
                    as_karen(&mut w);
                    let level = if write { AccessLevel::ReadWrite } else { AccessLevel::Read };
                    let folders = match scope { 0 => None, n => Some(vec![folder(n + 1)]) };
                    let form = grant_form(level, folders.clone().map_or(AccessScope::Whole, AccessScope::Folders), "");
                    let ok = access(&mut w, form).is_ok() && sign(&mut w).is_ok();
                    prop_assert_eq!(ok, model.grant.is_none());
                    if ok { model.grant = Some((level, folders)); }
                }
                Op::Revoke => {
                    as_karen(&mut w);
                    let g = w.grant(&karen(), &mette()).map(|g| g.id);
                    prop_assert_eq!(g.is_some(), model.grant.is_some());
                    if let Some(grant) = g {
                        access(&mut w, AccessAction::Remove { grant }).unwrap();
                        model.grant = None;
                    }
                }
                Op::Request => {
                    as_mette(&mut w);
                    let _ = access(&mut w, AccessAction::Request { name: "Karen Jensen".into(), cpr: "420348-1236".into(), level: AccessLevel::Read, until: String::new() });
                }
                Op::Approve => {
                    as_karen(&mut w);
                    if let Some(request) = w.requests_to(&karen()).first().map(|r| r.id) {
                        let ok = access(&mut w, AccessAction::PrepareApproval { request }).is_ok() && sign(&mut w).is_ok();
                        prop_assert_eq!(ok, model.grant.is_none());
                        if ok { model.grant = Some((AccessLevel::Read, None)); }
                    }
                }
                Op::Reject => {
                    as_karen(&mut w);
                    if let Some(request) = w.requests_to(&karen()).first().map(|r| r.id) {
                        access(&mut w, AccessAction::Reject { request }).unwrap();
                    }
                }
                Op::OwnerMove(l, f) => {
                    as_karen(&mut w);
                    let _ = mailbox(&mut w, &karen(), MailboxAction::Move { letters: vec![id(LETTERS[usize::from(l)])], to: folder(f) });
                }
                helper_op => {
                    as_mette(&mut w);
                    let _ = access(&mut w, AccessAction::Switch { owner: Some(karen()) });
                    let covers = |w: &World, l: u8| {
                        let f = w.find_letter(&karen(), LETTERS[usize::from(l)]).map(|x| x.state.folder);
                        match &model.grant {
                            Some((_, None)) => f.is_some(),
                            Some((_, Some(fs))) => f.is_some_and(|f| fs.contains(&f)),
                            None => false,
                        }
                    };
                    let (action, allowed) = match helper_op {
                        Op::HelperOpen(l) => (MailboxAction::Open { letter: id(LETTERS[usize::from(l)]) }, covers(&w, l)),
                        Op::HelperTrash(l) => (MailboxAction::Trash { letter: id(LETTERS[usize::from(l)]) }, false),
                        Op::HelperMove(l, f) => {
                            let to = folder(f);
                            let in_scope = match &model.grant { Some((_, None)) => true, Some((_, Some(fs))) => fs.contains(&to), None => false };
                            (MailboxAction::Move { letters: vec![id(LETTERS[usize::from(l)])], to }, covers(&w, l) && in_scope && to != FolderRef::Sent)
                        }
                        Op::HelperWrite => (
                            MailboxAction::Write { to: crate::AuthorityId::parse("skattestyrelsen").unwrap(), subject: "S".into(), body: "B".into(), uploads: vec![] },
                            matches!(model.grant, Some((AccessLevel::ReadWrite, _))),
                        ),
                        _ => (MailboxAction::CreateFolder { name: format!("Ny {}", w.log().len()) }, matches!(model.grant, Some((_, None)))),
                    };
                    let done = mailbox(&mut w, &karen(), action.clone());
                    prop_assert_eq!(done.is_ok(), allowed, "{:?} -> {:?} with {:?}", action, done, model.grant);
                }
            }
            // Never a letter outside the granted folders.
            let seen = w.visible_letters(&mette(), &karen());
            match &model.grant {
                None => prop_assert!(seen.is_empty()),
                Some((_, None)) => prop_assert_eq!(seen.len(), w.letters_of(&karen()).len()),
                Some((_, Some(fs))) => prop_assert!(seen.iter().all(|l| fs.contains(&l.state.folder))),
            }
        }
    }
}

#[test]
fn a_helper_limited_to_one_folder_sees_only_its_folders_letters_and_log_lines() {
    let (mut w, _) = karen_shares_sundhed(AccessLevel::Read);
    // Karen reads a letter outside "Sundhed": a line Mette must not see.
    let outside = w
        .letters_in(&karen(), FolderRef::Inbox)
        .first()
        .map(|l| l.letter.id().clone())
        .unwrap();
    mailbox(
        &mut w,
        &karen(),
        MailboxAction::Open {
            letter: outside.clone(),
        },
    )
    .unwrap();
    let karen_view = {
        // Karen is still logged in after sharing.
        let v = w.viewer().unwrap();
        assert!(v.is_owner());
        let from_inbox = v.list_move_targets(Some(FolderRef::Inbox));
        assert!(from_inbox.contains(&FolderRef::Trash) && from_inbox.contains(&FolderRef::Own(0)));
        assert!(!from_inbox.contains(&FolderRef::Inbox) && !from_inbox.contains(&FolderRef::Sent));
        assert_eq!(v.mailboxes(), [karen()]);
        (v.folders().len(), v.activity_log().len())
    };
    log_in(&mut w, "100000002");
    access(
        &mut w,
        AccessAction::Switch {
            owner: Some(karen()),
        },
    )
    .unwrap();
    let v = w.viewer().unwrap();
    assert!(!v.is_owner());
    assert_eq!(v.folders(), [FolderRef::Own(0)], "only Sundhed");
    assert!(v.move_targets(FolderRef::Own(0)).is_empty());
    assert!(!v.rights.rename_folder, "only the owner renames folders");
    assert!(
        v.list_move_targets(Some(FolderRef::Own(0))).is_empty(),
        "only Sundhed is seen: nowhere else to move"
    );
    assert_eq!(
        v.folder_to_show(Some(FolderRef::Inbox)),
        Some(FolderRef::Own(0)),
        "a folder outside the access shows Sundhed instead"
    );
    assert!(v.letters_in(FolderRef::Inbox).is_empty());
    assert!(
        v.search("Tekst")
            .iter()
            .all(|l| l.state.folder == FolderRef::Own(0)),
        "search finds only what the helper may see"
    );
    assert_eq!(v.mailboxes(), [mette(), karen()]);
    assert!(
        v.letter(outside.as_str()).is_none(),
        "a letter outside Sundhed is not there"
    );
    assert!(v.letter("b-hospital").is_some());
    assert!(
        v.forward_targets()
            .iter()
            .all(|p| p.id != karen() && p.id != mette())
    );
    let lines = v.activity_log();
    assert!(
        !lines.is_empty() && lines.len() < karen_view.1,
        "{} of {}",
        lines.len(),
        karen_view.1
    );
    assert!(lines.iter().all(|l| {
        !matches!(&l.event, Event::LetterRead { .. })
            || w.find_letter(&karen(), "b-hospital")
                .is_some_and(|h| h.state.folder == FolderRef::Own(0))
    }),);
    assert!(karen_view.0 > v.folders().len());
}

#[test]
fn a_helper_whose_only_folder_was_deleted_sees_no_folder_and_no_letter() {
    let (mut w, folder) = karen_shares_sundhed(AccessLevel::Read);
    mailbox(
        &mut w,
        &karen(),
        MailboxAction::Move {
            letters: vec![id("b-hospital")],
            to: FolderRef::Inbox,
        },
    )
    .unwrap();
    mailbox(&mut w, &karen(), MailboxAction::DeleteFolder { folder }).unwrap();
    log_in(&mut w, "100000002");
    access(
        &mut w,
        AccessAction::Switch {
            owner: Some(karen()),
        },
    )
    .unwrap();
    let v = w.viewer().unwrap();
    assert!(v.folders().is_empty());
    assert_eq!(v.folder_to_show(Some(FolderRef::Inbox)), None);
    assert_eq!(v.folder_to_show(None), None);
    assert!(v.letters_in(FolderRef::Inbox).is_empty());
    assert!(v.letters().is_empty() && v.search("Tekst").is_empty());
    assert_eq!(v.unread(), None, "no count for an Indbakke she cannot see");
}

#[test]
fn a_helper_may_not_rename_the_owners_folders_at_either_level() {
    for level in [AccessLevel::Read, AccessLevel::ReadWrite] {
        let (mut w, folder) = karen_shares_sundhed(level);
        log_in(&mut w, "100000002");
        access(
            &mut w,
            AccessAction::Switch {
                owner: Some(karen()),
            },
        )
        .unwrap();
        assert_eq!(
            mailbox(
                &mut w,
                &karen(),
                MailboxAction::RenameFolder {
                    folder,
                    name: "Mettes".into()
                }
            ),
            Err(Refusal::HelperCannotRenameFolder),
            "{level:?}"
        );
        assert_eq!(w.own_folders(&karen())[0].name, "Sundhed");
    }
}

#[test]
fn only_a_helper_with_laese_og_skriveadgang_to_the_whole_mailbox_may_change_besked_om_ny_post() {
    let set = MailboxAction::SetNotifications {
        email: None,
        sms: Some("12345678".into()),
    };
    // Shared folders only: at neither level.
    for level in [AccessLevel::Read, AccessLevel::ReadWrite] {
        let (mut w, _) = karen_shares_sundhed(level);
        log_in(&mut w, "100000002");
        assert_eq!(
            mailbox(&mut w, &karen(), set.clone()),
            Err(Refusal::HelperCannotChangeNotifications),
            "{level:?}"
        );
        assert_eq!(w.notify(&karen()).sms, None);
    }
    // The whole mailbox: with læse- og skriveadgang only.
    for (level, allowed) in [(AccessLevel::Read, false), (AccessLevel::ReadWrite, true)] {
        let mut w = world();
        access(&mut w, grant_form(level, AccessScope::Whole, "")).unwrap();
        sign(&mut w).unwrap();
        log_in(&mut w, "100000002");
        let result = mailbox(&mut w, &karen(), set.clone());
        assert_eq!(result.is_ok(), allowed, "{level:?}: {result:?}");
        assert_eq!(w.notify(&karen()).sms.is_some(), allowed);
    }
}

#[test]
fn only_a_helper_who_may_write_keeps_drafts_in_the_owners_mailbox() {
    let save = MailboxAction::SaveDraft {
        draft: None,
        to: Some(crate::AuthorityId::parse("skattestyrelsen").unwrap()),
        reply: None,
        subject: "For Karen".into(),
        body: String::new(),
    };
    for (level, allowed) in [(AccessLevel::Read, false), (AccessLevel::ReadWrite, true)] {
        let mut w = world();
        access(&mut w, grant_form(level, AccessScope::Whole, "")).unwrap();
        sign(&mut w).unwrap();
        log_in(&mut w, "100000002");
        let result = mailbox(&mut w, &karen(), save.clone());
        if allowed {
            assert!(result.is_ok(), "{result:?}");
        } else {
            assert_eq!(result, Err(Refusal::HelperCannotWrite));
        }
        assert_eq!(w.drafts(&karen()).len(), usize::from(allowed));
        assert!(w.drafts(&mette()).is_empty(), "kept in the owner's mailbox");
    }
}

#[test]
fn a_helper_limited_to_some_folders_keeps_no_drafts() {
    let (mut w, _) = karen_shares_sundhed(AccessLevel::ReadWrite);
    log_in(&mut w, "100000002");
    let save = MailboxAction::SaveDraft {
        draft: None,
        to: Some(crate::AuthorityId::parse("skattestyrelsen").unwrap()),
        reply: None,
        subject: "For Karen".into(),
        body: String::new(),
    };
    assert_eq!(
        mailbox(&mut w, &karen(), save),
        Err(Refusal::HelperCannotKeepDrafts)
    );
    assert!(w.drafts(&karen()).is_empty());
}
