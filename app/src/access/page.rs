//! Læseadgang pages: the overview ("Læse- og skriveadgang"), "Giv adgang", "Anmod om
//! adgang" and the signature with a NemID key. Every action is a plain form post.

use crate::access::form::OverviewHandling;
use crate::access::*;
use crate::components::{FieldError, group_class};
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
        <Title text=text::access::TITLE/>
        <h1>{text::access::TITLE}</h1>
        <p>{text::post::NOT_LOGGED_IN}</p>
        <p><a class="button button-primary" href=paths::LOG_IN>{text::header::LOG_IN}</a></p>
    }
    .into_html()
}

/// A one-button form on the overview page.
#[component]
fn ActionButton(
    handling: &'static str,
    field: &'static str,
    value: String,
    label: &'static str,
    #[prop(default = "button button-secondary")] class: &'static str,
) -> impl IntoView {
    view! {
        <form method="post" action=paths::ACCESS class="inline-form">
            <input type="hidden" name="handling" value=handling/>
            <input type="hidden" name=field value=value/>
            <button type="submit" class=class>{label}</button>
        </form>
    }
}

#[component]
fn GrantTable(rows: Vec<GrantRow>, person_heading: &'static str, received: bool) -> impl IntoView {
    use text::access as t;
    view! {
        <table class="table table--compact access-table">
            <thead>
                <tr>
                    <th scope="col">{person_heading}</th>
                    <th scope="col">{t::LEVEL}</th>
                    <th scope="col">{t::SCOPE}</th>
                    <th scope="col">{t::END_DATE}</th>
                    <th scope="col"><span class="sr-only">{t::ACTIONS}</span></th>
                </tr>
            </thead>
            <tbody>
                {rows.into_iter().map(|r| view! {
                    <tr>
                        <td data-title=person_heading>{r.person.clone()}</td>
                        <td data-title=t::LEVEL>{r.level}</td>
                        <td data-title=t::SCOPE>{r.scope}</td>
                        <td data-title=t::END_DATE>{r.until}</td>
                        <td class="access-actions">
                            {received.then(|| view! {
                                <ActionButton handling=OverviewHandling::Open.as_str() field="postkasse" value=r.person_id.clone() label=t::OPEN_MAILBOX class="button button-primary"/>
                            })}
                            <ActionButton handling=OverviewHandling::Remove.as_str() field="adgang" value=r.id.to_string() label=t::REMOVE/>
                        </td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}

#[component]
fn RequestList(rows: Vec<RequestRow>, answer: bool) -> impl IntoView {
    use text::access as t;
    view! {
        <ul class="access-requests no-max-width">
            {rows.into_iter().map(|r| view! {
                <li>
                    <p>
                        <strong>{r.person}</strong>
                        {format!(" – {} – {}: {}", r.level, t::END_DATE, r.until)}
                    </p>
                    {answer.then(|| view! {
                        <div class="access-actions">
                            <ActionButton handling=OverviewHandling::Approve.as_str() field="anmodning" value=r.id.to_string() label=t::APPROVE class="button button-primary"/>
                            <ActionButton handling=OverviewHandling::Reject.as_str() field="anmodning" value=r.id.to_string() label=t::REJECT/>
                        </div>
                    })}
                </li>
            }).collect_view()}
        </ul>
    }
}

/// "Læse- og skriveadgang": accesses given and received, and requests both ways.
#[component]
pub fn AccessPage() -> impl IntoView {
    use text::access as t;
    let notice = use_query_map().with_untracked(|q| Notice::in_query(q).and_then(t::notice));
    let data = get_access();
    in_world(data, move |view| {
        match view {
        None => not_logged_in(),
        Some(v) => view! {
            <Title text=t::TITLE/>
            <p><a href=paths::POST>{format!("{} Digital Post", text::post::BACK_TO)}</a></p>
            <h1>{t::TITLE}</h1>
            <p class="post-owner">{text::post::MAILBOX_OF}" "<strong>{v.me.clone()}</strong></p>
            {notice.map(|n| view! { <Alert kind="alert-success"><p class="alert-text">{n}</p></Alert> })}
            <Errors errors=v.errors.clone()/>
            <p>{t::INTRO}</p>
            <div class="access-buttons">
                <a class="button button-primary" href=paths::ACCESS_GIVE>{t::GIVE}</a>
                <a class="button button-secondary" href=paths::ACCESS_REQUEST>{t::REQUEST}</a>
            </div>
            <h2>{t::REQUESTS_TO_ME}</h2>
            {if v.requests_to_me.is_empty() {
                view! { <p>{t::NONE}</p> }.into_html()
            } else {
                view! { <RequestList rows=v.requests_to_me.clone() answer=true/> }.into_html()
            }}
            <h2>{t::GIVEN}</h2>
            {if v.given.is_empty() {
                view! { <p>{t::NONE_GIVEN}</p> }.into_html()
            } else {
                view! { <GrantTable rows=v.given.clone() person_heading=t::HELPER received=false/> }.into_html()
            }}
            <h2>{t::RECEIVED}</h2>
            {if v.received.is_empty() {
                view! { <p>{t::NONE_RECEIVED}</p> }.into_html()
            } else {
                view! { <GrantTable rows=v.received.clone() person_heading=t::OWNER received=true/> }.into_html()
            }}
            {(!v.my_requests.is_empty()).then(|| view! {
                <h2>{t::MY_REQUESTS}</h2>
                <RequestList rows=v.my_requests.clone() answer=false/>
            })}
        }.into_html(),
    }
    })
}

#[component]
fn Radio(
    name: &'static str,
    value: &'static str,
    label: &'static str,
    checked: bool,
) -> impl IntoView {
    let id = format!("{name}-{value}");
    view! {
        <div class="form-group-radio">
            <input class="form-radio" type="radio" id=id.clone() name=name value=value checked=checked/>
            <label for=id>{label}</label>
        </div>
    }
}

/// The fields "Giv adgang" and "Anmod om adgang" share.
#[component]
fn PersonAndLevel(form: AccessForm, person_legend: &'static str) -> impl IntoView {
    use text::access as t;
    // A refusal about the person marks both inputs; the message sits at the name.
    let person = form.error_at("navn");
    let cpr_error = form.error_at("cpr");
    let both = person.is_some();
    view! {
        <fieldset>
            <legend class="h4">{person_legend}</legend>
            <Input name="navn" label=t::FULL_NAME value=form.name.clone() error=person autocomplete="off"/>
            <Input name="cpr" label=t::CPR hint=t::CPR_HINT value=form.cpr.clone() invalid=both error=cpr_error/>
        </fieldset>
        <fieldset>
            <legend class="h4">{t::LEVEL}</legend>
            <Radio name="niveau" value="laese" label="Læseadgang" checked=form.level != "skrive"/>
            <Radio name="niveau" value="skrive" label="Læse- og skriveadgang" checked=form.level == "skrive"/>
        </fieldset>
    }
}

#[component]
fn EndDate(until: String, error: Option<String>) -> impl IntoView {
    use text::access as t;
    let invalid = error.is_some();
    view! {
        <div class=group_class(invalid)>
            <label class="form-label" for="slutdato">{t::END_DATE_FIELD}</label>
            <span class="form-hint" id="slutdato-hint">{t::END_DATE_HINT}</span>
            <FieldError id="slutdato-error" message=error/>
            <input class="form-input access-date" id="slutdato" name="slutdato" type="date" value=until
                aria-describedby=if invalid { "slutdato-hint slutdato-error" } else { "slutdato-hint" }
                aria-invalid=invalid.then_some("true")/>
        </div>
    }
}

/// "Giv adgang", step 1.
#[component]
pub fn GiveAccessPage() -> impl IntoView {
    use text::access as t;
    let data = get_access_form();
    in_world(data, |view| match view {
        None => not_logged_in(),
        Some(form) => {
            let whole = form.scope != "mapper";
            let folders = form.folders.clone();
            let folders_error = form.error_at("mappe");
            view! {
                <Title text=t::GIVE/>
                <p><a href=paths::ACCESS>{format!("{} {}", text::post::BACK_TO, t::TITLE)}</a></p>
                <h1>{t::GIVE}</h1>
                <p>{t::GIVE_INTRO}</p>
                <Errors errors=form.errors.clone()/>
                <form method="post" action=paths::ACCESS_GIVE class="access-form">
                    <PersonAndLevel form=form.clone() person_legend=t::WHO_HELPS/>
                    <fieldset class=if folders_error.is_some() { "form-error" } else { "" }
                        aria-describedby=folders_error.is_some().then_some("mappe-error")>
                        <legend class="h4">{t::SCOPE_QUESTION}</legend>
                        <Radio name="omfang" value="hele" label=t::WHOLE checked=whole/>
                        <Radio name="omfang" value="mapper" label=t::CHOSEN_FOLDERS checked=!whole/>
                        <div class="access-folders">
                            <p class="form-hint">{t::FOLDERS_HINT}</p>
                            <FieldError id="mappe-error" message=folders_error.clone()/>
                            {folders.into_iter().map(|f| {
                                let id = format!("mappe-{}", f.key);
                                view! {
                                    <div class="form-group-checkbox">
                                        <input class="form-checkbox" type="checkbox" id=id.clone() name="mappe" value=f.key checked=f.checked/>
                                        <label for=id>{f.name}</label>
                                    </div>
                                }
                            }).collect_view()}
                        </div>
                    </fieldset>
                    <EndDate until=form.until.clone() error=form.error_at("slutdato")/>
                    <button type="submit" class="button button-primary">{t::NEXT}</button>
                </form>
            }
            .into_html()
        }
    })
}

/// "Anmod om adgang": the helper asks.
#[component]
pub fn RequestAccessPage() -> impl IntoView {
    use text::access as t;
    let data = get_access_form();
    in_world(data, |view| match view {
        None => not_logged_in(),
        Some(form) => view! {
            <Title text=t::REQUEST/>
            <p><a href=paths::ACCESS>{format!("{} {}", text::post::BACK_TO, t::TITLE)}</a></p>
            <h1>{t::REQUEST}</h1>
            <p>{t::REQUEST_INTRO}</p>
            <Errors errors=form.errors.clone()/>
            <form method="post" action=paths::ACCESS_REQUEST class="access-form">
                <PersonAndLevel form=form.clone() person_legend=t::WHOSE_POST/>
                <EndDate until=form.until.clone() error=form.error_at("slutdato")/>
                <button type="submit" class="button button-primary">{t::SEND_REQUEST}</button>
            </form>
        }
        .into_html(),
    })
}

/// Signing "Giv adgang", "Giv fuldmagt" or "Godkend" with the NemID key card. The same
/// page serves /post/adgang/underskriv and /fuldmagt/underskriv.
#[component]
pub fn SignPage() -> impl IntoView {
    use text::access as t;
    let fuldmagt = leptos_router::hooks::use_url()
        .with_untracked(|url| url.path().starts_with(paths::FULDMAGT));
    let (action, back, back_label) = if fuldmagt {
        (paths::FULDMAGT_SIGN, paths::FULDMAGT, text::fuldmagt::TITLE)
    } else {
        (paths::ACCESS_SIGN, paths::ACCESS, t::TITLE)
    };
    let data = get_access_sign();
    in_world(data, move |view| match view {
        None => not_logged_in(),
        Some(Err(errors)) => view! {
            <Title text=t::SIGN_TITLE/>
            <h1>{t::SIGN_TITLE}</h1>
            <Errors errors/>
            <p>{t::NOTHING_TO_SIGN}</p>
            <p><a href=back>{format!("{} {}", text::post::BACK_TO, back_label)}</a></p>
        }
        .into_html(),
        Some(Ok(sign)) => {
            let invalid = !sign.errors.is_empty();
            let hint = text::nemid::key_hint(&sign.key_number);
            let key_error = sign.field_error.at("noegle");
            view! {
                <Title text=t::SIGN_TITLE/>
                <h1>{t::SIGN_TITLE}</h1>
                <p>{t::SIGN_INTRO}</p>
                <Errors errors=sign.errors.clone()/>
                <dl class="post-letter-meta access-summary">
                    {sign.summary.iter().map(|(k, v)| view! { <dt>{k.clone()}</dt><dd>{v.clone()}</dd> }).collect_view()}
                </dl>
                <crate::nemid::key::KeyChallenge card=sign.card.clone() key_number=sign.key_number.clone()>
                    <form method="post" action=action class="nemid-form">
                        <input type="hidden" name="handling" value=crate::access::form::SignHandling::Sign.as_str()/>
                        <Input name="noegle" label=text::nemid::KEY hint=hint invalid error=key_error numeric=true autofocus=true/>
                        <button type="submit" class="button button-primary">{t::SIGN}</button>
                    </form>
                </crate::nemid::key::KeyChallenge>
                {sign.mitid.then(|| view! {
                    <form method="post" action=paths::MITID class="inline-form sign-mitid">
                        <input type="hidden" name="trin" value="underskriv"/>
                        <button type="submit" class="button button-secondary">{text::mitid::SIGN_WITH}</button>
                    </form>
                })}
                <form method="post" action=action class="inline-form">
                    <input type="hidden" name="handling" value=crate::access::form::SignHandling::Cancel.as_str()/>
                    <button type="submit" class="button button-secondary">{t::CANCEL}</button>
                </form>
            }
            .into_html()
        }
    })
}
