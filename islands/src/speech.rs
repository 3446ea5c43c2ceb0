//! "Læs op" where JavaScript runs: one button that reads the text with the browser's own
//! voice for the guide's language when the browser has one (the service's labels, written
//! between double quotes, with a Danish voice where there is one), and otherwise opens and
//! plays the server's audio of the same text. Without JavaScript the page keeps its plain
//! `<details>` with the `<audio controls>` player, which this island hides while it runs.

use leptos::prelude::*;

/// `label`: "Læs op" in the guide's language; `which`: the text it reads ("Trin 1 af 3"),
/// for screen readers (several sit in one panel);
/// `text`: the text as the translation file writes it (labels between double quotes);
/// `lang`: its BCP 47 language (`ar`, `da`, …); `player`: the id of the `<details>` holding
/// the server's `<audio>`.
#[island]
pub fn SpeakButton(
    label: String,
    which: String,
    text: String,
    lang: String,
    player: String,
) -> impl IntoView {
    let (ready, set_ready) = signal(false);
    let hide_player = player.clone();
    Effect::new(move |_| {
        set_ready.set(true);
        #[cfg(feature = "hydrate")]
        if let Some(d) = element(&hide_player) {
            let _ = d.set_attribute("hidden", "");
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = &hide_player;
    });
    let speak = move |_| {
        #[cfg(feature = "hydrate")]
        if !speak_with_voice(&text, &lang) {
            play_audio(&player);
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = (&text, &lang, &player);
    };
    view! {
        <button type="button" class="read-aloud-button" hidden=move || !ready.get() on:click=speak>
            {label}<span class="sr-only">{format!(" – {which}")}</span>
        </button>
    }
}

#[cfg(feature = "hydrate")]
fn element(id: &str) -> Option<web_sys::Element> {
    web_sys::window()?.document()?.get_element_by_id(id)
}

/// The browser's voice for `lang` ("ar" matches "ar-SA"), if it has one.
#[cfg(feature = "hydrate")]
fn voice_for(
    voices: &[web_sys::SpeechSynthesisVoice],
    lang: &str,
) -> Option<web_sys::SpeechSynthesisVoice> {
    let lang = lang.to_ascii_lowercase();
    voices
        .iter()
        .find(|v| {
            let l = v.lang().to_ascii_lowercase().replace('_', "-");
            l == lang || l.split('-').next() == Some(lang.as_str())
        })
        .cloned()
}

/// Reads `text` with the browser's voice for `lang`; false if the browser has none.
#[cfg(feature = "hydrate")]
fn speak_with_voice(text: &str, lang: &str) -> bool {
    use wasm_bindgen::JsCast;
    let Some(synth) = web_sys::window().and_then(|w| w.speech_synthesis().ok()) else {
        return false;
    };
    // getVoices() holds voices only.
    let voices: Vec<web_sys::SpeechSynthesisVoice> = synth
        .get_voices()
        .iter()
        .map(|v| v.unchecked_into())
        .collect();
    let Some(voice) = voice_for(&voices, lang) else {
        return false;
    };
    let danish = voice_for(&voices, "da");
    synth.cancel();
    // Labels (between double quotes) are the Danish screen's words: the Danish voice reads
    // them where the browser has one. An odd number of quotes is no label.
    let parts: Vec<&str> = text.split('"').collect();
    let labels = parts.len() % 2 == 1;
    for (i, part) in parts.iter().enumerate() {
        if part.trim().is_empty() {
            continue;
        }
        let Ok(u) = web_sys::SpeechSynthesisUtterance::new_with_text(part) else {
            continue;
        };
        match (labels && i % 2 == 1, &danish) {
            (true, Some(da)) => {
                u.set_lang(&da.lang());
                u.set_voice(Some(da));
            }
            _ => {
                u.set_lang(&voice.lang());
                u.set_voice(Some(&voice));
            }
        }
        synth.speak(&u);
    }
    true
}

/// Shows the server's player (`<details id=player>`) open and plays its audio.
#[cfg(feature = "hydrate")]
fn play_audio(player: &str) {
    use wasm_bindgen::JsCast;
    let Some(details) = element(player) else {
        return;
    };
    let _ = details.remove_attribute("hidden");
    let _ = details.set_attribute("open", "");
    if let Some(audio) = details
        .query_selector("audio")
        .ok()
        .flatten()
        .and_then(|a| a.dyn_into::<web_sys::HtmlMediaElement>().ok())
    {
        // A refused play (no sound device, a blocked autoplay) leaves the player open for
        // the learner's own click: the promise's refusal is caught, not thrown.
        if let Ok(playing) = audio.play() {
            wasm_bindgen_futures::spawn_local(async move {
                let _ = wasm_bindgen_futures::JsFuture::from(playing).await;
            });
        }
    }
}
