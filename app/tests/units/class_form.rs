//! The unit tests of `app::class::form`.

use app::class::form::*;

#[test]
fn board_posts_parse_into_actions_and_targets() {
    let f = BoardForm::parse(b"handling=hint&plads=3").unwrap();
    assert_eq!(
        (f.handling, f.target()),
        (BoardAction::Hint, Some(Target::Seat(3)))
    );
    let f = BoardForm::parse(b"handling=tid&plads=alle&minutter=1440").unwrap();
    assert_eq!((f.target(), f.minutes()), (Some(Target::All), Some(1440)));
    let f = BoardForm::parse(b"handling=tid&minutter=999999").unwrap();
    assert_eq!(f.minutes(), None, "only the offered steps");
    assert!(BoardForm::parse(b"handling=slet-alt").is_none());
}
