//! Every setting of the server, from flags or `DEMOBORGER_*` environment variables.
//! Defaults run the app from the repository root after `make build`.

use clap::Parser;
use std::net::IpAddr;
use std::path::PathBuf;
use std::time::Duration;

#[derive(Parser, Debug, Clone)]
#[command(
    name = "demoborger",
    version,
    about = "Demoborger: øvemiljø for NemID, Digital Post, læseadgang og digital fuldmagt.",
    long_about = "Demoborger: a practice copy of the Danish public self-service world. Serves \
                  the site with an embedded in-memory store of practice worlds. Every setting \
                  can also be given as the environment variable shown."
)]
pub struct Config {
    /// Address to listen on.
    #[arg(long, env = "DEMOBORGER_BIND", default_value = "127.0.0.1")]
    pub bind: IpAddr,
    /// Port to listen on.
    #[arg(long, env = "DEMOBORGER_PORT", default_value_t = 3000)]
    pub port: u16,
    /// Folder with the built site (pkg/ with the wasm, dkfds/, favicon).
    #[arg(long, env = "DEMOBORGER_SITE_ROOT", default_value = "target/site")]
    pub site_root: PathBuf,
    /// Folder of the scenario every new world starts from.
    #[arg(
        long,
        env = "DEMOBORGER_SCENARIO_DIR",
        default_value = "scenarios/default"
    )]
    pub scenario_dir: PathBuf,
    /// Hard cap on live worlds; past it "Start øvelse" answers 503 and no live world is evicted.
    #[arg(long, env = "DEMOBORGER_MAX_WORLDS", default_value_t = 50_000)]
    pub max_worlds: usize,
    /// A world unused for this many minutes is deleted (the learner is warned 5 minutes
    /// before). Two hours: a class's worlds outlive a teacher's long explanation. Parts of
    /// a minute are allowed (0.25 is 15 seconds: for tests and demonstrations).
    #[arg(long, env = "DEMOBORGER_IDLE_MINUTES", default_value_t = 120.0, value_parser = minutes)]
    pub idle_minutes: f64,
    /// A world older than this many hours is deleted, used or not.
    #[arg(long, env = "DEMOBORGER_MAX_HOURS", default_value_t = 8)]
    pub max_hours: u64,
    /// World starts allowed per client IP per minute (also the burst size). A class of 30
    /// behind one NAT address starts at once without being refused.
    #[arg(long, env = "DEMOBORGER_STARTS_PER_MINUTE", default_value_t = 60)]
    pub starts_per_minute: u32,
    /// Most holds (classes) live at once; past it "Opret hold" is refused for a while.
    #[arg(long, env = "DEMOBORGER_MAX_HOLDS", default_value_t = 1_000)]
    pub max_holds: usize,
    /// Most learners in one hold.
    #[arg(long, env = "DEMOBORGER_HOLD_CAPACITY", default_value_t = domain::class::model::DEFAULT_CAPACITY)]
    pub hold_capacity: usize,
    /// Largest request body accepted, in KiB; larger ones get 413.
    #[arg(long, env = "DEMOBORGER_MAX_BODY_KIB", default_value_t = 64)]
    pub max_body_kib: usize,
    /// Seconds a client may take to send its request headers before the connection closes.
    #[arg(long, env = "DEMOBORGER_HEADER_TIMEOUT_SECS", default_value_t = 10)]
    pub header_timeout_secs: u64,
    /// Where to serve Prometheus metrics (`GET /metrics`), e.g. 127.0.0.1:9464; off when not
    /// given. Never the public address: bind it to localhost or an internal network.
    #[arg(long, env = "DEMOBORGER_METRICS_ADDR")]
    pub metrics_addr: Option<std::net::SocketAddr>,
    /// Keep worlds in Redis (or Valkey) at this address, e.g. `redis://127.0.0.1:6379/0`,
    /// so several app servers share them and a restart loses none. Without it, worlds live
    /// in this process's memory.
    #[arg(long, env = "DEMOBORGER_REDIS_URL")]
    pub redis_url: Option<String>,
    /// The prefix of every key in Redis (several sites on one Redis keep apart).
    #[arg(long, env = "DEMOBORGER_REDIS_PREFIX", default_value = "demoborger:")]
    pub redis_prefix: String,
    /// Seconds a kept-alive connection may wait for its next request (a learner reading a
    /// letter) before it closes; separate from the header timeout, which starts only when a
    /// request's first byte arrives.
    #[arg(long, env = "DEMOBORGER_KEEP_ALIVE_SECS", default_value_t = 75)]
    pub keep_alive_secs: u64,
    /// Seconds a request may take before it is answered 503, so no request hangs forever.
    /// "Skriv ny besked" gets longer: as long as its files may take at the slowest pace
    /// allowed (`--upload-min-kib-per-sec`), plus this.
    #[arg(long, env = "DEMOBORGER_HANDLER_TIMEOUT_SECS", default_value_t = 30)]
    pub handler_timeout_secs: u64,
    /// Requests handled at once, over the whole server; more are answered 503 at once
    /// instead of queueing.
    #[arg(long, env = "DEMOBORGER_MAX_IN_FLIGHT", default_value_t = 512)]
    pub max_in_flight: usize,
    /// Seconds a form's body may take to arrive, all of it; a slower one gets 408 and never
    /// holds an in-flight slot while it drips.
    #[arg(long, env = "DEMOBORGER_BODY_TIMEOUT_SECS", default_value_t = 10)]
    pub body_timeout_secs: u64,
    /// Slowest average rate, in KiB a second, at which a message with files must keep
    /// arriving after its first `--body-timeout-secs`; a slower one gets 408.
    #[arg(long, env = "DEMOBORGER_UPLOAD_MIN_KIB_PER_SEC", default_value_t = 8)]
    pub upload_min_kib_per_sec: u32,
    /// "Skriv ny besked" posts (with files) handled at once; more get 503.
    #[arg(long, env = "DEMOBORGER_MAX_UPLOADS_IN_FLIGHT", default_value_t = 16)]
    pub max_uploads_in_flight: usize,
    /// Requests one world may send per second, sustained (static files do not count).
    #[arg(
        long,
        env = "DEMOBORGER_WORLD_REQUESTS_PER_SECOND",
        default_value_t = 10
    )]
    pub world_requests_per_second: u32,
    /// Requests one world may send in a burst before the rate above applies.
    #[arg(long, env = "DEMOBORGER_WORLD_BURST", default_value_t = 60)]
    pub world_burst: u32,
    /// Connections one client address may hold open. A class behind one NAT address opens
    /// up to ~6 per browser.
    #[arg(long, env = "DEMOBORGER_MAX_CONNECTIONS_PER_IP", default_value_t = 256)]
    pub max_connections_per_ip: usize,
    /// Memory for files learners attach to messages, in MiB, across all live worlds. When
    /// it is full, a message with a file is refused with a clear message (without a file it
    /// still goes).
    #[arg(long, env = "DEMOBORGER_UPLOAD_BUDGET_MIB", default_value_t = 512)]
    pub upload_budget_mib: usize,
    /// Seconds before an authority answers a message, instead of the scenario's own
    /// `reply_delay_seconds` (browser tests use a short one).
    #[arg(long, env = "DEMOBORGER_REPLY_DELAY_SECS")]
    pub reply_delay_secs: Option<u32>,
    /// A library's kiosk PC: every browser is in kiosk mode (as one that opened `/kiosk`):
    /// a big "Start øvelse", and a world that nobody uses for `--kiosk-idle-minutes` asks
    /// "Er du her stadig?" and ends after the countdown, back to the start page.
    #[arg(long, env = "DEMOBORGER_KIOSK")]
    pub kiosk: bool,
    /// Minutes without activity before a kiosk world asks "Er du her stadig?".
    #[arg(long, env = "DEMOBORGER_KIOSK_IDLE_MINUTES", default_value_t = 5.0, value_parser = minutes)]
    pub kiosk_idle_minutes: f64,
    /// Seconds the kiosk's "Er du her stadig?" counts down before the world ends (5–600).
    #[arg(long, env = "DEMOBORGER_KIOSK_COUNTDOWN_SECS", default_value_t = 60, value_parser = clap::value_parser!(u64).range(5..=600))]
    pub kiosk_countdown_secs: u64,
    /// Set when a TLS proxy serves the site over HTTPS: the cookie becomes
    /// `__Host-demoborger` with `Secure`.
    #[arg(long, env = "DEMOBORGER_HTTPS")]
    pub https: bool,
}

/// A number of minutes: at least 0.1 (6 seconds) and at most a week.
fn minutes(text: &str) -> Result<f64, String> {
    match text.trim().parse::<f64>() {
        Ok(m) if (0.1..=7.0 * 24.0 * 60.0).contains(&m) => Ok(m),
        _ => Err("a number of minutes from 0.1 to 10080 (a week), e.g. 120 or 0.5".into()),
    }
}

impl Config {
    pub fn idle_limit(&self) -> Duration {
        Duration::from_secs_f64(self.idle_minutes * 60.0)
    }

    /// A kiosk world's idle limit and the countdown at its end (part of the limit).
    pub fn kiosk(&self) -> app::kiosk::KioskTimes {
        let countdown = Duration::from_secs(self.kiosk_countdown_secs);
        app::kiosk::KioskTimes {
            always: self.kiosk,
            idle: Duration::from_secs_f64(self.kiosk_idle_minutes * 60.0) + countdown,
            countdown,
        }
    }

    pub fn upload_budget(&self) -> usize {
        self.upload_budget_mib.saturating_mul(1024 * 1024)
    }

    pub fn absolute_limit(&self) -> Duration {
        Duration::from_secs(self.max_hours.saturating_mul(3600))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    #[test]
    fn the_idle_limit_takes_whole_or_parts_of_minutes_and_refuses_the_rest() {
        let idle = |args: &[&str]| {
            Config::try_parse_from([&["demoborger"], args].concat()).map(|c| c.idle_limit())
        };
        assert_eq!(idle(&[]).unwrap(), Duration::from_secs(7200));
        assert_eq!(
            idle(&["--idle-minutes", "0.25"]).unwrap(),
            Duration::from_secs(15)
        );
        for bad in ["0", "0.05", "1e-9", "-1", "NaN", "inf", "tomorrow", "20000"] {
            assert!(idle(&["--idle-minutes", bad]).is_err(), "{bad}");
        }
    }
}
