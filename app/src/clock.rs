//! The real clock, read only on the server; the domain gets `now` passed in.

/// Seconds since the Unix epoch.
pub fn now() -> domain::Timestamp {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    domain::Timestamp(secs)
}
