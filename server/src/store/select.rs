//! Which stores a server runs on: its own memory, or Redis shared with other servers.

use super::{MemoryStore, RedisStore};
use crate::config::Config;
use app::session::{ClassDirectory, WorldStore};
use domain::Scenario;
use std::sync::Arc;

/// Most shared short-lived keys one server keeps in memory (Parkoder, phone pairings).
const MAX_KEYS: usize = 100_000;

/// The world store, the shared keys and the holds the settings ask for: Redis with `--redis-url`,
/// else this process's memory. A Redis that cannot be reached at the start stops the
/// server with a message.
pub fn from_config(
    config: &Config,
    scenario: &Arc<Scenario>,
) -> (
    Arc<dyn WorldStore>,
    Arc<dyn crate::shared_keys::SharedKeys>,
    Arc<dyn ClassDirectory>,
) {
    let (max, idle, absolute) = (
        config.max_worlds,
        config.idle_limit(),
        config.absolute_limit(),
    );
    let Some(url) = &config.redis_url else {
        return (
            Arc::new(MemoryStore::new(max, idle, absolute)),
            Arc::new(crate::shared_keys::MemoryKeys::new(MAX_KEYS)),
            Arc::new(crate::classes::MemoryClasses::new(config.max_holds)),
        );
    };
    let redis = RedisStore::new(
        url,
        &config.redis_prefix,
        scenario.clone(),
        (max, config.max_holds),
        idle,
        absolute,
    )
    .and_then(|s| s.ping().map(|()| s));
    match redis {
        Ok(s) => {
            let s = Arc::new(s);
            (s.clone(), s.clone(), s)
        }
        Err(e) => {
            eprintln!("demoborger: cannot use Redis at {url}: {e}");
            std::process::exit(1);
        }
    }
}
