//! What a world answers about fuldmagter, and the two self-services (doctor, address).

use crate::fuldmagt::{Fuldmagt, FuldmagtRequest};
use crate::ids::PersonaId;
use crate::world::World;

impl World {
    /// The fuldmagt `holder` has from `giver` now, if any.
    pub fn fuldmagt(&self, giver: &PersonaId, holder: &PersonaId) -> Option<&Fuldmagt> {
        self.fuldmagter
            .iter()
            .find(|f| &f.giver == giver && &f.holder == holder)
    }

    /// "Fuldmagter jeg har givet".
    pub fn fuldmagter_given(&self, giver: &PersonaId) -> Vec<&Fuldmagt> {
        self.fuldmagter
            .iter()
            .filter(|f| &f.giver == giver)
            .collect()
    }

    /// "Fuldmagter jeg har fået".
    pub fn fuldmagter_received(&self, holder: &PersonaId) -> Vec<&Fuldmagt> {
        self.fuldmagter
            .iter()
            .filter(|f| &f.holder == holder)
            .collect()
    }

    /// Requests waiting for `giver`.
    pub fn fuldmagt_requests_to(&self, giver: &PersonaId) -> Vec<&FuldmagtRequest> {
        self.fuldmagt_requests
            .iter()
            .filter(|r| &r.giver == giver)
            .collect()
    }

    /// Requests `holder` has sent.
    pub fn fuldmagt_requests_from(&self, holder: &PersonaId) -> Vec<&FuldmagtRequest> {
        self.fuldmagt_requests
            .iter()
            .filter(|r| &r.holder == holder)
            .collect()
    }

    /// The betroet medarbejder's case list: requests to citizens who cannot answer digitally.
    pub fn cases_for_trusted_employee(&self) -> Vec<&FuldmagtRequest> {
        self.fuldmagt_requests
            .iter()
            .filter(|r| self.persona(&r.giver).is_some_and(|p| !p.digital))
            .collect()
    }

    /// The persona's doctor now.
    pub fn doctor(&self, persona: &PersonaId) -> String {
        self.doctors.get(persona).cloned().unwrap_or_else(|| {
            self.persona(persona)
                .map_or_else(String::new, |p| p.doctor.clone())
        })
    }

    /// The persona's address now.
    pub fn address(&self, persona: &PersonaId) -> String {
        self.addresses.get(persona).cloned().unwrap_or_else(|| {
            self.persona(persona)
                .map_or_else(String::new, |p| p.address.clone())
        })
    }
}
