//! Teachers' material ("Eget materiale") for servers that share holds: a hold keeps its
//! material as the pack's source, and each server builds it once, found by the source's
//! digest. The same source always gives the same `Arc` here, so "Send til holdet" still
//! sees that a draft was sent already, and a world made from the material names it by its
//! digest (the world's scenario tag), so any server can build its scenario.

use domain::Scenario;
use domain::material::Material;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// Built materials kept at once (a few per live hold at most).
const MAX_KEPT: usize = 512;

pub struct Materials {
    base: Arc<Scenario>,
    inner: Mutex<Inner>,
}

#[derive(Default)]
struct Inner {
    by_digest: HashMap<String, Arc<Material>>,
    /// A built scenario's address → its material's digest.
    by_scenario: HashMap<usize, String>,
}

/// The digest of a pack's source (SHA-1, hex: a name for the content, not a secret).
pub fn digest(source: &str) -> String {
    sha1_smol::Sha1::from(source.as_bytes())
        .digest()
        .to_string()
}

impl Materials {
    pub fn new(base: Arc<Scenario>) -> Self {
        Self {
            base,
            inner: Mutex::new(Inner::default()),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn keep(inner: &mut Inner, digest: String, material: Arc<Material>) {
        if inner.by_digest.len() >= MAX_KEPT {
            inner.by_digest.clear();
            inner.by_scenario.clear();
        }
        inner
            .by_scenario
            .insert(Arc::as_ptr(&material.scenario) as usize, digest.clone());
        inner.by_digest.insert(digest, material);
    }

    /// Remembers a material built here (the one a hold holds now); its digest.
    pub fn adopt(&self, material: &Arc<Material>) -> String {
        let digest = digest(&material.source);
        let mut inner = self.lock();
        if !inner.by_digest.contains_key(&digest) {
            Self::keep(&mut inner, digest.clone(), material.clone());
        }
        digest
    }

    /// The material of `source`, built once. `None` if it does not build (a source that was
    /// valid when the teacher sent it always builds again with the same scenario).
    pub fn build(&self, source: &str) -> Option<Arc<Material>> {
        let digest = digest(source);
        if let Some(m) = self.lock().by_digest.get(&digest) {
            return Some(m.clone());
        }
        let built = match Material::parse(&self.base, source) {
            Ok(m) => Arc::new(m),
            Err(e) => {
                tracing::warn!(error = %e, "a hold's material did not build again");
                return None;
            }
        };
        let mut inner = self.lock();
        let kept = inner.by_digest.get(&digest).cloned();
        Some(kept.unwrap_or_else(|| {
            Self::keep(&mut inner, digest, built.clone());
            built
        }))
    }

    /// The digest of the material whose scenario this is, if it was built or adopted here.
    pub fn digest_of(&self, scenario: &Arc<Scenario>) -> Option<String> {
        self.lock()
            .by_scenario
            .get(&(Arc::as_ptr(scenario) as usize))
            .cloned()
    }

    /// The scenario of the material with `digest`, if built here.
    pub fn scenario_of(&self, digest: &str) -> Option<Arc<Scenario>> {
        self.lock()
            .by_digest
            .get(digest)
            .map(|m| m.scenario.clone())
    }
}
