//! Digital Post: a letter's page — the letter, its documents and what can be done with it.

use crate::components::PrintButton;
use crate::html::IntoHtml;
use crate::nemid::Errors;
use crate::notice::Notice;
use crate::paths;
use crate::post::form::Handling;
use crate::post::*;
use crate::text;
use crate::title::Title;
use crate::world::{Alert, in_world};
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::post::page::{folder_href, not_logged_in};

/// The letter itself: subject, sender, date, case number, documents and text.
#[component]
fn LetterArticle(letter: LetterView) -> impl IntoView {
    use text::post as t;
    view! {
        <article class="post-letter">
            <h1>{letter.subject.clone()}</h1>
            <dl class="post-letter-meta">
                <dt>{t::FROM}</dt><dd>{letter.sender.clone()}</dd>
                {letter.recipient.clone().map(|r| view! { <dt>{t::TO}</dt><dd>{r}</dd> })}
                <dt>{t::DATE}</dt><dd>{letter.date.clone()}</dd>
                <dt>{t::CASE_NUMBER}</dt><dd>{letter.case_number.clone()}</dd>
            </dl>
            <h2 class="h5">{t::DOCUMENTS}</h2>
            <ul class="post-documents">
                {letter.documents.iter().map(|d| view! {
                    <li>
                        <a href=d.href.clone() target="_blank" rel="noopener">{d.name.clone()}</a>
                        " "<span class="post-document-kind">{format!("({}, {})", d.kind, t::OPEN_DOCUMENT)}</span>
                    </li>
                }).collect_view()}
            </ul>
            <div class="post-letter-text">
                {letter.paragraphs.iter().map(|p| view! { <p>{p.clone()}</p> }).collect_view()}
            </div>
            {(!letter.can_reply && !letter.sent).then(|| view! {
                <p class="post-no-reply">{t::CANNOT_REPLY}" "<a href=paths::WRITE>{t::WRITE}</a></p>
            })}
        </article>
    }
}

/// The zoom steps of "Fuldskærm" ("Zoom ind", "Zoom ud"), the normal size being 2.
pub const ZOOMS: std::ops::RangeInclusive<u8> = 1..=5;

/// "Fuldskærm": the letter without what surrounds it (the practice banner stays), its text
/// as large as the learner wants it with "Zoom ind" / "Zoom ud" — plain links, so it works
/// without JavaScript too.
#[component]
fn LetterFullscreen(letter: LetterView, zoom: u8) -> impl IntoView {
    use text::post as t;
    let page = paths::letter(&letter.id);
    let at = |z: u8| format!("{page}?visning=fuldskaerm&zoom={z}");
    let step = |enabled: bool, z: u8, label: &'static str| {
        if enabled {
            view! { <a class="button button-secondary" href=at(z)>{label}</a> }.into_html()
        } else {
            view! { <span class="button button-secondary button-disabled" aria-disabled="true">{label}</span> }.into_html()
        }
    };
    view! {
        <Title text=format!("{} – {}", letter.subject, t::TITLE)/>
        <nav class="letter-fullscreen-bar no-print" aria-label=t::FULLSCREEN>
            <a class="button button-primary" href=page.clone()>{t::CLOSE_FULLSCREEN}</a>
            {step(zoom < *ZOOMS.end(), zoom.saturating_add(1), t::ZOOM_IN)}
            {step(zoom > *ZOOMS.start(), zoom.saturating_sub(1), t::ZOOM_OUT)}
        </nav>
        <div class=format!("letter-fullscreen zoom-{zoom}")>
            <LetterArticle letter/>
        </div>
    }
}

#[component]
fn LetterBody(letter: LetterView, notice: Option<&'static str>) -> impl IntoView {
    use text::post as t;
    let page = paths::letter(&letter.id);
    let back = folder_href(&letter.folder.key);
    let in_trash = letter.folder.key == "papirkurv";
    view! {
        <Title text=format!("{} – {}", letter.subject, t::TITLE)/>
        <p class="no-print"><a href=back>{format!("{} {}", t::BACK_TO, letter.folder.name)}</a></p>
        {notice.map(|n| view! { <Alert kind="alert-success"><p class="alert-text">{n}</p></Alert> })}
        <Errors errors=letter.errors.clone()/>
        // The toolbar above the letter, as the real Digital Post has it.
        <section class="post-letter-actions no-print" aria-label=t::ACTIONS>
            {letter.may_reply.then(|| view! {
                <a class="button button-primary" href=paths::reply(&letter.id)>{t::REPLY}</a>
            })}
            <form method="post" action=page.clone() class="inline-form">
                <input type="hidden" name="brev" value=letter.id.clone()/>
                <input type="hidden" name="handling" value=Handling::MarkUnread.as_str()/>
                <button type="submit" class="button button-secondary">{t::MARK_UNREAD}</button>
            </form>
            {(in_trash || letter.rights.delete).then(|| view! {
            <form method="post" action=page.clone() class="inline-form">
                <input type="hidden" name="brev" value=letter.id.clone()/>
                <input type="hidden" name="handling" value=if in_trash { Handling::Restore } else { Handling::Trash }.as_str()/>
                <button type="submit" class="button button-secondary">{if in_trash { t::RESTORE } else { t::DELETE }}</button>
            </form>
            })}
            <a class="button button-secondary" href=format!("{page}?visning=fuldskaerm")>{t::FULLSCREEN}</a>
            <PrintButton label=t::PRINT.to_owned() without_js=text::print::WITHOUT_JS.to_owned() class="button button-secondary"/>
            {(!in_trash && !letter.targets.is_empty()).then(|| view! {
                <form method="post" action=page.clone() class="post-move">
                    <input type="hidden" name="brev" value=letter.id.clone()/>
                    <input type="hidden" name="handling" value=Handling::Move.as_str()/>
                    <label class="form-label" for="til">{t::MOVE_TO}</label>
                    <select class="form-select" id="til" name="til">
                        <option value="" selected=true>{t::CHOOSE_FOLDER}</option>
                        {letter.targets.iter().map(|f| view! { <option value=f.key.clone()>{f.name.clone()}</option> }).collect_view()}
                    </select>
                    <button type="submit" class="button button-secondary">{t::MOVE}</button>
                </form>
            })}
            {(!letter.forward_to.is_empty()).then(|| view! {
                <form method="post" action=page.clone() class="post-move">
                    <input type="hidden" name="brev" value=letter.id.clone()/>
                    <input type="hidden" name="handling" value=Handling::Forward.as_str()/>
                    <label class="form-label" for="modtager">{t::FORWARD_TO}</label>
                    <select class="form-select" id="modtager" name="modtager">
                        {letter.forward_to.iter().map(|p| view! { <option value=p.id.clone()>{p.name.clone()}</option> }).collect_view()}
                    </select>
                    <button type="submit" class="button button-secondary">{t::FORWARD}</button>
                </form>
            })}
        </section>
        <LetterArticle letter=letter.clone()/>
    }
}

#[component]
pub fn LetterPage() -> impl IntoView {
    let id = use_params_map().with_untracked(|p| p.get("id").unwrap_or_default());
    let (notice, fullscreen) = use_query_map().with_untracked(|q| {
        (
            (Notice::in_query(q) == Some(Notice::Forwarded))
                .then_some(text::post::FORWARDED_NOTICE),
            (q.get("visning").as_deref() == Some("fuldskaerm")).then(|| {
                q.get("zoom")
                    .and_then(|z| z.parse::<u8>().ok())
                    .filter(|z| ZOOMS.contains(z))
                    .unwrap_or(2)
            }),
        )
    });
    let data = get_letter(id);
    in_world(data, move |view| match view {
        None => not_logged_in(),
        Some(None) => view! {
            <Title text=text::post::TITLE/>
            <h1>{text::post::TITLE}</h1>
            <p>{text::post::NO_LETTER}</p>
            <p><a href=paths::POST>{format!("{} Indbakke", text::post::BACK_TO)}</a></p>
        }
        .into_html(),
        Some(Some(letter)) => match fullscreen {
            Some(zoom) => view! { <LetterFullscreen letter zoom/> }.into_html(),
            None => view! { <LetterBody letter notice/> }.into_html(),
        },
    })
}
