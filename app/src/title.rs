//! The page's `<title>`: a page names itself with `<Title text=…/>` wherever it renders,
//! and the server writes the title into `<head>` once the page is rendered (`server/src/pages.rs`).
//!
//! Instead of `leptos_meta`: its server side waits a tick of Leptos's executor on every
//! page (a spawned task and a second pass through every layer) and copies the whole page
//! again to put the title in; pages here only ever set a title (issue 20).

use crate::text;
use leptos::prelude::*;
use std::sync::{Arc, Mutex};

/// The title the page set (the last `<Title>` rendered wins, as in `leptos_meta`).
#[derive(Clone, Default)]
pub struct PageTitle(Arc<Mutex<Option<String>>>);

impl PageTitle {
    /// The whole `<title>` element: the page's name, escaped (titles carry what learners
    /// type: a search, a folder's name, a subject), then the product's name.
    pub fn element(&self) -> String {
        let page = self.0.lock().unwrap_or_else(|e| e.into_inner()).take();
        match page {
            Some(page) => format!(
                "<title>{} – {}</title>",
                html_escape::encode_text(&page),
                text::PRODUCT
            ),
            None => format!("<title>{}</title>", text::PRODUCT),
        }
    }
}

/// Gives the page a title; renders nothing where it stands.
#[component]
pub fn Title(#[prop(into)] text: String) -> impl IntoView {
    set_title(text);
}

/// Gives the page being rendered its title (what `<Title>` does, for written markup).
pub fn set_title(text: String) {
    if let Some(PageTitle(title)) = use_context::<PageTitle>() {
        *title.lock().unwrap_or_else(|e| e.into_inner()) = Some(text);
    }
}
