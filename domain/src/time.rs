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
    /// The same instant as Danish local time (CET, CEST from the last Sunday of March to
    /// the last Sunday of October, changing at 01:00 UTC), for showing dates and times.
    pub fn danish_local(self) -> Self {
        let (year, _, _) = self.date();
        let summer_start = last_sunday_0100_utc(year, 3);
        let summer_end = last_sunday_0100_utc(year, 10);
        let hours = if (summer_start..summer_end).contains(&self.0) {
            2
        } else {
            1
        };
        Self(self.0.saturating_add(hours * 3600))
    }

    /// "kl. 09.05" of the time of day.
    pub fn clock(self) -> String {
        let secs = self.0.rem_euclid(86_400);
        format!("kl. {:02}.{:02}", secs / 3600, secs % 3600 / 60)
    }

    /// The date as Danish letters write it: "3. november 2026".
    pub fn danish_date(self) -> String {
        let (y, m, d) = self.date();
        let month = MONTHS.get(m as usize - 1).copied().unwrap_or("");
        // Written piece by piece: `format!` cost ~900 instructions a date, and a mailbox
        // page shows one per letter (issue 20).
        let mut out = String::with_capacity(20);
        out.push_str(itoa::Buffer::new().format(d));
        out.push_str(". ");
        out.push_str(month);
        out.push(' ');
        out.push_str(itoa::Buffer::new().format(y));
        out
    }
}

/// Seconds since the epoch of 01:00 UTC on the last Sunday of `month` (March or October).
fn last_sunday_0100_utc(year: i64, month: i64) -> i64 {
    // Days from the epoch to the 31st (both months have 31 days), by the inverse of date().
    let (y, m) = if month <= 2 {
        (year - 1, month + 9)
    } else {
        (year, month - 3)
    };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * m + 2) / 5 + 30;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    // 1970-01-01 was a Thursday: weekday 0 = Monday.
    let weekday = (days + 3).rem_euclid(7);
    let sunday = days - (weekday + 1) % 7;
    sunday * 86_400 + 3600
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
        assert_eq!(Timestamp(1_793_664_000).danish_date(), "3. november 2026");
        assert_eq!(Timestamp(951_782_400).danish_date(), "29. februar 2000");
        assert_eq!(Timestamp(0).danish_date(), "1. januar 1970");
    }

    #[test]
    fn danish_local_time_follows_summer_time() {
        // 2026: summer time from 29 March 01:00 UTC to 25 October 01:00 UTC.
        assert_eq!(last_sunday_0100_utc(2026, 3), 1_774_746_000);
        assert_eq!(last_sunday_0100_utc(2026, 10), 1_792_890_000);
        let winter = Timestamp(1_795_392_000 + 8 * 3600 + 5 * 60); // 23 Nov 08:05 UTC
        assert_eq!(winter.danish_local().clock(), "kl. 09.05");
        let summer = Timestamp(1_780_000_000); // 28 May 2026 20:26:40 UTC
        assert_eq!(summer.danish_local().clock(), "kl. 22.26");
        assert_eq!(
            Timestamp(1_774_746_000 - 1).danish_local().clock(),
            "kl. 01.59"
        );
        assert_eq!(Timestamp(1_774_746_000).danish_local().clock(), "kl. 03.00");
    }
}
