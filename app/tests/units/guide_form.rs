//! The unit tests of `app::guide::form`.

use app::guide::form::*;
use app::paths;
use domain::GuideAction;

fn form(body: &str) -> GuideForm {
    GuideForm::parse(body.as_bytes()).unwrap()
}

#[test]
fn each_button_asks_its_action_and_stop_lands_in_the_catalogue() {
    assert_eq!(
        form("handling=hint&tilbage=/post").action(),
        Some(GuideAction::ShowHint)
    );
    assert_eq!(form("handling=hint&tilbage=/post").then(), "/post");
    assert_eq!(form("handling=spring").action(), Some(GuideAction::Skip));
    assert_eq!(form("handling=stop&tilbage=/post").then(), paths::EXERCISES);
    assert_eq!(
        form("handling=sprog&sprog=en").action(),
        Some(GuideAction::Language("en".into()))
    );
    assert_eq!(
        form("handling=skjul&tilbage=/post").action(),
        Some(GuideAction::Fold(true))
    );
    assert_eq!(
        form("handling=vis").action(),
        Some(GuideAction::Fold(false))
    );
    assert_eq!(
        form("handling=kig-vaek&tilbage=/log-paa").action(),
        Some(GuideAction::LookAway(true))
    );
    assert_eq!(
        form("handling=kig-igen").action(),
        Some(GuideAction::LookAway(false))
    );
    assert_eq!(form("tilbage=/post").action(), None);
    assert!(GuideForm::parse(b"handling=bagdoer").is_none());
}

#[test]
fn only_a_path_of_this_site_is_gone_back_to() {
    for bad in [
        "//evil.example",
        "https://evil.example",
        "/\t/evil.example",
        "/\\evil",
        "evil",
    ] {
        let body = serde_html_form::to_string([("handling", "hint"), ("tilbage", bad)]).unwrap();
        assert_eq!(form(&body).back(), paths::WORLD, "{bad}");
    }
    assert_eq!(
        form("tilbage=/post?mappe=sendt").back(),
        "/post?mappe=sendt"
    );
}
