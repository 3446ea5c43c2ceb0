//! The unit tests of `app::notice`.

use app::notice::*;

#[test]
fn every_notice_key_parses_back_and_nothing_else_does() {
    for n in Notice::ALL {
        assert_eq!(Notice::parse(n.key()), Some(n));
    }
    assert_eq!(Notice::parse("hacket"), None);
    assert_eq!(
        Notice::Sent.on("/post?mappe=sendt"),
        "/post?mappe=sendt&besked=sendt"
    );
    assert_eq!(Notice::Given.on("/fuldmagt"), "/fuldmagt?besked=givet");
}
