//! The unit tests of `app::world::ending`.

use app::world::ending::*;
use std::time::Duration;

#[test]
fn the_warning_comes_five_minutes_before_the_end() {
    let lead = lead(Duration::from_secs(120 * 60));
    assert_eq!(lead, Duration::from_secs(300));
    assert_eq!(decide(Duration::from_secs(40 * 60), lead), Ending::Back);
    assert_eq!(
        decide(Duration::from_secs(300), lead),
        Ending::Warn {
            minutes: 5,
            refresh: 302
        }
    );
    assert_eq!(
        decide(Duration::from_secs(61), lead),
        Ending::Warn {
            minutes: 2,
            refresh: 63
        }
    );
    assert!(matches!(
        decide(Duration::ZERO, lead),
        Ending::Warn { minutes: 1, .. }
    ));
    // Short worlds get a proportionate warning.
    assert_eq!(
        app::world::ending::lead(Duration::from_secs(8 * 60)),
        Duration::from_secs(120)
    );
}

#[test]
fn the_address_back_is_encoded() {
    assert_eq!(
        warning_address("/post?mappe=0&sorter=dato"),
        "/ovelse/slutter-snart?tilbage=%2Fpost%3Fmappe%3D0%26sorter%3Ddato"
    );
}
