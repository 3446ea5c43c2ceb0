//! The unit tests of `app::access::form`.

use app::access::form::*;
use app::forms::{PageForm, Plan};
use domain::{AccessScope, FolderRef, Signable};

fn to(plan: Plan) -> String {
    match plan {
        Plan::Run { then, .. } => then(&[]),
        _ => String::new(),
    }
}

#[test]
fn every_button_value_the_pages_send_parses_back_to_itself() {
    for h in [
        OverviewHandling::Remove,
        OverviewHandling::Approve,
        OverviewHandling::Reject,
        OverviewHandling::Open,
    ] {
        let body = format!("handling={}&adgang=1&anmodning=1", h.as_str());
        assert_eq!(
            OverviewForm::parse(body.as_bytes()).unwrap().handling,
            Some(h)
        );
    }
    for h in [SignHandling::Sign, SignHandling::Cancel] {
        let body = format!("handling={}", h.as_str());
        assert_eq!(SignForm::parse(body.as_bytes()).unwrap().handling, Some(h));
    }
}

#[test]
fn an_empty_folder_key_grants_nothing() {
    let form = GrantForm::parse(b"omfang=mapper&mappe=&mappe=papirkurv").unwrap();
    assert_eq!(form.scope(), AccessScope::Folders(vec![FolderRef::Trash]));
}

#[test]
fn a_signed_fuldmagt_lands_on_the_fuldmagt_page_and_an_access_on_the_access_page() {
    let form = SignForm::parse(b"handling=underskriv&noegle=123456").unwrap();
    let fuldmagt = Signable::ApproveFuldmagt { request: 0 };
    assert_eq!(to(form.plan(Some(&fuldmagt))), "/fuldmagt?besked=givet");
    let access = Signable::Approve { request: 0 };
    assert_eq!(to(form.plan(Some(&access))), "/post/adgang?besked=givet");
    let request = Signable::RequestFuldmagt {
        giver: domain::PersonaId::parse("karen").unwrap(),
        areas: vec![domain::Area::Doctor],
        until: None,
    };
    assert_eq!(
        to(form.plan(Some(&request))),
        "/fuldmagt?besked=anmodet",
        "a signed request is sent, not given"
    );
    let cancel = SignForm::parse(b"handling=afbryd").unwrap();
    assert_eq!(to(cancel.plan(Some(&fuldmagt))), "/fuldmagt?besked=afbrudt");
    assert!(SignForm::parse(b"handling=underskriv-alt").is_none());
}
