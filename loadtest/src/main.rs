//! `demoborger-load`: virtual learners against a running Demoborger (127.0.0.1 only).
//!
//! - `journey`: N learners, started over a ramp, each starts a world, logs in with NemID
//!   reading their own key card, opens the inbox, reads a letter, makes a folder and moves
//!   the letter there, writes to an authority, logs off (and ends the world with
//!   `--end-world`), with think time between steps. Prints requests, errors by kind,
//!   p50/p95/p99 per step as the client saw them, and the server's own figures from
//!   `/metrics` for this run.
//! - `hammer`: C connections fetch one address as fast as they can for S seconds (each
//!   with a logged-in world of its own with `--login`); prints requests per second. `make
//!   bench` runs it against the app's inbox and against nginx serving the same bytes.

#[cfg(test)]
mod faults;
mod learner;
mod page;
mod report;
mod stats;

use clap::{Parser, Subcommand};
use learner::{Journey, Learner, STEPS};
use std::time::{Duration, Instant};

#[derive(Parser)]
#[command(about = "Virtual learners against a running Demoborger")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// The learner journey at a number of learners.
    Journey {
        /// The app's address (loopback only); several app servers separated by commas, each
        /// learner's requests then go to each in turn (no sticky sessions).
        #[arg(long, default_value = "http://127.0.0.1:3000")]
        base: String,
        #[arg(long, default_value_t = 50)]
        learners: usize,
        /// Seconds over which the learners start.
        #[arg(long, default_value_t = 10)]
        ramp_secs: u64,
        /// Think time between steps, drawn evenly from this range (milliseconds).
        #[arg(long, default_value_t = 1000)]
        think_min_ms: u64,
        #[arg(long, default_value_t = 3000)]
        think_max_ms: u64,
        /// End each world at the end ("Afslut øvelse"), so its memory goes back.
        #[arg(long)]
        end_world: bool,
        /// Each learner goes through the journey this many times (a new world each time).
        #[arg(long, default_value_t = 1)]
        repeat: usize,
        /// The server's metrics address, e.g. http://127.0.0.1:9464/metrics; one per app
        /// server separated by commas (their histograms are added up).
        #[arg(long)]
        metrics: Option<String>,
    },
    /// Logs in as a learner and saves a page's bytes (for nginx to serve the same).
    Save {
        #[arg(long)]
        base: String,
        #[arg(long, default_value = "/post")]
        path: String,
        #[arg(long)]
        out: std::path::PathBuf,
        /// Also write the learner's `Cookie` header here (their session), so that another
        /// client (`wrk` in `make bench`) can ask for the same page.
        #[arg(long)]
        cookie_out: Option<std::path::PathBuf>,
    },
    /// One address fetched as fast as possible.
    Hammer {
        #[arg(long)]
        base: String,
        #[arg(long, default_value = "/post")]
        path: String,
        #[arg(long, default_value_t = 8)]
        connections: usize,
        #[arg(long, default_value_t = 10)]
        secs: u64,
        /// Each connection first starts a world and logs in (for the app's inbox).
        #[arg(long)]
        login: bool,
    },
}

/// Refuses anything but the loopback address: load tests never leave this machine.
fn loopback_only(bases: &str) -> Result<(), String> {
    bases.split(',').map(str::trim).try_for_each(loopback_one)
}

fn loopback_one(base: &str) -> Result<(), String> {
    let host = base
        .strip_prefix("http://")
        .ok_or("only http:// addresses")?
        .split(['/', ':'])
        .next()
        .unwrap_or("");
    if host == "127.0.0.1" || host == "localhost" || host == "[::1]" {
        Ok(())
    } else {
        Err(format!("{host}: load tests target 127.0.0.1 only"))
    }
}

/// A small, seedable random stream for think times (no need for more).
struct Think(u64);

impl Think {
    fn next(&mut self, min: u64, max: u64) -> Duration {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        Duration::from_millis(min + self.0 % (max.saturating_sub(min) + 1))
    }
}

/// The servers' figures now: one scrape, or several added up.
async fn scrape(urls: Option<&str>) -> Option<stats::Scrape> {
    let mut all: Option<stats::Scrape> = None;
    for url in urls?.split(',').map(str::trim) {
        let text = reqwest::get(url).await.ok()?.text().await.ok()?;
        let one = stats::parse(&text);
        match &mut all {
            Some(all) => all.merge(&one),
            None => all = Some(one),
        }
    }
    all
}

#[tokio::main]
async fn main() {
    let cli = Cli::parse();
    let outcome = match cli.command {
        Command::Journey {
            base,
            learners,
            ramp_secs,
            think_min_ms,
            think_max_ms,
            end_world,
            repeat,
            metrics,
        } => {
            if let Err(e) = loopback_only(&base) {
                eprintln!("demoborger-load: {e}");
                std::process::exit(2);
            }
            let before = scrape(metrics.as_deref()).await;
            let started = Instant::now();
            let steps = if end_world {
                STEPS.len()
            } else {
                STEPS.len() - 1
            };
            let mut tasks = Vec::with_capacity(learners);
            for i in 0..learners {
                let base = base.clone();
                #[allow(clippy::cast_possible_truncation)]
                let delay =
                    Duration::from_secs(ramp_secs).mul_f64(i as f64 / learners.max(1) as f64);
                tasks.push(tokio::spawn(async move {
                    tokio::time::sleep(delay).await;
                    let mut think = Think(0x9E37_79B9_7F4A_7C15 ^ (i as u64 + 1));
                    let mut results = Vec::new();
                    let Ok(mut l) = Learner::new(&base, Duration::from_secs(30)) else {
                        return (results, 0);
                    };
                    'rounds: for _ in 0..repeat.max(1) {
                        let mut journey = Journey::default();
                        for n in 0..steps {
                            let result = journey.step(&mut l, n).await;
                            let failed = result.is_err();
                            results.push((n, result));
                            if failed {
                                break 'rounds;
                            }
                            if n + 1 < steps {
                                tokio::time::sleep(think.next(think_min_ms, think_max_ms)).await;
                            }
                        }
                    }
                    (results, l.requests)
                }));
            }
            let mut all = Vec::new();
            let mut requests = 0;
            for t in tasks {
                if let Ok((results, n)) = t.await {
                    all.extend(results);
                    requests += n;
                }
            }
            let after = scrape(metrics.as_deref()).await;
            report::journey(&report::Run {
                learners,
                ramp_secs,
                think: (think_min_ms, think_max_ms),
                wall: started.elapsed(),
                requests,
                results: all,
                server: before.zip(after),
            });
            Ok(())
        }
        Command::Save {
            base,
            path,
            out,
            cookie_out,
        } => match loopback_only(&base) {
            Err(e) => Err(e),
            Ok(()) => save(&base, &path, &out, cookie_out.as_deref()).await,
        },
        Command::Hammer {
            base,
            path,
            connections,
            secs,
            login,
        } => match loopback_only(&base) {
            Err(e) => Err(e),
            Ok(()) => {
                report::hammer(&hammer(&base, &path, connections, secs, login).await);
                Ok(())
            }
        },
    };
    if let Err(e) = outcome {
        eprintln!("demoborger-load: {e}");
        std::process::exit(2);
    }
}

/// Starts a world, logs in and writes `path`'s page to `out` (and the session's `Cookie`
/// header to `cookie_out`).
async fn save(
    base: &str,
    path: &str,
    out: &std::path::Path,
    cookie_out: Option<&std::path::Path>,
) -> Result<(), String> {
    let mut l = Learner::new(base, Duration::from_secs(30)).map_err(|e| e.to_string())?;
    let mut journey = Journey::default();
    for (n, name) in STEPS.iter().enumerate().take(4) {
        journey
            .step(&mut l, n)
            .await
            .map_err(|e| format!("{name}: {e}"))?;
    }
    let page = l.get(path).await.map_err(|e| format!("{path}: {e}"))?;
    std::fs::write(out, page).map_err(|e| format!("{}: {e}", out.display()))?;
    match cookie_out {
        None => Ok(()),
        Some(file) => {
            let cookie = l.cookie().ok_or("no session cookie")?;
            std::fs::write(file, cookie).map_err(|e| format!("{}: {e}", file.display()))
        }
    }
}

/// C connections fetching `path` for `secs` seconds.
async fn hammer(
    base: &str,
    path: &str,
    connections: usize,
    secs: u64,
    login: bool,
) -> report::Hammer {
    let mut tasks = Vec::new();
    for _ in 0..connections {
        let (base, path) = (base.to_owned(), path.to_owned());
        tasks.push(tokio::spawn(async move {
            let mut out = report::Hammer::default();
            let Ok(mut l) = Learner::new(&base, Duration::from_secs(30)) else {
                out.errors += 1;
                return out;
            };
            if login {
                let mut journey = Journey::default();
                for n in 0..4 {
                    if journey.step(&mut l, n).await.is_err() {
                        out.errors += 1;
                        return out;
                    }
                }
            }
            let until = Instant::now() + Duration::from_secs(secs);
            while Instant::now() < until {
                let t = Instant::now();
                match l.get(&path).await {
                    Ok(body) => {
                        out.latencies.push(t.elapsed());
                        out.bytes = body.len();
                    }
                    Err(e) => {
                        out.errors += 1;
                        out.first_error.get_or_insert_with(|| e.to_string());
                    }
                }
            }
            out.secs = secs;
            out
        }));
    }
    let mut total = report::Hammer::default();
    for t in tasks {
        if let Ok(one) = t.await {
            total.latencies.extend(one.latencies);
            total.errors += one.errors;
            if total.first_error.is_none() {
                total.first_error = one.first_error;
            }
            total.bytes = total.bytes.max(one.bytes);
            total.secs = total.secs.max(one.secs);
        }
    }
    total
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn load_tests_stay_on_this_machine() {
        assert!(loopback_only("http://127.0.0.1:3000").is_ok());
        assert!(loopback_only("http://localhost:8080/").is_ok());
        assert!(loopback_only("http://demo.borger.dk").is_err());
        assert!(loopback_only("https://127.0.0.1").is_err());
        assert!(loopback_only("http://127.0.0.1:3000,http://127.0.0.1:3001").is_ok());
        assert!(loopback_only("http://127.0.0.1:3000,http://10.0.0.1:3001").is_err());
    }

    #[test]
    fn think_time_stays_in_its_range() {
        let mut t = Think(42);
        for _ in 0..1000 {
            let d = t.next(1000, 3000).as_millis();
            assert!((1000..=3000).contains(&d), "{d}");
        }
    }
}
