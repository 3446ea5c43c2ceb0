//! Friendly Danish error pages (400, 403, 404, 413, 429, 500, 503) for responses that do not come
//! from the router: rendered from the same shell components, without scripts.

use crate::components::Frame;
use crate::{assets, text};
use leptos::prelude::*;

/// The whole HTML document for an error with HTTP `status`.
pub fn render(status: u16) -> String {
    let (title, explain) = text::errors::page(status);
    let body = Owner::new().with(|| {
        view! {
            <Frame>
                <h1>{title}</h1>
                <p>{explain}</p>
                <p><a class="button button-primary" href="/">{text::footer::HOME_LINK}</a></p>
            </Frame>
        }
        .to_html()
    });
    document(title, "", &body)
}

/// The page when the worlds cannot be fetched for a moment: the learner's world is not
/// gone. "Prøv igen" goes to the world's front page (a form sent again could act twice).
pub fn store_down() -> String {
    let title = text::errors::STORE_DOWN_TITLE;
    let body = Owner::new().with(|| {
        view! {
            <Frame>
                <h1>{title}</h1>
                <p>{text::errors::STORE_DOWN_EXPLAIN}</p>
                <p><a class="button button-primary" href=crate::paths::WORLD>{text::errors::STORE_DOWN_AGAIN}</a></p>
            </Frame>
        }
        .to_html()
    });
    document(title, "", &body)
}

/// A whole document around `body` (rendered markup), without scripts: `title` (plain
/// text, escaped here) and `head` (trusted markup) in its head.
pub fn document(title: &str, head: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html><html lang=\"da\" dir=\"ltr\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title} – {product}</title>{head}\
         <link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">\
         <link rel=\"stylesheet\" href=\"{css0}\"><link rel=\"stylesheet\" href=\"{css1}\">\
         </head><body>{body}</body></html>",
        title = html_escape::encode_text(title),
        product = text::PRODUCT,
        css0 = assets::get().dkfds_css,
        css1 = assets::get().css,
    )
}

/// The warning page, as a whole document (it is answered without the world's pages, which
/// would count as activity).
pub fn ending_soon(minutes: u64, back: &str, refresh: u64) -> String {
    let back = back.to_owned();
    let body = Owner::new().with(move || {
        view! {
            <Frame>
                <crate::world::Alert kind="alert-warning">
                    <h1 class="alert-heading h2">{text::ending::heading(minutes)}</h1>
                    <p class="alert-text">{text::ending::EXPLAIN}</p>
                </crate::world::Alert>
                <div class="world-actions-buttons">
                    <a class="button button-primary button-large" href=back>{text::ending::CONTINUE}</a>
                    <a class="button button-secondary" href=crate::paths::END>{text::ending::END_NOW}</a>
                </div>
            </Frame>
        }
        .to_html()
    });
    // When the time is up the page looks again: the world has ended, and the world's front
    // page says so.
    let head = format!(
        "<meta http-equiv=\"refresh\" content=\"{refresh}; url={}\">",
        crate::paths::WORLD
    );
    document(text::ending::TITLE, &head, &body)
}

/// The kiosk's warning page without JavaScript (a whole document, answered without the
/// world's pages, which would count as activity): the seconds left, "Ja, fortsæt" back to
/// `back`, and a refresh to `again` when the time is up (the server then ends the world).
pub fn kiosk_warning(
    seconds: u64,
    back: &str,
    again: &str,
    words: &crate::guide::words::Words,
) -> String {
    let back = back.to_owned();
    let title = words.get("kiosk_still_here");
    let (heading, explain, keep) = (
        title.clone(),
        words.get("kiosk_explain"),
        words.get("kiosk_keep"),
    );
    let left = words.count(
        "kiosk_seconds",
        usize::try_from(seconds).unwrap_or(usize::MAX),
        0,
    );
    let (lang, dir) = (words.html_lang(), words.dir());
    let body = Owner::new().with(move || {
        view! {
            <Frame>
                <div lang=lang dir=dir>
                    <crate::world::Alert kind="alert-warning">
                        <h1 class="alert-heading h2">{heading}</h1>
                        <p class="alert-text">{explain}</p>
                        <p class="alert-text kiosk-countdown"><strong>{left}</strong></p>
                    </crate::world::Alert>
                    <div class="world-actions-buttons">
                        <a class="button button-primary button-large" href=back>{keep}</a>
                    </div>
                </div>
            </Frame>
        }
        .to_html()
    });
    let head = format!(
        "<meta http-equiv=\"refresh\" content=\"{}; url={}\">",
        seconds + 1,
        html_escape::encode_double_quoted_attribute(again)
    );
    document(&title, &head, &body)
}
