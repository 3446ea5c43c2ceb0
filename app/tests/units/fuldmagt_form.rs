//! The unit tests of `app::fuldmagt::form`.

use app::forms::{PageForm, Plan};
use app::fuldmagt::form::*;
use domain::Area;

#[test]
fn a_chosen_date_goes_to_the_world_as_typed_and_unknown_areas_are_dropped() {
    let form = FuldmagtForm::parse(b"navn=Mette&omraade=flytning&varighed=dato").unwrap();
    assert_eq!(form.until(), Some(String::new()));
    let form = FuldmagtForm::parse(b"navn=Mette&omraade=flytning&omraade=ukendt&varighed=slettes")
        .unwrap();
    assert_eq!(form.areas(), [Area::Move]);
    assert!(matches!(form.give(), Plan::Run { .. }));
    assert!(FuldmagtForm::parse(b"varighed=altid").is_none());
}

#[test]
fn every_handling_the_page_sends_parses_back_to_itself() {
    for h in [
        FuldmagtHandling::Approve,
        FuldmagtHandling::Reject,
        FuldmagtHandling::Delete,
        FuldmagtHandling::ApproveForCitizen,
        FuldmagtHandling::RejectForCitizen,
    ] {
        let body = format!("handling={}&id=1", h.as_str());
        assert_eq!(
            OverviewForm::parse(body.as_bytes()).unwrap().handling,
            Some(h)
        );
    }
}
