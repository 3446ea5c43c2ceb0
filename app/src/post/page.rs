//! Digital Post: the mailbox page ("Indbakke" and the other folders, search, moving).
//! Every action is a plain form posting to the page's own address.

use crate::components::{FieldError, group_class};
use crate::html::{Html, IntoHtml};
use crate::nemid::Errors;
use crate::notice::Notice;
use crate::paths;
use crate::post::form::Handling;
use crate::post::*;
use crate::text;
use crate::title::Title;
use crate::world::{Alert, in_world};
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
fn FolderNav(
    folders: Vec<FolderView>,
    current: Option<String>,
    drafts: Option<usize>,
) -> impl IntoView {
    use text::post as t;
    view! {
        <nav class="post-folders" aria-labelledby="folders-heading">
            <h2 id="folders-heading" class="h4">{t::FOLDERS}</h2>
            <ul class="post-folder-list no-max-width">
                {folders.into_iter().map(|f| {
                    let is_current = current.as_deref() == Some(f.key.as_str());
                    let label = if f.unread > 0 { format!("{} ({} {})", f.name, f.unread, t::UNREAD) } else { f.name.clone() };
                    view! {
                        <li>
                            <a href=folder_href(&f.key) aria-current=is_current.then_some("page")
                               class=if is_current { "post-folder current" } else { "post-folder" }>{label}</a>
                        </li>
                    }
                }).collect_view()}
                {drafts.map(|n| view! {
                    <li>
                        <a href=paths::DRAFTS class="post-folder">
                            {if n > 0 { format!("{} ({n})", t::DRAFTS) } else { t::DRAFTS.to_owned() }}
                        </a>
                    </li>
                })}
            </ul>
        </nav>
    }
}

#[component]
fn MailboxBody(
    view: MailboxView,
    page: String,
    notice: Option<Notice>,
    undo: Option<String>,
) -> impl IntoView {
    use text::post as t;
    let current_key = view.current.as_ref().map(|c| c.key.clone());
    let heading = match &view.current {
        Some(c) => c.name.clone(),
        None if view.query.is_empty() => t::NO_FOLDERS.to_owned(),
        None => format!("{} \"{}\"", t::SEARCH_RESULTS, view.query),
    };
    // A helper may neither rename nor delete the owner's folders: no tools at all.
    let own = view
        .current
        .as_ref()
        .filter(|c| c.own && (view.rights.rename_folder || view.rights.delete))
        .cloned();
    let trash = current_key.as_deref() == Some("papirkurv");
    let from_key = current_key.clone().unwrap_or_else(|| "indbakke".into());
    let sort_base = format!("{}?mappe={}", paths::POST, from_key);
    let rights = view.rights.clone();
    let targets = view.targets.clone();
    let empty_text = if view.current.is_some() {
        t::EMPTY_FOLDER
    } else if view.query.is_empty() {
        t::NO_FOLDERS_TEXT
    } else {
        t::NO_RESULTS
    };
    let has_letters = !view.letters.is_empty();
    let show_folder_column = view.current.is_none();
    let at = &view.field_error;
    let (name_error, rename_error, confirm_error, move_error) = (
        at.at("navn"),
        at.at("nyt-navn"),
        at.at("bekraeft"),
        at.at("til"),
    );
    view! {
        <Title text=format!("{} – {}", heading, t::TITLE)/>
        <h1>{t::TITLE}</h1>
        <p class="post-owner">{t::MAILBOX_OF}" "<strong>{view.owner.clone()}</strong>{view.unread.map(|n| format!(" · {}", t::unread_count(n)))}</p>
        {view.ended.clone().map(|name| view! {
            <Alert kind="alert-warning"><p class="alert-text">{format!("{} {name}{}", t::ACCESS_ENDED_A, t::ACCESS_ENDED_B)}</p></Alert>
        })}
        {rights.helper.clone().map(|what| view! {
            <Alert kind="alert-info"><p class="alert-text">{format!("{} {}{} {what}.", t::HELPER_VIEW_A, view.owner, t::HELPER_VIEW_B)}</p></Alert>
        })}
        {notice_text(notice, &heading).map(|n| {
            let page = page.clone();
            view! {
            <Alert kind="alert-success">
                <p class="alert-text">{n}</p>
                {(notice == Some(Notice::Trashed)).then_some(()).and(undo.clone()).map(|letter| view! {
                    <form method="post" action=page.clone() class="inline-form">
                        <input type="hidden" name="handling" value=Handling::Restore.as_str()/>
                        <input type="hidden" name="brev" value=letter/>
                        <button type="submit" class="button button-secondary">{t::UNDO}</button>
                    </form>
                })}
            </Alert>
            }
        })}
        <Errors errors=view.errors.clone()/>
        {(view.mailboxes.len() > 1).then(|| view! {
            <form method="post" action=page.clone() class="post-move post-switch">
                <input type="hidden" name="handling" value=Handling::SwitchMailbox.as_str()/>
                <label class="form-label" for="postkasse">{t::SWITCH_MAILBOX}</label>
                <select class="form-select" id="postkasse" name="postkasse">
                    {view.mailboxes.iter().map(|m| {
                        let selected = m.id == view.open;
                        view! { <option value=m.id.clone() selected=selected>{m.name.clone()}</option> }
                    }).collect_view()}
                </select>
                <button type="submit" class="button button-secondary">{t::SWITCH}</button>
            </form>
        })}
        <div class="post-layout">
            <div class="post-main">
                // On a phone the letters come first: "Skriv ny besked" and "Mapper" (a jump to
                // the folders below the list) in one row above them.
                <p class="post-phone-bar">
                    {rights.write.then(|| view! {
                        <a class="button button-primary" href=paths::WRITE>{t::WRITE}</a>
                    })}
                    <a class="button button-secondary" href="#mapper">{t::FOLDERS}</a>
                </p>
                <form method="get" action=paths::POST class="post-search" role="search">
                    <label class="form-label" for="soeg">{t::SEARCH_LABEL}</label>
                    <div class="post-search-row">
                        <input class="form-input" id="soeg" name="soeg" type="search" value=view.query.clone()/>
                        <button type="submit" class="button button-secondary">{t::SEARCH}</button>
                    </div>
                </form>
                <h2>{heading.clone()}</h2>
                {view.current.is_some().then(|| view! {
                    <p class="post-sort">{t::SORT_BY}" "
                        <a href=format!("{sort_base}&sorter=dato") aria-current=(view.sort == "dato").then_some("true")>{t::SORT_DATE}</a>
                        " · "
                        <a href=format!("{sort_base}&sorter=afsender") aria-current=(view.sort == "afsender").then_some("true")>{if current_key.as_deref() == Some("sendt") { t::RECIPIENT } else { t::SORT_SENDER }}</a>
                    </p>
                })}
                {if has_letters {
                    view! {
                        <form method="post" action=page.clone() class="post-list-form">
                            <input type="hidden" name="handling" value=Handling::Move.as_str()/>
                                    <table class="table table--compact post-table">
                                <thead>
                                    <tr>
                                        <th scope="col"><span class="sr-only">{t::CHOOSE}</span></th>
                                        <th scope="col">{if current_key.as_deref() == Some("sendt") { t::RECIPIENT } else { t::SENDER }}</th>
                                        <th scope="col">{t::SUBJECT}</th>
                                        <th scope="col">{t::DATE}</th>
                                        {show_folder_column.then(|| view! { <th scope="col">{t::FOLDER}</th> })}
                                    </tr>
                                </thead>
                                <tbody inner_html=letter_rows(&view.letters, &view.ticked, show_folder_column)></tbody>
                            </table>
                            {(!targets.is_empty()).then(|| view! {
                                <div class=if move_error.is_some() { "post-move form-group form-error" } else { "post-move" }>
                                    <label class="form-label" for="til">{t::MOVE_TO}</label>
                                    <FieldError id="til-error" message=move_error.clone()/>
                                    <select class="form-select" id="til" name="til"
                                        aria-describedby=move_error.is_some().then_some("til-error")
                                        aria-invalid=move_error.is_some().then_some("true")>
                                        <option value="" selected=true>{t::CHOOSE_FOLDER}</option>
                                        {targets.iter().map(|f| view! { <option value=f.key.clone()>{f.name.clone()}</option> }).collect_view()}
                                    </select>
                                    <button type="submit" class="button button-secondary">{t::MOVE}</button>
                                </div>
                            })}
                        </form>
                    }.into_html()
                } else {
                    view! { <p>{empty_text}</p> }.into_html()
                }}
                {own.map(|f| view! {
                    <div class="post-folder-tools">
                        {rights.rename_folder.then(|| view! {
                        <form method="post" action=page.clone()>
                            <input type="hidden" name="handling" value=Handling::RenameFolder.as_str()/>
                            <input type="hidden" name="mappe" value=f.key.clone()/>
                            <div class=group_class(rename_error.is_some())>
                                <label class="form-label" for="nyt-navn">{t::NEW_NAME}</label>
                                <FieldError id="nyt-navn-error" message=rename_error.clone()/>
                                <input class="form-input" id="nyt-navn" name="navn" type="text" value=f.name.clone() maxlength="60"
                                    aria-describedby=rename_error.is_some().then_some("nyt-navn-error")
                                    aria-invalid=rename_error.is_some().then_some("true")/>
                            </div>
                            <button type="submit" class="button button-secondary">{t::RENAME}</button>
                        </form>
                        })}
                        {rights.delete.then(|| view! {
                        <form method="post" action=page.clone()>
                            <input type="hidden" name="handling" value=Handling::DeleteFolder.as_str()/>
                            <input type="hidden" name="mappe" value=f.key.clone()/>
                                    <button type="submit" class="button button-secondary">{t::DELETE_FOLDER}</button>
                        </form>
                        })}
                    </div>
                })}
                {(trash && has_letters && rights.delete).then(|| view! {
                    <form method="post" action=page.clone() class="post-empty-trash">
                        <input type="hidden" name="handling" value=Handling::EmptyTrash.as_str()/>
                            <p>{t::EMPTY_TRASH_NOTE}</p>
                        <FieldError id="bekraeft-error" message=confirm_error.clone()/>
                        <div class="form-group-checkbox">
                            <input class="form-checkbox" type="checkbox" id="bekraeft" name="bekraeft" value="ja"
                                aria-describedby=confirm_error.is_some().then_some("bekraeft-error")
                                aria-invalid=confirm_error.is_some().then_some("true")/>
                            <label for="bekraeft">{t::EMPTY_TRASH_CONFIRM}</label>
                        </div>
                        <button type="submit" class="button button-secondary">{t::EMPTY_TRASH}</button>
                    </form>
                })}
            </div>
            <div class="post-side" id="mapper">
                {rights.write.then(|| view! {
                    <p class="post-write-wide"><a class="button button-primary post-write" href=paths::WRITE>{t::WRITE}</a></p>
                })}
                <FolderNav folders=view.folders.clone() current=current_key.clone() drafts=view.drafts/>
                <p class="post-activity-link"><a href=paths::ACTIVITY>{t::ACTIVITY}</a></p>
                <p class="post-activity-link"><a href=paths::SETTINGS>{t::SETTINGS}</a></p>
                {rights.helper.is_none().then(|| view! {
                    <p class="post-activity-link"><a href=paths::ACCESS>{t::ACCESS}</a></p>
                })}
                <details class="help-text post-help">
                    <summary>{t::HELP_EXEMPT}</summary>
                    {t::HELP_EXEMPT_TEXT.iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
                </details>
                {rights.create_folder.then(|| view! {
                <form method="post" action=page.clone() class="post-new-folder">
                    <input type="hidden" name="handling" value=Handling::CreateFolder.as_str()/>
                    <div class=group_class(name_error.is_some())>
                        <label class="form-label" for="navn">{t::FOLDER_NAME}</label>
                        <span class="form-hint" id="navn-hint">{t::FOLDER_NAME_HINT}</span>
                        <FieldError id="navn-error" message=name_error.clone()/>
                        <input class="form-input" id="navn" name="navn" type="text" value=view.kept_name.clone()
                            aria-describedby=if name_error.is_some() { "navn-hint navn-error" } else { "navn-hint" }
                            aria-invalid=name_error.is_some().then_some("true") maxlength="60"/>
                    </div>
                    <button type="submit" class="button button-secondary">{t::NEW_FOLDER}</button>
                </form>
                })}
            </div>
        </div>
    }
}

/// The confirmation of what was just done, in the words of the folder shown (`heading`).
fn notice_text(notice: Option<Notice>, heading: &str) -> Option<String> {
    use text::post as t;
    Some(match notice? {
        Notice::Sent => t::SENT_NOTICE.to_owned(),
        Notice::LetterMoved => format!("{} {heading}.", t::MOVED_ONE),
        Notice::LettersMoved => format!("{} {heading}.", t::MOVED_MANY),
        Notice::Trashed => t::TRASHED_NOTICE.to_owned(),
        Notice::Restored => t::RESTORED_NOTICE.to_owned(),
        Notice::MarkedUnread => t::MARKED_UNREAD_NOTICE.to_owned(),
        _ => return None,
    })
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
        Some(view) => view! { <MailboxBody view page notice undo/> }.into_html(),
    })
}

/// The mailbox's rows, one per letter, written straight into HTML: the inbox's largest
/// repeated part, ~10 elements a letter, which through Leptos's views cost each element its
/// own class string, allocations and a second escaping pass (issue 20: 17 % of an inbox's
/// instructions). The same markup the view wrote, without its hydration markers (only
/// islands hydrate); every value the learner or the scenario gave (ids, senders, subjects,
/// folder names) escaped as Leptos escapes it.
fn letter_rows(letters: &[LetterRow], ticked: &[String], folder_column: bool) -> String {
    use html_escape::{
        encode_double_quoted_attribute_to_string as attr, encode_text_to_string as text,
    };
    use text::post as t;
    let mut out = String::with_capacity(letters.len() * 900);
    let mut id = String::new();
    for l in letters {
        // The id goes into four attributes: escaped once.
        id.clear();
        attr(&l.id, &mut id);
        out.push_str(if l.unread {
            r#"<tr class="post-row unread">"#
        } else {
            r#"<tr class="post-row">"#
        });
        out.push_str(r#"<td class="post-check-cell"><div class="form-group-checkbox"><input type="checkbox" name="brev" value=""#);
        out.push_str(&id);
        out.push_str(r#"" id="vaelg-"#);
        out.push_str(&id);
        out.push('"');
        if ticked.contains(&l.id) {
            out.push_str(" checked");
        }
        out.push_str(r#" class="form-checkbox"><label for="vaelg-"#);
        out.push_str(&id);
        out.push_str(r#""><span class="sr-only">"#);
        text(t::CHOOSE, &mut out);
        out.push(' ');
        text(&l.subject, &mut out);
        out.push_str("</span></label></div></td><td>");
        text(&l.sender, &mut out);
        out.push_str(r#"</td><td><span class="post-subject-line">"#);
        if l.unread {
            out.push_str(
                r#"<span aria-hidden="true" class="unread-dot"></span><span class="sr-only">"#,
            );
            text(t::UNREAD_MARK, &mut out);
            out.push_str(": </span>");
        }
        out.push_str(r#"<button type="submit" name="aabn" value=""#);
        out.push_str(&id);
        out.push_str(r#"" class="link-button post-subject">"#);
        text(&l.subject, &mut out);
        out.push_str(r#"</button></span></td><td class="nowrap">"#);
        text(&l.date, &mut out);
        out.push_str("</td>");
        if folder_column {
            out.push_str("<td>");
            text(&l.folder, &mut out);
            out.push_str("</td>");
        }
        out.push_str("</tr>");
    }
    out
}
