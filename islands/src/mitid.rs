//! MitID's islands: the login box that moves on by itself once the app answered, the
//! swipe to approve in the practice phone's app, and "Gentag" on the kodeoplæser. Each has
//! a plain form or control that does the same without JavaScript.

use leptos::prelude::*;

/// The form with id `form`, sent as if its button were pressed.
#[cfg(feature = "hydrate")]
fn submit(form: &str) -> Option<()> {
    use wasm_bindgen::JsCast;
    let form: web_sys::HtmlFormElement = web_sys::window()?
        .document()?
        .get_element_by_id(form)?
        .dyn_into()
        .ok()?;
    form.request_submit().ok()
}

/// While the login box waits for the MitID app: every second it asks for the world's
/// version, and when it differs from `version` (the app answered on the phone) it sends the
/// box's "Jeg har godkendt" form (id `form`), so the page moves on within 2 seconds.
#[island]
pub fn AppWait(version: u32, form: String, text: String) -> impl IntoView {
    #[cfg(feature = "hydrate")]
    Effect::new(move |_| {
        let form = form.clone();
        let sent = std::rc::Rc::new(std::cell::Cell::new(false));
        let _ = set_interval_with_handle(
            move || {
                let form = form.clone();
                let sent = sent.clone();
                leptos::task::spawn_local(async move {
                    if !sent.get() && crate::live::version().await.is_some_and(|v| v != version) {
                        sent.set(true);
                        let _ = submit(&form);
                    }
                });
            },
            std::time::Duration::from_millis(1000),
        );
    });
    #[cfg(not(feature = "hydrate"))]
    let _ = (version, form);
    view! { <p class="mitid-live">{text}</p> }
}

/// "Stryg for at godkende": a slider (a range input, so the keyboard's arrow keys move it
/// too) that sends the approval form (id `form`) when pushed to the end. Hidden until the
/// script runs; the "Godkend" button beside it does the same without JavaScript.
#[island]
pub fn Swipe(label: String, form: String) -> impl IntoView {
    let (ready, set_ready) = signal(false);
    let (value, set_value) = signal(0u32);
    let id = format!("{form}-swipe");
    Effect::new(move |_| set_ready.set(true));
    let moved = move |v: u32| {
        set_value.set(v);
        #[cfg(feature = "hydrate")]
        if v >= 95 {
            let _ = submit(&form);
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = &form;
    };
    view! {
        <div class="swipe" hidden=move || !ready.get()>
            <label class="swipe-label" for=id.clone()>{label}</label>
            <input id=id class="swipe-range" type="range" min="0" max="100" step="5"
                prop:value=move || value.get().to_string()
                on:input=move |ev| moved(event_target_value(&ev).parse().unwrap_or(0))
                on:change=move |ev| {
                    // Let go before the end: the arrow slides back.
                    if event_target_value(&ev).parse::<u32>().unwrap_or(0) < 95 {
                        set_value.set(0);
                    }
                }/>
        </div>
    }
}

/// "Gentag": plays the audio element with id `audio` again from the start. Hidden until
/// the script runs; without JavaScript the audio's own controls replay it.
#[island]
pub fn Replay(label: String, audio: String) -> impl IntoView {
    let (ready, set_ready) = signal(false);
    Effect::new(move |_| set_ready.set(true));
    let play = move |_| {
        #[cfg(feature = "hydrate")]
        {
            use wasm_bindgen::JsCast;
            if let Some(a) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id(&audio))
                .and_then(|e| e.dyn_into::<web_sys::HtmlMediaElement>().ok())
            {
                a.set_current_time(0.0);
                let _ = a.play();
            }
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = &audio;
    };
    view! {
        <button type="button" class="button button-secondary" hidden=move || !ready.get() on:click=play>{label}</button>
    }
}
