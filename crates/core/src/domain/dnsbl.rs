//! DNS blocklists: the name to look up for an address in a zone, which addresses are worth
//! looking up, and what the answer codes mean.

use std::net::{IpAddr, Ipv4Addr};

use crate::model::{BlocklistVerdict, Said};
use crate::said;

/// The zone looked up when none is configured.
pub const DEFAULT_ZONE: &str = "zen.spamhaus.org";

/// The query name of `addr` in `zone`: the IPv4 octets or the IPv6 nibbles, reversed
/// (RFC 5782), fully qualified.
pub fn query_name(addr: IpAddr, zone: &str) -> String {
    let zone = zone.trim_end_matches('.');
    match addr {
        IpAddr::V4(v4) => {
            let [a, b, c, d] = v4.octets();
            format!("{d}.{c}.{b}.{a}.{zone}.")
        }
        IpAddr::V6(v6) => {
            let mut out = String::with_capacity(64 + zone.len() + 1);
            for byte in v6.octets().iter().rev() {
                out.push_str(&format!("{:x}.{:x}.", byte & 0x0f, byte >> 4));
            }
            format!("{out}{zone}.")
        }
    }
}

/// Why an address is not looked up, or `Ok` when it is a public address. Lists hold public
/// addresses only; a private address says the server is on the same network.
pub fn worth_checking(addr: IpAddr) -> Result<(), Said> {
    let addr = match addr {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map(IpAddr::V4).unwrap_or(addr),
        v4 => v4,
    };
    let reason = match addr {
        IpAddr::V4(v4) => {
            let [a, b, ..] = v4.octets();
            if v4.is_loopback() {
                Some(said!("dnsbl-loopback"))
            } else if v4.is_private() {
                Some(said!("dnsbl-private"))
            } else if a == 100 && (64..128).contains(&b) {
                Some(said!("dnsbl-carrier-nat"))
            } else if v4.is_link_local() {
                Some(said!("dnsbl-link-local"))
            } else if v4.is_unspecified() || v4.is_broadcast() || v4.is_multicast() {
                Some(said!("dnsbl-not-host"))
            } else {
                None
            }
        }
        IpAddr::V6(v6) => {
            let first = v6.segments()[0];
            if v6.is_loopback() {
                Some(said!("dnsbl-loopback"))
            } else if first & 0xfe00 == 0xfc00 {
                Some(said!("dnsbl-unique-local"))
            } else if first & 0xffc0 == 0xfe80 {
                Some(said!("dnsbl-link-local"))
            } else if v6.is_unspecified() || v6.is_multicast() {
                Some(said!("dnsbl-not-host"))
            } else {
                None
            }
        }
    };
    match reason {
        Some(r) => Err(r),
        None => Ok(()),
    }
}

/// What the A answers of a look-up mean. Listings answer in 127.0.0.0/8; answers in
/// 127.255.255.0/24 are errors (Spamhaus: queries through public resolvers or over the limit
/// refused); anything outside 127/8 is not a listing (a resolver that rewrites NXDOMAIN).
pub fn verdict(codes: &[Ipv4Addr]) -> BlocklistVerdict {
    if codes.is_empty() {
        return BlocklistVerdict::NotListed;
    }
    let listing = |c: &Ipv4Addr| {
        let [a, b, c2, _] = c.octets();
        a == 127 && !(b == 255 && c2 == 255)
    };
    if codes.iter().all(listing) {
        BlocklistVerdict::Listed
    } else {
        BlocklistVerdict::Unusable
    }
}

/// What an error code means, when it is a known one.
pub fn error_code_meaning(code: Ipv4Addr) -> Option<Said> {
    match code.octets() {
        [127, 255, 255, 252] => Some(said!("dnsbl-zone-wrong")),
        [127, 255, 255, 254] => Some(said!("dnsbl-public-resolver")),
        [127, 255, 255, 255] => Some(said!("dnsbl-too-many-queries")),
        [127, 255, 255, _] => Some(said!("dnsbl-error-code")),
        _ => None,
    }
}

/// Check a zone given on the command line: a domain name, lower-cased, no trailing dot.
pub fn normalize_zone(zone: &str) -> Result<String, Said> {
    let z = zone.trim().trim_end_matches('.').to_ascii_lowercase();
    if super::is_domain_name(&z) {
        Ok(z)
    } else {
        Err(said!(
            "cli-not-a-zone",
            value = crate::sanitize::sanitize_str(zone)
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_names_reverse_the_address() {
        assert_eq!(
            query_name("192.0.2.99".parse().unwrap(), "zen.example.test"),
            "99.2.0.192.zen.example.test."
        );
        let v6 = query_name("2001:db8::1".parse().unwrap(), "bl.example.test.");
        assert!(v6.starts_with("1.0.0.0.0.0.0.0."), "{v6}");
        assert!(v6.ends_with(".8.b.d.0.1.0.0.2.bl.example.test."), "{v6}");
        assert_eq!(v6.matches('.').count(), 32 + 3);
    }

    #[test]
    fn only_public_addresses_are_looked_up() {
        for private in [
            "127.0.0.2",
            "10.1.2.3",
            "192.168.0.1",
            "100.64.0.1",
            "169.254.1.1",
            "::1",
            "fd00::1",
            "fe80::1",
            "::ffff:10.0.0.1",
        ] {
            assert!(
                worth_checking(private.parse().unwrap()).is_err(),
                "{private}"
            );
        }
        for public in ["203.0.113.7", "198.51.100.1", "2001:db8::7", "100.128.0.1"] {
            assert!(worth_checking(public.parse().unwrap()).is_ok(), "{public}");
        }
    }

    #[test]
    fn answer_codes() {
        let ip = |s: &str| s.parse::<Ipv4Addr>().unwrap();
        assert_eq!(verdict(&[]), BlocklistVerdict::NotListed);
        assert_eq!(
            verdict(&[ip("127.0.0.2"), ip("127.0.0.11")]),
            BlocklistVerdict::Listed
        );
        assert_eq!(
            verdict(&[ip("127.255.255.254")]),
            BlocklistVerdict::Unusable
        );
        assert_eq!(verdict(&[ip("198.51.100.1")]), BlocklistVerdict::Unusable);
        assert!(
            error_code_meaning(ip("127.255.255.254"))
                .unwrap()
                .english()
                .contains("public")
        );
        assert_eq!(error_code_meaning(ip("127.0.0.2")), None);
    }

    #[test]
    fn zones_are_checked() {
        assert_eq!(
            normalize_zone("Zen.Spamhaus.org.").unwrap(),
            "zen.spamhaus.org"
        );
        assert!(normalize_zone("not a zone").is_err());
    }
}
