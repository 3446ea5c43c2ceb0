//! The NemID pages: the login in its steps, the spærret page, the learner's front page,
//! and the account box in the header.

use crate::html::IntoHtml;
use crate::paths;
use crate::text;
use crate::title::Title;
use crate::world::*;
use crate::world::{Alert, PostButton, in_world};
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

/// "Log på" or the logged-in persona with "Log af", in the header: written straight into
/// the header's markup (every page has it; issue 20), the same HTML its view wrote.
pub(crate) fn account_box(m: &mut crate::markup::Markup) {
    m.raw(r#"<div class="account-box">"#);
    match get_account() {
        Ok(InWorld::Active(AccountView {
            logged_in: Some(name),
            ..
        })) => {
            m.raw(r#"<span class="account-name"><span class="account-label">"#)
                .text(text::header::LOGGED_IN_AS)
                .raw(r#" </span><a href=""#)
                .raw(paths::MY_PAGE)
                .raw(r#""><strong>"#)
                .text(&name)
                .raw(r#"</strong></a></span><form method="post" action=""#)
                .raw(paths::LOG_OUT)
                .raw(r#"" class="inline-form"><button type="submit" class="button button-secondary">"#)
                .text(text::header::LOG_OUT)
                .raw("</button></form>");
        }
        other => {
            let href = match other {
                Ok(InWorld::Active(AccountView { log_in, .. })) => log_in,
                _ => paths::LOG_IN.to_owned(),
            };
            m.raw(r#"<a href=""#)
                .attr(&href)
                .raw(r#"" class="button button-primary">"#)
                .text(text::header::LOG_IN)
                .raw("</a>");
        }
    }
    m.raw("</div>");
}

/// The refusals of a form, each in its own message.
#[component]
pub fn Errors(errors: Vec<String>) -> impl IntoView {
    (!errors.is_empty()).then(|| {
        view! {
            <div class="alert alert-error" role="alert" id="form-errors">
                <crate::components::Icon name="error" class="icon-svg alert-icon"/>
                <div class="alert-body">
                    <p class="alert-heading">{text::nemid::ERROR_HEADING}</p>
                    <ul class="alert-text error-list">
                        {errors.into_iter().map(|e| view! { <li>{e}</li> }).collect_view()}
                    </ul>
                </div>
            </div>
        }
    })
}

/// An input with its label (and hint), marked invalid after a refusal.
#[component]
pub(crate) fn Input(
    name: &'static str,
    label: &'static str,
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(optional)] value: String,
    #[prop(default = false)] invalid: bool,
    #[prop(default = "off")] autocomplete: &'static str,
    #[prop(optional)] numeric: bool,
    #[prop(optional)] autofocus: bool,
    /// The refusal that belongs to this input, shown at it.
    #[prop(default = None)]
    error: Option<String>,
) -> impl IntoView {
    let hint_id = format!("{name}-hint");
    let error_id = format!("{name}-error");
    let invalid = invalid || error.is_some();
    let mut described = Vec::new();
    if hint.is_some() {
        described.push(hint_id.clone());
    }
    if error.is_some() {
        described.push(error_id.clone());
    } else if invalid {
        described.push("form-errors".to_owned());
    }
    let described = described.join(" ");
    view! {
        <div class=if invalid { "form-group form-error" } else { "form-group" }>
            <label class="form-label" for=name>{label}</label>
            {hint.map(|h| view! { <span class="form-hint" id=hint_id.clone()>{h}</span> })}
            {error.map(|m| view! {
                <span class="form-error-message" id=error_id>
                    <span class="sr-only">{text::FIELD_ERROR}" "</span>{m}
                </span>
            })}
            <input
                class="form-input"
                id=name
                name=name
                type=kind
                value=value
                autocomplete=autocomplete
                inputmode=numeric.then_some("numeric")
                autofocus=autofocus
                aria-invalid=invalid.then_some("true")
                aria-describedby=(!described.is_empty()).then_some(described)
            />
        </div>
    }
}

#[component]
fn CredentialsStep(user_id: String, errors: Vec<String>) -> impl IntoView {
    use text::nemid as t;
    let query = use_query_map();
    let invalid = !errors.is_empty();
    // The bruger-id: from "Log på som …", else as typed before a refusal, else the one this
    // browser remembers ("Husk bruger-id").
    let remembered = crate::session::remembered_user_id();
    // Ticked when the browser remembers one, or as the learner left it before a refusal.
    let ticked = remembered.is_some() || crate::world::feedback().field("husk") == "ja";
    let user_id = if user_id.is_empty() {
        query
            .read_untracked()
            .get("bruger")
            .filter(|b| !b.is_empty())
            .or_else(|| remembered.clone())
            .unwrap_or_default()
    } else {
        user_id
    };
    // The first empty field has the focus: "Bruger-id", or "Adgangskode" when the persona's
    // "Log på som …" filled the bruger-id in.
    let filled = !user_id.is_empty();
    view! {
        <Errors errors/>
        <form method="post" action=paths::LOG_IN class="nemid-form">
            <input type="hidden" name="trin" value="adgangskode"/>
            <Input name="bruger_id" label=t::USER_ID hint=t::USER_ID_HINT value=user_id invalid autofocus=!filled/>
            <Input name="adgangskode" label=t::PASSWORD kind="password" invalid autocomplete="off" autofocus=filled/>
            <div class="form-group-checkbox">
                <input class="form-checkbox" type="checkbox" id="husk" name="husk" value="ja" checked=ticked/>
                <label for="husk">{t::REMEMBER}</label>
            </div>
            <p class="nemid-forgot"><a href=paths::FORGOT>{text::forgot::LINK}</a></p>
            <button type="submit" class="button button-primary">{t::NEXT}</button>
        </form>
        <p class="mitid-other"><a href=paths::MITID>{text::mitid::WITH_MITID}</a></p>
    }
}

#[component]
fn KeyStep(
    persona: String,
    key_number: String,
    temporary: bool,
    errors: Vec<String>,
    card: KeyCardView,
    key_app: Option<crate::nemid::keyapp::KeyAppStep>,
) -> impl IntoView {
    use text::nemid as t;
    let invalid = !errors.is_empty();
    let hint = t::key_hint(&key_number);
    view! {
        <Errors errors/>
        <p>{t::LOGGING_IN_AS}" "<strong>{persona}</strong></p>
        {temporary.then(|| view! { <Alert kind="alert-info"><p class="alert-text">{t::TEMPORARY_NOTE}</p></Alert> })}
        <crate::nemid::key::KeyChallenge card key_number>
            <form method="post" action=paths::LOG_IN class="nemid-form">
                <input type="hidden" name="trin" value="noegle"/>
                <Input name="noegle" label=t::KEY hint=hint invalid numeric=true autofocus=true/>
                <button type="submit" class="button button-primary">{t::LOG_IN}</button>
            </form>
        </crate::nemid::key::KeyChallenge>
        {key_app.is_some().then(|| view! { <crate::nemid::keyapp::SendToKeyApp/> })}
        <p class="form-hint">{t::CANCEL_NOTE}</p>
        <PostButton action=paths::LOG_IN_CANCEL label=t::CANCEL class="button button-secondary"/>
    }
}

#[component]
fn ChoosePasswordStep(persona: String, errors: Vec<String>) -> impl IntoView {
    use text::nemid as t;
    let invalid = !errors.is_empty();
    view! {
        <h2>{t::CHOOSE_TITLE}</h2>
        <p>{t::LOGGING_IN_AS}" "<strong>{persona}</strong></p>
        <p>{t::CHOOSE_INTRO}</p>
        <Errors errors/>
        <h3 class="h5">{t::CHOOSE_RULES_HEADING}</h3>
        <ul>{t::CHOOSE_RULES.iter().map(|r| view! { <li>{*r}</li> }).collect_view()}</ul>
        <form method="post" action=paths::LOG_IN class="nemid-form">
            <input type="hidden" name="trin" value="ny-adgangskode"/>
            <Input name="ny_adgangskode" label=t::NEW_PASSWORD kind="password" invalid autocomplete="new-password"/>
            <Input name="gentag_adgangskode" label=t::REPEAT_PASSWORD kind="password" invalid autocomplete="new-password"/>
            <button type="submit" class="button button-primary">{t::SAVE_PASSWORD}</button>
        </form>
    }
}

#[component]
pub fn LoginPage() -> impl IntoView {
    use text::nemid as t;
    let data = get_login_view();
    view! {
        <Title text=t::TITLE/>
        {
            in_world(data, |view| {
                let step = match view {
                    LoginView::Credentials { user_id, errors } => view! { <CredentialsStep user_id errors/> }.into_html(),
                    LoginView::Key { persona, key_number, temporary, errors, card, key_app } => {
                        match key_app {
                            Some(waiting @ crate::nemid::keyapp::KeyAppStep { waiting: Some(_), .. }) => {
                                view! { <crate::nemid::keyapp::KeyAppWait persona step=waiting errors/> }.into_html()
                            }
                            key_app => view! { <KeyStep persona key_number temporary errors card key_app/> }.into_html(),
                        }
                    }
                    LoginView::ChoosePassword { persona, errors } => view! { <ChoosePasswordStep persona errors/> }.into_html(),
                    LoginView::LoggedIn { persona } => view! {
                        <p>{t::ALREADY_IN}" "<strong>{persona}</strong></p>
                        <p><a class="button button-primary" href=paths::MY_PAGE>{t::GO_TO_MY_PAGE}</a></p>
                    }
                    .into_html(),
                };
                view! {
                    <div class="nemid-box">
                        <h1>{t::TITLE}</h1>
                        {step}
                    </div>
                }
                .into_html()
            })
        }
    }
}

#[component]
pub fn LockedPage() -> impl IntoView {
    use text::locked as t;
    let id = use_params_map().with_untracked(|p| p.get("id").unwrap_or_default());
    let data = get_persona_view(id);
    view! {
        <Title text=t::TITLE/>
        {
            in_world(data, |p| {
                if p.as_ref().is_some_and(|p| !p.card.locked) {
                    // Only a spærret NemID has this page; otherwise go and log in.
                    return view! {
                        <h1>{t::NOT_LOCKED}</h1>
                        <p><a class="button button-primary" href=paths::LOG_IN>{text::header::LOG_IN}</a></p>
                    }
                    .into_html();
                }
                let (name, mail, login) = match &p {
                    Some(p) => (
                        p.card.name.clone(),
                        format!("{}#fysisk-post", paths::persona(&p.card.id)),
                        paths::login_as(&p.card.login_id),
                    ),
                    None => (String::new(), paths::WORLD.to_owned(), paths::LOG_IN.to_owned()),
                };
                view! {
                    <h1>{t::TITLE}</h1>
                    {(!name.is_empty()).then(|| view! { <p class="font-lead"><strong>{name}</strong></p> })}
                    <p>{t::WHAT_HAPPENED}</p>
                    <h2 class="h3">{t::REAL_LIFE_HEADING}</h2>
                    <p>{t::REAL_LIFE}</p>
                    <h2 class="h3">{t::SIMULATOR_HEADING}</h2>
                    <p>{t::SIMULATOR}</p>
                    <div class="world-actions-buttons">
                        <a class="button button-primary" href=mail>{t::GO_TO_MAIL}</a>
                        <a class="button button-secondary" href=login>{t::TRY_AGAIN}</a>
                    </div>
                }
                .into_html()
            })
        }
    }
}

#[component]
pub fn MyPage() -> impl IntoView {
    use text::my_page as t;
    let data = get_my_page();
    in_world(data, |page| match page.persona {
        None => view! {
            <Title text=t::NOT_LOGGED_IN/>
            <h1>{t::NOT_LOGGED_IN}</h1>
            <p>{t::NOT_LOGGED_IN_EXPLAIN}</p>
            <p><a class="button button-primary" href=paths::LOG_IN>{text::header::LOG_IN}</a></p>
        }
        .into_html(),
        Some(p) => {
            let title = format!("{}, {}", t::WELCOME, p.card.name);
            let card_page = paths::key_card(&p.card.id);
            view! {
                <Title text=title.clone()/>
                // After the login, the focus is on the page's heading (not lost on <body>).
                <h1 tabindex="-1" autofocus=true>{title}</h1>
                <p class="font-lead">{t::LOGGED_IN}</p>
                <p class="persona-tags"><span class="tag">{text::world::FICTITIOUS}</span></p>
                {page.new_card_coming.then(|| view! {
                    <Alert kind="alert-info"><p class="alert-text">{t::NEW_CARD_NOTICE}</p></Alert>
                })}
                <section class="world-actions">
                    <h2 class="h4">{text::persona_page::CARD_TITLE}</h2>
                    <p>{format!("{}: {}", t::KEYS_LEFT, p.key_card.remaining)}</p>
                    <a class="button button-secondary" href=card_page>{text::persona_page::SHOW_CARD}</a>
                </section>
                <nav class="access-buttons self-services" aria-label=t::SELF_SERVICES>
                    <a class="button button-primary" href=paths::POST>{text::post::TITLE}</a>
                    <a class="button button-secondary" href=paths::FULDMAGT>{text::fuldmagt::TITLE}</a>
                    <a class="button button-secondary" href=paths::DOCTOR>{text::fuldmagt::DOCTOR_TITLE}</a>
                    <a class="button button-secondary" href=paths::MOVE>{text::fuldmagt::MOVE_TITLE}</a>
                </nav>
                <crate::world::PaperMailPanel letters=p.paper_mail owner_id=p.card.id/>
            }
            .into_html()
        }
    })
}
