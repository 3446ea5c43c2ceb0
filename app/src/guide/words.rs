//! The guide's words in one language (`guide/<lang>.ftl`), with the language's plural
//! rules and its direction.

use domain::Scenario;
use domain::scenario::ftl::Translation;
use std::sync::Arc;

/// The guide's words in one language (`guide/<lang>.ftl`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Words(Option<Arc<Translation>>);

impl Words {
    /// The `lang` attribute of these words' text.
    pub fn html_lang(&self) -> String {
        self.0.as_ref().map_or_else(
            || "da".to_owned(),
            |t| domain::scenario::ftl::html_lang(&t.lang).to_owned(),
        )
    }

    /// The `dir` attribute of these words' text.
    pub fn dir(&self) -> &'static str {
        self.0
            .as_ref()
            .map_or("ltr", |t| domain::scenario::ftl::dir(&t.lang))
    }

    pub fn get(&self, key: &str) -> String {
        self.0
            .as_ref()
            .map(|t| t.format(key, None, &[]))
            .unwrap_or_default()
    }

    /// A word with `$n` and `$total` filled in (Fluent: the language's plural rules).
    pub fn count(&self, key: &str, n: usize, total: usize) -> String {
        let (n, total) = (
            i64::try_from(n).unwrap_or(i64::MAX),
            i64::try_from(total).unwrap_or(i64::MAX),
        );
        self.0
            .as_ref()
            .map(|t| t.format(key, None, &[("n", n), ("total", total)]))
            .unwrap_or_default()
    }
}

impl Words {
    /// A text with text `args` filled in (e.g. durations from [`Self::span`]).
    pub fn text(&self, key: &str, args: &[(&str, &str)]) -> String {
        self.0
            .as_ref()
            .map(|t| t.format_text(key, args))
            .unwrap_or_default()
    }

    /// A duration in words: "2 timer", "1 time", "45 minutter", "15 sekunder".
    pub fn span(&self, d: std::time::Duration) -> String {
        let secs = d.as_secs();
        let (key, n) = match secs {
            s if s >= 3600 && s % 3600 == 0 => ("span_hours", s / 3600),
            s if s >= 60 => ("span_minutes", s / 60),
            s => ("span_seconds", s),
        };
        let n = usize::try_from(n).unwrap_or(usize::MAX);
        self.count(key, n, n)
    }
}

/// The guide's words in `lang`; Danish (the first language, complete) where it has none.
pub fn words(s: &Scenario, lang: &str) -> Words {
    let default = s.languages.first().and_then(|d| s.guide.get(d));
    Words(s.guide.get(lang).or(default).cloned())
}
