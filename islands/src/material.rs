//! "Eget materiale": the letter and the exercise drawn as the teacher types, beside the
//! form. Without JavaScript the server's "Vis forhåndsvisning" shows the same after a post.

use leptos::prelude::*;

/// What the form holds now.
#[derive(Debug, Clone, Default, PartialEq)]
struct Snapshot {
    running: bool,
    subject: String,
    sender: String,
    to: String,
    paragraphs: Vec<String>,
    title: String,
    story: String,
    steps: Vec<String>,
}

#[cfg(feature = "hydrate")]
mod read {
    use super::Snapshot;
    use wasm_bindgen::JsCast;

    /// The value of the input, text area or select with id `id` (a select's: the chosen
    /// option's text when `label`).
    fn value(id: &str, label: bool) -> String {
        let Some(el) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(id))
        else {
            return String::new();
        };
        if let Some(i) = el.dyn_ref::<web_sys::HtmlInputElement>() {
            return i.value();
        }
        if let Some(t) = el.dyn_ref::<web_sys::HtmlTextAreaElement>() {
            return t.value();
        }
        if let Some(s) = el.dyn_ref::<web_sys::HtmlSelectElement>() {
            if !label {
                return s.value();
            }
            return u32::try_from(s.selected_index())
                .ok()
                .and_then(|i| s.item(i))
                .and_then(|o| o.text_content())
                .unwrap_or_default();
        }
        String::new()
    }

    pub fn snapshot() -> Snapshot {
        let sender = if value("fra", false) == "ny" {
            value("ny_afsender", false)
        } else {
            value("fra", true)
        };
        let steps = (1..=4)
            .filter(|n| !value(&format!("trin{n}_tjek"), false).is_empty())
            .map(|n| {
                let text = value(&format!("trin{n}_tekst"), false);
                if text.trim().is_empty() {
                    value(&format!("trin{n}_tjek"), true)
                } else {
                    text
                }
            })
            .collect();
        Snapshot {
            running: true,
            subject: value("emne", false),
            sender,
            to: value("til", true),
            paragraphs: value("tekst", false)
                .split("\n\n")
                .map(|p| p.trim().to_owned())
                .filter(|p| !p.is_empty())
                .collect(),
            title: value("titel", false),
            story: value("historie", false),
            steps,
        }
    }
}

/// The live preview: hidden until the page's JavaScript runs, then redrawn on every key
/// and choice in the form. The texts (headings, labels) come from the server.
#[island]
pub fn MaterialLivePreview(
    heading: String,
    from_label: String,
    to_label: String,
    no_subject: String,
    exercise_label: String,
) -> impl IntoView {
    let (now, set_now) = signal(Snapshot::default());
    #[cfg(feature = "hydrate")]
    Effect::new(move |_| {
        set_now.set(read::snapshot());
        // Listeners for the page's life (the island is never removed).
        std::mem::forget(window_event_listener(leptos::ev::input, move |_| {
            set_now.set(read::snapshot())
        }));
        std::mem::forget(window_event_listener(leptos::ev::change, move |_| {
            set_now.set(read::snapshot())
        }));
    });
    #[cfg(not(feature = "hydrate"))]
    let _ = set_now;
    let field = move |f: fn(&Snapshot) -> String| move || f(&now.get());
    view! {
        <section class="material-live" aria-labelledby="material-live-heading" hidden=move || !now.get().running>
            <h3 id="material-live-heading">{heading}</h3>
            <article class="post-letter material-letter">
                <p class="h4">{move || {
                    let s = now.get().subject;
                    if s.trim().is_empty() { no_subject.clone() } else { s }
                }}</p>
                <dl class="post-letter-meta">
                    <dt>{from_label}</dt><dd>{field(|s| s.sender.clone())}</dd>
                    <dt>{to_label}</dt><dd>{field(|s| s.to.clone())}</dd>
                </dl>
                <div class="post-letter-text">
                    {move || now.get().paragraphs.into_iter().map(|p| view! { <p>{p}</p> }).collect_view()}
                </div>
            </article>
            <div hidden=move || now.get().title.trim().is_empty()>
                <p><strong>{move || format!("{exercise_label}: {}", now.get().title)}</strong></p>
                <p>{field(|s| s.story.clone())}</p>
                <ol>{move || now.get().steps.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ol>
            </div>
        </section>
    }
}
