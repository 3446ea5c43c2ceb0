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
