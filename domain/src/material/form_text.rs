//! The Fluent lines the form writes, and the standard hints of each kind of step.

/// One line of Fluent text: the teacher's words with braces as literals and no line breaks.
pub(super) fn ftl(text: &str) -> String {
    let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = String::with_capacity(line.len());
    for c in line.chars() {
        match c {
            '{' => out.push_str("{\"{\"}"),
            '}' => out.push_str("{\"}\"}"),
            c => out.push(c),
        }
    }
    out
}

/// The hints a step gets where the teacher leaves them empty: a nudge, a pointer, show me.
pub(super) fn default_hints(kind: &str, subject: &str, detail: &str) -> [String; 3] {
    let [a, b]: [&str; 2] = match kind {
        "aabn" => [
            "Brevet ligger i Indbakke.",
            "Klik på brevets emne i listen.",
        ],
        "svar" => [
            "Der er en knap i brevet, som du kan svare med.",
            "Knappen hedder \"Besvar\".",
        ],
        "mappe" => [
            "Mapper laver du i venstre side af Digital Post.",
            "Sæt kryds ved brevet, og brug \"Flyt til\" under listen.",
        ],
        "laeseadgang" => [
            "Se efter \"Læse- og skriveadgang\" i Digital Post.",
            "Klik \"Giv adgang\". CPR-nummeret står på siden Din øvelse.",
        ],
        _ => [
            "Se øverst til højre på siden.",
            "Knappen hedder \"Log af\".",
        ],
    };
    let show = match kind {
        "aabn" => format!("Klik på \"{subject}\" i Indbakke."),
        "svar" => "Åbn brevet, klik \"Besvar\", skriv dit svar og klik \"Send\".".to_owned(),
        "mappe" => format!("Skriv {detail} i \"Navn på mappen\", klik \"Opret mappe\", sæt kryds ved brevet, vælg {detail} i \"Flyt til\" og klik \"Flyt\"."),
        "laeseadgang" => "Klik \"Giv adgang\", skriv personens navn og CPR-nummer, vælg Læseadgang, klik \"Næste\" og godkend.".to_owned(),
        _ => "Klik \"Log af\" øverst til højre.".to_owned(),
    };
    [a.to_owned(), b.to_owned(), show]
}
