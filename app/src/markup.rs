//! `Markup`: a page part written straight into HTML (issue 20).
//!
//! Leptos's views render each element through its own types: a class string built per
//! element, attributes gathered in vectors, each text escaped into a new string and then
//! copied. For a page's largest, most repeated parts (the mailbox) that was most of the
//! server's time per page. `Markup` writes the same HTML into one buffer: static markup as
//! it is, and every value a learner or a scenario gave escaped as Leptos escapes it
//! (`html_escape`: text with `encode_text`, attribute values with
//! `encode_double_quoted_attribute`). Parts that are rarely on a page (a refusal, a notice)
//! are still written by their views, with [`Markup::view`].

use crate::html::Html;
use leptos::tachys::view::{Position, RenderHtml};

/// HTML being written (see the module's note).
pub struct Markup(String);

impl Markup {
    pub fn with_capacity(bytes: usize) -> Self {
        Markup(String::with_capacity(bytes))
    }

    /// Markup written by the program (tags, constant attributes): never anything typed.
    pub fn raw(&mut self, html: &str) -> &mut Self {
        self.0.push_str(html);
        self
    }

    /// Text between tags, escaped.
    pub fn text(&mut self, text: &str) -> &mut Self {
        html_escape::encode_text_to_string(text, &mut self.0);
        self
    }

    /// An attribute's value, between double quotes, escaped.
    pub fn attr(&mut self, value: &str) -> &mut Self {
        html_escape::encode_double_quoted_attribute_to_string(value, &mut self.0);
        self
    }

    /// A number, in digits.
    pub fn number(&mut self, n: usize) -> &mut Self {
        self.0.push_str(itoa::Buffer::new().format(n));
        self
    }

    /// ` name="value"` (escaped) where there is a value; nothing where there is none.
    pub fn opt_attr(&mut self, name: &str, value: Option<&str>) -> &mut Self {
        if let Some(value) = value {
            self.raw(" ").raw(name).raw("=\"").attr(value).raw("\"");
        }
        self
    }

    /// A part written by its Leptos view (escaped as every view is).
    pub fn view(&mut self, view: impl RenderHtml) -> &mut Self {
        view.to_html_with_buf(&mut self.0, &mut Position::FirstChild, true, false, vec![]);
        self
    }

    pub fn clear(&mut self) {
        self.0.clear();
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_html(self) -> Html {
        Html::raw(self.0)
    }

    pub fn into_string(self) -> String {
        self.0
    }
}
