//! The warning before an unused world ends. Every page of a live world carries a meta
//! refresh that, if the learner does nothing, opens "Din øvelse slutter om 5 minutter" a
//! few minutes before the world would end (with JavaScript on or off alike). That page is
//! answered by the server without counting as activity (`server/src/lifecycle.rs`), so a
//! forgotten tab never keeps a world alive; "Fortsæt øvelsen" does.

use crate::paths;
use crate::session::{Lifetime, SessionLookup, Store, current_session};
use crate::text::ending as t;
use leptos::prelude::*;
use leptos_meta::Meta;
use leptos_router::hooks::use_location;
use std::time::{Duration, Instant};

/// How long before the end the warning comes: 5 minutes, or a quarter of the idle limit
/// when that is shorter (a server configured with very short worlds).
pub fn lead(idle: Duration) -> Duration {
    Duration::from_secs(5 * 60).min(idle / 4)
}

/// What the warning page does for a world with `time_left`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    /// Not near its end (the learner used it in another tab): back to the page.
    Back,
    /// Warn: the world ends in `minutes` (rounded up); look again in `refresh` seconds,
    /// when it has ended.
    Warn { minutes: u64, refresh: u64 },
}

pub fn decide(time_left: Duration, lead: Duration) -> Ending {
    // A little slack: the page's refresh fires on the browser's clock.
    if time_left > lead + Duration::from_secs(30) {
        return Ending::Back;
    }
    Ending::Warn {
        minutes: time_left.as_secs().div_ceil(60).max(1),
        refresh: time_left.as_secs() + 2,
    }
}

/// The address of the warning, coming back to `back`.
pub fn warning_address(back: &str) -> String {
    let query = serde_html_form::to_string([("tilbage", back)]).unwrap_or_default();
    format!("{}?{query}", paths::ENDING_SOON)
}

/// On a page of a live world: `<meta http-equiv="refresh">` to the warning, due when the
/// world has `lead` left.
#[component]
pub fn IdleRefresh() -> impl IntoView {
    let location = use_location();
    let (path, search) = (
        location.pathname.get_untracked(),
        location.search.get_untracked(),
    );
    let (Some(Store(store)), Some(lifetime), SessionLookup::Live(id)) = (
        use_context::<Store>(),
        use_context::<Lifetime>(),
        current_session(),
    ) else {
        return None;
    };
    let left = store.time_left(&id, Instant::now())?;
    let due = left.saturating_sub(lead(lifetime.idle)).as_secs().max(1);
    let back = if search.is_empty() {
        path
    } else {
        format!("{path}?{search}")
    };
    let back = crate::forms::local_path(&back).unwrap_or_else(|| paths::WORLD.to_owned());
    Some(view! {
        <Meta http_equiv="refresh" content=format!("{due}; url={}", warning_address(&back))/>
    })
}

/// The warning page, as a whole document (it is answered without the world's pages, which
/// would count as activity).
pub fn render(minutes: u64, back: &str, refresh: u64) -> String {
    let back = back.to_owned();
    let body = Owner::new().with(move || {
        view! {
            <crate::components::Frame>
                <crate::world::Alert kind="alert-warning">
                    <h1 class="alert-heading h2">{t::heading(minutes)}</h1>
                    <p class="alert-text">{t::EXPLAIN}</p>
                </crate::world::Alert>
                <div class="world-actions-buttons">
                    <a class="button button-primary button-large" href=back>{t::CONTINUE}</a>
                    <a class="button button-secondary" href=paths::END>{t::END_NOW}</a>
                </div>
            </crate::components::Frame>
        }
        .to_html()
    });
    // When the time is up the page looks again: the world has ended, and the world's front
    // page says so.
    let head = format!(
        "<meta http-equiv=\"refresh\" content=\"{refresh}; url={}\">",
        paths::WORLD
    );
    crate::error_page::document(t::TITLE, &head, &body)
}

#[cfg(test)]
mod tests {
    use super::*;

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
            super::lead(Duration::from_secs(8 * 60)),
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
}
