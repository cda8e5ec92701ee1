//! The exporter's three paths: `/probe?account=NAME` (an account's metrics), `/metrics` (the
//! exporter's own) and `/` (a short page saying what it is). A request names an account of the
//! file, never a host; anything else is a 404, 405 or 400 with one line of text.

use std::sync::Arc;
use std::sync::atomic::Ordering;

use http_body_util::Full;
use hyper::body::Bytes;
use hyper::header::{ACCEPT, CONTENT_TYPE, HeaderValue};
use hyper::{Method, Request, Response, StatusCode};
use mailtriage_core::said;

use super::prober::{ProbeResult, Prober};
use crate::finding::Lang;
use crate::report::monitored::Monitored;
use crate::report::openmetrics::{self, Counter, Flavour};

/// Longest query string read; an account's name is at most 64 characters.
const MAX_QUERY_BYTES: usize = 1024;

/// The answer to one request.
pub async fn answer<B>(
    request: Request<B>,
    prober: Arc<Prober>,
    lang: Lang,
) -> Response<Full<Bytes>> {
    if request.method() != Method::GET && request.method() != Method::HEAD {
        return line(
            StatusCode::METHOD_NOT_ALLOWED,
            said!("cli-serve-get-only").render(lang),
        );
    }
    let flavour = flavour(request.headers().get(ACCEPT));
    match request.uri().path() {
        "/" => line(StatusCode::OK, front_page(&prober, lang)),
        "/metrics" => metrics(&prober, flavour),
        "/probe" => {
            let query = request.uri().query().unwrap_or_default();
            if query.len() > MAX_QUERY_BYTES {
                return line(
                    StatusCode::URI_TOO_LONG,
                    said!("cli-serve-query-too-long").render(lang),
                );
            }
            let account = form_urlencoded::parse(query.as_bytes())
                .find(|(key, _)| key == "account")
                .map(|(_, value)| value.into_owned());
            match account {
                Some(name) if !name.is_empty() => probe(&prober, &name, flavour, lang).await,
                _ => line(
                    StatusCode::BAD_REQUEST,
                    said!("cli-serve-no-account").render(lang),
                ),
            }
        }
        _ => line(
            StatusCode::NOT_FOUND,
            said!("cli-serve-not-found").render(lang),
        ),
    }
}

async fn probe(prober: &Prober, name: &str, flavour: Flavour, lang: Lang) -> Response<Full<Bytes>> {
    match prober.probe(name).await {
        ProbeResult::Checked(checked) => {
            let monitored = Monitored {
                account: name,
                outcome: &checked.outcome,
                finished_unix: checked.finished_unix,
                duration_seconds: checked.duration_seconds,
            };
            exposition(openmetrics::render_as(&[monitored], flavour), flavour)
        }
        ProbeResult::UnknownAccount => {
            // The name is the requester's own text: said back only as sanitized, quoted text.
            let shown = crate::sanitize::sanitize_str(name);
            line(
                StatusCode::NOT_FOUND,
                said!("cli-serve-unknown-account", name = shown).render(lang),
            )
        }
        ProbeResult::NotRun(why) => line(
            StatusCode::INTERNAL_SERVER_ERROR,
            said!(
                "cli-serve-check-failed",
                name = name.to_string(),
                error = why
            )
            .render(lang),
        ),
    }
}

fn metrics(prober: &Prober, flavour: Flavour) -> Response<Full<Bytes>> {
    let counters = &prober.counters;
    let read = |c: &std::sync::atomic::AtomicU64| c.load(Ordering::Relaxed) as f64;
    let families = [
        Counter {
            name: "mailtriage_exporter_probes",
            help: "Probes answered, from a check or from the cache.",
            value: read(&counters.probes),
        },
        Counter {
            name: "mailtriage_exporter_cache_hits",
            help: "Probes answered from an account's last check, without logging in.",
            value: read(&counters.cache_hits),
        },
        Counter {
            name: "mailtriage_exporter_checks",
            help: "Checks started.",
            value: read(&counters.checks),
        },
        Counter {
            name: "mailtriage_exporter_check_errors",
            help: "Checks that could not run or did not end in time.",
            value: read(&counters.check_errors),
        },
        Counter {
            name: "mailtriage_exporter_unknown_accounts",
            help: "Probes of a name the accounts file does not have.",
            value: read(&counters.unknown_accounts),
        },
    ];
    exposition(openmetrics::render_counters(&families, flavour), flavour)
}

fn front_page(prober: &Prober, lang: Lang) -> String {
    let seconds = format!("{}", prober.min_interval().as_secs_f64());
    said!(
        "cli-serve-front-page",
        version = env!("CARGO_PKG_VERSION"),
        seconds = seconds
    )
    .render(lang)
    .into_owned()
}

/// OpenMetrics when the scraper accepts it (Prometheus does, and prefers it); otherwise the
/// Prometheus text format.
fn flavour(accept: Option<&HeaderValue>) -> Flavour {
    match accept.and_then(|v| v.to_str().ok()) {
        Some(accept) if accept.contains("application/openmetrics-text") => Flavour::OpenMetrics,
        _ => Flavour::PrometheusText,
    }
}

fn exposition(body: String, flavour: Flavour) -> Response<Full<Bytes>> {
    let content_type = match flavour {
        Flavour::OpenMetrics => openmetrics::CONTENT_TYPE,
        Flavour::PrometheusText => openmetrics::PROMETHEUS_TEXT_CONTENT_TYPE,
    };
    respond(StatusCode::OK, content_type, body)
}

fn line(status: StatusCode, message: impl Into<String>) -> Response<Full<Bytes>> {
    let mut message: String = message.into();
    message.push('\n');
    text(status, message)
}

fn text(status: StatusCode, body: String) -> Response<Full<Bytes>> {
    respond(status, "text/plain; charset=utf-8", body)
}

fn respond(status: StatusCode, content_type: &'static str, body: String) -> Response<Full<Bytes>> {
    let mut response = Response::new(Full::new(Bytes::from(body)));
    *response.status_mut() = status;
    response
        .headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
    response
}
