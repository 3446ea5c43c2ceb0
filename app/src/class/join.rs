//! The learner's side of a hold: "Deltag i et hold" (`/hold`, and `/hold/:code` from the
//! QR code with the code filled in) and "Holdet er afsluttet".

use crate::class::TextField;
use crate::text::class::join as t;
use crate::title::Title;
use crate::world::{Alert, PostButton, feedback};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

#[component]
pub fn JoinPage() -> impl IntoView {
    let params = use_params_map();
    let from_qr = params.read_untracked().get("code").unwrap_or_default();
    let fb = feedback();
    let code = if fb.errors.is_empty() {
        domain::class::HoldCode::parse(&from_qr)
            .map(|c| c.as_str().to_owned())
            .unwrap_or_default()
    } else {
        fb.field("kode")
    };
    let code_error = fb.error_at("kode");
    let name_error = fb.error_at("navn");
    let name = fb.field("navn");
    view! {
        <Title text=t::TITLE/>
        <h1>{t::TITLE}</h1>
        <p class="font-lead">{t::INTRO}</p>
        <form method="post" action="/hold" class="join-form" novalidate>
            <TextField name="kode" label=t::CODE hint=t::CODE_HINT value=code error=code_error
                class="form-input input-width-s hold-code-input" max=12 autocomplete="off"/>
            <TextField name="navn" label=t::NAME hint=t::NAME_HINT value=name error=name_error
                class="form-input input-width-l" max=40 autocomplete="given-name"/>
            <button type="submit" class="button button-primary button-large">{t::JOIN}</button>
        </form>
    }
}

#[component]
pub fn HoldEndedPage() -> impl IntoView {
    view! {
        <Title text=t::ENDED_TITLE/>
        <h1>{t::ENDED_TITLE}</h1>
        <Alert kind="alert-info"><p class="alert-text">{t::ENDED_TEXT}</p></Alert>
        <PostButton action=crate::paths::START label=t::ALONE class="button button-primary button-large"/>
    }
}
