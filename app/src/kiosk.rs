//! Kiosk mode: a library's PC set aside for "practise digital self-service". The next
//! person must never find the previous person's world: the start page is a big "Start
//! øvelse" with the guide's languages, and a world nobody uses for a few minutes asks "Er
//! du her stadig?" with a visible countdown ("Ja, fortsæt"), then ends and the start page
//! returns. With JavaScript an island counts down in the page; without it the page's
//! refresh opens the server's warning page, and the server ends the world itself.
//! A whole server is a kiosk (`--kiosk`), or one browser that opened `/kiosk` (a cookie).

use leptos::prelude::*;
use std::time::Duration;

/// The cookie that makes one browser a kiosk (set by `/kiosk`, ends with the browser).
pub const COOKIE: &str = "demoborger_kiosk";

/// The kiosk's times, as the server is configured.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KioskTimes {
    /// The whole server is a kiosk (`--kiosk`).
    pub always: bool,
    /// A kiosk world's idle limit, the countdown included.
    pub idle: Duration,
    /// How long "Er du her stadig?" counts down before the world ends.
    pub countdown: Duration,
}

/// The kiosk's times if the page being rendered is in kiosk mode.
pub fn active() -> Option<KioskTimes> {
    let k = use_context::<KioskTimes>()?;
    (k.always
        || with_context::<http::request::Parts, _>(|p| active_in(&k, &p.headers)).unwrap_or(false))
    .then_some(k)
}

/// Whether a request is in kiosk mode (for the server's handlers).
pub fn active_in(times: &KioskTimes, headers: &http::HeaderMap) -> bool {
    times.always || crate::session::cookie_in(headers, &[COOKIE]).is_some()
}

/// The kiosk's warning in a page of a world, where JavaScript runs; without it, the page's
/// refresh (in `<noscript>`) opens the server's warning page at the same moment.
#[component]
pub fn KioskRefresh(
    left: Duration,
    countdown: Duration,
    back: String,
    /// The learner's guide language's words (Danish without one).
    words: crate::guide::words::Words,
) -> impl IntoView {
    let due = left.saturating_sub(countdown).as_secs().max(1);
    let warning = crate::world::ending::warning_address(&back);
    let refresh = format!(
        r#"<meta http-equiv="refresh" content="{due}; url={}">"#,
        html_escape::encode_double_quoted_attribute(&warning)
    );
    view! {
        <noscript inner_html=refresh></noscript>
        <div lang=words.html_lang() dir=words.dir()>
        <islands::kiosk::KioskWarning
            warn_in=due
            end_in=left.as_secs()
            heading=words.get("kiosk_still_here")
            explain=words.get("kiosk_explain")
            seconds_left=words.get("kiosk_seconds_left")
            keep=words.get("kiosk_keep")
            back=back
            leave=warning
        />
        </div>
    }
}

/// The guide's words for the learner of the world `lang` says (empty: Danish).
pub fn words_for(lang: &str) -> crate::guide::words::Words {
    use_context::<std::sync::Arc<domain::Scenario>>()
        .map(|s| crate::guide::words(&s, lang))
        .unwrap_or_default()
}
