//! The interactive parts of Demoborger's pages, as Leptos islands. Every page is rendered
//! on the server and every action is a plain form post; the browser bundle only hydrates
//! these few components, so it stays small. Props are plain values: the server renders the
//! text, the island only adds behaviour (texts that are the same on every page, the idle
//! warning's, are compiled in instead of sent with every page).

use leptos::prelude::*;

pub mod kiosk;
pub mod material;
pub mod mitid;
pub mod speech;

/// Marks `<body data-hydrated="true">` once the wasm runs, so browser tests (and curious
/// teachers) can tell that the page's interactive parts work. Renders nothing visible.
#[island]
pub fn HydrationMark() -> impl IntoView {
    Effect::new(move |_| {
        if let Some(body) = document().body() {
            let _ = body.set_attribute("data-hydrated", "true");
        }
    });
}

/// A button that opens the browser's print dialog. It appears only where JavaScript runs:
/// without it, the page tells the learner to print from the browser's menu instead.
#[island]
pub fn PrintButton(label: String, class: String) -> impl IntoView {
    let (running, set_running) = signal(false);
    Effect::new(move |_| set_running.set(true));
    view! {
        <Show when=move || running.get()>
            <button type="button" class=class.clone() on:click=move |_| {
                let _ = window().print();
            }>{label.clone()}</button>
        </Show>
    }
}

/// The warning before an unused world ends, in the page where JavaScript runs: after
/// `warn_in` seconds without a new page it appears at the bottom of the screen
/// ("Din øvelse slutter om 5 minutter", with "Fortsæt øvelsen" = this page again, which
/// keeps the world); after `end_in` seconds it says the time is up, with the way to the
/// world's page (which shows whether the world is still there: used in another tab). Without
/// JavaScript the page's own refresh opens the server's warning page instead. One fixed
/// structure whose texts change (no views swapped), so the bundle stays small; the texts
/// appear only when due, so screen readers announce them (role="alert"). The texts are the
/// same on every page, so they are compiled in (`ending_text`); `minutes` is the warning's
/// lead and `back` the page to open again.
#[island]
pub fn IdleWarning(warn_in: u64, end_in: u64, minutes: u64, back: String) -> impl IntoView {
    use ending_text as t;
    // 0: nothing to say yet; 1: the warning; 2: the world has ended.
    let (stage, set_stage) = signal(0u8);
    Effect::new(move |_| {
        set_timeout(
            move || set_stage.set(1),
            std::time::Duration::from_secs(warn_in),
        );
        set_timeout(
            move || set_stage.set(2),
            std::time::Duration::from_secs(end_in),
        );
    });
    let heading = t::heading(minutes);
    let pick = move |warning: &str, end: &str| match stage.get() {
        0 => String::new(),
        1 => warning.to_owned(),
        _ => end.to_owned(),
    };
    view! {
        <div class="alert alert-warning idle-warning" role="alert" hidden=move || stage.get() == 0>
            <div class="alert-body">
                <p class="alert-heading">{move || pick(&heading, t::ENDED)}</p>
                <p class="alert-text">{move || pick(t::EXPLAIN_IN_PAGE, "")}</p>
                <p class="alert-text">
                    <a class="button button-primary" href=move || pick(&back, "/ovelse")>{move || pick(t::CONTINUE, t::SEE_WORLD)}</a>
                </p>
            </div>
        </div>
    }
}

/// The idle warning's Danish texts. They are the same on every page, so they are compiled
/// into the island (and re-exported as `app::text::ending`) instead of travelling as props
/// in every page's HTML; only the times and the way back are props.
pub mod ending_text {
    pub fn heading(minutes: u64) -> String {
        if minutes == 1 {
            "Din øvelse slutter om 1 minut".to_owned()
        } else {
            format!("Din øvelse slutter om {minutes} minutter")
        }
    }
    pub const CONTINUE: &str = "Fortsæt øvelsen";
    /// In the page (JavaScript on): "Fortsæt øvelsen" opens this page again.
    pub const EXPLAIN_IN_PAGE: &str = "Du har ikke brugt øvelsen i et stykke tid. Tryk på »Fortsæt øvelsen«, hvis du vil beholde den. Ellers bliver den slettet.";
    pub const ENDED: &str =
        "Tiden er gået: din øvelse er slettet, hvis den ikke er blevet brugt i et andet vindue.";
    pub const SEE_WORLD: &str = "Gå til din øvelse";
}

/// Keeps a live part of a page (the teacher's board) up to date where JavaScript runs:
/// every `every_ms` milliseconds it fetches the page again and swaps in the new contents of
/// the element with id `target`; if the page is gone (the hold ended in another tab), it
/// loads it, to show why. Without JavaScript the page's own refresh does this, less often.
#[island]
pub fn LiveBoard(every_ms: u32, target: String) -> impl IntoView {
    #[cfg(feature = "hydrate")]
    Effect::new(move |_| {
        let target = target.clone();
        let _ = set_interval_with_handle(
            move || {
                let target = target.clone();
                leptos::task::spawn_local(async move {
                    live::refresh(&target).await;
                });
            },
            std::time::Duration::from_millis(u64::from(every_ms)),
        );
    });
    #[cfg(not(feature = "hydrate"))]
    let _ = (every_ms, target);
}

/// Where a page asks for its world's version (`PartnerWatch`).
pub const VERSION_PATH: &str = "/ovelse/udgave";

#[cfg(feature = "hydrate")]
mod live {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;

    /// The version of the learner's world (`/ovelse/udgave`), if the server answers.
    pub async fn version() -> Option<u32> {
        let window = web_sys::window()?;
        let response: web_sys::Response =
            JsFuture::from(window.fetch_with_str(super::VERSION_PATH))
                .await
                .ok()?
                .dyn_into()
                .ok()?;
        if !response.ok() {
            return None;
        }
        JsFuture::from(response.text().ok()?)
            .await
            .ok()?
            .as_string()?
            .trim()
            .parse()
            .ok()
    }

    /// One look at the page: the fresh contents of `target`, put in place if they changed.
    pub async fn refresh(target: &str) -> Option<()> {
        let window = web_sys::window()?;
        let location = window.location();
        let href = location.href().ok()?;
        let response: web_sys::Response = JsFuture::from(window.fetch_with_str(&href))
            .await
            .ok()?
            .dyn_into()
            .ok()?;
        if response.status() == 404 {
            let _ = location.reload();
            return None;
        }
        if !response.ok() {
            return None;
        }
        let text = JsFuture::from(response.text().ok()?)
            .await
            .ok()?
            .as_string()?;
        let parsed = web_sys::DomParser::new()
            .ok()?
            .parse_from_string(&text, web_sys::SupportedType::TextHtml)
            .ok()?;
        let fresh = parsed.get_element_by_id(target)?.inner_html();
        let here = window.document()?.get_element_by_id(target)?;
        if here.inner_html() != fresh {
            here.set_inner_html(&fresh);
        }
        Some(())
    }
}

/// In a world two practise in ("Øv sammen"): every 3 seconds it asks the server for the
/// world's version, and when it differs from `version` (the partner did something) it says
/// so, with a button that loads the page again. It never reloads by itself, so nothing the
/// learner is typing is lost.
#[island]
pub fn PartnerWatch(version: u32, notice: String, reload: String) -> impl IntoView {
    let (changed, set_changed) = signal(false);
    #[cfg(feature = "hydrate")]
    Effect::new(move |_| {
        let _ = set_interval_with_handle(
            move || {
                leptos::task::spawn_local(async move {
                    if live::version().await.is_some_and(|v| v != version) {
                        set_changed.set(true);
                    }
                });
            },
            std::time::Duration::from_secs(3),
        );
    });
    #[cfg(not(feature = "hydrate"))]
    let _ = (version, set_changed);
    view! {
        <div class="partner-watch" aria-live="polite">
            <Show when=move || changed.get()>
                <p class="partner-notice">
                    {notice.clone()}" "
                    <button type="button" class="button button-secondary button-small" on:click=move |_| {
                        let _ = window().location().reload();
                    }>{reload.clone()}</button>
                </p>
            </Show>
        </div>
    }
}
