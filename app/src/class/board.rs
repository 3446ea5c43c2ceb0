//! The teacher's board (`/underviser/tavle/:key`): the Holdkode huge with a QR code of the
//! join address, one row per learner with "Sidder fast" at the top, and the actions. It
//! updates itself: every 2 seconds where JavaScript runs (an island fetches the page and
//! swaps the rows), else every 5 seconds by the page's refresh. The actions that need
//! typing or a confirmation have pages of their own, which do not refresh under the
//! teacher's hands.

use crate::class::data::{BoardView, RowView, board, contexts, route_key};
use crate::html::{Html, IntoHtml};
use crate::paths;
use crate::text::class::{board as t, confirm as c};
use crate::title::Title;
use crate::world::Alert;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// The address learners type or scan: this site's, as the teacher's browser reached it.
pub fn join_address(code: &str) -> String {
    let parts = use_context::<http::request::Parts>();
    let host = parts
        .as_ref()
        .and_then(|p| p.headers.get(http::header::HOST))
        .and_then(|h| h.to_str().ok())
        .filter(|h| {
            !h.is_empty()
                && h.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b".:-[]".contains(&b))
        })
        .unwrap_or("127.0.0.1:3000")
        .to_owned();
    let scheme = if use_context::<crate::session::Https>().is_some_and(|h| h.0) {
        "https"
    } else {
        "http"
    };
    format!("{scheme}://{host}/hold/{code}")
}

/// The QR code of `text` as an SVG (drawn on the server, dark on white).
pub fn qr_svg(text: &str) -> String {
    use qrcode::render::svg;
    match qrcode::QrCode::new(text.as_bytes()) {
        Ok(code) => code
            .render::<svg::Color>()
            .min_dimensions(200, 200)
            .quiet_zone(true)
            .build(),
        Err(_) => String::new(),
    }
}

fn not_found() -> Html {
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::NOT_FOUND);
    }
    view! {
        <Title text=t::NOT_FOUND_TITLE/>
        <h1>{t::NOT_FOUND_TITLE}</h1>
        <p>{t::NOT_FOUND}</p>
        <p><a href=paths::TEACHER>{crate::text::class::TEACHER_LINK}</a></p>
    }
    .into_html()
}

/// The board's view for this request's key, or `None` (404).
fn current_board() -> Option<BoardView> {
    let (classes, store, scenario) = contexts().ok()?;
    board(&classes, &store, &scenario, &route_key()?)
}

#[component]
pub fn BoardPage() -> impl IntoView {
    let query = use_query_map();
    let notice = query.read_untracked().get("sket");
    let Some(view) = current_board() else {
        return not_found();
    };
    let address = join_address(&view.code);
    // What to type: the address without the scheme and the code ("192.168.1.5:3000").
    let short = address
        .trim_start_matches("https://")
        .trim_start_matches("http://")
        .split("/hold/")
        .next()
        .unwrap_or_default()
        .to_owned();
    let qr = qr_svg(&address);
    let base = paths::board(&view.key);
    let refresh = r#"<meta http-equiv="refresh" content="5">"#;
    let notice = notice.and_then(|n| match n.as_str() {
        "hint" => Some(t::HINT_SENT),
        "nulstil" => Some(t::RESET_DONE),
        "brev" => Some(t::LETTER_SENT),
        "tid" => Some(t::TIME_DONE),
        "materiale" => Some(t::MATERIAL_SENT),
        _ => None,
    });
    view! {
        <Title text=format!("{} – {}", t::TITLE, view.name)/>
        <noscript inner_html=refresh></noscript>
        <div class="board">
            <h1 class="board-title">{format!("{}: {}", t::TITLE, view.name)}</h1>
            {notice.map(|n| view! { <Alert kind="alert-success"><p class="alert-text">{n}</p></Alert> })}
            <section class="board-join" aria-labelledby="holdkode-label">
                <div class="board-code">
                    <p id="holdkode-label" class="board-code-label">{t::CODE}</p>
                    <p class="board-code-value" aria-describedby="holdkode-label">{view.code.clone()}</p>
                    <p class="board-address">{t::GO_TO}" "<strong class="nowrap">{format!("{short}/hold")}</strong>" "{t::AND_TYPE}</p>
                </div>
                <div class="board-qr" role="img" aria-label=t::QR_LABEL inner_html=qr></div>
            </section>
            <nav class="board-actions no-print" aria-label=t::ACTIONS>
                <a class="button button-secondary" href=format!("{base}/handlinger")>{t::SEND_LETTER}</a>
                <a class="button button-secondary" href=format!("{base}/handlinger#tid")>{t::ADVANCE}</a>
                <a class="button button-secondary" href=paths::material(&view.key)>{crate::text::material::LINK}</a>
                <a class="button button-secondary" href=format!("{base}/noeglekort")>{t::PRINT_CARDS}</a>
                <a class="button button-secondary" href=format!("{base}/kursusbeviser")>{t::PRINT_CERTIFICATES}</a>
                <a class="button button-secondary" href=format!("{base}/lektionsplan")>{t::PLAN}</a>
                <a class="button button-secondary board-end" href=format!("{base}/bekraeft?afslut=1")>{t::END}</a>
            </nav>
            <div id="tavle" class="board-live" aria-live="polite">
                <Rows rows=view.rows base=base.clone()/>
            </div>
            <islands::LiveBoard every_ms=2000 target="tavle".to_owned()/>
            <p class="form-hint">{t::UPDATES}" "{t::KEEP_SECRET}</p>
        </div>
    }
    .into_html()
}

#[component]
fn Rows(rows: Vec<RowView>, base: String) -> impl IntoView {
    if rows.is_empty() {
        return view! {
            <h2 class="h3">{t::learners(0)}</h2>
            <p class="board-empty">{t::NOBODY}</p>
        }
        .into_html();
    }
    view! {
        <h2 class="h3">{t::learners(rows.len())}</h2>
        <table class="table board-table">
            <thead>
                <tr>
                    <th scope="col">{t::NAME}</th>
                    <th scope="col">{t::STATUS}</th>
                    <th scope="col">{t::EXERCISE}</th>
                    <th scope="col">{t::STEP}</th>
                    <th scope="col">{t::HINTS}</th>
                    <th scope="col">{t::LAST}</th>
                    <th scope="col"><span class="sr-only">{t::ACTIONS}</span></th>
                </tr>
            </thead>
            <tbody>
                {rows.into_iter().map(|r| {
                    let class = match (r.stuck.is_some(), r.done) {
                        (true, _) => "board-row board-stuck",
                        (false, true) => "board-row board-done",
                        _ => "board-row",
                    };
                    let status = match (r.stuck, r.done, r.gone) {
                        (_, _, true) => view! { <span class="board-status">{t::GONE}</span> }.into_html(),
                        (Some(why), _, _) => view! {
                            <strong class="board-status status-stuck">{t::STUCK}</strong>
                            <span class="board-why">{why}</span>
                        }.into_html(),
                        (None, true, _) => view! { <strong class="board-status status-done">{t::DONE}</strong> }.into_html(),
                        _ => view! { <span class="board-status">{t::WORKING}</span> }.into_html(),
                    };
                    let seat = r.seat.to_string();
                    view! {
                        <tr class=class>
                            <th scope="row" class="board-name">
                                <span class="board-seat">{format!("{}.", r.seat)}</span>" "{r.name.clone()}
                                {r.two_devices.then(|| view! { <span class="board-why">{t::TWO_DEVICES}</span> })}
                                {r.partner.clone().map(|p| view! { <span class="board-why">{format!("{} {p}", crate::text::class::pair::WITH)}</span> })}
                            </th>
                            <td data-label=t::STATUS>
                                {status}
                                {r.drills.clone().map(|d| view! { <span class="board-why">{d}</span> })}
                            </td>
                            <td data-label=t::EXERCISE>{r.exercise.clone()}</td>
                            <td data-label=t::STEP>{r.step.clone()}</td>
                            <td data-label=t::HINTS>{r.hints.clone()}</td>
                            <td data-label=t::LAST>{r.last.clone()}</td>
                            <td class="board-row-actions">
                                {r.can_hint.then(|| view! {
                                    <form method="post" action=base.clone() class="inline-form">
                                        <input type="hidden" name="handling" value="hint"/>
                                        <input type="hidden" name="plads" value=seat.clone()/>
                                        <button type="submit" class="button button-secondary button-small"
                                            aria-label=format!("{} – {}", t::SHOW_HINT, r.name)>{t::SHOW_HINT}</button>
                                    </form>
                                })}
                                {(!r.gone).then(|| view! {
                                    <a class="button button-tertiary button-small" href=format!("{base}/bekraeft?nulstil={seat}")
                                        aria-label=format!("{} – {}", t::RESET, r.name)>{t::RESET}</a>
                                })}
                            </td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    }
    .into_html()
}

/// "Nulstil …?" and "Afslut holdet?": asked on a page of their own (no refresh).
#[component]
pub fn ConfirmPage() -> impl IntoView {
    let query = use_query_map();
    let seat = query.read_untracked().get("nulstil");
    let end = query.read_untracked().get("afslut").is_some();
    let Some(view) = current_board() else {
        return not_found();
    };
    let base = paths::board(&view.key);
    let learner = seat.as_ref().and_then(|s| {
        view.rows
            .iter()
            .find(|r| r.seat.to_string() == *s)
            .map(|r| (r.seat, r.name.clone()))
    });
    let (title, text, yes, handling, plads) = match (learner, end) {
        (Some((seat, name)), _) => (
            format!("{} ({name})", c::RESET_TITLE),
            c::RESET_TEXT,
            c::RESET_YES,
            "nulstil",
            seat.to_string(),
        ),
        (None, true) => (
            c::END_TITLE.to_owned(),
            c::END_TEXT,
            c::END_YES,
            "afslut",
            String::new(),
        ),
        (None, false) => return not_found(),
    };
    view! {
        <Title text=title.clone()/>
        <h1>{title}</h1>
        <Alert kind="alert-warning"><p class="alert-text">{text}</p></Alert>
        <form method="post" action=base.clone() class="inline-form">
            <input type="hidden" name="handling" value=handling/>
            <input type="hidden" name="plads" value=plads/>
            <button type="submit" class="button button-primary">{yes}</button>
        </form>
        " "
        <a class="button button-secondary" href=base>{c::NO}</a>
    }
    .into_html()
}
