//! What a virtual learner reads off the pages, as a person would: the persona's bruger-id
//! and adgangskode on the world page, the key card, the key number asked for, the letters.

/// The text of every `<tag class="class">…<` after `from` in `html`.
fn texts_of_class<'a>(html: &'a str, class: &str) -> Vec<&'a str> {
    let marker = format!("class=\"{class}\">");
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find(&marker) {
        rest = &rest[i + marker.len()..];
        if let Some(end) = rest.find('<') {
            out.push(&rest[..end]);
        }
    }
    out
}

/// The bruger-id and adgangskode shown for the persona named `name` on the world page.
pub fn credentials(world_page: &str, name: &str) -> Option<(String, String)> {
    let at = world_page.find(name)?;
    let creds = texts_of_class(&world_page[at..], "credential");
    Some((creds.first()?.to_string(), creds.get(1)?.to_string()))
}

/// The key card as (nøglenummer, nøgle) pairs.
pub fn key_card(card_page: &str) -> Vec<(String, String)> {
    texts_of_class(card_page, "key-number")
        .into_iter()
        .zip(texts_of_class(card_page, "key"))
        .map(|(n, k)| (n.to_owned(), k.to_owned()))
        .collect()
}

/// The nøglenummer the key step asks for.
pub fn asked_key_number(login_page: &str) -> Option<String> {
    texts_of_class(login_page, "key-challenge-value")
        .first()
        .map(|s| (*s).to_owned())
}

/// The letters listed (the values of their "open" buttons), in page order.
pub fn letters(inbox: &str) -> Vec<String> {
    let marker = "name=\"aabn\" value=\"";
    inbox
        .match_indices(marker)
        .filter_map(|(i, _)| {
            let rest = &inbox[i + marker.len()..];
            rest.find('"').map(|end| rest[..end].to_owned())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_learner_reads_the_credentials_the_card_and_the_asked_key() {
        let world = "<h3>Mette</h3><dd class=\"credential\">mettejh</dd><dd class=\"credential\">sommer</dd>\
                     <h3>Karen Jensen</h3><dt>Bruger-id</dt><dd class=\"credential\">318204657</dd>\
                     <dt>Adgangskode</dt><dd class=\"credential\">7913</dd>";
        assert_eq!(
            credentials(world, "Karen Jensen"),
            Some(("318204657".into(), "7913".into()))
        );
        let card = "<li class=\"key-entry\"><span class=\"key-number\">0083</span> <span class=\"key\">520128</span></li>\
                    <li class=\"key-entry\"><span class=\"key-number\">0101</span> <span class=\"key\">000417</span></li>";
        assert_eq!(
            key_card(card),
            [
                ("0083".into(), "520128".into()),
                ("0101".into(), "000417".into())
            ]
        );
        let login = "<span class=\"key-challenge-label\">Nøglenummer</span> <strong class=\"key-challenge-value\">3313</strong>";
        assert_eq!(asked_key_number(login).as_deref(), Some("3313"));
        let inbox = "<button name=\"aabn\" value=\"karen-a\">A</button><button name=\"aabn\" value=\"karen-b\">";
        assert_eq!(letters(inbox), ["karen-a", "karen-b"]);
    }
}
