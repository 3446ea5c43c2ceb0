//! The unit tests of `app::guide::data`.

use app::guide::data::accepted_language;

#[test]
fn the_browsers_language_is_the_first_default_when_the_guide_has_it() {
    let ours: Vec<String> = ["da", "da-let", "en", "ar", "uk"]
        .map(String::from)
        .to_vec();
    let pick = |h: &str| accepted_language(h, &ours);
    assert_eq!(pick("ar-SA,ar;q=0.9,en;q=0.8").as_deref(), Some("ar"));
    assert_eq!(
        pick("so,uk;q=0.7").as_deref(),
        Some("uk"),
        "the first the guide has"
    );
    assert_eq!(pick("da-DK,da;q=0.9").as_deref(), Some("da"));
    assert_eq!(
        pick("ar;q=0, en").as_deref(),
        Some("en"),
        "q=0 means not this one"
    );
    assert_eq!(
        pick("en;q=0.5, ar").as_deref(),
        Some("ar"),
        "the higher quality first"
    );
    assert_eq!(pick("fr-FR").as_deref(), None);
    assert_eq!(pick("").as_deref(), None);
}
