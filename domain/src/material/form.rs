//! "Skriv selv": the teacher's form (a letter, and an exercise about it of up to
//! [`MAX_STEPS`] steps chosen from the kinds of check that exist) written as a pack, then
//! checked by [`Material::parse`] like an uploaded one. Every line of the pack it writes
//! remembers the form field it came from, so a refusal is shown next to that field.

pub use super::form_text::Field;
use super::form_text::{EXERCISE_ID, Texts, Writer, capitalise, default_hints};
use super::{Material, MaterialError};
use crate::scenario::Scenario;

/// Steps the form offers.
pub const MAX_STEPS: usize = 4;

/// The kinds of step the form offers: (value, label). Each is a check of the scenario's
/// exercises with its "show me" made from the letter.
pub const STEP_KINDS: [(&str, &str); 5] = [
    ("aabn", "Åbn brevet"),
    ("svar", "Svar på brevet"),
    ("mappe", "Opret en mappe og flyt brevet til den"),
    ("laeseadgang", "Giv en anden læseadgang"),
    ("log-af", "Log af"),
];

#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct StepForm {
    /// One of [`STEP_KINDS`], empty for no step.
    pub kind: String,
    /// The folder's name ("mappe") or the helper's persona id ("laeseadgang").
    pub detail: String,
    pub instruction: String,
    pub hints: [String; 3],
}

#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct MaterialForm {
    pub name: String,
    /// An authority id of the scenario, or "ny" for a new sender named `new_sender`.
    pub sender: String,
    pub new_sender: String,
    pub to: String,
    pub subject: String,
    pub body: String,
    pub can_reply: bool,
    pub attachment: String,
    /// Empty: no exercise, only the letter.
    pub title: String,
    pub description: String,
    pub story: String,
    pub steps: Vec<StepForm>,
    /// The exercise's texts in one more of the guide's languages, if the teacher writes them.
    pub other: OtherLanguage,
}

/// The exercise in another guide language: its code (empty: none) and the texts a learner
/// reads first; the hints stay the Danish ones.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct OtherLanguage {
    pub lang: String,
    pub title: String,
    pub description: String,
    pub story: String,
    /// Per step of the form (as `steps`).
    pub instructions: Vec<String>,
}

/// A refusal next to its field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormError {
    pub field: Field,
    pub message: String,
}

const LETTER_ID: &str = "eget-brev";
const SENDER_ID: &str = "egen-afsender";

fn refuse(field: Field, message: impl Into<String>) -> FormError {
    FormError {
        field,
        message: message.into(),
    }
}

impl MaterialForm {
    fn steps(&self) -> impl Iterator<Item = (usize, &StepForm)> {
        self.steps
            .iter()
            .take(MAX_STEPS)
            .enumerate()
            .filter(|(_, s)| !s.kind.is_empty())
            .map(|(i, s)| (i + 1, s))
    }

    /// The pack this form writes, and each of its lines' field.
    fn write(&self, base: &Scenario) -> Result<(String, Vec<Field>), FormError> {
        let mut w = Writer {
            text: String::new(),
            lines: Vec::new(),
        };
        w.line(
            Field::Whole,
            "# Eget materiale til Demoborger, skrevet i formularen.",
        );
        w.string(Field::Name, "name", self.name.trim());
        let from = if self.sender == "ny" {
            if self.new_sender.trim().is_empty() {
                return Err(refuse(
                    Field::NewSender,
                    "Skriv navnet på den nye afsender.",
                ));
            }
            w.line(Field::NewSender, "\n[[authority]]");
            w.string(Field::NewSender, "id", SENDER_ID);
            w.string(Field::NewSender, "name", self.new_sender.trim());
            w.string(Field::NewSender, "group", "andre");
            SENDER_ID.to_owned()
        } else if base
            .authorities
            .iter()
            .any(|a| a.id.as_str() == self.sender)
        {
            self.sender.clone()
        } else {
            return Err(refuse(Field::Sender, "Vælg en afsender."));
        };
        let to = self.to.trim();
        w.line(Field::Subject, "\n[[letter]]");
        w.string(Field::Subject, "id", LETTER_ID);
        w.string(Field::To, "to", to);
        w.string(Field::Sender, "from", &from);
        w.string(Field::Subject, "subject", self.subject.trim());
        w.key(Field::Subject, "days_ago", toml::Value::Integer(0));
        w.string(Field::Subject, "case_number", "HOLD-1");
        w.key(
            Field::Body,
            "can_reply",
            toml::Value::Boolean(self.can_reply),
        );
        w.key(Field::Subject, "unread", toml::Value::Boolean(true));
        if !self.attachment.trim().is_empty() {
            w.string(Field::Attachment, "attachment", self.attachment.trim());
        }
        w.string(Field::Body, "body", self.body.trim());

        if self.title.trim().is_empty() {
            if let Some((n, _)) = self.steps().next() {
                return Err(refuse(
                    Field::Title,
                    format!(
                        "Giv øvelsen en titel – eller fjern trin {n}, hvis du kun vil sende brevet."
                    ),
                ));
            }
            return Ok((w.text, w.lines));
        }
        if self.steps().next().is_none() {
            return Err(refuse(
                Field::Kind(1),
                "Vælg, hvad den lærende skal gøre i trin 1.",
            ));
        }
        let letter =
            |do_: &str, rest: &str| format!("{{ do = \"{do_}\", letter = \"{LETTER_ID}\"{rest} }}");
        w.line(Field::Title, "\n[[exercise]]");
        w.string(Field::Title, "id", EXERCISE_ID);
        w.string(Field::Title, "theme", "digital-post");
        w.string(Field::Title, "audience", "borger");
        w.string(Field::Title, "level", "begynder");
        let minutes = 3 + 3 * self.steps().count() as i64;
        w.key(Field::Title, "minutes", toml::Value::Integer(minutes));
        w.string(Field::To, "persona", to);
        let login = format!("{{ do = \"log-in\", persona = \"{to}\" }}, ");
        let mut logged_in = false;
        for (n, step) in self.steps() {
            let detail = step.detail.trim();
            let quoted = toml::Value::String(detail.to_owned());
            let (check, show_me) = match step.kind.as_str() {
                "aabn" => (
                    format!(
                        "{{ kind = \"letter-read\", persona = \"{to}\", letter = \"{LETTER_ID}\" }}"
                    ),
                    letter("open", ""),
                ),
                "svar" if !self.can_reply => {
                    return Err(refuse(
                        Field::Kind(n),
                        "Brevet kan ikke besvares: sæt kryds i \"Brevet kan besvares\", eller vælg et andet trin.",
                    ));
                }
                "svar" => (
                    format!(
                        "{{ kind = \"message-sent\", persona = \"{to}\", authority = \"{from}\" }}"
                    ),
                    letter("reply", ", body = \"Tak for brevet.\""),
                ),
                "mappe" if detail.is_empty() => {
                    return Err(refuse(Field::Detail(n), "Skriv mappens navn."));
                }
                "mappe" => (
                    format!(
                        "{{ kind = \"letter-in-folder\", persona = \"{to}\", letter = \"{LETTER_ID}\", folder = {quoted} }}"
                    ),
                    format!(
                        "{{ do = \"create-folder\", name = {quoted} }}, {}",
                        letter("move", &format!(", folder = {quoted}"))
                    ),
                ),
                "laeseadgang" => {
                    if !base.personas.iter().any(|p| p.id.as_str() == detail) || detail == to {
                        return Err(refuse(
                            Field::Detail(n),
                            "Vælg den person, der skal have læseadgang.",
                        ));
                    }
                    (
                        format!(
                            "{{ kind = \"access-given\", owner = \"{to}\", helper = \"{detail}\" }}"
                        ),
                        format!("{{ do = \"give-access\", helper = \"{detail}\" }}"),
                    )
                }
                "log-af" => (
                    "{ kind = \"logged-out\" }".to_owned(),
                    "{ do = \"log-out\" }".to_owned(),
                ),
                _ => return Err(refuse(Field::Kind(n), "Vælg et trin på listen.")),
            };
            // The first step begins with logging in (the exercise's world starts logged out).
            let show_me = if logged_in || step.kind == "log-af" {
                show_me
            } else {
                logged_in = true;
                format!("{login}{show_me}")
            };
            w.line(Field::Kind(n), "\n[[exercise.step]]");
            w.line(Field::Kind(n), &format!("check = {check}"));
            w.line(Field::Kind(n), &format!("show_me = [{show_me}]"));
        }
        for (field, text, what) in [
            (
                Field::Description,
                &self.description,
                "en kort beskrivelse af øvelsen",
            ),
            (
                Field::Story,
                &self.story,
                "historien: hvem er det, og hvad vil de?",
            ),
        ] {
            if text.trim().is_empty() {
                return Err(refuse(field, format!("Skriv {what}.")));
            }
        }
        for (n, step) in self.steps() {
            if step.instruction.trim().is_empty() {
                return Err(refuse(
                    Field::Instruction(n),
                    format!("Skriv, hvad den lærende skal gøre i trin {n}."),
                ));
            }
        }
        w.line(Field::Whole, "\n[texts]");
        let hints: Vec<[String; 3]> = self
            .steps()
            .map(|(_, step)| {
                let defaults = default_hints(&step.kind, self.subject.trim(), step.detail.trim());
                let mut hints = step.hints.clone();
                for (hint, default) in hints.iter_mut().zip(defaults) {
                    if hint.trim().is_empty() {
                        *hint = default;
                    }
                }
                hints
            })
            .collect();
        let danish = Texts {
            lang: "da",
            review: "source",
            title: (Field::Title, &self.title),
            description: (Field::Description, &self.description),
            story: (Field::Story, &self.story),
            steps: self
                .steps()
                .map(|(n, s)| (n, Field::Instruction(n), s.instruction.as_str()))
                .collect(),
            hints: &hints,
            hint_field: Field::Hint,
        };
        danish.write(&mut w);
        let mut blocks = 2;
        if let Some(mut other) = self.other_language(base)? {
            other.hints = &hints;
            other.write(&mut w);
            blocks += 2;
        }
        if w.text.contains("''''") || w.text.matches("'''").count() != blocks {
            return Err(refuse(
                Field::Whole,
                "Teksterne må ikke indeholde ''' (tre apostroffer).",
            ));
        }
        Ok((w.text, w.lines))
    }

    /// The other language's texts, if one is chosen: every text written (the caller gives
    /// it the Danish hints).
    fn other_language<'a>(&'a self, base: &Scenario) -> Result<Option<Texts<'a>>, FormError> {
        let o = &self.other;
        let lang = o.lang.trim();
        if lang.is_empty() {
            return Ok(None);
        }
        if lang == "da" || !base.languages.iter().any(|l| l == lang) {
            return Err(refuse(Field::OtherLang, "Vælg et af vejledningens sprog."));
        }
        for (field, text, what) in [
            (Field::OtherTitle, &o.title, "titlen"),
            (Field::OtherDescription, &o.description, "beskrivelsen"),
            (Field::OtherStory, &o.story, "historien"),
        ] {
            if text.trim().is_empty() {
                return Err(refuse(
                    field,
                    format!("Skriv {what} på det andet sprog – eller vælg intet sprog."),
                ));
            }
        }
        let mut steps = Vec::new();
        for (n, _) in self.steps() {
            let task = o.instructions.get(n - 1).map_or("", |t| t.as_str());
            if task.trim().is_empty() {
                return Err(refuse(
                    Field::OtherInstruction(n),
                    format!("Skriv opgaven i trin {n} på det andet sprog."),
                ));
            }
            steps.push((n, Field::OtherInstruction(n), task));
        }
        Ok(Some(Texts {
            lang,
            review: "yes (skrevet af underviseren)",
            title: (Field::OtherTitle, &o.title),
            description: (Field::OtherDescription, &o.description),
            story: (Field::OtherStory, &o.story),
            steps,
            hints: &[],
            hint_field: |_, _| Field::OtherLang,
        }))
    }

    /// The checked material this form writes, or the refusal next to its field.
    pub fn check(&self, base: &Scenario) -> Result<Material, FormError> {
        let (pack, lines) = self.write(base)?;
        Material::parse(base, &pack).map_err(|e| self.field_of(&e, &lines))
    }

    /// The pack's text as the form writes it ("Download" of form-made material).
    pub fn pack(&self, base: &Scenario) -> Result<String, FormError> {
        self.write(base).map(|(text, _)| text)
    }

    fn field_of(&self, e: &MaterialError, lines: &[Field]) -> FormError {
        let mut field = e
            .line
            .and_then(|l| lines.get(l.checked_sub(1)?))
            .copied()
            .unwrap_or(Field::Whole);
        // An empty text is refused by Fluent at the line after it.
        if field == Field::Whole && e.field == "name" {
            field = Field::Name;
        }
        // A text's problem starts with its message id: the field says which already.
        let message = match e.problem.split_once(": ") {
            Some((id, rest)) if id.starts_with(EXERCISE_ID) => rest.to_owned(),
            _ => e.problem.clone(),
        };
        let message = match (field, e.field.as_str()) {
            (Field::Body, "body") => format!("Brevets tekst {message}"),
            _ => message,
        };
        refuse(field, capitalise(&message))
    }
}
