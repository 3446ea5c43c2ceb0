//! How the form writes its pack: line by line with each line's field, the Fluent text of
//! each language, and the standard hints of each kind of step.

/// A field of the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Name,
    Sender,
    NewSender,
    To,
    Subject,
    Body,
    Attachment,
    Title,
    Description,
    Story,
    /// Step n (1-based): its kind, its folder or helper, its instruction, hint k.
    Kind(usize),
    Detail(usize),
    Instruction(usize),
    Hint(usize, usize),
    /// The other language's choice, title, description, story and step n's task.
    OtherLang,
    OtherTitle,
    OtherDescription,
    OtherStory,
    OtherInstruction(usize),
    /// Not one field (the pack as a whole).
    Whole,
}

pub(super) const EXERCISE_ID: &str = "eget-materiale";

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

pub(super) struct Writer {
    pub(super) text: String,
    pub(super) lines: Vec<Field>,
}

impl Writer {
    pub(super) fn line(&mut self, field: Field, line: &str) {
        for l in line.split('\n') {
            self.text.push_str(l);
            self.text.push('\n');
            self.lines.push(field);
        }
    }

    pub(super) fn key(&mut self, field: Field, key: &str, value: toml::Value) {
        self.line(field, &format!("{key} = {value}"));
    }

    pub(super) fn string(&mut self, field: Field, key: &str, value: &str) {
        self.key(field, key, toml::Value::String(value.to_owned()));
    }
}

/// One language's `[texts]` entry, each line with its field.
pub(super) struct Texts<'a> {
    pub(super) lang: &'a str,
    pub(super) review: &'a str,
    pub(super) title: (Field, &'a str),
    pub(super) description: (Field, &'a str),
    pub(super) story: (Field, &'a str),
    /// (the form's step number, its field, the task).
    pub(super) steps: Vec<(usize, Field, &'a str)>,
    pub(super) hints: &'a [[String; 3]],
    pub(super) hint_field: fn(usize, usize) -> Field,
}

impl Texts<'_> {
    pub(super) fn write(&self, w: &mut Writer) {
        let id = EXERCISE_ID;
        w.line(Field::Whole, &format!("{} = '''", self.lang));
        w.line(
            Field::Whole,
            "### produced-by: underviseren (Eget materiale)",
        );
        w.line(Field::Whole, &format!("### reviewed: {}", self.review));
        for (part, (field, text)) in [
            ("title", self.title),
            ("description", self.description),
            ("story", self.story),
        ] {
            w.line(field, &format!("{id}-{part} = {}", ftl(text)));
        }
        for (i, ((n, field, task), hints)) in self.steps.iter().zip(self.hints).enumerate() {
            w.line(*field, &format!("{id}-step-{} = {}", i + 1, ftl(task)));
            for (k, hint) in hints.iter().enumerate() {
                w.line(
                    (self.hint_field)(*n, k + 1),
                    &format!("    .hint-{} = {}", k + 1, ftl(hint)),
                );
            }
        }
        w.line(Field::Whole, "'''");
    }
}

pub(super) fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}
