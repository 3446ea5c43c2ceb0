//! "Send brev": a teacher sends a letter from an authority to a learner's world, either one
//! of the scenario's letters again or a short one the teacher writes.

use crate::event::Event;
use crate::ids::{AuthorityId, PersonaId};
use crate::letters::{LetterKind, Party, WorldLetter, world_letter_id};
use crate::refusal::Refusal;
use crate::time::Timestamp;
use crate::world::World;

/// Longest subject and text of a teacher's letter.
pub const MAX_SUBJECT: usize = 100;
pub const MAX_TEXT: usize = 2_000;

/// Why a teacher's letter was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum LetterRefusal {
    #[error("Vælg en myndighed som afsender.")]
    NoSender,
    #[error("Skriv et emne – højst 100 tegn.")]
    Subject,
    #[error("Skriv brevets tekst – højst 2000 tegn.")]
    Text,
    #[error("Det brev findes ikke.")]
    NoSuchLetter,
}

/// A letter the teacher wrote, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TeacherLetter {
    pub from: AuthorityId,
    pub subject: String,
    pub text: String,
}

impl TeacherLetter {
    /// Checks a written letter against the scenario's authorities.
    pub fn write(
        world_or_scenario: &crate::Scenario,
        from: &str,
        subject: &str,
        text: &str,
    ) -> Result<Self, LetterRefusal> {
        let from = world_or_scenario
            .authorities
            .iter()
            .find(|a| a.id.as_str() == from)
            .ok_or(LetterRefusal::NoSender)?
            .id
            .clone();
        let subject = subject.trim();
        if subject.is_empty() || subject.chars().count() > MAX_SUBJECT {
            return Err(LetterRefusal::Subject);
        }
        let text = text.trim();
        if text.is_empty() || text.chars().count() > MAX_TEXT {
            return Err(LetterRefusal::Text);
        }
        Ok(Self {
            from,
            subject: subject.to_owned(),
            text: text.to_owned(),
        })
    }

    /// One of the scenario's letters (by id), sent again as it was written.
    pub fn from_scenario(scenario: &crate::Scenario, id: &str) -> Result<Self, LetterRefusal> {
        let seed = scenario
            .letters
            .iter()
            .find(|l| l.id.as_str() == id)
            .ok_or(LetterRefusal::NoSuchLetter)?;
        Ok(Self {
            from: seed.from.clone(),
            subject: seed.subject.clone(),
            text: seed.body.clone(),
        })
    }
}

impl World {
    /// The persona a learner plays: the exercise's, else the first on the world's page.
    pub fn main_persona(&self) -> Option<PersonaId> {
        if let Some((ex, _)) = self.progress() {
            return Some(ex.persona.clone());
        }
        self.personas()
            .iter()
            .min_by_key(|p| p.order)
            .map(|p| p.id.clone())
    }

    /// "Spol tiden frem" by the teacher: the clock moves (answers and expiries come), but it
    /// is not the learner's action (their last action, refusals in a row stay).
    pub fn teacher_advance_clock(
        &mut self,
        minutes: i64,
        real_now: Timestamp,
    ) -> Result<(), Refusal> {
        let activity = self.activity;
        let result = self.handle(&crate::Command::AdvanceClock { minutes }, real_now);
        self.activity = activity;
        result.map(|_| ())
    }

    /// Puts `letter` in the inbox of the learner's persona, arriving now.
    pub fn receive_teacher_letter(
        &mut self,
        letter: &TeacherLetter,
        real_now: Timestamp,
    ) -> Result<(), Refusal> {
        self.deliver_due(real_now);
        self.room_for(1)?;
        let to = self.main_persona().ok_or(Refusal::NoSuchRecipient)?;
        let letter = WorldLetter {
            id: world_letter_id(0),
            owner: to.clone(),
            kind: LetterKind::Reply,
            from: Party::Authority(letter.from.clone()),
            to: Party::Persona(to),
            subject: letter.subject.clone(),
            body: letter.text.clone(),
            at: Timestamp(0),
            case_number: "HOLD".into(),
            can_reply: true,
            document: None,
            uploads: Vec::new(),
        };
        self.apply(
            Event::LetterArrived {
                letter: Box::new(letter),
            },
            real_now,
        );
        Ok(())
    }
}
