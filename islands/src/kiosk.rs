//! The kiosk's "Er du her stadig?" in the page, with a countdown the learner can see.

use leptos::prelude::*;

/// After `warn_in` seconds without a new page: "Er du her stadig?" with the seconds left
/// until `end_in`, and "Ja, fortsæt" (`back`: this page again, which keeps the world).
/// When the time is up the browser goes to `leave`, where the server ends the world and
/// shows the start page. One fixed structure whose texts change; it appears when due, so
/// screen readers announce it (role="alert").
#[island]
pub fn KioskWarning(
    warn_in: u64,
    end_in: u64,
    heading: String,
    explain: String,
    seconds_left: String,
    keep: String,
    back: String,
    leave: String,
) -> impl IntoView {
    let (left, set_left) = signal(None::<u64>);
    Effect::new(move |_| {
        let started = js_now();
        let leave = leave.clone();
        // Leave once: a second assign would restart a navigation a slow server has not
        // answered yet.
        let left_page = std::cell::Cell::new(false);
        let _ = set_interval_with_handle(
            move || {
                let gone = ((js_now() - started) / 1000.0).max(0.0) as u64;
                if gone >= end_in {
                    if !left_page.replace(true) {
                        #[cfg(feature = "hydrate")]
                        if let Some(w) = web_sys::window() {
                            let _ = w.location().assign(&leave);
                        }
                    }
                } else if gone >= warn_in {
                    set_left.set(Some(end_in - gone));
                }
            },
            std::time::Duration::from_millis(250),
        );
        #[cfg(not(feature = "hydrate"))]
        let _ = &leave;
    });
    view! {
        <div class="alert alert-warning idle-warning kiosk-warning" role="alert" hidden=move || left.get().is_none()>
            <div class="alert-body">
                <p class="alert-heading">{move || left.get().map(|_| heading.clone())}</p>
                <p class="alert-text">{move || left.get().map(|_| explain.clone())}</p>
                <p class="kiosk-countdown">
                    <span class="kiosk-seconds">{move || left.get().map(|n| n.to_string())}</span>" "
                    {move || left.get().map(|_| seconds_left.clone())}
                </p>
                <p class="alert-text">
                    <a class="button button-primary" href=back.clone()>{move || left.get().map(|_| keep.clone())}</a>
                </p>
            </div>
        </div>
    }
}

/// Milliseconds on the browser's clock (0 on the server, which never runs the effect).
fn js_now() -> f64 {
    #[cfg(feature = "hydrate")]
    let now = web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or(0.0);
    #[cfg(not(feature = "hydrate"))]
    let now = 0.0;
    now
}
