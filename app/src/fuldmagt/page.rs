//! Digital fuldmagt pages: the overview (with the betroet medarbejder's cases), "Giv
//! fuldmagt", "Anmod om fuldmagt", and the self-services "Skift læge" and "Flytning".
//! The signature step is the shared page in access/page.rs. Every action is a form post.

use crate::components::{FieldError, group_class};
use crate::fuldmagt::form::FuldmagtHandling;
use crate::fuldmagt::*;
use crate::html::{Html, IntoHtml};
use crate::nemid::{Errors, Input};
use crate::notice::Notice;
use crate::paths;
use crate::text;
use crate::title::Title;
use crate::world::{Alert, in_world};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

fn not_logged_in() -> Html {
    view! {
        <Title text=text::fuldmagt::TITLE/>
        <h1>{text::fuldmagt::TITLE}</h1>
        <p>{text::fuldmagt::MUST_LOG_IN}</p>
        <p><a class="button button-primary" href=paths::LOG_IN>{text::header::LOG_IN}</a></p>
    }
    .into_html()
}

#[component]
fn Button(
    handling: &'static str,
    id: u16,
    label: &'static str,
    #[prop(default = "button button-secondary")] class: &'static str,
) -> impl IntoView {
    view! {
        <form method="post" action=paths::FULDMAGT class="inline-form">
            <input type="hidden" name="handling" value=handling/>
            <input type="hidden" name="id" value=id.to_string()/>
            <button type="submit" class=class>{label}</button>
        </form>
    }
}

/// Fuldmagter or requests as cards; `answer` adds "Godkend"/"Afvis", `delete` "Slet".
#[component]
fn Rows(
    rows: Vec<FuldmagtRow>,
    person: &'static str,
    #[prop(optional)] answer: bool,
    #[prop(optional)] delete: bool,
    /// The fuldmagt "Slet fuldmagt" was pressed for: ask there first.
    #[prop(default = None)]
    asking: Option<u16>,
    /// "Udskriv blanket til underskrift på papir" at each row.
    #[prop(optional)]
    paper: bool,
) -> impl IntoView {
    use text::fuldmagt as t;
    if rows.is_empty() {
        return view! { <p>{t::NONE}</p> }.into_html();
    }
    view! {
        <ul class="access-requests no-max-width">
            {rows.into_iter().map(|r| view! {
                <li>
                    <dl class="post-letter-meta">
                        <dt>{person}</dt><dd>{r.person.clone()}</dd>
                        <dt>{t::AREAS}</dt><dd>{r.areas.clone()}</dd>
                        <dt>{t::VALID_UNTIL}</dt><dd>{r.until.clone()}</dd>
                    </dl>
                    {paper.then(|| view! {
                        <p><a href=format!("{}?id={}", paths::FULDMAGT_PAPER, r.id)>{t::PAPER_LINK}</a></p>
                    })}
                    <div class="access-actions">
                        {answer.then(|| view! {
                            <Button handling=FuldmagtHandling::Approve.as_str() id=r.id label=t::APPROVE class="button button-primary"/>
                            <Button handling=FuldmagtHandling::Reject.as_str() id=r.id label=t::REJECT/>
                        })}
                        {(delete && asking != Some(r.id)).then(|| view! { <Button handling=FuldmagtHandling::Delete.as_str() id=r.id label=t::DELETE/> })}
                    </div>
                    {(delete && asking == Some(r.id)).then(|| view! {
                        <crate::components::ConfirmAlert question=t::DELETE_QUESTION explain=t::DELETE_EXPLAIN
                            action=paths::FULDMAGT confirm=t::DELETE_CONFIRM cancel=t::DELETE_CANCEL>
                            <input type="hidden" name="handling" value=FuldmagtHandling::Delete.as_str()/>
                            <input type="hidden" name="id" value=r.id.to_string()/>
                            <input type="hidden" name="bekraeft" value="ja"/>
                        </crate::components::ConfirmAlert>
                    })}
                </li>
            }).collect_view()}
        </ul>
    }
    .into_html()
}

/// The betroet medarbejder's case list: approve or reject for a citizen, after the check.
#[component]
fn Cases(rows: Vec<FuldmagtRow>) -> impl IntoView {
    use text::fuldmagt as t;
    view! {
        <h2>{t::CASES}</h2>
        <p>{t::CASES_INTRO}</p>
        {if rows.is_empty() {
            view! { <p>{t::NO_CASES}</p> }.into_html()
        } else {
            view! {
                <ul class="access-requests no-max-width">
                    {rows.into_iter().map(|r| {
                        let check = format!("identitet-{}", r.id);
                        view! {
                            <li>
                                <dl class="post-letter-meta">
                                    <dt>{t::FOR_CITIZEN}</dt><dd>{r.citizen.clone()}</dd>
                                    <dt>{t::HOLDER}</dt><dd>{r.person.clone()}</dd>
                                    <dt>{t::AREAS}</dt><dd>{r.areas.clone()}</dd>
                                    <dt>{t::VALID_UNTIL}</dt><dd>{r.until.clone()}</dd>
                                </dl>
                                <p><a href=format!("{}?id={}", paths::FULDMAGT_PAPER, r.id)>{t::PAPER_LINK}</a></p>
                                <form method="post" action=paths::FULDMAGT>
                                    <input type="hidden" name="id" value=r.id.to_string()/>
                                    <div class="form-group-checkbox">
                                        <input class="form-checkbox" type="checkbox" id=check.clone() name="identitet" value="ja"/>
                                        <label for=check>{format!("{} ({})", t::IDENTITY, r.citizen)}</label>
                                    </div>
                                    <div class="access-actions">
                                        <button type="submit" name="handling" value=FuldmagtHandling::ApproveForCitizen.as_str() class="button button-primary">{t::APPROVE}</button>
                                        <button type="submit" name="handling" value=FuldmagtHandling::RejectForCitizen.as_str() class="button button-secondary">{t::REJECT}</button>
                                    </div>
                                </form>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }.into_html()
        }}
    }
}

/// "Digital fuldmagt".
#[component]
pub fn FuldmagtPage() -> impl IntoView {
    use text::fuldmagt as t;
    let (notice, asking) = use_query_map().with_untracked(|q| {
        (
            Notice::in_query(q).and_then(t::notice),
            q.get("slet").and_then(|id| id.parse::<u16>().ok()),
        )
    });
    let data = get_fuldmagt();
    in_world(data, move |view| {
        match view {
        None => not_logged_in(),
        Some(v) => view! {
            <Title text=t::TITLE/>
            <h1>{t::TITLE}</h1>
            <p class="post-owner">{text::header::LOGGED_IN_AS}" "<strong>{v.me.clone()}</strong></p>
            {notice.map(|n| view! { <Alert kind="alert-success"><p class="alert-text">{n}</p></Alert> })}
            <Errors errors=v.errors.clone()/>
            {v.trusted_employee.then(|| view! { <Cases rows=v.cases.clone()/> })}
            <p>{t::INTRO}</p>
            <div class="access-buttons">
                <a class="button button-primary" href=paths::FULDMAGT_GIVE>{t::GIVE}</a>
                <a class="button button-secondary" href=paths::FULDMAGT_REQUEST>{t::REQUEST}</a>
            </div>
            <h2>{t::REQUESTS_TO_ME}</h2>
            <Rows rows=v.requests_to_me.clone() person=t::HOLDER answer=true/>
            <h2>{t::GIVEN}</h2>
            <Rows rows=v.given.clone() person=t::HOLDER delete=true asking=asking/>
            <h2>{t::RECEIVED}</h2>
            <Rows rows=v.received.clone() person=t::GIVER delete=true asking=asking/>
            {(!v.services.is_empty()).then(|| view! {
                <p>{t::USE_IT}" "
                    {v.services.iter().enumerate().map(|(i, (href, label))| view! {
                        {(i > 0).then_some(" · ")}<a href=href.clone()>{label.clone()}</a>
                    }).collect_view()}
                </p>
            })}
            {(!v.my_requests.is_empty()).then(|| view! {
                <h2>{t::MY_REQUESTS}</h2>
                <Rows rows=v.my_requests.clone() person=t::GIVER paper=true/>
            })}
            <details class="help-text">
                <summary>{t::HELP_KINDS}</summary>
                {t::HELP_KINDS_TEXT.iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
            </details>
        }
        .into_html(),
    }
    })
}

#[component]
fn FuldmagtFields(form: FuldmagtForm, person_legend: &'static str) -> impl IntoView {
    use text::fuldmagt as t;
    let by_date = form.how_long == "dato";
    let at = form.field_error.clone();
    // A refusal about the person marks both inputs; the message sits at the name.
    let both = at.at("navn").is_some();
    let date_error = at.at("gyldig_til");
    let date_invalid = date_error.is_some();
    let areas_error = at.at("omraade");
    view! {
        <fieldset>
            <legend class="h4">{person_legend}</legend>
            <Input name="navn" label=text::access::FULL_NAME value=form.name.clone() error=at.at("navn")/>
            <Input name="cpr" label=text::access::CPR hint=text::access::CPR_HINT value=form.cpr.clone() invalid=both error=at.at("cpr")/>
        </fieldset>
        <fieldset class=if areas_error.is_some() { "form-error" } else { "" }
            aria-describedby=areas_error.is_some().then_some("omraade-error")>
            <legend class="h4">{t::CHOOSE_AREAS}</legend>
            <p class="form-hint">{t::AREAS_HINT}</p>
            <FieldError id="omraade-error" message=areas_error.clone()/>
            {form.areas.into_iter().map(|a| {
                let id = format!("omraade-{}", a.key);
                view! {
                    <div class="form-group-checkbox">
                        <input class="form-checkbox" type="checkbox" id=id.clone() name="omraade" value=a.key checked=a.checked/>
                        <label for=id>{a.label}</label>
                    </div>
                }
            }).collect_view()}
        </fieldset>
        <fieldset>
            <legend class="h4">{t::HOW_LONG}</legend>
            <div class="form-group-radio">
                <input class="form-radio" type="radio" id="varighed-slettes" name="varighed" value="slettes" checked=!by_date/>
                <label for="varighed-slettes">{t::UNTIL_DELETED}</label>
            </div>
            <div class="form-group-radio">
                <input class="form-radio" type="radio" id="varighed-dato" name="varighed" value="dato" checked=by_date/>
                <label for="varighed-dato">{t::UNTIL_DATE}</label>
            </div>
            <div class=if date_invalid { "form-group form-error access-folders" } else { "form-group access-folders" }>
                <label class="form-label" for="gyldig_til">{t::VALID_UNTIL}</label>
                <FieldError id="gyldig_til-error" message=date_error/>
                <input class="form-input access-date" id="gyldig_til" name="gyldig_til" type="date" value=form.until.clone()
                    aria-describedby=date_invalid.then_some("gyldig_til-error") aria-invalid=date_invalid.then_some("true")/>
            </div>
        </fieldset>
    }
}

/// "Giv fuldmagt", step 1 (then the overview and "Underskriv").
#[component]
pub fn GiveFuldmagtPage() -> impl IntoView {
    fuldmagt_form_page(true)
}

/// "Anmod om fuldmagt".
#[component]
pub fn RequestFuldmagtPage() -> impl IntoView {
    fuldmagt_form_page(false)
}

fn fuldmagt_form_page(give: bool) -> impl IntoView {
    use text::fuldmagt as t;
    let data = get_fuldmagt_form();
    let (title, intro, legend, action, button) = if give {
        (
            t::GIVE,
            t::GIVE_INTRO,
            t::WHO_GETS,
            paths::FULDMAGT_GIVE,
            t::NEXT,
        )
    } else {
        (
            t::REQUEST,
            t::REQUEST_INTRO,
            t::WHO_GIVES,
            paths::FULDMAGT_REQUEST,
            t::NEXT,
        )
    };
    in_world(data, move |view| match view {
        None => not_logged_in(),
        Some(form) => view! {
            <Title text=title/>
            <p><a href=paths::FULDMAGT>{format!("{} {}", text::post::BACK_TO, t::TITLE)}</a></p>
            <h1>{title}</h1>
            <p>{intro}</p>
            <Errors errors=form.errors.clone()/>
            <form method="post" action=action class="access-form">
                <FuldmagtFields form=form.clone() person_legend=legend/>
                <button type="submit" class="button button-primary">{button}</button>
            </form>
        }
        .into_html(),
    })
}

/// "Skift læge".
#[component]
pub fn DoctorPage() -> impl IntoView {
    service_page(true)
}

/// "Flytning".
#[component]
pub fn MovePage() -> impl IntoView {
    service_page(false)
}

fn service_page(doctor: bool) -> impl IntoView {
    use text::fuldmagt as t;
    let notice = use_query_map().with_untracked(|q| Notice::in_query(q).and_then(t::notice));
    let data = get_service(doctor);
    let (title, intro, who, current, action, button) = if doctor {
        (
            t::DOCTOR_TITLE,
            t::DOCTOR_INTRO,
            t::ON_BEHALF,
            t::CURRENT_DOCTOR,
            paths::DOCTOR,
            t::DOCTOR_BUTTON,
        )
    } else {
        (
            t::MOVE_TITLE,
            t::MOVE_INTRO,
            t::MOVE_ON_BEHALF,
            t::CURRENT_ADDRESS,
            paths::MOVE,
            t::MOVE_BUTTON,
        )
    };
    in_world(data, move |view| match view {
        None => not_logged_in(),
        Some(v) => {
            let nobody_chosen = !v.people.iter().any(|p| p.chosen);
            let doctor_error = v.field_error.at("laege");
            view! {
                <Title text=title/>
                <h1>{title}</h1>
                <p>{intro}</p>
                {notice.map(|n| view! { <Alert kind="alert-success"><p class="alert-text">{n}</p></Alert> })}
                <Errors errors=v.errors.clone()/>
                <form method="post" action=action class="access-form">
                    <fieldset>
                        <legend class="h4">{who}</legend>
                        {v.people.iter().enumerate().map(|(i, p)| {
                            let id = format!("for-{}", p.id);
                            view! {
                                <div class="form-group-radio">
                                    <input class="form-radio" type="radio" id=id.clone() name="for" value=p.id.clone() checked=p.chosen || (nobody_chosen && i == 0)/>
                                    <label for=id>{format!("{} – {}: {}", p.name, current, p.current)}</label>
                                </div>
                            }
                        }).collect_view()}
                    </fieldset>
                    {if doctor {
                        view! {
                            <div class=group_class(doctor_error.is_some())>
                                <label class="form-label" for="laege">{t::NEW_DOCTOR}</label>
                                <FieldError id="laege-error" message=doctor_error.clone()/>
                                <select class="form-select" id="laege" name="laege"
                                    aria-describedby=doctor_error.is_some().then_some("laege-error")
                                    aria-invalid=doctor_error.is_some().then_some("true")>
                                    {v.doctors.iter().map(|d| view! { <option value=d.clone()>{d.clone()}</option> }).collect_view()}
                                </select>
                            </div>
                        }.into_html()
                    } else {
                        view! {
                            <Input name="adresse" label=t::NEW_ADDRESS hint=t::NEW_ADDRESS_HINT value=v.address.clone() error=v.field_error.at("adresse")/>
                        }.into_html()
                    }}
                    <button type="submit" class="button button-primary">{button}</button>
                </form>
                <p><a href=paths::FULDMAGT>{t::TITLE}</a></p>
            }
            .into_html()
        }
    })
}
