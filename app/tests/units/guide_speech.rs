//! The unit tests of `app::guide::speech`.

use app::guide::speech::*;

#[test]
fn labels_are_read_in_danish_and_nothing_is_read_as_markup() {
    assert_eq!(
        ssml("اضغط على \"Log på\" <b>", "ar"),
        "<speak>اضغط على <voice xml:lang=\"da\">Log på</voice> &lt;b&gt;</speak>"
    );
    assert_eq!(ssml("Klik \"Næste\"", "da"), "<speak>Klik Næste</speak>");
    assert_eq!(voice("so"), None);
    assert_eq!(voice("da-let"), Some("da"));
}
