//! Reads a scenario folder from disk and hands its files to the domain to validate.

use domain::{Scenario, ScenarioFile};
use std::path::{Path, PathBuf};

/// The default scenario folder of the repository (for tests).
pub fn default_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../scenarios/default")
}

/// Loads and validates every file under `dir`. The error names the file (with `dir`),
/// the entry and the problem.
pub fn load(dir: &Path) -> Result<Scenario, String> {
    let mut files = Vec::new();
    collect(dir, dir, &mut files)
        .map_err(|e| format!("{}: cannot read the scenario folder: {e}", dir.display()))?;
    Scenario::from_files(&files).map_err(|e| format!("{}/{e}", dir.display()))
}

fn collect(root: &Path, dir: &Path, files: &mut Vec<ScenarioFile>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect(root, &path, files)?;
        } else if path.file_name().is_some_and(|n| n != "README.md") {
            let relative = path.strip_prefix(root).unwrap_or(&path);
            let text = std::fs::read_to_string(&path)
                .map_err(|e| std::io::Error::new(e.kind(), format!("{}: {e}", path.display())))?;
            files.push(ScenarioFile {
                path: relative.to_string_lossy().replace('\\', "/"),
                text,
            });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use domain::Role;

    #[test]
    fn every_scenario_folder_loads() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../scenarios");
        let mut loaded = 0;
        for entry in std::fs::read_dir(&root).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() && !path.ends_with("examples") {
                load(&path).unwrap_or_else(|e| panic!("{e}"));
                loaded += 1;
            }
        }
        assert!(loaded >= 1);
    }

    /// `scenarios/examples/` holds teachers' packs ("Eget materiale"), each valid against
    /// the default scenario.
    #[test]
    fn every_example_pack_is_valid_material() {
        let base = load(&default_dir()).unwrap();
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../scenarios/examples");
        let mut packs = 0;
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            let text = std::fs::read_to_string(&path).unwrap();
            domain::material::Material::parse(&base, &text)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            packs += 1;
        }
        assert!(packs >= 1);
    }

    /// The coverage report (`cargo test -p server --lib coverage -- --nocapture` prints
    /// it): per language, the guide's words and the exercises' texts it has, of the Danish.
    #[test]
    fn coverage_every_language_covers_every_message_of_every_exercise() {
        let s = load(&default_dir()).unwrap();
        let count = |lang: &str| {
            let words = s.guide[lang]
                .shapes
                .keys()
                .filter(|k| !k.starts_with('-'))
                .count();
            let texts: usize = s
                .exercises
                .iter()
                .map(|e| {
                    let t = &e.text[lang];
                    let own = [&t.title, &t.description, &t.story]
                        .iter()
                        .filter(|x| !x.trim().is_empty())
                        .count();
                    let steps: usize = e
                        .steps
                        .iter()
                        .map(|st| {
                            let t = &st.text[lang];
                            usize::from(!t.instruction.trim().is_empty())
                                + t.hints.iter().filter(|h| !h.trim().is_empty()).count()
                        })
                        .sum();
                    own + steps
                })
                .sum();
            (words, texts)
        };
        let glossary = |lang: &str| s.glossary[lang].order.len();
        let handouts = |lang: &str| s.handouts[lang].order.len();
        let (words, texts) = count("da");
        println!("language   guide words   exercise texts   glossary   fact sheets   reviewed");
        for lang in &s.languages {
            let (w, t) = count(lang);
            let (g, h) = (glossary(lang), handouts(lang));
            println!(
                "{lang:<10} {w:>4} / {words:<6} {t:>5} / {texts:<8} {g:>3} / {:<4} {h:>5} / {:<6} {:?}",
                glossary("da"),
                handouts("da"),
                s.reviews[lang]
            );
            assert_eq!(
                (w, t, g, h),
                (words, texts, glossary("da"), handouts("da")),
                "{lang} lacks texts"
            );
        }
        assert_eq!(
            s.languages.len(),
            9,
            "Dansk, Let dansk, English and six more"
        );
    }

    #[test]
    fn the_default_world_has_the_six_people_the_exercises_need() {
        let s = load(&default_dir()).unwrap();
        assert!(s.personas.len() >= 6);
        assert!(
            s.personas.iter().any(|p| p.age >= 75),
            "an elderly person who needs help"
        );
        assert!(
            s.personas.iter().any(|p| p.age == 15),
            "a 15-year-old with a new mailbox"
        );
        assert!(s.personas.iter().any(|p| p.role == Role::TrustedEmployee));
        assert!(s.personas.iter().all(|p| {
            let day: u32 = p.cpr.as_str()[..2].parse().unwrap();
            (32..=60).contains(&day)
        }));
    }

    #[test]
    fn a_broken_file_names_folder_file_and_entry() {
        let dir = std::env::temp_dir().join(format!("demoborger-broken-{}", std::process::id()));
        let personas = dir.join("personas");
        std::fs::create_dir_all(&personas).unwrap();
        std::fs::copy(
            default_dir().join("scenario.toml"),
            dir.join("scenario.toml"),
        )
        .unwrap();
        let karen = std::fs::read_to_string(default_dir().join("personas/karen.toml")).unwrap();
        std::fs::write(
            personas.join("karen.toml"),
            karen.replace("age = 78", "age = 30"),
        )
        .unwrap();
        let e = load(&dir).unwrap_err();
        std::fs::remove_dir_all(&dir).unwrap();
        assert!(e.contains("personas/karen.toml: karen.age:"), "{e}");
    }

    /// Every exercise can be done: its setup runs, and doing each step's "show me" actions
    /// makes that step's check hold and moves the guide on, to the end.
    #[test]
    fn every_exercise_is_solvable_by_its_show_me_path() {
        let scenario = std::sync::Arc::new(load(&default_dir()).unwrap());
        assert!(scenario.exercises.len() >= 12, "at least 12 exercises");
        let now = domain::Timestamp(1_795_392_000);
        for (i, ex) in scenario.exercises.iter().enumerate() {
            let mut w = domain::World::for_exercise(scenario.clone(), 7, now, i, "da")
                .unwrap_or_else(|e| panic!("{e}"));
            for (n, step) in ex.steps.iter().enumerate() {
                assert_eq!(
                    w.progress().unwrap().1.step,
                    n,
                    "{}: step {} came early",
                    ex.id,
                    n + 1
                );
                assert!(
                    !w.holds(&step.check),
                    "{}: step {} holds before it is done",
                    ex.id,
                    n + 1
                );
                for action in &step.show_me {
                    w.perform(action, now)
                        .unwrap_or_else(|e| panic!("{}: step {}: {action:?}: {e}", ex.id, n + 1));
                }
                assert!(
                    w.holds(&step.check),
                    "{}: step {} does not hold after show me",
                    ex.id,
                    n + 1
                );
            }
            let (_, p) = w.progress().unwrap();
            assert!(p.finished(), "{}: not finished", ex.id);
            assert_eq!(
                p.done_alone(),
                ex.steps.len(),
                "{}: every step done alone",
                ex.id
            );
        }
    }
    /// Every exercise, with its world written to bytes and read back after each step (as a
    /// store shared by several servers does between requests): nothing is lost, the bytes
    /// read back write the same bytes, and the rest of the show-me path still finishes it.
    #[test]
    fn every_exercise_world_survives_its_bytes_at_every_step() {
        let scenario = std::sync::Arc::new(load(&default_dir()).unwrap());
        let now = domain::Timestamp(1_795_392_000);
        let mut largest = 0;
        for (i, ex) in scenario.exercises.iter().enumerate() {
            let mut w = domain::World::for_exercise(scenario.clone(), 7, now, i, "da").unwrap();
            for (n, step) in ex.steps.iter().enumerate() {
                for action in &step.show_me {
                    w.perform(action, now)
                        .unwrap_or_else(|e| panic!("{}: step {}: {e}", ex.id, n + 1));
                }
                let bytes = w.to_bytes();
                largest = largest.max(bytes.len());
                w = domain::World::from_bytes(&bytes, scenario.clone())
                    .unwrap_or_else(|e| panic!("{}: step {}: {e}", ex.id, n + 1));
                assert_eq!(w.to_bytes(), bytes, "{}: step {}", ex.id, n + 1);
                assert!(w.holds(&step.check), "{}: step {}", ex.id, n + 1);
            }
            assert!(
                w.progress().unwrap().1.finished(),
                "{}: not finished",
                ex.id
            );
        }
        assert!(largest > 0 && largest < 16 * 1024, "{largest} bytes");
    }
}
