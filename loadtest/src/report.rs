//! The printed results. The last lines of each report are `key: value` lines that
//! `scripts/bench.sh` reads.

use crate::learner::{Failure, STEPS};
use crate::stats::{self, Histogram, Scrape, ms};
use std::collections::BTreeMap;
use std::time::Duration;

pub struct Run {
    pub learners: usize,
    pub ramp_secs: u64,
    pub think: (u64, u64),
    pub wall: Duration,
    pub requests: usize,
    /// (step number, how long or why it failed), every learner's.
    pub results: Vec<(usize, Result<Duration, Failure>)>,
    /// The server's figures before and after the run.
    pub server: Option<(Scrape, Scrape)>,
}

pub fn journey(run: &Run) {
    let errors: Vec<&Failure> = run
        .results
        .iter()
        .filter_map(|(_, r)| r.as_ref().err())
        .collect();
    println!(
        "Journey: {} learners, ramp {} s, think {}–{} ms; {} requests in {:.1} s ({:.0}/s)",
        run.learners,
        run.ramp_secs,
        run.think.0,
        run.think.1,
        run.requests,
        run.wall.as_secs_f64(),
        run.requests as f64 / run.wall.as_secs_f64().max(0.001)
    );
    println!(
        "\n{:<22} {:>6} {:>7} {:>10} {:>10} {:>10}   (as the client saw it)",
        "step", "done", "errors", "p50", "p95", "p99"
    );
    for (n, name) in STEPS.iter().enumerate() {
        let mut took: Vec<Duration> = run
            .results
            .iter()
            .filter(|(s, _)| *s == n)
            .filter_map(|(_, r)| r.as_ref().ok().copied())
            .collect();
        let failed = run
            .results
            .iter()
            .filter(|(s, r)| *s == n && r.is_err())
            .count();
        if took.is_empty() && failed == 0 {
            continue;
        }
        println!(
            "{:<22} {:>6} {:>7} {:>10} {:>10} {:>10}",
            name,
            took.len(),
            failed,
            ms(stats::quantile(&mut took, 0.5)),
            ms(stats::quantile(&mut took, 0.95)),
            ms(stats::quantile(&mut took, 0.99)),
        );
    }
    let mut kinds: BTreeMap<String, usize> = BTreeMap::new();
    for e in &errors {
        *kinds.entry(e.to_string()).or_default() += 1;
    }
    println!(
        "\nErrors by kind: {}",
        if kinds.is_empty() {
            "none".to_owned()
        } else {
            format!("{kinds:?}")
        }
    );
    let mut server_p99 = None;
    if let Some((before, after)) = &run.server {
        let mut total = Histogram::default();
        let mut routes = Vec::new();
        for (route, h) in &after.durations {
            if route.ends_with(" static") {
                continue;
            }
            let run_h = h.since(before.durations.get(route).unwrap_or(&Histogram::default()));
            if run_h.count() > 0.0 {
                total.add(&run_h);
                routes.push((route.clone(), run_h));
            }
        }
        let q = |h: &Histogram, p| {
            h.quantile(p)
                .map_or("-".to_owned(), |s| format!("{:.1} ms", s * 1000.0))
        };
        println!(
            "\nServer side (/metrics, this run, pages and posts): {:.0} requests, p50 {}, p95 {}, p99 {}",
            total.count(),
            q(&total, 0.5),
            q(&total, 0.95),
            q(&total, 0.99)
        );
        routes.sort_by(|a, b| {
            b.1.quantile(0.99)
                .partial_cmp(&a.1.quantile(0.99))
                .unwrap_or(std::cmp::Ordering::Equal)
        });
        for (route, h) in routes.iter().take(5) {
            println!(
                "  {:<34} n={:<6.0} p50 {:>9}  p99 {:>9}",
                route,
                h.count(),
                q(h, 0.5),
                q(h, 0.99)
            );
        }
        let rejected: Vec<String> = after
            .counters
            .iter()
            .filter(|(k, _)| k.starts_with("demoborger_rejected_total"))
            .map(|(k, v)| (k, v - before.counters.get(k).copied().unwrap_or(0.0)))
            .filter(|(_, v)| *v > 0.0)
            .map(|(k, v)| format!("{}={v:.0}", k.split('"').nth(1).unwrap_or(k)))
            .collect();
        println!(
            "  rejected by the server: {}",
            if rejected.is_empty() {
                "none".to_owned()
            } else {
                rejected.join(", ")
            }
        );
        let gauge = |s: &Scrape, k: &str| s.gauges.get(k).copied().unwrap_or(0.0);
        println!(
            "  live worlds {:.0} → {:.0}; resident memory {:.1} MiB → {:.1} MiB",
            gauge(before, "demoborger_live_worlds"),
            gauge(after, "demoborger_live_worlds"),
            gauge(before, "demoborger_resident_bytes") / 1_048_576.0,
            gauge(after, "demoborger_resident_bytes") / 1_048_576.0
        );
        server_p99 = total.quantile(0.99);
    }
    let mut all: Vec<Duration> = run
        .results
        .iter()
        .filter_map(|(_, r)| r.as_ref().ok().copied())
        .collect();
    println!("\nerrors: {}", errors.len());
    println!(
        "client_step_p99_ms: {:.1}",
        stats::quantile(&mut all, 0.99).as_secs_f64() * 1000.0
    );
    println!(
        "requests_per_second: {:.0}",
        run.requests as f64 / run.wall.as_secs_f64().max(0.001)
    );
    if let Some(p99) = server_p99 {
        println!("server_p99_ms: {:.1}", p99 * 1000.0);
    }
}

#[derive(Default)]
pub struct Hammer {
    pub latencies: Vec<Duration>,
    pub errors: usize,
    pub bytes: usize,
    pub secs: u64,
    pub first_error: Option<String>,
}

pub fn hammer(h: &Hammer) {
    let mut l = h.latencies.clone();
    let rate = l.len() as f64 / (h.secs.max(1) as f64);
    println!(
        "{} answers of {} bytes in {} s, {} errors; p50 {}, p99 {} (client side)",
        l.len(),
        h.bytes,
        h.secs,
        h.errors,
        ms(stats::quantile(&mut l, 0.5)),
        ms(stats::quantile(&mut l, 0.99))
    );
    if let Some(e) = &h.first_error {
        println!("first error: {e}");
    }
    println!("requests_per_second: {rate:.0}");
}
