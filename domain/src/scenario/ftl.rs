//! The guide's translations: Project Fluent (`.ftl`) files, one per language, checked at
//! start-up against the Danish file (complete, and the fallback). Each file says in its
//! header who produced it and whether a native speaker has read it:
//!
//! ```text
//! ### produced-by: …
//! ### reviewed: source | yes (who, when) | no
//! ```

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

/// What is wrong in a file: the line or message id, and the problem (the caller adds the
/// file's name).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub entry: String,
    pub problem: String,
}

/// Whether a native speaker has read a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Review {
    /// The original text (Danish), not a translation.
    Source,
    /// Read by a native speaker: who and when, as the file says.
    Reviewed(String),
    /// A draft nobody has read yet.
    Draft,
}

/// What a message is made of: its attributes and the variables and references its
/// patterns use. Two languages' messages must agree on it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Shape {
    pub value: bool,
    pub attributes: BTreeSet<String>,
    pub variables: BTreeSet<String>,
    /// Other messages and terms (`-name`) it refers to.
    pub references: BTreeSet<String>,
}

/// One language's file, parsed and checked.
pub struct Translation {
    pub lang: String,
    pub produced_by: String,
    pub review: Review,
    /// Every message's shape, by id (terms included, as `-name`).
    pub shapes: BTreeMap<String, Shape>,
    /// The messages' ids in the file's order.
    pub order: Vec<String>,
    source: String,
    bundle: FluentBundle<FluentResource>,
}

impl fmt::Debug for Translation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "Translation({}, {} messages)",
            self.lang,
            self.shapes.len()
        )
    }
}

impl PartialEq for Translation {
    fn eq(&self, other: &Self) -> bool {
        self.lang == other.lang && self.source == other.source
    }
}

impl Eq for Translation {}

/// Languages written right to left (Arabic, Farsi, Urdu, Pashto, Sorani, Hebrew, …).
pub fn is_rtl(lang: &str) -> bool {
    html_lang(lang)
        .parse::<unic_langid::LanguageIdentifier>()
        .is_ok_and(|l| l.character_direction() == unic_langid::CharacterDirection::RTL)
}

/// The `lang` attribute (and plural rules) of a language code: "da-let" (Let dansk) is
/// Danish.
pub fn html_lang(code: &str) -> &str {
    code.split('-').next().unwrap_or(code)
}

/// The `dir` attribute of a language code.
pub fn dir(code: &str) -> &'static str {
    if is_rtl(code) { "rtl" } else { "ltr" }
}

/// Whether a file was written by a machine (its `produced-by` line says so).
impl Translation {
    pub fn machine_made(&self) -> bool {
        self.produced_by.to_lowercase().contains("machine")
    }
}

/// The line of an error at `byte`; at the very start of a line, the line before it (the
/// Fluent parser reports a missing `}` where the next line begins).
fn line_of(text: &str, byte: usize) -> usize {
    text[..byte.min(text.len())].lines().count().max(1)
}

impl Translation {
    /// Parses `text` as language `lang`: every syntax error, a repeated
    /// id, a missing header line or a reference to a message the file does not have is
    /// refused with the line or id.
    pub fn parse(lang: &str, text: &str) -> Result<Self, Problem> {
        let err = |entry: String, problem: String| Problem { entry, problem };
        // The full parser keeps the comments (the header); the bundle's runtime parser
        // drops them.
        let ast = match fluent_syntax::parser::parse(text) {
            Ok(r) => r,
            Err((_, errors)) => {
                let first = &errors[0];
                return Err(err(
                    format!("line {}", line_of(text, first.pos.start)),
                    format!("ikke gyldig Fluent: {}", first.kind),
                ));
            }
        };
        let mut produced_by = None;
        let mut review = None;
        let mut shapes = BTreeMap::new();
        let mut order = Vec::new();
        for entry in &ast.body {
            let (id, shape) = match entry {
                ast::Entry::ResourceComment(c) => {
                    for line in &c.content {
                        if let Some(v) = line.strip_prefix("produced-by:") {
                            produced_by = Some(v.trim().to_owned());
                        } else if let Some(v) = line.strip_prefix("reviewed:") {
                            let v = v.trim();
                            review = Some(match v {
                                "source" => Review::Source,
                                "no" => Review::Draft,
                                _ if v.starts_with("yes ") && v.len() > 4 => {
                                    Review::Reviewed(v.trim_start_matches("yes").trim().to_owned())
                                }
                                _ => {
                                    return Err(err(
                                        "reviewed".into(),
                                        "skal være \"source\", \"no\" eller \"yes (hvem, hvornår)\"".into(),
                                    ));
                                }
                            });
                        }
                    }
                    continue;
                }
                ast::Entry::Message(m) => {
                    (m.id.name.to_owned(), shape(m.value.as_ref(), &m.attributes))
                }
                ast::Entry::Term(t) => (
                    format!("-{}", t.id.name),
                    shape(Some(&t.value), &t.attributes),
                ),
                _ => continue,
            };
            if shapes.insert(id.clone(), shape).is_some() {
                return Err(err(id, "id'et står to gange".into()));
            }
            order.push(id);
        }
        for (id, s) in &shapes {
            if let Some(missing) = s.references.iter().find(|r| !shapes.contains_key(*r)) {
                return Err(err(
                    id.clone(),
                    format!("henviser til {missing:?}, som filen ikke har"),
                ));
            }
            if !s.value && !id.starts_with('-') {
                return Err(err(id.clone(), "har ingen tekst".into()));
            }
        }
        let produced_by = produced_by.filter(|p| !p.is_empty()).ok_or_else(|| {
            err(
                "produced-by".into(),
                "mangler: en linje \"### produced-by: …\" siger, hvem eller hvad der skrev filen"
                    .into(),
            )
        })?;
        let review = review.ok_or_else(|| {
            err(
                "reviewed".into(),
                "mangler: en linje \"### reviewed: source | no | yes (hvem, hvornår)\"".into(),
            )
        })?;
        let locale = html_lang(lang)
            .parse()
            .map_err(|_| err("-".into(), format!("{lang:?} is no language code")))?;
        let resource = FluentResource::try_new(text.to_owned())
            .map_err(|_| err("-".into(), "not valid Fluent".into()))?;
        let mut bundle = FluentBundle::new_concurrent(vec![locale]);
        // Numbers and names inside right-to-left text keep their own direction.
        bundle.set_use_isolating(is_rtl(lang));
        if let Err(errors) = bundle.add_resource(resource) {
            return Err(err("-".into(), format!("{:?}", errors[0])));
        }
        Ok(Self {
            lang: lang.to_owned(),
            produced_by,
            review,
            shapes,
            order,
            source: text.to_owned(),
            bundle,
        })
    }

    /// The text of message `id` (or of its attribute `attr`), with `args` filled in;
    /// empty if there is none (a checked file has every message the Danish one has).
    pub fn format(&self, id: &str, attr: Option<&str>, args: &[(&str, i64)]) -> String {
        self.try_format(id, attr, args)
            .unwrap_or_else(|(text, _)| text)
    }

    /// [`Self::format`], or the text with what went wrong (a variable not given, a function
    /// or attribute that does not exist, a circle of references).
    pub fn try_format(
        &self,
        id: &str,
        attr: Option<&str>,
        args: &[(&str, i64)],
    ) -> Result<String, (String, String)> {
        let missing = || Err((String::new(), format!("no message {id:?} {attr:?}")));
        let Some(message) = self.bundle.get_message(id) else {
            return missing();
        };
        let pattern = match attr {
            Some(a) => message.get_attribute(a).map(|a| a.value()),
            None => message.value(),
        };
        let Some(pattern) = pattern else {
            return missing();
        };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, FluentValue::from(*value));
        }
        self.render(pattern, &fluent_args)
    }

    /// The text of message `id` with text `args` filled in (e.g. durations already put in
    /// words); empty if there is none.
    pub fn format_text(&self, id: &str, args: &[(&str, &str)]) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return String::new();
        };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, FluentValue::from(*value));
        }
        self.render(pattern, &fluent_args)
            .unwrap_or_else(|(text, _)| text)
    }

    fn render(
        &self,
        pattern: &ast::Pattern<&str>,
        fluent_args: &FluentArgs,
    ) -> Result<String, (String, String)> {
        let mut errors = Vec::new();
        let text = self
            .bundle
            .format_pattern(pattern, Some(fluent_args), &mut errors)
            .into_owned();
        match errors.first() {
            None => Ok(text),
            Some(e) => Err((text, e.to_string())),
        }
    }

    /// Checks this translation against the Danish `reference`: the same messages with the
    /// same attributes, no variable the Danish message does not have.
    pub fn check_against(&self, reference: &Translation) -> Result<(), Problem> {
        let err = |entry: &str, problem: String| Problem {
            entry: entry.to_owned(),
            problem,
        };
        let messages = |t: &Translation| -> Vec<String> {
            t.shapes
                .keys()
                .filter(|k| !k.starts_with('-'))
                .cloned()
                .collect()
        };
        let (ours, theirs) = (messages(self), messages(reference));
        if let Some(missing) = theirs.iter().find(|id| !self.shapes.contains_key(*id)) {
            return Err(err(missing, "mangler (den danske tekst har den)".into()));
        }
        if let Some(extra) = ours.iter().find(|id| !reference.shapes.contains_key(*id)) {
            return Err(err(
                extra,
                "findes ikke i den danske tekst: en stavefejl i id'et?".into(),
            ));
        }
        for id in &theirs {
            let (mine, danish) = (&self.shapes[id], &reference.shapes[id]);
            if let Some(a) = danish.attributes.difference(&mine.attributes).next() {
                return Err(err(
                    &format!("{id}.{a}"),
                    "mangler (den danske tekst har den)".into(),
                ));
            }
            if let Some(a) = mine.attributes.difference(&danish.attributes).next() {
                return Err(err(
                    &format!("{id}.{a}"),
                    "findes ikke i den danske tekst".into(),
                ));
            }
            if let Some(v) = mine.variables.difference(&danish.variables).next() {
                return Err(err(
                    id,
                    format!("bruger {{ ${v} }}, som teksten ikke har; den har: {}", {
                        let list: Vec<String> =
                            danish.variables.iter().map(|v| format!("${v}")).collect();
                        if list.is_empty() {
                            "ingen".to_owned()
                        } else {
                            list.join(", ")
                        }
                    }),
                ));
            }
        }
        Ok(())
    }
}

fn shape(value: Option<&ast::Pattern<&str>>, attributes: &[ast::Attribute<&str>]) -> Shape {
    let mut s = Shape {
        value: value.is_some(),
        attributes: attributes.iter().map(|a| a.id.name.to_owned()).collect(),
        ..Shape::default()
    };
    for pattern in value.into_iter().chain(attributes.iter().map(|a| &a.value)) {
        walk_pattern(pattern, &mut s);
    }
    s
}

fn walk_pattern(pattern: &ast::Pattern<&str>, s: &mut Shape) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            walk_expression(expression, s);
        }
    }
}

fn walk_expression(expression: &ast::Expression<&str>, s: &mut Shape) {
    match expression {
        ast::Expression::Inline(inline) => walk_inline(inline, s),
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, s);
            for v in variants {
                walk_pattern(&v.value, s);
            }
        }
    }
}

fn walk_inline(inline: &ast::InlineExpression<&str>, s: &mut Shape) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            s.variables.insert(id.name.to_owned());
        }
        ast::InlineExpression::MessageReference { id, .. } => {
            s.references.insert(id.name.to_owned());
        }
        ast::InlineExpression::TermReference { id, arguments, .. } => {
            s.references.insert(format!("-{}", id.name));
            if let Some(args) = arguments {
                walk_arguments(args, s);
            }
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => walk_arguments(arguments, s),
        ast::InlineExpression::Placeable { expression } => walk_expression(expression, s),
        ast::InlineExpression::StringLiteral { .. }
        | ast::InlineExpression::NumberLiteral { .. } => {}
    }
}

fn walk_arguments(args: &ast::CallArguments<&str>, s: &mut Shape) {
    for a in &args.positional {
        walk_inline(a, s);
    }
    for a in &args.named {
        walk_inline(&a.value, s);
    }
}
