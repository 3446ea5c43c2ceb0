//! A hold's own material ("Eget materiale"): the scenario its worlds start from, and
//! "Send til holdet".

use super::Class;
use crate::material::Material;
use crate::scenario::Scenario;
use std::sync::Arc;

impl Class {
    /// The scenario the hold's worlds start from: its material's, else `base`.
    pub fn scenario(&self, base: &Arc<Scenario>) -> Arc<Scenario> {
        self.material
            .as_ref()
            .map_or_else(|| base.clone(), |m| m.scenario.clone())
    }

    /// "Send til holdet": the draft becomes the hold's material, and its exercises follow
    /// the plan's own (a material sent before is replaced, its exercises with it). `base`:
    /// how many exercises the scenario itself has. `None` without a draft, or when this
    /// draft was sent already (a second press sends nothing twice).
    pub fn send_material(&mut self, base: usize) -> Option<Arc<Material>> {
        let material = self.draft.clone()?;
        if self
            .material
            .as_ref()
            .is_some_and(|sent| Arc::ptr_eq(sent, &material))
        {
            return None;
        }
        self.plan.exercises.retain(|&e| e < base);
        self.plan
            .exercises
            .extend(material.exercises.iter().copied());
        self.material = Some(material.clone());
        Some(material)
    }
}
