//! The unit tests of `app::error_page`.

use app::error_page::*;
use app::text;

#[test]
fn an_error_page_has_the_banner_the_heading_and_lang_da() {
    let html = render(503);
    assert!(html.starts_with("<!DOCTYPE html><html lang=\"da\""));
    assert!(html.contains("ØVEMILJØ"));
    assert!(html.contains("Der er travlt lige nu"));
    assert!(html.contains("Om øvemiljøet"));
    assert!(!html.contains("<script"));
}

#[test]
fn every_status_has_its_own_text_and_only_a_server_error_blames_us() {
    let statuses = [400, 403, 404, 405, 408, 413, 429, 500, 503];
    let titles: std::collections::HashSet<_> =
        statuses.iter().map(|s| text::errors::page(*s).0).collect();
    assert_eq!(titles.len(), statuses.len());
    for status in [400, 403, 404, 405, 408, 413, 415, 422, 429] {
        let (_, explain) = text::errors::page(status);
        assert!(!explain.contains("hos os"), "{status}: {explain}");
    }
    assert_eq!(text::errors::page(415), text::errors::page(422));
    assert!(text::errors::page(500).1.contains("hos os"));
}
