//! The unit tests of `app::nemid::key`.

use app::nemid::key::*;
use app::world::{KeyCardView, KeyView};

fn card(n: usize) -> KeyCardView {
    KeyCardView {
        owner: "Karen".into(),
        owner_id: "karen".into(),
        number: "1".into(),
        keys: (0..n)
            .map(|i| KeyView {
                number: format!("{i:04}"),
                key: format!("{:06}", i * 7),
                used: false,
            })
            .collect(),
        remaining: n,
    }
}

#[test]
fn find_key_shows_the_asked_key_among_its_neighbours() {
    let c = card(148);
    let got = around(&c, "0050");
    let numbers: Vec<_> = got.iter().map(|(k, _)| k.number.as_str()).collect();
    assert_eq!(numbers, ["0048", "0049", "0050", "0051", "0052"]);
    assert_eq!(got.iter().filter(|(_, asked)| *asked).count(), 1);
    assert!(got[2].1 && got[2].0.key == c.keys[50].key);
    // At the card's edges, fewer neighbours; an unknown number, nothing.
    assert_eq!(around(&c, "0000").len(), 3);
    assert_eq!(around(&c, "0147").len(), 3);
    assert!(around(&c, "9999").is_empty());
}
