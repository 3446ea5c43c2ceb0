//! Simulated time. The domain never reads a clock: callers pass `now` in.

use serde::{Deserialize, Serialize};

/// Seconds since the Unix epoch, in the world's simulated time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Timestamp(pub i64);

impl Timestamp {
    pub fn plus_minutes(self, minutes: i64) -> Self {
        Self(self.0.saturating_add(minutes.saturating_mul(60)))
    }
}

impl Timestamp {
    /// The calendar date (year, month 1–12, day 1–31) in UTC.
    pub fn date(self) -> (i64, u32, u32) {
        // Howard Hinnant's days-to-civil algorithm.
        let z = self.0.div_euclid(86_400) + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = yoe + era * 400 + i64::from(month <= 2);
        (year, month, day)
    }
}

const MONTHS: [&str; 12] = [
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
];

impl Timestamp {
    /// The date as Danish letters write it: "3. november 2026".
    pub fn danish_date(self) -> String {
        let (y, m, d) = self.date();
        let month = MONTHS.get(m as usize - 1).copied().unwrap_or("");
        format!("{d}. {month} {y}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_come_out_right() {
        assert_eq!(Timestamp(0).date(), (1970, 1, 1));
        assert_eq!(Timestamp(1_795_392_000).date(), (2026, 11, 23));
        assert_eq!(Timestamp(951_782_400).date(), (2000, 2, 29));
        assert_eq!(Timestamp(-86_400).date(), (1969, 12, 31));
        assert_eq!(Timestamp(1_795_392_000).danish_date(), "23. november 2026");
    }
}
