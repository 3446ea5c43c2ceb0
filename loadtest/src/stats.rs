//! Latency figures: exact quantiles of what the client measured, and quantiles of the
//! server's own histogram (`/metrics`), taken as the difference between a scrape before and
//! one after the run, so only this run counts.

use std::collections::BTreeMap;
use std::time::Duration;

/// The `q` quantile (0–1) of `samples` (sorted here), nearest-rank.
pub fn quantile(samples: &mut [Duration], q: f64) -> Duration {
    if samples.is_empty() {
        return Duration::ZERO;
    }
    samples.sort_unstable();
    #[allow(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        clippy::cast_precision_loss
    )]
    let rank = ((q * samples.len() as f64).ceil() as usize).clamp(1, samples.len());
    samples[rank - 1]
}

pub fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

/// One Prometheus histogram: cumulative counts by upper bound (seconds).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Histogram {
    pub buckets: Vec<(f64, f64)>,
}

impl Histogram {
    pub fn count(&self) -> f64 {
        self.buckets.last().map_or(0.0, |b| b.1)
    }

    /// This histogram minus an earlier scrape of it.
    pub fn since(&self, before: &Self) -> Self {
        Self {
            buckets: self
                .buckets
                .iter()
                .map(|(le, n)| {
                    let was = before
                        .buckets
                        .iter()
                        .find(|(l, _)| l == le)
                        .map_or(0.0, |b| b.1);
                    (*le, n - was)
                })
                .collect(),
        }
    }

    /// Adds another histogram with the same bounds.
    pub fn add(&mut self, other: &Self) {
        if self.buckets.is_empty() {
            self.buckets.clone_from(&other.buckets);
            return;
        }
        for (mine, theirs) in self.buckets.iter_mut().zip(&other.buckets) {
            mine.1 += theirs.1;
        }
    }

    /// The `q` quantile in seconds, interpolated linearly inside its bucket (as
    /// Prometheus's `histogram_quantile` does); `None` without observations, infinity when
    /// it lies past the last finite bound.
    pub fn quantile(&self, q: f64) -> Option<f64> {
        let total = self.count();
        if total <= 0.0 {
            return None;
        }
        let rank = q * total;
        let mut lower = (0.0, 0.0);
        for &(le, n) in &self.buckets {
            if n >= rank {
                if le.is_infinite() {
                    return Some(f64::INFINITY);
                }
                let share = if n > lower.1 {
                    (rank - lower.1) / (n - lower.1)
                } else {
                    1.0
                };
                return Some(lower.0 + (le - lower.0) * share);
            }
            lower = (le, n);
        }
        Some(f64::INFINITY)
    }
}

/// A scrape: the request-duration histogram per route, and counters by name and labels.
#[derive(Debug, Clone, Default)]
pub struct Scrape {
    pub durations: BTreeMap<String, Histogram>,
    pub counters: BTreeMap<String, f64>,
    pub gauges: BTreeMap<String, f64>,
}

impl Scrape {
    /// Adds another server's scrape: histograms and counters add up, and so does memory;
    /// live worlds are the larger (servers on one Redis each report all of them).
    pub fn merge(&mut self, other: &Self) {
        for (route, h) in &other.durations {
            self.durations.entry(route.clone()).or_default().add(h);
        }
        for (k, v) in &other.counters {
            *self.counters.entry(k.clone()).or_default() += v;
        }
        for (k, v) in &other.gauges {
            let mine = self.gauges.entry(k.clone()).or_default();
            *mine = if k == "demoborger_live_worlds" {
                mine.max(*v)
            } else {
                *mine + v
            };
        }
    }
}

fn label<'a>(labels: &'a str, name: &str) -> Option<&'a str> {
    let start = labels.find(&format!("{name}=\""))? + name.len() + 2;
    let end = labels[start..].find('"')? + start;
    Some(&labels[start..end])
}

/// Parses the text exposition format, keeping what the report uses.
pub fn parse(text: &str) -> Scrape {
    let mut scrape = Scrape::default();
    for line in text.lines().filter(|l| !l.starts_with('#')) {
        let Some((key, value)) = line.rsplit_once(' ') else {
            continue;
        };
        let Ok(value) = value.parse::<f64>() else {
            continue;
        };
        let (name, labels) = key.split_once('{').unwrap_or((key, ""));
        match name {
            "demoborger_request_duration_seconds_bucket" => {
                let route = format!(
                    "{} {}",
                    label(labels, "method").unwrap_or(""),
                    label(labels, "route").unwrap_or("")
                );
                let le = match label(labels, "le") {
                    Some("+Inf") => f64::INFINITY,
                    Some(le) => le.parse().unwrap_or(f64::INFINITY),
                    None => continue,
                };
                scrape
                    .durations
                    .entry(route)
                    .or_default()
                    .buckets
                    .push((le, value));
            }
            "demoborger_rejected_total" | "demoborger_requests_total" => {
                scrape.counters.insert(key.to_owned(), value);
            }
            "demoborger_live_worlds" | "demoborger_resident_bytes" | "demoborger_upload_bytes" => {
                scrape.gauges.insert(name.to_owned(), value);
            }
            _ => {}
        }
    }
    for h in scrape.durations.values_mut() {
        h.buckets.sort_by(|a, b| a.0.total_cmp(&b.0));
    }
    scrape
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn client_quantiles_are_nearest_rank() {
        let mut s: Vec<Duration> = (1..=100).map(Duration::from_millis).collect();
        assert_eq!(quantile(&mut s, 0.5), Duration::from_millis(50));
        assert_eq!(quantile(&mut s, 0.99), Duration::from_millis(99));
        assert_eq!(quantile(&mut [], 0.99), Duration::ZERO);
    }

    #[test]
    fn server_quantiles_come_from_the_difference_of_two_scrapes() {
        let before = parse(
            "demoborger_request_duration_seconds_bucket{route=\"/post\",method=\"GET\",le=\"0.01\"} 10\n\
             demoborger_request_duration_seconds_bucket{route=\"/post\",method=\"GET\",le=\"0.1\"} 10\n\
             demoborger_request_duration_seconds_bucket{route=\"/post\",method=\"GET\",le=\"+Inf\"} 10\n",
        );
        let after = parse(
            "# HELP x\n\
             demoborger_request_duration_seconds_bucket{route=\"/post\",method=\"GET\",le=\"0.01\"} 60\n\
             demoborger_request_duration_seconds_bucket{route=\"/post\",method=\"GET\",le=\"0.1\"} 110\n\
             demoborger_request_duration_seconds_bucket{route=\"/post\",method=\"GET\",le=\"+Inf\"} 110\n\
             demoborger_rejected_total{reason=\"overloaded\"} 3\n\
             demoborger_live_worlds 7\n",
        );
        let run = after.durations["GET /post"].since(&before.durations["GET /post"]);
        assert!((run.count() - 100.0).abs() < f64::EPSILON);
        // Half the run within 10 ms; the median sits on that bound.
        assert!((run.quantile(0.5).unwrap() - 0.01).abs() < 1e-9);
        // p99 lies 98 % of the way through the 10–100 ms bucket.
        assert!((run.quantile(0.99).unwrap() - (0.01 + 0.09 * 0.98)).abs() < 1e-9);
        assert_eq!(
            after.counters["demoborger_rejected_total{reason=\"overloaded\"}"],
            3.0
        );
        assert_eq!(after.gauges["demoborger_live_worlds"], 7.0);
        assert_eq!(Histogram::default().quantile(0.5), None);
    }

    #[test]
    fn two_servers_scrapes_add_up() {
        let one = parse(
            "demoborger_request_duration_seconds_bucket{route=\"/post\",method=\"GET\",le=\"0.01\"} 10\n\
             demoborger_request_duration_seconds_bucket{route=\"/post\",method=\"GET\",le=\"+Inf\"} 10\n\
             demoborger_live_worlds 5\ndemoborger_resident_bytes 100\n",
        );
        let two = parse(
            "demoborger_request_duration_seconds_bucket{route=\"/post\",method=\"GET\",le=\"0.01\"} 0\n\
             demoborger_request_duration_seconds_bucket{route=\"/post\",method=\"GET\",le=\"+Inf\"} 30\n\
             demoborger_live_worlds 5\ndemoborger_resident_bytes 50\n",
        );
        let mut all = one.clone();
        all.merge(&two);
        let h = &all.durations["GET /post"];
        assert!((h.count() - 40.0).abs() < f64::EPSILON);
        // A quarter within 10 ms: the median is past it.
        assert!(h.quantile(0.5).unwrap().is_infinite());
        assert_eq!(all.gauges["demoborger_live_worlds"], 5.0);
        assert_eq!(all.gauges["demoborger_resident_bytes"], 150.0);
    }
}
