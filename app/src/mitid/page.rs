//! `/mitid`: the MitID login box. It has a look of its own (the real one is MitID's, not the
//! site's): the action on top, one step at a time, "Afbryd" and "Hjælp" at the foot.

use super::data::{BoxStep, BoxView, get_box_view};
use crate::html::{Html, IntoHtml};
use crate::nemid::Errors;
use crate::nemid::page::Input;
use crate::paths;
use crate::text::mitid as t;
use crate::title::Title;
use crate::world::in_world;
use domain::mitid::Authenticator;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn MitIdPage() -> impl IntoView {
    let data = get_box_view();
    let signing = matches!(&data, Ok(crate::world::InWorld::Active(v)) if v.signing.is_some());
    let (title, other, other_label) = if signing {
        (t::SIGN_TITLE, paths::ACCESS_SIGN, t::SIGN_WITH_KEY)
    } else {
        (t::TITLE, paths::LOG_IN, t::WITH_NEMID)
    };
    view! {
        <Title text=title/>
        <h1>{title}</h1>
        {in_world(data, |v| view! { <MitIdBox v/> }.into_html())}
        <p class="mitid-other"><a href=other>{other_label}</a></p>
        <p class="mitid-advice">{t::ADVICE}</p>
    }
}

/// A form of the box: posts `trin` (and the caller's fields) to `/mitid`.
#[component]
fn StepForm(
    trin: &'static str,
    #[prop(optional)] id: Option<&'static str>,
    children: Children,
) -> impl IntoView {
    view! {
        <form method="post" action=paths::MITID class="mitid-form" id=id novalidate>
            <input type="hidden" name="trin" value=trin/>
            {children()}
        </form>
    }
}

/// FORTSÆT, as MitID shows it: capitals and an arrow.
#[component]
fn ContinueButton() -> impl IntoView {
    view! {
        <button type="submit" class="mitid-continue">{t::CONTINUE}<span aria-hidden="true">" →"</span></button>
    }
}

#[component]
fn MitIdBox(v: BoxView) -> impl IntoView {
    let fb = v.feedback.clone();
    // Refusals with a field of their own are shown there; the others on top.
    let errors = if fb.field.is_some() {
        Vec::new()
    } else {
        fb.errors.clone()
    };
    let has_login = v.user_id.is_some();
    let authenticators = v.authenticators.clone();
    let choices = (authenticators.len() > 1).then(move || {
        view! {
            <details class="mitid-switch">
                <summary>{t::SWITCH}</summary>
                <p class="mitid-switch-heading">{t::CHOOSE_HEADING}</p>
                <ul class="mitid-choices nobullet-list">
                    {authenticators.into_iter().map(|a| view! {
                        <li>
                            <StepForm trin="vaelg">
                                <input type="hidden" name="med" value=a.slug()/>
                                <button type="submit" class="mitid-choice">{a.label()}</button>
                            </StepForm>
                        </li>
                    }).collect_view()}
                </ul>
            </details>
        }
    });
    view! {
        <section class="mitid-box" aria-labelledby="mitid-action">
            <div class="mitid-head"><span class="mitid-logo">"MitID"</span></div>
            <p class="mitid-action" id="mitid-action">{if v.signing.is_some() { t::ACTION_SIGN } else { t::ACTION }}</p>
            {v.signing.clone().map(|summary| view! {
                <dl class="mitid-signing">
                    {summary.into_iter().map(|(k, v)| view! { <dt>{k}</dt><dd>{v}</dd> }).collect_view()}
                </dl>
            })}
            <Errors errors/>
            {v.user_id.clone().map(|id| view! {
                <p class="mitid-user">{t::LOGGING_IN_AS}" "<strong>{id}</strong></p>
            })}
            {step(v.step, fb)}
            {choices}
            <div class="mitid-foot">
                {has_login.then(|| view! {
                    <StepForm trin="afbryd"><button type="submit" class="mitid-link">{t::CANCEL}</button></StepForm>
                })}
                {(!has_login).then(|| view! { <a class="mitid-link" href=paths::WORLD>{t::CANCEL}</a> })}
                <details class="mitid-help">
                    <summary>{t::HELP}</summary>
                    <p>{t::HELP_TEXT}</p>
                </details>
            </div>
        </section>
    }
}

fn step(step: BoxStep, fb: crate::world::FormFeedback) -> Html {
    let typed = fb.field("bruger_id");
    let error = move |field: &str| fb.error_at(field);
    match step {
        BoxStep::UserId => {
            let query = use_query_map();
            let user_id = if typed.is_empty() {
                query
                    .read_untracked()
                    .get("bruger")
                    .unwrap_or_default()
            } else {
                typed
            };
            view! {
                <StepForm trin="bruger-id">
                    <Input name="bruger_id" label=t::USER_ID value=user_id error=error("bruger_id") autofocus=true autocomplete="username"/>
                    <ContinueButton/>
                </StepForm>
                <details class="mitid-forgot">
                    <summary>{t::FORGOT_USER_ID}</summary>
                    <p>{t::FORGOT_EXPLAIN}</p>
                </details>
            }
            .into_html()
        }
        BoxStep::App {
            code,
            phone,
            version,
        } => view! {
            <h2 class="mitid-step-heading">{t::APP_WAIT}</h2>
            <p class="mitid-app-code">{t::APP_CODE}" "<strong class="mitid-code-value">{code}</strong></p>
            <p>{t::APP_CHECK}</p>
            <p>
                <a class="button button-primary" href=paths::phone(&phone) target="_blank">{t::OPEN_PHONE}</a>
            </p>
            <p class="form-hint">{t::OPEN_PHONE_EXPLAIN}</p>
            {super::pairing::pair_address(&phone).map(|address| {
                let svg = crate::class::board::qr_svg(&address);
                view! {
                    <details class="mitid-own-phone">
                        <summary>{t::OWN_PHONE}</summary>
                        <p>{t::OWN_PHONE_EXPLAIN}</p>
                        <div class="mitid-qr" role="img" aria-label=t::QR_LABEL inner_html=svg></div>
                        <p class="mitid-pair-address">{t::OWN_PHONE_ADDRESS}" "<span class="nowrap">{address}</span></p>
                    </details>
                }
            })}
            <StepForm trin="fortsaet" id="mitid-fortsaet">
                <button type="submit" class="button button-secondary">{t::APPROVED}</button>
            </StepForm>
            <islands::mitid::AppWait version form="mitid-fortsaet".to_owned() text=t::WAITING_LIVE.to_owned()/>
        }
        .into_html(),
        BoxStep::Code {
            with,
            showing,
            press,
        } => {
            let reader = with == Authenticator::Kodeoplaeser;
            let (picture, intro, button) = if reader {
                (t::KODEOPLAESER_PICTURE, t::KODEOPLAESER_INTRO, t::PRESS_RED)
            } else {
                (t::KODEVISER_PICTURE, t::KODEVISER_INTRO, t::PRESS)
            };
            let display = match &showing {
                Some((code, left)) => view! {
                    <span class="device-code">{code.clone()}</span>
                    <span class="device-left">{format!("{left} {}", t::SECONDS_LEFT)}</span>
                }
                .into_html(),
                None => view! { <span class="device-blank">{t::DISPLAY_BLANK}</span> }.into_html(),
            };
            let audio = (reader && showing.is_some()).then(|| {
                let src = format!("{}?tryk={press}", paths::MITID_AUDIO);
                let mp3 = format!("{src}&format=mp3");
                view! {
                    <p class="device-audio">
                        // Opus, and MP3 for browsers without Opus (older Safari).
                        <audio id="kode-lyd" controls=true autoplay=true preload="auto" aria-label=t::AUDIO_LABEL>
                            <source src=src type="audio/ogg; codecs=opus"/>
                            <source src=mp3 type="audio/mpeg"/>
                        </audio>
                        " "
                        <islands::mitid::Replay label=t::REPEAT.to_owned() audio="kode-lyd".to_owned()/>
                    </p>
                }
            });
            view! {
                <p>{intro}</p>
                <figure class=if reader { "device device-reader" } else { "device" } aria-label=picture>
                    <output class="device-display" aria-live="polite">{display}</output>
                    <StepForm trin="tryk">
                        <button type="submit" class="device-button">{button}</button>
                    </StepForm>
                    <figcaption class="device-name">{picture}</figcaption>
                </figure>
                {audio}
                <StepForm trin="kode">
                    <Input name="kode" label=t::CODE hint=t::CODE_HINT numeric=true error=error("kode") autofocus=showing.is_some() autocomplete="one-time-code"/>
                    <ContinueButton/>
                </StepForm>
            }
            .into_html()
        }
        BoxStep::Chip => view! {
            <p>{t::CHIP_INTRO}</p>
            <figure class="device device-chip" aria-label=t::CHIP_PICTURE>
                <StepForm trin="tryk">
                    <button type="submit" class="device-button">{t::CHIP_PRESS}</button>
                </StepForm>
                <figcaption class="device-name">{t::CHIP_PICTURE}</figcaption>
            </figure>
        }
        .into_html(),
        BoxStep::Password => view! {
            <StepForm trin="adgangskode">
                <Input name="adgangskode" label=t::PASSWORD kind="password" hint=t::PASSWORD_HINT error=error("adgangskode") autofocus=true autocomplete="current-password"/>
                <ContinueButton/>
            </StepForm>
        }
        .into_html(),
    }
}
