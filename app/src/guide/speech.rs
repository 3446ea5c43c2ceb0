//! "Læs op": every instruction and hint read aloud in the guide's language, as audio made
//! on the server by espeak-ng from our own texts only (an address names a text of the
//! scenario, never carries one).

use crate::paths;
use domain::Scenario;

/// espeak-ng's voice for a guide language; `None` where it has none (Somali): the page then
/// says so in the learner's language and offers the Danish text read aloud.
pub fn voice(lang: &str) -> Option<&'static str> {
    Some(match lang {
        "da" | "da-let" => "da",
        "en" => "en",
        "ar" => "ar",
        "tr" => "tr",
        "fa" => "fa",
        "ur" => "ur",
        "uk" => "uk",
        _ => return None,
    })
}

/// The audio of an exercise's text in `lang`: `step` counts from 1; `part` 0 is the
/// instruction, 1–3 the hints.
pub fn address(lang: &str, exercise: &str, step: usize, part: usize) -> String {
    let query = serde_html_form::to_string([
        ("sprog", lang),
        ("ovelse", exercise),
        ("trin", &step.to_string()),
        ("del", &part.to_string()),
    ])
    .unwrap_or_default();
    format!("{}?{query}", paths::AUDIO)
}

/// The text an audio address names, if the scenario has it.
pub fn text_of<'s>(
    s: &'s Scenario,
    lang: &str,
    exercise: &str,
    step: usize,
    part: usize,
) -> Option<&'s str> {
    let ex = s.exercises.iter().find(|e| e.id == exercise)?;
    let text = ex.steps.get(step.checked_sub(1)?)?.text.get(lang)?;
    match part {
        0 => Some(&text.instruction),
        n => text.hints.get(n - 1).map(String::as_str),
    }
}

/// What espeak-ng reads (its SSML): the text in the language's voice, the service's labels
/// (between double quotes) in the Danish voice, everything escaped.
pub fn ssml(text: &str, voice: &str) -> String {
    let escape = |s: &str| {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    let parts: Vec<&str> = text.split('"').collect();
    let mut out = String::from("<speak>");
    for (i, part) in parts.iter().enumerate() {
        if i % 2 == 1 && parts.len() % 2 == 1 && voice != "da" {
            out.push_str("<voice xml:lang=\"da\">");
            out.push_str(&escape(part));
            out.push_str("</voice>");
        } else {
            out.push_str(&escape(part));
        }
    }
    out.push_str("</speak>");
    out
}
