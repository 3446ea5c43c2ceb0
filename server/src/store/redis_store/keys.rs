//! The shared short-lived keys (Parkoder, phone pairings) in Redis, beside the worlds:
//! `P k:<key>` with the key's life as its expiry.

use super::RedisStore;
use crate::shared_keys::SharedKeys;
use std::time::Duration;

impl RedisStore {
    pub(super) fn key_cmd<T>(&self, cmd: redis::Cmd) -> Option<T>
    where
        T: redis::FromRedisValue + Send + 'static,
    {
        let mut conn = self.bridge.conn.clone();
        self.guarded(move |_| async move { cmd.query_async::<T>(&mut conn).await })
    }

    fn full_key(&self, key: &str) -> String {
        format!("{}k:{key}", self.prefix)
    }
}

fn life_ms(life: Duration) -> u64 {
    super::ms(life).max(1)
}

impl SharedKeys for RedisStore {
    fn put_new(&self, key: &str, value: &str, life: Duration) -> bool {
        let mut cmd = redis::cmd("SET");
        cmd.arg(self.full_key(key))
            .arg(value)
            .arg("NX")
            .arg("PX")
            .arg(life_ms(life));
        self.key_cmd::<Option<String>>(cmd).flatten().is_some()
    }

    fn set(&self, key: &str, value: &str, life: Duration) {
        let mut cmd = redis::cmd("SET");
        cmd.arg(self.full_key(key))
            .arg(value)
            .arg("PX")
            .arg(life_ms(life));
        let _ = self.key_cmd::<Option<String>>(cmd);
    }

    fn get(&self, key: &str) -> Option<String> {
        let mut cmd = redis::cmd("GET");
        cmd.arg(self.full_key(key));
        self.key_cmd::<Option<String>>(cmd).flatten()
    }

    fn take(&self, key: &str) -> Option<String> {
        let mut cmd = redis::cmd("GETDEL");
        cmd.arg(self.full_key(key));
        self.key_cmd::<Option<String>>(cmd).flatten()
    }

    fn take_token(
        &self,
        key: &str,
        capacity: f64,
        per_second: f64,
    ) -> Option<Result<(), Duration>> {
        let args = vec![
            super::arg(key),
            super::arg(capacity),
            super::arg(per_second / 1000.0),
        ];
        let wait: u64 = self.call(|s| &s.token, args)?;
        Some(if wait == 0 {
            Ok(())
        } else {
            Err(Duration::from_millis(wait).max(Duration::from_secs(1)))
        })
    }

    fn remove(&self, key: &str) {
        let mut cmd = redis::cmd("DEL");
        cmd.arg(self.full_key(key));
        let _ = self.key_cmd::<i64>(cmd);
    }
}
