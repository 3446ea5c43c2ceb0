use super::form::*;
use super::tests::default_scenario;

const BODY: &str = "Kære Amina. Vi holder forældremøde i 3.B torsdag den 10. december kl. 17.00 i klasselokalet. \
Vi taler om klassens trivsel, om lektier og om lejrskolen til foråret. Der er kaffe og kage. \
Skriv gerne, om du kommer, og om du har brug for en tolk. Så bestiller vi en. \
Har du spørgsmål, kan du ringe til skolens kontor. Med venlig hilsen klasselæreren i 3.B på Bakkeskolen.";

pub(crate) fn form() -> MaterialForm {
    MaterialForm {
        name: "Forældremøde".into(),
        sender: "ny".into(),
        new_sender: "Bakkeskolen".into(),
        to: "amina".into(),
        subject: "Forældremøde i 3.B".into(),
        body: BODY.into(),
        can_reply: true,
        attachment: "Dagsorden".into(),
        title: "Svar på et skolebrev".into(),
        description: "Læs brevet fra skolen og svar.".into(),
        story: "Amina har fået et brev fra skolen.".into(),
        steps: vec![
            StepForm {
                kind: "aabn".into(),
                instruction: "Log på som Amina, og åbn brevet fra skolen.".into(),
                ..Default::default()
            },
            StepForm {
                kind: "svar".into(),
                instruction: "Svar skolen, at du kommer {måske}.".into(),
                hints: ["Kig i brevet.".into(), String::new(), String::new()],
                ..Default::default()
            },
        ],
        other: OtherLanguage::default(),
    }
}

#[test]
fn a_letter_and_a_two_step_exercise_from_the_form_make_material_that_can_be_solved() {
    let base = default_scenario();
    let m = form().check(&base).unwrap();
    assert_eq!(m.letters.len(), 1);
    assert_eq!(m.exercises.len(), 1);
    let letter = &m.scenario.letters[m.letters[0]];
    assert_eq!(letter.subject, "Forældremøde i 3.B");
    assert_eq!(
        m.scenario.authority(&letter.from).unwrap().name,
        "Bakkeskolen"
    );
    let ex = &m.scenario.exercises[m.exercises[0]];
    assert_eq!(ex.steps.len(), 2);
    // Braces are the teacher's text, not Fluent.
    assert_eq!(
        ex.steps[1].text["da"].instruction,
        "Svar skolen, at du kommer {måske}."
    );
    // Empty hints get the standard ones for the kind of step.
    assert_eq!(ex.steps[1].text["da"].hints[0], "Kig i brevet.");
    assert_eq!(
        ex.steps[1].text["da"].hints[1],
        "Knappen hedder \"Besvar\"."
    );
    // The pack the form writes reads back as the same material ("Download", "Upload").
    let again = super::Material::parse(&base, &m.source).unwrap();
    assert_eq!(again, m);
    super::prove(&m.scenario, m.exercises[0]).unwrap();
}

#[test]
fn the_forms_refusals_are_next_to_their_fields() {
    let base = default_scenario();
    let check = |f: MaterialForm| f.check(&base).unwrap_err();
    let e = check(MaterialForm {
        body: "For kort.".into(),
        ..form()
    });
    assert_eq!(e.field, Field::Body, "{e:?}");
    assert!(e.message.contains("2 ord; et brev har 60–400 ord"), "{e:?}");
    let e = check(MaterialForm {
        subject: " ".into(),
        ..form()
    });
    assert_eq!(e.field, Field::Subject, "{e:?}");
    let e = check(MaterialForm {
        new_sender: String::new(),
        ..form()
    });
    assert_eq!(e.field, Field::NewSender, "{e:?}");
    let e = check(MaterialForm {
        sender: "findes-ikke".into(),
        ..form()
    });
    assert_eq!(e.field, Field::Sender, "{e:?}");
    let e = check(MaterialForm {
        to: "nogen".into(),
        ..form()
    });
    assert_eq!(e.field, Field::To, "{e:?}");
    let e = check(MaterialForm {
        name: String::new(),
        ..form()
    });
    assert_eq!(e.field, Field::Name, "{e:?}");
    let e = check(MaterialForm {
        can_reply: false,
        ..form()
    });
    assert_eq!(e.field, Field::Kind(2), "{e:?}");
    let e = check(MaterialForm {
        story: String::new(),
        ..form()
    });
    assert_eq!(e.field, Field::Story, "{e:?}");
    let mut f = form();
    f.steps[1].instruction = "Klik \"Besvar.".into();
    let e = check(f);
    assert_eq!(e.field, Field::Instruction(2), "{e:?}");
    assert!(e.message.contains("ulige antal"), "{e:?}");
    let mut f = form();
    f.steps[1] = StepForm {
        kind: "mappe".into(),
        instruction: "Flyt det.".into(),
        ..Default::default()
    };
    assert_eq!(check(f).field, Field::Detail(2));
    let mut f = form();
    f.steps[0].kind = "log-af".into();
    let e = check(f);
    assert_eq!(e.field, Field::Kind(1), "logged out already: {e:?}");
    let mut f = form();
    f.steps.clear();
    assert_eq!(check(f).field, Field::Kind(1));
}

#[test]
fn a_letter_alone_is_material_and_other_step_kinds_are_solvable() {
    let base = default_scenario();
    let m = MaterialForm {
        title: String::new(),
        steps: vec![],
        sender: "odense-kommune".into(),
        ..form()
    }
    .check(&base)
    .unwrap();
    assert!(m.exercises.is_empty());
    let mut f = form();
    f.steps = vec![
        StepForm {
            kind: "mappe".into(),
            detail: "Skole".into(),
            instruction: "Læg brevet i mappen Skole.".into(),
            ..Default::default()
        },
        StepForm {
            kind: "laeseadgang".into(),
            detail: "ahmed".into(),
            instruction: "Giv Ahmed læseadgang.".into(),
            ..Default::default()
        },
        StepForm {
            kind: "log-af".into(),
            instruction: "Log af.".into(),
            ..Default::default()
        },
    ];
    let m = f.check(&base).unwrap();
    assert_eq!(m.scenario.exercises[m.exercises[0]].steps.len(), 3);
}

#[test]
fn the_exercise_may_come_in_another_guide_language_too() {
    let base = default_scenario();
    let mut f = form();
    f.other = OtherLanguage {
        lang: "ar".into(),
        title: "رد على رسالة من المدرسة".into(),
        description: "اقرأ الرسالة ورد عليها.".into(),
        story: "أمينة تلقت رسالة من المدرسة.".into(),
        instructions: vec!["افتحي الرسالة.".into(), "ردي على المدرسة.".into()],
    };
    let m = f.check(&base).unwrap();
    let ex = &m.scenario.exercises[m.exercises[0]];
    assert_eq!(ex.text["ar"].title, "رد على رسالة من المدرسة");
    assert_eq!(ex.steps[1].text["ar"].instruction, "ردي على المدرسة.");
    // The hints are the Danish ones; a language not written shows Danish.
    assert_eq!(ex.steps[1].text["ar"].hints[0], "Kig i brevet.");
    assert_eq!(ex.text["tr"].title, "Svar på et skolebrev");
    // Download and upload: the same.
    assert_eq!(super::Material::parse(&base, &m.source).unwrap(), m);

    let refused = |o: OtherLanguage| {
        MaterialForm { other: o, ..form() }
            .check(&base)
            .unwrap_err()
    };
    let e = refused(OtherLanguage {
        lang: "xx".into(),
        ..f.other.clone()
    });
    assert_eq!(e.field, Field::OtherLang);
    let e = refused(OtherLanguage {
        story: String::new(),
        ..f.other.clone()
    });
    assert_eq!(e.field, Field::OtherStory);
    let e = refused(OtherLanguage {
        instructions: vec!["x".into()],
        ..f.other.clone()
    });
    assert_eq!(e.field, Field::OtherInstruction(2));
    let e = refused(OtherLanguage {
        title: "Klik \"her".into(),
        ..f.other.clone()
    });
    assert_eq!(e.field, Field::OtherTitle, "{e:?}");
}
