//! The interactive parts of Demoborger's pages, as Leptos islands. Every page is rendered
//! on the server and every action is a plain form post; the browser bundle only hydrates
//! these few components, so it stays small. Props are plain strings: the server renders the
//! text, the island only adds behaviour.

use leptos::prelude::*;

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
/// appear only when due, so screen readers announce them (role="alert").
#[island]
pub fn IdleWarning(
    warn_in: u64,
    end_in: u64,
    heading: String,
    explain: String,
    keep: String,
    back: String,
    ended: String,
    start_again: String,
) -> impl IntoView {
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
    let pick = move |warning: &String, end: &String| match stage.get() {
        0 => String::new(),
        1 => warning.clone(),
        _ => end.clone(),
    };
    view! {
        <div class="alert alert-warning idle-warning" role="alert" hidden=move || stage.get() == 0>
            <div class="alert-body">
                <p class="alert-heading">{move || pick(&heading, &ended)}</p>
                <p class="alert-text">{move || pick(&explain, &String::new())}</p>
                <p class="alert-text">
                    <a class="button button-primary" href=move || pick(&back, &"/ovelse".to_owned())>{move || pick(&keep, &start_again)}</a>
                </p>
            </div>
        </div>
    }
}
