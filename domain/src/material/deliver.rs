//! "Send til holdet" for a learner whose world was made before the material came: the
//! pack's letters arrive in it now (as letters the world received), and its new senders
//! are added to the world's scenario so their names show. Worlds made afterwards start
//! from the material's scenario, where the letters are there from the start.

use super::Material;
use crate::event::Event;
use crate::letters::{LetterKind, Party, WorldLetter, world_letter_id};
use crate::refusal::Refusal;
use crate::scenario::Scenario;
use crate::time::Timestamp;
use crate::world::World;
use std::sync::Arc;

impl Material {
    /// `scenario` (a world's) with the pack's senders it lacks; `None` if it has them all.
    pub fn senders_for(&self, scenario: &Scenario) -> Option<Scenario> {
        let missing: Vec<_> = self
            .scenario
            .authorities
            .iter()
            .filter(|a| scenario.authority(&a.id).is_none())
            .cloned()
            .collect();
        if missing.is_empty() {
            return None;
        }
        let mut s = scenario.clone();
        s.authorities.extend(missing);
        Some(s)
    }
}

impl World {
    /// Puts the pack's letters in the world now. `senders`: the world's scenario with the
    /// pack's senders ([`Material::senders_for`] of [`World::scenario`]), if it lacked any.
    pub fn receive_material(
        &mut self,
        material: &Material,
        senders: Option<Arc<Scenario>>,
        real_now: Timestamp,
    ) -> Result<(), Refusal> {
        if let Some(s) = senders {
            // Only ever the world's own scenario with senders added: every index stays.
            if s.letters.len() == self.scenario.letters.len()
                && s.exercises.len() == self.scenario.exercises.len()
                && s.authorities.len() >= self.scenario.authorities.len()
            {
                self.scenario = s;
            }
        }
        self.deliver_due(real_now);
        self.room_for(material.letters.len())?;
        for &i in &material.letters {
            let seed = &material.scenario.letters[i];
            if self.persona(&seed.to).is_none() {
                continue;
            }
            let letter = WorldLetter {
                id: world_letter_id(0),
                owner: seed.to.clone(),
                kind: LetterKind::Reply,
                from: Party::Authority(seed.from.clone()),
                to: Party::Persona(seed.to.clone()),
                subject: seed.subject.clone(),
                body: seed.body.clone(),
                at: Timestamp(0),
                case_number: seed.case_number.clone(),
                can_reply: seed.can_reply,
                document: seed.attachment.clone(),
                uploads: Vec::new(),
            };
            self.apply(
                Event::LetterArrived {
                    letter: Box::new(letter),
                },
                real_now,
            );
        }
        Ok(())
    }
}
