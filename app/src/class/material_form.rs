//! The post of "Eget materiale": "Vis forhåndsvisning" (the form written as a pack and
//! checked by `domain::material`), "Send til holdet", and the names of the form's inputs.

use domain::material::form::{Field, MAX_STEPS, MaterialForm, OtherLanguage, StepForm};

/// What a post to "Eget materiale" asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Handling {
    Preview,
    Send,
    Upload,
}

impl Handling {
    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "vis" => Some(Self::Preview),
            "send" => Some(Self::Send),
            "upload" => Some(Self::Upload),
            _ => None,
        }
    }
}

/// The inputs of step n (1-based): kind, folder, person, instruction, three hints.
pub const STEP_INPUTS: [[&str; 7]; MAX_STEPS] = [
    [
        "trin1_tjek",
        "trin1_mappe",
        "trin1_person",
        "trin1_tekst",
        "trin1_hint1",
        "trin1_hint2",
        "trin1_hint3",
    ],
    [
        "trin2_tjek",
        "trin2_mappe",
        "trin2_person",
        "trin2_tekst",
        "trin2_hint1",
        "trin2_hint2",
        "trin2_hint3",
    ],
    [
        "trin3_tjek",
        "trin3_mappe",
        "trin3_person",
        "trin3_tekst",
        "trin3_hint1",
        "trin3_hint2",
        "trin3_hint3",
    ],
    [
        "trin4_tjek",
        "trin4_mappe",
        "trin4_person",
        "trin4_tekst",
        "trin4_hint1",
        "trin4_hint2",
        "trin4_hint3",
    ],
];

/// The other language's task of step n (1-based).
pub const OTHER_TASKS: [&str; MAX_STEPS] = [
    "trin1_tekst2",
    "trin2_tekst2",
    "trin3_tekst2",
    "trin4_tekst2",
];

/// The longest a kept text may be (a letter of 400 words fits).
const MAX_KEPT: usize = 4_000;

/// The input a refusal belongs next to.
pub fn input_of(field: Field, form: &MaterialForm) -> &'static str {
    let step = |n: usize, i: usize| {
        STEP_INPUTS
            .get(n.wrapping_sub(1))
            .map_or("trin1_tjek", |s| s[i])
    };
    match field {
        Field::Name => "navn",
        Field::Sender => "fra",
        Field::NewSender => "ny_afsender",
        Field::To => "til",
        Field::Subject => "emne",
        Field::Body => "tekst",
        Field::Attachment => "bilag",
        Field::Title => "titel",
        Field::Description => "beskrivelse",
        Field::Story => "historie",
        Field::Kind(n) => step(n, 0),
        Field::Detail(n) => {
            let person = form
                .steps
                .get(n.wrapping_sub(1))
                .is_some_and(|s| s.kind == "laeseadgang");
            step(n, if person { 2 } else { 1 })
        }
        Field::Instruction(n) => step(n, 3),
        Field::Hint(n, k) => step(n, 3 + k.clamp(1, 3)),
        Field::OtherLang => "sprog2",
        Field::OtherTitle => "titel2",
        Field::OtherDescription => "beskrivelse2",
        Field::OtherStory => "historie2",
        Field::OtherInstruction(n) => OTHER_TASKS
            .get(n.wrapping_sub(1))
            .copied()
            .unwrap_or("sprog2"),
        Field::Whole => "navn",
    }
}

/// The form's fields from a url-encoded body (each kept to a bounded length).
pub fn parse(body: &[u8]) -> (Option<Handling>, MaterialForm, Vec<(String, String)>) {
    let pairs: Vec<(String, String)> = serde_html_form::from_bytes::<Vec<(String, String)>>(body)
        .unwrap_or_default()
        .into_iter()
        .take(100)
        .map(|(k, v)| {
            (
                crate::forms::bounded(&k),
                v.chars().take(MAX_KEPT).collect(),
            )
        })
        .collect();
    let get = |name: &str| {
        pairs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let handling = Handling::parse(&get("handling"));
    let steps = STEP_INPUTS
        .iter()
        .map(|[kind, folder, person, text, h1, h2, h3]| {
            let kind = get(kind);
            StepForm {
                detail: if kind == "laeseadgang" {
                    get(person)
                } else {
                    get(folder)
                },
                kind,
                instruction: get(text),
                hints: [get(h1), get(h2), get(h3)],
            }
        })
        .collect();
    let form = MaterialForm {
        name: get("navn"),
        sender: get("fra"),
        new_sender: get("ny_afsender"),
        to: get("til"),
        subject: get("emne"),
        body: get("tekst"),
        can_reply: !get("besvar").is_empty(),
        attachment: get("bilag"),
        title: get("titel"),
        description: get("beskrivelse"),
        story: get("historie"),
        steps,
        other: OtherLanguage {
            lang: get("sprog2"),
            title: get("titel2"),
            description: get("beskrivelse2"),
            story: get("historie2"),
            instructions: OTHER_TASKS.iter().map(|n| get(n)).collect(),
        },
    };
    let kept = pairs.into_iter().filter(|(k, _)| k != "handling").collect();
    (handling, form, kept)
}

/// The form's values as inputs show them again (`name` → value), from a form kept with
/// the hold.
pub fn fields_of(form: &MaterialForm) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = [
        ("navn", &form.name),
        ("fra", &form.sender),
        ("ny_afsender", &form.new_sender),
        ("til", &form.to),
        ("emne", &form.subject),
        ("tekst", &form.body),
        ("bilag", &form.attachment),
        ("titel", &form.title),
        ("beskrivelse", &form.description),
        ("historie", &form.story),
        ("sprog2", &form.other.lang),
        ("titel2", &form.other.title),
        ("beskrivelse2", &form.other.description),
        ("historie2", &form.other.story),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.clone()))
    .collect();
    if form.can_reply {
        out.push(("besvar".into(), "ja".into()));
    }
    for (name, task) in OTHER_TASKS.iter().zip(&form.other.instructions) {
        out.push(((*name).to_owned(), task.clone()));
    }
    for (step, [kind, folder, person, text, h1, h2, h3]) in form.steps.iter().zip(STEP_INPUTS) {
        out.push((kind.into(), step.kind.clone()));
        let detail = if step.kind == "laeseadgang" {
            person
        } else {
            folder
        };
        out.push((detail.into(), step.detail.clone()));
        out.push((text.into(), step.instruction.clone()));
        for (name, hint) in [h1, h2, h3].into_iter().zip(&step.hints) {
            out.push((name.into(), hint.clone()));
        }
    }
    out
}
