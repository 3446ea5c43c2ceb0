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

/// The layout of a hold's bytes ([`Class::to_bytes`]); raise it when a field of a hold (or
/// of anything in it) changes, as for a world's.
pub const CLASS_FORMAT: u8 = 1;

impl Class {
    /// The hold as bytes (a format byte, then postcard), without its material and draft:
    /// a store keeps their sources beside it and builds them again.
    pub fn to_bytes(&self) -> Vec<u8> {
        postcard::to_extend(self, vec![CLASS_FORMAT]).unwrap_or_default()
    }

    /// The hold `bytes` hold (without material and draft), or `None` if they are not one of
    /// this layout.
    pub fn from_bytes(bytes: &[u8]) -> Option<Class> {
        let (&format, rest) = bytes.split_first()?;
        if format != CLASS_FORMAT {
            return None;
        }
        postcard::from_bytes(rest).ok()
    }
}

#[cfg(test)]
mod bytes_tests {
    use super::*;
    use crate::class::{ClassPlan, HoldCode, MemberName};

    #[test]
    fn a_hold_with_learners_reads_back_the_same_without_its_material() {
        let mut class = Class::new(
            ClassPlan::new("Tirsdagsholdet", vec![0, 2], "ar", 4, 5).unwrap(),
            HoldCode::from_random([3; 6]),
            42,
            crate::Timestamp(1_800_000_000),
        );
        let _ = class.join(MemberName::parse("Fatima").unwrap(), None);
        let _ = class.join(MemberName::parse("Ali").unwrap(), None);
        class.members[0].world = std::num::NonZeroU128::new(7);
        let back = Class::from_bytes(&class.to_bytes()).unwrap();
        assert_eq!(back, class);
        assert_eq!(Class::from_bytes(&[2, 0]), None, "another layout");
        assert_eq!(Class::from_bytes(&class.to_bytes()[..10]), None, "cut");
    }
}
