//! The unit tests of `app::forms`.

use app::forms::*;

#[test]
fn kept_fields_keep_repeats_cut_long_text_and_drop_secrets() {
    let long = "x".repeat(150);
    let body = format!("navn=Mette+Holm&mappe=1&mappe=2&noegle=123456&cpr={long}");
    let kept = kept_fields(body.as_bytes(), &["noegle"]);
    assert_eq!(kept[0], ("navn".to_owned(), "Mette Holm".to_owned()));
    assert_eq!(kept.iter().filter(|(k, _)| k == "mappe").count(), 2);
    assert!(kept.iter().all(|(k, _)| k != "noegle"));
    assert_eq!(kept.last().unwrap().1.chars().count(), MAX_FIELD);
}
