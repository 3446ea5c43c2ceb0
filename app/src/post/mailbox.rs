//! The mailbox's body ("Indbakke" and the other folders, search results), written straight
//! into HTML with [`Markup`] (issue 20): the same markup its Leptos view wrote, without the
//! view's hydration markers (only islands hydrate). Measured on the inbox under `wrk`, the
//! view's rendering was ~17 % of the server's CPU per page. Parts that are rarely on the
//! page (a notice, a refusal, a helper's view, an own folder's tools, emptying the trash)
//! are still written by their views.

use crate::components::{FieldError, group_class};
use crate::html::Html;
use crate::markup::Markup;
use crate::nemid::Errors;
use crate::notice::Notice;
use crate::paths;
use crate::post::form::Handling;
use crate::post::mailbox_parts;
use crate::post::*;
use crate::text;
use crate::title::set_title;
use leptos::prelude::*;
use std::sync::LazyLock;

/// What a mailbox page usually weighs: its buffer is sized once.
const BODY_BYTES: usize = 8 * 1024;

pub(crate) fn mailbox_body(
    view: MailboxView,
    page: String,
    notice: Option<Notice>,
    undo: Option<String>,
) -> Html {
    use text::post as t;
    let current_key = view.current.as_ref().map(|c| c.key.as_str());
    let heading = match &view.current {
        Some(c) => c.name.clone(),
        None if view.query.is_empty() => t::NO_FOLDERS.to_owned(),
        None => format!("{} \"{}\"", t::SEARCH_RESULTS, view.query),
    };
    set_title(format!("{} – {}", heading, t::TITLE));
    let rights = &view.rights;
    let sent = current_key == Some("sendt");
    let has_letters = !view.letters.is_empty();
    let at = &view.field_error;
    let mut m = Markup::with_capacity(BODY_BYTES + view.letters.len() * 900);

    m.raw("<h1>").text(t::TITLE).raw("</h1>");
    m.raw(r#"<p class="post-owner">"#)
        .text(t::MAILBOX_OF)
        .raw(" <strong>")
        .text(&view.owner)
        .raw("</strong>");
    if let Some(n) = view.unread {
        m.text(" · ").text(&t::unread_count(n));
    }
    m.raw("</p>");
    mailbox_parts::alerts(&mut m, &view, &heading, &page, notice, undo);
    if !view.errors.is_empty() {
        m.view(view! { <Errors errors=view.errors.clone()/> });
    }
    if view.mailboxes.len() > 1 {
        mailbox_parts::switch_mailbox(&mut m, &view, &page);
    }

    m.raw(r#"<div class="post-layout"><div class="post-main">"#);
    // On a phone the letters come first: "Skriv ny besked" and "Mapper" (a jump to the
    // folders below the list) in one row above them.
    m.raw(r#"<p class="post-phone-bar">"#);
    if rights.write {
        write_link(&mut m, "button button-primary");
    }
    m.raw(r##"<a href="#mapper" class="button button-secondary">"##)
        .text(t::FOLDERS)
        .raw("</a></p>");
    m.raw(r#"<form method="get" action=""#)
        .raw(paths::POST)
        .raw(r#"" role="search" class="post-search"><label for="soeg" class="form-label">"#)
        .text(t::SEARCH_LABEL)
        .raw(r#"</label><div class="post-search-row"><input id="soeg" name="soeg" type="search" value=""#)
        .attr(&view.query)
        .raw(r#"" class="form-input"><button type="submit" class="button button-secondary">"#)
        .text(t::SEARCH)
        .raw("</button></div></form>");
    m.raw("<h2>").text(&heading).raw("</h2>");
    if view.current.is_some() {
        let sort_link = |m: &mut Markup, key: &str, label: &str| {
            m.raw(r#"<a href=""#)
                .raw(paths::POST)
                .raw("?mappe=")
                .attr(current_key.unwrap_or("indbakke"))
                .raw("&amp;sorter=")
                .raw(key)
                .raw("\"")
                .opt_attr("aria-current", (view.sort == key).then_some("true"))
                .raw(">")
                .text(label)
                .raw("</a>");
        };
        m.raw(r#"<p class="post-sort">"#).text(t::SORT_BY).raw(" ");
        sort_link(&mut m, "dato", t::SORT_DATE);
        m.raw(" · ");
        sort_link(
            &mut m,
            "afsender",
            if sent { t::RECIPIENT } else { t::SORT_SENDER },
        );
        m.raw("</p>");
    }
    if has_letters {
        letter_table(&mut m, &view, &page, sent);
    } else {
        let empty = if view.current.is_some() {
            t::EMPTY_FOLDER
        } else if view.query.is_empty() {
            t::NO_FOLDERS_TEXT
        } else {
            t::NO_RESULTS
        };
        m.raw("<p>").text(empty).raw("</p>");
    }
    // A helper may neither rename nor delete the owner's folders: no tools at all.
    if let Some(own) = view
        .current
        .as_ref()
        .filter(|c| c.own && (rights.rename_folder || rights.delete))
    {
        mailbox_parts::folder_tools(&mut m, own, rights, &page, at.at("nyt-navn"));
    }
    if current_key == Some("papirkurv") && has_letters && rights.delete {
        mailbox_parts::empty_trash(&mut m, &page, at.at("bekraeft"));
    }

    m.raw(r#"</div><div id="mapper" class="post-side">"#);
    if rights.write {
        m.raw(r#"<p class="post-write-wide">"#);
        write_link(&mut m, "button button-primary post-write");
        m.raw("</p>");
    }
    folder_nav(&mut m, &view.folders, current_key, view.drafts);
    side_link(&mut m, paths::ACTIVITY, t::ACTIVITY);
    side_link(&mut m, paths::SETTINGS, t::SETTINGS);
    if rights.helper.is_none() {
        side_link(&mut m, paths::ACCESS, t::ACCESS);
    }
    m.raw(&HELP_EXEMPT);
    if rights.create_folder {
        new_folder(&mut m, &page, &view.kept_name, at.at("navn"));
    }
    m.raw("</div></div>");
    m.into_html()
}

/// "Kan man blive fritaget for Digital Post?": the same on every mailbox page.
static HELP_EXEMPT: LazyLock<String> = LazyLock::new(|| {
    use text::post as t;
    let mut m = Markup::with_capacity(1024);
    m.raw(r#"<details class="help-text post-help"><summary>"#)
        .text(t::HELP_EXEMPT)
        .raw("</summary>");
    for p in t::HELP_EXEMPT_TEXT {
        m.raw("<p>").text(p).raw("</p>");
    }
    m.raw("</details>");
    m.into_string()
});

/// "Skriv ny besked".
fn write_link(m: &mut Markup, class: &str) {
    m.raw(r#"<a href=""#)
        .raw(paths::WRITE)
        .raw(r#"" class=""#)
        .raw(class)
        .raw(r#"">"#)
        .text(text::post::WRITE)
        .raw("</a>");
}

/// A link under the folders ("Aktivitetslog", "Besked om ny post", …).
fn side_link(m: &mut Markup, href: &str, label: &str) {
    m.raw(r#"<p class="post-activity-link"><a href=""#)
        .attr(href)
        .raw(r#"">"#)
        .text(label)
        .raw("</a></p>");
}

/// The form's hidden `handling` field.
fn handling(m: &mut Markup, handling: Handling) {
    m.raw(r#"<input type="hidden" name="handling" value=""#)
        .raw(handling.as_str())
        .raw(r#"">"#);
}

/// `aria-describedby` and `aria-invalid` of an input refused with the message `id`.
fn invalid(m: &mut Markup, error: bool, described_by: &str) {
    if error {
        m.raw(r#" aria-describedby=""#)
            .raw(described_by)
            .raw(r#"" aria-invalid="true""#);
    }
}

/// The letters in a table, each with a box to tick, and "Flyt til" under it.
fn letter_table(m: &mut Markup, view: &MailboxView, page: &str, sent: bool) {
    use text::post as t;
    let folder_column = view.current.is_none();
    m.raw(r#"<form method="post" action=""#)
        .attr(page)
        .raw(r#"" class="post-list-form">"#);
    handling(m, Handling::Move);
    m.raw(r#"<table class="table table--compact post-table"><thead><tr><th scope="col"><span class="sr-only">"#)
        .text(t::CHOOSE)
        .raw(r#"</span></th><th scope="col">"#)
        .text(if sent { t::RECIPIENT } else { t::SENDER })
        .raw(r#"</th><th scope="col">"#)
        .text(t::SUBJECT)
        .raw(r#"</th><th scope="col">"#)
        .text(t::DATE)
        .raw("</th>");
    if folder_column {
        m.raw(r#"<th scope="col">"#).text(t::FOLDER).raw("</th>");
    }
    m.raw("</tr></thead><tbody>");
    letter_rows(m, &view.letters, &view.ticked, folder_column);
    m.raw("</tbody></table>");
    if !view.targets.is_empty() {
        let error = view.field_error.at("til");
        m.raw(if error.is_some() {
            r#"<div class="post-move form-group form-error">"#
        } else {
            r#"<div class="post-move">"#
        });
        m.raw(r#"<label for="til" class="form-label">"#)
            .text(t::MOVE_TO)
            .raw("</label>");
        let refused = error.is_some();
        if refused {
            m.view(view! { <FieldError id="til-error" message=error/> });
        }
        m.raw(r#"<select id="til" name="til""#);
        invalid(m, refused, "til-error");
        m.raw(r#" class="form-select"><option value="" selected>"#)
            .text(t::CHOOSE_FOLDER)
            .raw("</option>");
        for f in &view.targets {
            m.raw(r#"<option value=""#)
                .attr(&f.key)
                .raw(r#"">"#)
                .text(&f.name)
                .raw("</option>");
        }
        m.raw(r#"</select><button type="submit" class="button button-secondary">"#)
            .text(t::MOVE)
            .raw("</button></div>");
    }
    m.raw("</form>");
}

/// The mailbox's rows, one per letter: the inbox's largest repeated part.
fn letter_rows(m: &mut Markup, letters: &[LetterRow], ticked: &[String], folder_column: bool) {
    use text::post as t;
    let mut id = Markup::with_capacity(64);
    for l in letters {
        // The id goes into four attributes: escaped once.
        let id = {
            id.clear();
            id.attr(&l.id);
            id.as_str()
        };
        m.raw(if l.unread {
            r#"<tr class="post-row unread">"#
        } else {
            r#"<tr class="post-row">"#
        });
        m.raw(r#"<td class="post-check-cell"><div class="form-group-checkbox"><input type="checkbox" name="brev" value=""#)
            .raw(id)
            .raw(r#"" id="vaelg-"#)
            .raw(id)
            .raw("\"");
        if ticked.contains(&l.id) {
            m.raw(" checked");
        }
        m.raw(r#" class="form-checkbox"><label for="vaelg-"#)
            .raw(id)
            .raw(r#""><span class="sr-only">"#)
            .text(t::CHOOSE)
            .raw(" ")
            .text(&l.subject)
            .raw("</span></label></div></td><td>")
            .text(&l.sender)
            .raw(r#"</td><td><span class="post-subject-line">"#);
        if l.unread {
            m.raw(r#"<span aria-hidden="true" class="unread-dot"></span><span class="sr-only">"#)
                .text(t::UNREAD_MARK)
                .raw(": </span>");
        }
        m.raw(r#"<button type="submit" name="aabn" value=""#)
            .raw(id)
            .raw(r#"" class="link-button post-subject">"#)
            .text(&l.subject)
            .raw(r#"</button></span></td><td class="nowrap">"#)
            .text(&l.date)
            .raw("</td>");
        if folder_column {
            m.raw("<td>").text(&l.folder).raw("</td>");
        }
        m.raw("</tr>");
    }
}

/// "Mapper": the folders with their unread letters, then "Kladder".
fn folder_nav(
    m: &mut Markup,
    folders: &[FolderView],
    current: Option<&str>,
    drafts: Option<usize>,
) {
    use text::post as t;
    m.raw(r#"<nav aria-labelledby="folders-heading" class="post-folders"><h2 id="folders-heading" class="h4">"#)
        .text(t::FOLDERS)
        .raw(r#"</h2><ul class="post-folder-list no-max-width">"#);
    for f in folders {
        let is_current = current == Some(f.key.as_str());
        m.raw(r#"<li><a href=""#)
            .raw(paths::POST)
            .raw("?mappe=")
            .attr(&f.key)
            .raw("\"");
        m.raw(if is_current {
            r#" aria-current="page" class="post-folder current">"#
        } else {
            r#" class="post-folder">"#
        });
        m.text(&f.name);
        if f.unread > 0 {
            m.raw(" (")
                .number(f.unread)
                .raw(" ")
                .text(t::UNREAD)
                .raw(")");
        }
        m.raw("</a></li>");
    }
    if let Some(n) = drafts {
        m.raw(r#"<li><a href=""#)
            .raw(paths::DRAFTS)
            .raw(r#"" class="post-folder">"#)
            .text(t::DRAFTS);
        if n > 0 {
            m.raw(" (").number(n).raw(")");
        }
        m.raw("</a></li>");
    }
    m.raw("</ul></nav>");
}

/// "Opret mappe", with the name a refused form sent kept.
fn new_folder(m: &mut Markup, page: &str, kept: &str, error: Option<String>) {
    use text::post as t;
    let refused = error.is_some();
    m.raw(r#"<form method="post" action=""#)
        .attr(page)
        .raw(r#"" class="post-new-folder">"#);
    handling(m, Handling::CreateFolder);
    m.raw(r#"<div class=""#)
        .raw(group_class(refused))
        .raw(r#""><label for="navn" class="form-label">"#)
        .text(t::FOLDER_NAME)
        .raw(r#"</label><span id="navn-hint" class="form-hint">"#)
        .text(t::FOLDER_NAME_HINT)
        .raw("</span>");
    if refused {
        m.view(view! { <FieldError id="navn-error" message=error/> });
    }
    m.raw(r#"<input id="navn" name="navn" type="text" value=""#)
        .attr(kept)
        .raw(if refused {
            r#"" aria-describedby="navn-hint navn-error" aria-invalid="true""#
        } else {
            r#"" aria-describedby="navn-hint""#
        })
        .raw(r#" maxlength="60" class="form-input"></div><button type="submit" class="button button-secondary">"#)
        .text(t::NEW_FOLDER)
        .raw("</button></form>");
}
