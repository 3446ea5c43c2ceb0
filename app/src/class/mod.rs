//! Holds (classes): the teacher's pages ("For undervisere", the board, its actions and
//! printouts) and the learner's ("Deltag i et hold"). The rules are in `domain::class`;
//! the posts are handled in `server/src/hold.rs`.

pub mod actions;
pub mod board;
pub mod data;
pub mod form;
pub mod join;
pub mod material;
mod material_fields;
pub mod material_form;
pub mod pair;
pub mod print;
pub mod teacher;

use crate::components::{FieldError, group_class};
use leptos::prelude::*;

/// A labelled text input with its hint and its refusal, as every hold form uses them.
#[component]
pub fn TextField(
    name: &'static str,
    label: &'static str,
    #[prop(optional)] hint: Option<&'static str>,
    value: String,
    error: Option<String>,
    #[prop(default = "form-input")] class: &'static str,
    #[prop(default = 100)] max: usize,
    #[prop(default = "off")] autocomplete: &'static str,
    /// "auto" for text that may be written right to left (Arabic, Farsi, Urdu).
    #[prop(optional)]
    dir: Option<&'static str>,
) -> impl IntoView {
    let hint_id = format!("{name}-hint");
    // One refusal at a time: inputs without an id of their own share "felt-error".
    let error_id: &'static str = match name {
        "kode" => "kode-error",
        "navn" => "navn-error",
        "kort" => "kort-error",
        "emne" => "emne-error",
        "tekst" => "tekst-error",
        _ => "felt-error",
    };
    let mut described = Vec::new();
    if hint.is_some() {
        described.push(hint_id.clone());
    }
    if error.is_some() {
        described.push(error_id.to_owned());
    }
    let described = (!described.is_empty()).then(|| described.join(" "));
    view! {
        <div class=group_class(error.is_some())>
            <label class="form-label" for=name>{label}</label>
            {hint.map(|h| view! { <span class="form-hint" id=hint_id.clone()>{h}</span> })}
            <FieldError id=error_id message=error.clone()/>
            <input class=class id=name name=name type="text" value=value maxlength=max.to_string()
                autocomplete=autocomplete aria-describedby=described dir=dir
                aria-invalid=error.is_some().then_some("true")/>
        </div>
    }
}
