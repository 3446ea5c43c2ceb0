//! Calls Redis from the store's synchronous interface. The async client (`redis` with its
//! `ConnectionManager`: one multiplexed connection, reconnected after a failure) runs on a
//! small runtime of its own; a caller waits for its answer. On a worker thread of the
//! server's runtime the wait is `block_in_place`, so the runtime moves its other tasks to
//! another thread meanwhile and a slow Redis never stalls the pages that do not need it.

use redis::aio::{ConnectionManager, ConnectionManagerConfig};
use std::future::Future;
use std::time::Duration;
use tokio::runtime::{Handle, Runtime, RuntimeFlavor};

/// How long one call to Redis may take before the page says so (a friendly 503), and how
/// long connecting may take. Well under the request timeout.
pub const RESPONSE_TIMEOUT: Duration = Duration::from_millis(1500);
const CONNECT_TIMEOUT: Duration = Duration::from_millis(1000);

pub(super) struct Bridge {
    runtime: Option<Runtime>,
    pub(super) conn: ConnectionManager,
}

impl Bridge {
    /// Connects lazily: the first call makes the connection, and a Redis that is down when
    /// the server starts is retried on each call.
    pub(super) fn new(url: &str) -> Result<Self, String> {
        let client = redis::Client::open(url).map_err(|e| e.to_string())?;
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .thread_name("redis")
            .enable_all()
            .build()
            .map_err(|e| e.to_string())?;
        let config = ConnectionManagerConfig::new()
            .set_response_timeout(Some(RESPONSE_TIMEOUT))
            .set_connection_timeout(Some(CONNECT_TIMEOUT))
            // Reconnecting is retried on the next call, not in a loop that outlasts a page.
            .set_number_of_retries(1)
            .set_max_delay(Duration::from_millis(200));
        let conn = {
            let _inside = runtime.enter();
            ConnectionManager::new_lazy_with_config(client, config).map_err(|e| e.to_string())?
        };
        Ok(Self {
            runtime: Some(runtime),
            conn,
        })
    }

    /// Runs `work` on the Redis runtime and waits for it.
    pub(super) fn run<T, F>(&self, work: F) -> redis::RedisResult<T>
    where
        T: Send + 'static,
        F: Future<Output = redis::RedisResult<T>> + Send + 'static,
    {
        let Some(runtime) = &self.runtime else {
            return Err(gone());
        };
        let (tx, rx) = std::sync::mpsc::sync_channel(1);
        runtime.spawn(async move {
            // A hard stop as well as the client's own timeout: a caller never waits longer.
            let answer = match tokio::time::timeout(RESPONSE_TIMEOUT * 2, work).await {
                Ok(answer) => answer,
                Err(_) => Err(redis::RedisError::from(std::io::Error::from(
                    std::io::ErrorKind::TimedOut,
                ))),
            };
            let _ = tx.send(answer);
        });
        let wait = move || rx.recv().unwrap_or_else(|_| Err(gone()));
        match Handle::try_current() {
            Ok(handle) if handle.runtime_flavor() == RuntimeFlavor::MultiThread => {
                tokio::task::block_in_place(wait)
            }
            _ => wait(),
        }
    }
}

/// Waits `d` without holding up the server's other tasks (a worker thread of the server's
/// runtime hands them on meanwhile).
pub(super) fn pause(d: Duration) {
    let wait = move || std::thread::sleep(d);
    match Handle::try_current() {
        Ok(handle) if handle.runtime_flavor() == RuntimeFlavor::MultiThread => {
            tokio::task::block_in_place(wait)
        }
        _ => wait(),
    }
}

fn gone() -> redis::RedisError {
    redis::RedisError::from(std::io::Error::from(std::io::ErrorKind::BrokenPipe))
}

impl Drop for Bridge {
    fn drop(&mut self) {
        // Dropping a runtime blocks, which is refused inside another runtime's task.
        if let Some(runtime) = self.runtime.take() {
            runtime.shutdown_background();
        }
    }
}
