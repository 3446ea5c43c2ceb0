//! Digital Post: the mailbox page ("Indbakke" and the other folders, search, moving).
//! Every action is a plain form posting to the page's own address.

use crate::html::{Html, IntoHtml};
use crate::notice::Notice;
use crate::paths;
use crate::post::*;
use crate::text;
use crate::title::Title;
use crate::world::in_world;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

pub(crate) fn not_logged_in() -> Html {
    view! {
        <Title text=text::post::TITLE/>
        <h1>{text::post::TITLE}</h1>
        <p>{text::post::NOT_LOGGED_IN}</p>
        <p><a class="button button-primary" href=paths::LOG_IN>{text::header::LOG_IN}</a></p>
    }
    .into_html()
}

pub(crate) fn folder_href(key: &str) -> String {
    format!("{}?mappe={key}", paths::POST)
}

#[component]
pub fn MailboxPage() -> impl IntoView {
    // Read once: the page is rendered once, on the server (no memos to keep up to date).
    let (folder, sort, search, notice, undo) = use_query_map().with_untracked(|q| {
        (
            q.get("mappe").unwrap_or_default(),
            q.get("sorter").unwrap_or_default(),
            q.get("soeg").unwrap_or_default(),
            Notice::in_query(q),
            // "Fortryd" after "Slet": the letter, if the address names one that could exist.
            q.get("brev").filter(|b| domain::LetterId::parse(b).is_ok()),
        )
    });
    let data = get_mailbox(&folder, &sort, &search);
    let mut page = format!(
        "{}?mappe={}",
        paths::POST,
        if folder.is_empty() {
            "indbakke"
        } else {
            &folder
        }
    );
    if !sort.is_empty() {
        page.push_str(&format!("&sorter={sort}"));
    }
    if !search.is_empty() {
        page = paths::POST.to_owned();
    }
    in_world(data, move |view| match view {
        None => not_logged_in(),
        Some(view) => super::mailbox::mailbox_body(view, page, notice, undo),
    })
}
