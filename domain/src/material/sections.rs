//! A pack's sections by line: each `[[letter]]`, `[[exercise]]` (with its
//! `[[exercise.step]]`s), `[[authority]]` and `[texts]`. A section is handed to the
//! scenario's parsers as the whole file with every other line blank, so their line numbers
//! are the pack's.

use super::{MaterialError, refuse};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Top,
    Authority,
    Letter,
    Exercise,
    Texts,
}

impl Kind {
    pub(super) fn header(self) -> &'static str {
        match self {
            Kind::Top => "-",
            Kind::Authority => "[[authority]]",
            Kind::Letter => "[[letter]]",
            Kind::Exercise => "[[exercise]]",
            Kind::Texts => "[texts]",
        }
    }
}

/// Lines `header..=end` (1-based; `header` 0 for the lines before the first section).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Section {
    pub kind: Kind,
    pub header: usize,
    pub end: usize,
}

/// Each line's table header, if it is one (not inside a multi-line string).
fn headers(source: &str) -> Vec<Option<String>> {
    let mut open: Option<&str> = None;
    let mut out = Vec::new();
    for line in source.lines() {
        let trimmed = line.trim();
        out.push((open.is_none() && trimmed.starts_with('[')).then(|| {
            trimmed
                .split('#')
                .next()
                .unwrap_or("")
                .trim()
                .replace(' ', "")
        }));
        let mut rest = line;
        loop {
            match open {
                None => {
                    let next = ["\"\"\"", "'''"]
                        .into_iter()
                        .filter_map(|d| rest.find(d).map(|i| (i, d)))
                        .min();
                    let Some((i, d)) = next else { break };
                    open = Some(d);
                    rest = &rest[i + 3..];
                }
                Some(d) => {
                    let Some(i) = rest.find(d) else { break };
                    open = None;
                    rest = &rest[i + 3..];
                }
            }
        }
    }
    out
}

/// The sections of `source`, in order (without the top).
pub(super) fn split(source: &str) -> Result<Vec<Section>, MaterialError> {
    let lines = headers(source);
    let total = lines.len();
    let mut sections: Vec<Section> = Vec::new();
    for (i, header) in lines.iter().enumerate() {
        let Some(header) = header else { continue };
        let n = i + 1;
        let kind = match header.as_str() {
            "[[authority]]" => Kind::Authority,
            "[[letter]]" => Kind::Letter,
            "[[exercise]]" => Kind::Exercise,
            "[texts]" => Kind::Texts,
            "[[exercise.step]]" => {
                if sections.last().map(|s| s.kind) != Some(Kind::Exercise) {
                    return Err(refuse(
                        Some(n),
                        "-",
                        "[[exercise.step]] hører til en øvelse: skriv [[exercise]] før det.",
                    ));
                }
                continue;
            }
            other => {
                return Err(refuse(
                    Some(n),
                    "-",
                    format!(
                        "Afsnittet {other} kendes ikke. Brug [[authority]], [[letter]], [[exercise]], [[exercise.step]] eller [texts]."
                    ),
                ));
            }
        };
        if let Some(last) = sections.last_mut() {
            last.end = i;
        }
        sections.push(Section {
            kind,
            header: n,
            end: total,
        });
    }
    Ok(sections)
}

/// The lines before the first section.
pub(super) fn top(source: &str) -> Section {
    let first = headers(source).iter().position(Option::is_some);
    Section {
        kind: Kind::Top,
        header: 0,
        end: first.unwrap_or(source.lines().count()),
    }
}

/// `source` with only `sections` left (as one scenario file would be): other lines blank,
/// `[[exercise.step]]` as `[[step]]`, the `[[letter]]`/`[[exercise]]` header and (without
/// `keep_id`) the `id` line blank; an `[[authority]]` header stays.
pub(super) fn keep(source: &str, sections: &[&Section], keep_id: bool) -> String {
    let heads = headers(source);
    let mut out = String::with_capacity(source.len());
    let mut in_step = false;
    for (i, line) in source.lines().enumerate() {
        let n = i + 1;
        let section = sections.iter().find(|s| (s.header..=s.end).contains(&n));
        let kept = match (section, &heads[i]) {
            (None, _) => "",
            (Some(s), Some(_)) if n == s.header => {
                in_step = false;
                if s.kind == Kind::Authority { line } else { "" }
            }
            (Some(_), Some(h)) if h == "[[exercise.step]]" => {
                in_step = true;
                "[[step]]"
            }
            (Some(_), _) if !keep_id && !in_step && is_key(line, "id") => "",
            (Some(_), _) => line,
        };
        out.push_str(kept);
        out.push('\n');
    }
    out
}

fn is_key(line: &str, key: &str) -> bool {
    line.trim_start()
        .strip_prefix(key)
        .is_some_and(|rest| rest.trim_start().starts_with('='))
}

/// The line of the `n`th (1-based) `[[exercise.step]]` of `section`.
pub(super) fn step_line(source: &str, section: &Section, n: usize) -> Option<usize> {
    headers(source)
        .iter()
        .enumerate()
        .filter(|(i, h)| {
            (section.header..=section.end).contains(&(i + 1))
                && h.as_deref() == Some("[[exercise.step]]")
        })
        .nth(n.checked_sub(1)?)
        .map(|(i, _)| i + 1)
}
