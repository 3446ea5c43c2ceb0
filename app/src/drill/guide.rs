//! The guide's parts of the safety drills: "Kig væk" under the step in the panel (what the
//! helper is asked, or told), and on the result page how each drill ended ("Klaret" /
//! "Snydt", with its debrief) and, after "Kig væk", the right way to help.

use crate::guide::button::GuideButton;
use crate::guide::data::Words;
use crate::guide::form::GuideHandling;
use crate::guide::label::GuideText;
use crate::world::Alert;
use domain::drill::Watching;
use leptos::prelude::*;

/// "Kig væk": under the step, what the helper sitting next to the owner is asked (look
/// away, with a button), or told (looking away; watched a code; she logged in alone).
#[component]
pub fn WatchBox(state: Watching, words: Words, back: String) -> impl IntoView {
    let w = words;
    let (kind, text) = match state {
        Watching::Ask => ("alert-info", w.get("watch_ask")),
        Watching::Away => ("alert-info", w.get("watch_away")),
        Watching::Saw { .. } => ("alert-warning", w.get("watch_saw")),
        Watching::Done => ("alert-success", w.get("watch_done")),
    };
    let button = match state {
        Watching::Ask | Watching::Saw { away: false } => Some((
            GuideHandling::KigVaek,
            w.get("watch_away_button"),
            "button button-primary",
        )),
        Watching::Away | Watching::Saw { away: true } => Some((
            GuideHandling::KigIgen,
            w.get("watch_back_button"),
            "button button-secondary",
        )),
        Watching::Done => None,
    };
    view! {
        <section class="guide-watch" aria-labelledby="guide-watch-title">
            <h3 class="h5" id="guide-watch-title">{w.get("watch_title")}</h3>
            <Alert kind=kind><p class="alert-text"><GuideText text=text/></p></Alert>
            {(state == Watching::Done).then(|| view! { <p><GuideText text=w.get("watch_right_way")/></p> })}
            {button.map(|(handling, label, class)| view! { <GuideButton handling label back class/> })}
        </section>
    }
}

/// On the result page: how each safety drill ended ("Klaret" / "Snydt", with its debrief),
/// and after "Kig væk" the right way to help.
#[component]
pub fn DrillResults(
    drills: Vec<(String, Option<domain::drill::Outcome>)>,
    watch_done: bool,
    words: Words,
) -> impl IntoView {
    let w = words;
    let list = drills
        .into_iter()
        .map(|(id, outcome)| {
            let (kind, key) = match outcome {
                Some(domain::drill::Outcome::Spotted) => ("alert-success", "drill_result_spotted"),
                Some(domain::drill::Outcome::Fooled) => ("alert-warning", "drill_result_fooled"),
                None => ("alert-info", "drill_waiting"),
            };
            let (text, link) = (w.get(key), w.get("drill_result_link"));
            view! {
                <Alert kind=kind>
                    <p class="alert-text"><GuideText text/></p>
                    <p class="alert-text"><a href=crate::drill::debrief(&id)>{link}</a></p>
                </Alert>
            }
        })
        .collect_view();
    let (done, right_way) = (w.get("watch_done"), w.get("watch_right_way"));
    let watch = watch_done.then(|| {
        view! {
            <Alert kind="alert-success">
                <p class="alert-text">{done}</p>
                <p class="alert-text"><GuideText text=right_way/></p>
            </Alert>
        }
    });
    view! { {list}{watch} }
}
