//! `mailtriage serve`: a Prometheus exporter in the multi-target pattern. Prometheus names an
//! account of the accounts file in `/probe?account=NAME`; the exporter checks it (or answers
//! from its last check, younger than `--min-interval`) and answers with its OpenMetrics.
//!
//! It listens on loopback unless told otherwise (and then says so on standard error), reads
//! requests with a bound on their size and a deadline on their headers, serves a bounded number
//! of connections, and stops on Ctrl-C or SIGTERM.

pub mod http;
pub mod plan;
pub mod prober;

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use hyper_util::rt::{TokioIo, TokioTimer};
use mailtriage_core::said;
use tokio::sync::Semaphore;

use crate::account::accounts_file;
use crate::cli::ServeArgs;
use crate::engine::Setup;
use crate::finding::Lang;
use crate::model::Panel;
use crate::preset::Presets;
use crate::report::{EXIT_FAILED, EXIT_OK, EXIT_USAGE};

/// Most connections served at once; more wait to be accepted.
const MAX_CONNECTIONS: usize = 64;
/// Largest request head (request line and headers) read.
const MAX_REQUEST_BYTES: usize = 16 * 1024;
/// Time a client has to send its request head.
const HEADER_DEADLINE: Duration = Duration::from_secs(10);

/// Run the exporter until stopped; the exit code.
pub fn run(args: &ServeArgs) -> i32 {
    let shared = args.shared_account_args();
    let lang = match shared.lang() {
        Ok(l) => l,
        Err(e) => return usage(&format!("--lang: {e}")),
    };
    if !(args.min_interval.is_finite() && (1.0..=86_400.0).contains(&args.min_interval)) {
        return usage(&said!("cli-serve-min-interval-range").render(lang));
    }
    let address: SocketAddr = match args.listen.parse() {
        Ok(a) => a,
        Err(e) => {
            let said = said!(
                "cli-serve-cannot-listen",
                address = args.listen.as_str(),
                error = e.to_string()
            );
            return usage(&said.render(lang));
        }
    };
    let accounts = match accounts_file::load(&args.accounts) {
        Ok(a) => a,
        Err(e) => return usage(&format!("--accounts: {}", e.said().render(lang))),
    };
    let base = match plan::PlanBase::new(&shared, &accounts, lang) {
        Ok(b) => b,
        Err(e) => return usage(&e),
    };
    // As in `check --accounts`: the network panel asks the same questions for every account,
    // so it runs only when --only asks for it.
    let panels: Vec<Panel> = if args.only.is_empty() {
        vec![Panel::Incoming, Panel::Outgoing]
    } else {
        args.only.iter().map(|p| Panel::from(*p)).collect()
    };
    let setup = Setup::new(Arc::new(
        Presets::load().unwrap_or_else(|_| Presets::embedded()),
    ));
    let min_interval = Duration::from_secs_f64(args.min_interval);
    let prober = Arc::new(prober::Prober::new(
        accounts,
        base,
        setup,
        panels,
        lang,
        min_interval,
        usize::from(args.max_checks),
    ));
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            let said = said!("cli-runtime-failed", error = e.to_string());
            return usage(&said.render(lang));
        }
    };
    let code = runtime.block_on(serve(address, prober, lang, args.min_interval));
    runtime.shutdown_background();
    code
}

async fn serve(address: SocketAddr, prober: Arc<prober::Prober>, lang: Lang, seconds: f64) -> i32 {
    let listener = match tokio::net::TcpListener::bind(address).await {
        Ok(l) => l,
        Err(e) => {
            let said = said!(
                "cli-serve-cannot-listen",
                address = address.to_string(),
                error = mailtriage_core::model::Said::io_error(&e)
            );
            eprintln!("mailtriage: {}", said.render(lang));
            return EXIT_FAILED;
        }
    };
    let bound = listener.local_addr().unwrap_or(address);
    let seconds = format!("{seconds}");
    if !bound.ip().is_loopback() {
        let said = said!(
            "cli-serve-not-loopback",
            address = bound.to_string(),
            seconds = seconds.as_str()
        );
        eprintln!("mailtriage: {}", said.render(lang));
    }
    let said = said!(
        "cli-serve-listening",
        address = bound.to_string(),
        count = prober.account_count() as i64,
        seconds = seconds.as_str()
    );
    eprintln!("mailtriage: {}", said.render(lang));
    let connections = Arc::new(Semaphore::new(MAX_CONNECTIONS));
    let stop = crate::command::check::stop_signal();
    tokio::pin!(stop);
    loop {
        let Ok(permit) = Arc::clone(&connections).acquire_owned().await else {
            return EXIT_FAILED;
        };
        let accepted = tokio::select! {
            accepted = listener.accept() => accepted,
            _ = &mut stop => return EXIT_OK,
        };
        let Ok((stream, _peer)) = accepted else {
            // A failed accept (too many open files, a reset) is the one connection's.
            tokio::time::sleep(Duration::from_millis(50)).await;
            continue;
        };
        let prober = Arc::clone(&prober);
        tokio::spawn(async move {
            let _permit = permit;
            let service = hyper::service::service_fn(move |request| {
                let prober = Arc::clone(&prober);
                async move {
                    Ok::<_, std::convert::Infallible>(http::answer(request, prober, lang).await)
                }
            });
            let _ = hyper::server::conn::http1::Builder::new()
                .timer(TokioTimer::new())
                .header_read_timeout(HEADER_DEADLINE)
                .max_buf_size(MAX_REQUEST_BYTES)
                .serve_connection(TokioIo::new(stream), service)
                .await;
        });
    }
}

fn usage(message: &str) -> i32 {
    eprintln!("mailtriage: {message}");
    EXIT_USAGE
}
