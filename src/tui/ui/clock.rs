//! Clock times and durations as the dashboard prints them.

/// `HH:MM:SS` in the local zone given by `utc_offset_secs`.
pub fn hms(at_ms: i64, utc_offset_secs: i32) -> String {
    let secs = at_ms.div_euclid(1000) + i64::from(utc_offset_secs);
    let day = secs.rem_euclid(86_400);
    format!("{:02}:{:02}:{:02}", day / 3600, day % 3600 / 60, day % 60)
}

/// `HH:MM:SS.mmm` in the local zone.
pub fn hms_millis(at_ms: i64, utc_offset_secs: i32) -> String {
    format!(
        "{}.{:03}",
        hms(at_ms, utc_offset_secs),
        at_ms.rem_euclid(1000)
    )
}

/// A step's duration: `0.4 ms`, `12 ms`, `1.3 s`.
pub fn duration(ms: f64) -> String {
    if !ms.is_finite() || ms < 0.0 {
        return "-".to_string();
    }
    if ms < 10.0 {
        format!("{ms:.1} ms")
    } else if ms < 1000.0 {
        format!("{ms:.0} ms")
    } else {
        format!("{:.1} s", ms / 1000.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clock_applies_the_offset_and_wraps_the_day() {
        assert_eq!(hms(0, 0), "00:00:00");
        assert_eq!(hms(3_723_000, 0), "01:02:03");
        assert_eq!(hms(0, -3600), "23:00:00");
        assert_eq!(hms_millis(1_234, 7200), "02:00:01.234");
    }

    #[test]
    fn durations_pick_a_readable_unit() {
        assert_eq!(duration(0.42), "0.4 ms");
        assert_eq!(duration(12.4), "12 ms");
        assert_eq!(duration(1300.0), "1.3 s");
        assert_eq!(duration(f64::NAN), "-");
    }
}
