//! `demoborger`: reads the settings, loads the scenario, serves the site.

use clap::Parser;

/// mimalloc: under load the system allocator took ~20 % of the CPU and kept memory after a
/// burst; figures in the README ("Load test").
#[cfg(feature = "mimalloc")]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
use server::{AppState, config::Config, router, scenario, serve, spawn_expiry};
use std::net::SocketAddr;
use std::time::Duration;

#[tokio::main]
async fn main() {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into()),
        )
        .init();
    let config = Config::parse();
    let scenario = match scenario::load(&config.scenario_dir) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("demoborger: the scenario data is broken, not starting.\n{e}");
            std::process::exit(1);
        }
    };
    let addr = SocketAddr::new(config.bind, config.port);
    let timeouts = server::conn::Timeouts {
        header: Duration::from_secs(config.header_timeout_secs),
        keep_alive: Duration::from_secs(config.keep_alive_secs),
    };
    let metrics_addr = config.metrics_addr;
    let state = AppState::new(config, scenario);
    spawn_expiry(state.clone());
    if let Some(addr) = metrics_addr {
        let store = state.store.clone();
        tokio::spawn(async move {
            if let Err(e) = server::telemetry::serve(addr, store).await {
                eprintln!("demoborger: metrics on {addr} failed: {e}");
                std::process::exit(1);
            }
        });
    }
    let listener = match tokio::net::TcpListener::bind(addr).await {
        Ok(l) => l,
        Err(e) => {
            eprintln!("demoborger: cannot listen on {addr}: {e}");
            std::process::exit(1);
        }
    };
    tracing::info!("Demoborger kører på http://{addr}");
    let limits = state.limits.clone();
    serve(listener, router(state), timeouts, limits).await;
}
