//! Following a learner through an exercise: checks, hints, steps done, finishing.

use crate::access::AccessScope;
use crate::command::Command;
use crate::exercise::{Check, Exercise, GuideAction, HINTS, Progress};
use crate::fuldmagt::Area;
use crate::mailbox::FolderRef;
use crate::scenario::Scenario;
use crate::time::Timestamp;
use crate::world::{Login, World};

impl World {
    /// Whether `check` holds in the world now.
    pub fn holds(&self, check: &Check) -> bool {
        match check {
            // In a world two play together, a seat's login counts whichever PC it is at.
            Check::LoggedIn { persona } => self
                .seat_logins()
                .any(|(l, _)| matches!(l, Login::LoggedIn { persona: p } if p == persona)),
            Check::LoggedOut => self
                .seat_logins()
                .all(|(l, _)| matches!(l, Login::LoggedOut)),
            Check::NewPassword { persona } => self.nemid(persona).chosen_password.is_some(),
            Check::LetterRead { persona, letter } => self
                .find_letter(persona, letter.as_str())
                .is_some_and(|l| l.state.read),
            Check::FolderExists { persona, name } => self
                .folder_named(persona, name)
                .is_some_and(|f| matches!(f, FolderRef::Own(_))),
            Check::LetterInFolder {
                persona,
                letter,
                folder,
            } => {
                let f = self.folder_named(persona, folder);
                self.find_letter(persona, letter.as_str())
                    .is_some_and(|l| Some(l.state.folder) == f)
            }
            Check::MessageSent { persona, authority } => self
                .letters_in(persona, FolderRef::Sent)
                .iter()
                .any(|l| l.letter.to() == crate::Party::Authority(authority.clone())),
            Check::AccessGiven {
                owner,
                helper,
                folder,
            } => self.grant(owner, helper).is_some_and(|g| match folder {
                None => true,
                Some(name) => self
                    .folder_named(owner, name)
                    .is_some_and(|f| g.scope.covers(f) && g.scope != AccessScope::Whole),
            }),
            Check::AccessRequested { owner, helper } => {
                self.requests_to(owner).iter().any(|r| &r.helper == helper)
            }
            Check::MailboxOpened { helper, owner } => self.seat_logins().any(|(l, viewing)| {
                matches!(l, Login::LoggedIn { persona } if persona == helper)
                    && viewing == Some(owner)
                    && self.grant(owner, helper).is_some()
            }),
            Check::FuldmagtGiven {
                giver,
                holder,
                area,
            } => self
                .fuldmagt(giver, holder)
                .is_some_and(|f| Area::from_key(area).is_some_and(|a| f.areas.contains(&a))),
            Check::DoctorChanged { persona } => self
                .persona(persona)
                .is_some_and(|p| self.doctor(persona) != p.doctor),
            Check::MitIdLoggedIn { persona, with } => {
                self.holds(&Check::LoggedIn {
                    persona: persona.clone(),
                }) && self.mitid(persona).logged_in_with == Some(*with)
            }
            Check::MitIdRejected { persona } => self.mitid(persona).rejected > 0,
            Check::MitIdSigned { persona } => self.mitid(persona).signatures > 0,
            Check::DrillDone { drill } => self
                .sent_drill(drill)
                .is_some_and(|d| d.outcome(self.clock).is_some()),
            Check::OwnerLoggedInAlone { owner, helper } => {
                self.owner_logged_in_alone(owner, helper)
            }
        }
    }

    /// A fresh world for exercise number `index`: its setup done, at its first step.
    pub fn for_exercise(
        scenario: std::sync::Arc<Scenario>,
        seed: u64,
        now: Timestamp,
        index: usize,
        lang: &str,
    ) -> Result<World, String> {
        let ex = scenario
            .exercises
            .get(index)
            .ok_or("no such exercise")?
            .clone();
        let mut w = World::new(scenario, seed, now);
        for (i, a) in ex.setup.iter().enumerate() {
            w.perform(a, now)
                .map_err(|e| format!("{}: setup {}: {e}", ex.id, i + 1))?;
        }
        if w.logged_in().is_some() {
            w.handle(&Command::LogOut, now).map_err(|e| e.to_string())?;
        }
        w.progress = Some(Progress {
            exercise: index,
            step: 0,
            hints_shown: 0,
            hinted: vec![false; ex.steps.len()],
            skipped: vec![false; ex.steps.len()],
            lang: lang.to_owned(),
            stopped: false,
            folded: false,
        });
        w.advance();
        w.activity = crate::class::activity::Activity::started(now);
        Ok(w)
    }

    pub fn progress(&self) -> Option<(&Exercise, &Progress)> {
        let p = self.progress.as_ref()?;
        Some((self.scenario().exercises.get(p.exercise)?, p))
    }

    /// Moves past every step whose check holds now (a step can be done before it is
    /// asked for only if the learner did it anyway; the order of steps still holds).
    pub(crate) fn advance(&mut self) {
        let Some(p) = self.progress.clone() else {
            return;
        };
        let Some(ex) = self.scenario().exercises.get(p.exercise).cloned() else {
            return;
        };
        let mut p = p;
        while !p.stopped && p.step < ex.steps.len() && self.holds(&ex.steps[p.step].check) {
            p.hinted[p.step] = p.hints_shown > 0;
            p.step += 1;
            p.hints_shown = 0;
        }
        self.progress = Some(p);
    }

    /// The guide panel's buttons, pressed at real time `now` (a teacher's "Vis hint" too).
    pub fn guide(&mut self, action: &GuideAction, now: Timestamp) -> Result<(), crate::Refusal> {
        if let GuideAction::Language(lang) = action
            && !self.scenario().languages.contains(lang)
        {
            return Err(crate::Refusal::NoSuchLanguage);
        }
        if self.progress.is_none() {
            return Err(crate::Refusal::NoExercise);
        }
        if let GuideAction::LookAway(away) = action {
            // The helper of "Kig væk" looks away or back: a change to the world.
            let action = crate::drill::DrillAction::Look { away: *away };
            return self
                .handle(&crate::Command::Drill { action }, now)
                .map(|_| ());
        }
        let Some(p) = self.progress.as_mut() else {
            return Err(crate::Refusal::NoExercise);
        };
        match action {
            GuideAction::ShowHint if p.finished() || p.stopped => {}
            GuideAction::ShowHint => {
                if usize::from(p.hints_shown) < HINTS {
                    self.activity.hints = self.activity.hints.saturating_add(1);
                }
                p.hints_shown = (p.hints_shown + 1).min(HINTS as u8);
            }
            GuideAction::Skip if p.finished() || p.stopped => {}
            GuideAction::Skip => {
                p.skipped[p.step] = true;
                p.step += 1;
                p.hints_shown = 0;
                self.activity.step_started = now;
                self.activity.refusals_in_row = 0;
            }
            GuideAction::Stop => p.stopped = true,
            GuideAction::Language(lang) => p.lang = lang.clone(),
            GuideAction::Fold(folded) => p.folded = *folded,
            GuideAction::LookAway(_) => {}
        }
        self.advance();
        Ok(())
    }
}
