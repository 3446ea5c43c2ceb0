//! The Demoborger server: builds the router with its security layers, and serves it.

pub mod access;
pub mod classes;
pub mod config;
pub mod conn;
pub mod documents;
pub mod drill;
pub mod errors;
pub mod forms;
pub mod fuldmagt;
pub mod hold;
pub mod kiosk;
pub mod lifecycle;
pub mod limits;
pub mod mitid;
pub mod nemid;
pub mod pages;
pub mod pair;
pub mod pdf;
pub mod phones;
pub mod post;
pub mod redirect;
pub mod scenario;
pub mod security;
pub mod session;
pub mod shared_keys;
pub mod speech;
pub mod store;
pub mod telemetry;
pub mod unavailable;
pub mod write;

use app::session::{Store, WorldStore};
use axum::error_handling::HandleErrorLayer;
use axum::extract::{DefaultBodyLimit, FromRef};
use axum::routing::{get, post};
use axum::{Router, middleware};
use config::Config;
use domain::Scenario;
use leptos::config::LeptosOptions;
use leptos::prelude::provide_context;
use std::sync::Arc;
use std::time::Duration;
use tower::ServiceBuilder;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::compression::predicate::{DefaultPredicate, NotForContentType, Predicate};

/// What every handler can reach. One shared allocation: every middleware layer and handler
/// takes its own copy of the state for each request, so a copy must cost one counter
/// increment (cloning the fields, Leptos's options above all, took ~5 % of the CPU under
/// load; issue 20).
#[derive(Clone)]
pub struct AppState(Arc<Shared>);

impl std::ops::Deref for AppState {
    type Target = Shared;
    fn deref(&self) -> &Shared {
        &self.0
    }
}

/// The state's contents.
pub struct Shared {
    pub config: Arc<Config>,
    pub scenario: Arc<Scenario>,
    pub store: Arc<dyn WorldStore>,
    pub classes: Arc<dyn app::session::ClassDirectory>,
    pub pairs: Arc<pair::PairCodes>,
    /// Short-lived keys every app server sees (in memory, or in Redis with the worlds).
    pub keys: Arc<dyn shared_keys::SharedKeys>,
    /// Learners' own phones paired as practice phones.
    pub phones: Arc<phones::Phones>,
    pub limiter: Arc<shared_keys::Starts>,
    pub limits: Arc<limits::Limits>,
    pub uploads: Arc<write::UploadBudget>,
    /// "Læs op": audio made from the guide's texts.
    pub speech: Arc<speech::Speech>,
    pub leptos: LeptosOptions,
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos.clone()
    }
}

impl AppState {
    pub fn new(config: Config, mut scenario: Scenario) -> Self {
        if let Some(delay) = config.reply_delay_secs {
            scenario.reply_delay_seconds = delay;
        }
        let scenario = Arc::new(scenario);
        let (store, keys, classes) = store::from_config(&config, &scenario);
        let assets = app::assets::Assets::read(&config.site_root);
        let mut leptos = LeptosOptions::builder()
            .output_name("demoborger")
            .site_root(config.site_root.to_string_lossy().into_owned())
            .site_pkg_dir("pkg")
            .env(leptos::config::Env::PROD)
            .site_addr(std::net::SocketAddr::new(config.bind, config.port))
            .build();
        // Built files carry a content hash in their names; Leptos takes the script's and the
        // wasm's from the same list.
        if let Some(list) = &assets.hash_file {
            leptos.hash_files = true;
            leptos.hash_file = list.to_string_lossy().into_owned().into();
        }
        app::assets::init(assets);
        Self(Arc::new(Shared {
            limiter: Arc::new(shared_keys::Starts::new(
                config.starts_per_minute,
                keys.clone(),
            )),
            limits: Arc::new(limits::Limits::new(&config)),
            uploads: Arc::new(write::UploadBudget::new(config.upload_budget())),
            config: Arc::new(config),
            scenario,
            store,
            classes,
            pairs: Arc::new(pair::PairCodes::new(keys.clone())),
            phones: Arc::new(phones::Phones::new(keys.clone())),
            keys,
            speech: Arc::new(speech::Speech::default()),
            leptos,
        }))
    }
}

impl AppState {
    /// What every page render gets from the server: the stores, the scenario, how long
    /// worlds live, and whether the site is served over HTTPS.
    pub fn provide_contexts(&self) {
        provide_context(Store(self.store.clone()));
        provide_context(app::session::Classes(self.classes.clone()));
        provide_context(app::mitid::pairing::Pairing(self.phones.clone()));
        provide_context(self.scenario.clone());
        provide_context(self.lifetime());
        provide_context(self.config.kiosk());
        provide_context(app::session::Https(self.config.https));
    }

    /// How long worlds live, for the pages (the landing page's promise, the warning).
    pub fn lifetime(&self) -> app::session::Lifetime {
        app::session::Lifetime {
            idle: self.config.idle_limit(),
            absolute: self.config.absolute_limit(),
        }
    }
}

/// The whole application with every layer, as served.
pub fn router(state: AppState) -> Router {
    with_layers(routes(&state), state)
}

/// Every route: health, world life cycle and form posts, Leptos pages, static files.
fn routes(state: &AppState) -> Router<AppState> {
    let routes = Router::new()
        .route("/health", get(|| async { "ok" }))
        .route(app::paths::START, post(lifecycle::start))
        .route(app::paths::RESET, post(lifecycle::reset))
        .route(app::paths::END, post(lifecycle::end))
        .route(app::paths::ENDING_SOON, get(lifecycle::ending_soon))
        .route(app::paths::KIOSK, get(kiosk::enter))
        .route(app::paths::EXERCISE_START, post(lifecycle::start_exercise))
        .route(app::paths::GUIDE, post(lifecycle::guide))
        .route(app::paths::AUDIO, get(speech::audio))
        .route(app::paths::TEACHER, post(hold::create))
        .route(app::paths::JOIN, post(hold::join))
        .route(app::paths::HOLD_NEXT, post(hold::next))
        .route(app::paths::PAIR, post(pair::offer))
        .route(app::paths::PAIR_JOIN, post(pair::join))
        .route(app::paths::VERSION, get(pair::version))
        .route("/underviser/tavle/{key}", post(hold::board))
        .route(
            "/underviser/tavle/{key}/materiale",
            post(hold::material::post).layer(DefaultBodyLimit::max(hold::material::REQUEST_LIMIT)),
        )
        .route(
            "/underviser/tavle/{key}/materiale.toml",
            get(hold::material::download),
        )
        .route(app::paths::MATERIAL_EXAMPLE, get(hold::material::example))
        .route(app::paths::LOG_IN, post(nemid::login_step))
        .route(app::paths::LOG_IN_CANCEL, post(nemid::cancel))
        .route(app::paths::FORGOT, post(nemid::forgot))
        .route(app::paths::LOG_OUT, post(nemid::log_out))
        .route(app::paths::MITID, post(mitid::step))
        .route(app::paths::MITID_AUDIO, get(mitid::code_audio))
        .route("/telefon/{id}", post(mitid::phone))
        .route("/telefon/par/{token}", get(phones::redeem))
        .route("/telefon/{id}/fjern", post(phones::unpair))
        .route("/fidus/{id}", post(drill::submit))
        .route("/fidus/{id}/link", get(drill::open))
        .route(app::paths::POST, post(post::mailbox))
        .route("/post/brev/{id}", post(post::letter_page))
        .route(app::paths::SETTINGS, post(post::settings))
        .route(app::paths::DRAFTS, post(post::drafts))
        .route("/post/brev/{id}/dokument/{n}", get(documents::document))
        .route(app::paths::ACCESS, post(access::overview))
        .route(app::paths::ACCESS_GIVE, post(access::give))
        .route(app::paths::ACCESS_REQUEST, post(access::request))
        .route(app::paths::ACCESS_SIGN, post(access::sign))
        .route(app::paths::FULDMAGT, post(fuldmagt::overview))
        .route(app::paths::FULDMAGT_GIVE, post(fuldmagt::give))
        .route(app::paths::FULDMAGT_REQUEST, post(fuldmagt::request))
        .route(app::paths::FULDMAGT_SIGN, post(access::sign))
        .route(app::paths::DOCTOR, post(fuldmagt::doctor))
        .route(app::paths::MOVE, post(fuldmagt::move_home))
        .route(
            app::paths::WRITE,
            post(write::write).layer(DefaultBodyLimit::max(write::REQUEST_LIMIT)),
        );
    pages::files(pages::routes(routes), &state.config.site_root)
}

/// The layers every request passes, innermost first: session lookup, the per-world request
/// rate, cross-site refusal, body limit (larger only for "Skriv ny besked", which carries
/// files), load shedding at one in-flight limit for the whole server, the handler timeout,
/// reading a form's body before it takes an in-flight slot, friendly error pages, panic
/// catching, compression, security headers.
pub fn with_layers(routes: Router<AppState>, state: AppState) -> Router {
    let max_body = state.config.max_body_kib.saturating_mul(1024);
    // One semaphore for every route: `Router::layer` gives each route its own copy of a
    // layer, so a plain concurrency limit would count per route and method.
    let in_flight = tower::limit::GlobalConcurrencyLimitLayer::new(state.config.max_in_flight);
    // One layer of all of them, outermost first: axum wraps every route in each layer it is
    // given, each in a box of its own, and every middleware clones the service inside it on
    // each request, so fourteen separate layers cloned the boxed stack below them fourteen
    // times per request (~100 allocations). As one stack the inner services are plain
    // values (issue 20).
    let stack = ServiceBuilder::new()
        // Counts and times every answer, refusals included (off by default).
        .layer(middleware::from_fn(telemetry::track))
        .layer(middleware::from_fn_with_state(
            state.config.https,
            security::headers,
        ))
        // Pages and error pages compressed on the fly; static files come precompressed (an
        // answer that already has a Content-Encoding is left alone), fonts are compressed
        // already, and so is audio ("Læs op", Opus).
        .layer(
            CompressionLayer::new().compress_when(
                DefaultPredicate::new()
                    .and(NotForContentType::const_new("font/"))
                    .and(NotForContentType::const_new("audio/")),
            ),
        )
        .layer(CatchPanicLayer::custom(errors::panic_response))
        .layer(middleware::from_fn(errors::friendly))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            limits::read_body,
        ))
        // A handler that takes too long is answered 503, so no request hangs forever.
        .layer(middleware::from_fn_with_state(
            state.clone(),
            limits::handler_timeout,
        ))
        .layer(HandleErrorLayer::new(|_: tower::BoxError| async {
            telemetry::rejected(telemetry::Rejected::Overloaded);
            errors::error_response(http::StatusCode::SERVICE_UNAVAILABLE)
        }))
        .load_shed()
        .layer(in_flight)
        .layer(middleware::from_fn_with_state(
            max_body,
            security::body_limit,
        ))
        .layer(DefaultBodyLimit::max(max_body))
        .layer(middleware::from_fn(security::same_origin_only))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            unavailable::guard,
        ))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            session::resolve,
        ))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            limits::world_rate,
        ));
    routes.layer(stack).with_state(state)
}

/// Frees expired worlds and ends holds that are over once a minute, so memory goes back
/// even if nobody returns.
pub fn spawn_expiry(state: AppState) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_secs(60));
        loop {
            tick.tick().await;
            hold::expire(&state);
            let store = &state.store;
            let removed = store.expire(std::time::Instant::now());
            if removed > 0 {
                tracing::info!(removed, live_worlds = store.len(), "expired worlds freed");
            }
        }
    });
}

/// Most connections open at once; more wait in the kernel's accept queue.
const MAX_CONNECTIONS: usize = 4096;

/// Accepts connections (HTTP/1.1 only) with a header-read timeout, which axum's `serve`
/// lacks: a client that sends nothing, or its headers too slowly, is disconnected. A client
/// address past its share of connections is closed at once. Each request gets its peer
/// address for the per-IP limit.
pub async fn serve(
    listener: tokio::net::TcpListener,
    app: Router,
    timeouts: conn::Timeouts,
    limits: Arc<limits::Limits>,
) {
    use hyper_util::rt::{TokioIo, TokioTimer};
    use tower::ServiceExt;
    let slots = Arc::new(tokio::sync::Semaphore::new(MAX_CONNECTIONS));
    loop {
        let Ok(permit) = slots.clone().acquire_owned().await else {
            return;
        };
        let (socket, peer) = match listener.accept().await {
            Ok(accepted) => accepted,
            Err(e) => {
                tracing::warn!(error = %e, "accept failed");
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        // Small answers go out at once: without TCP_NODELAY a reply written in two parts
        // waits ~40 ms for the client's delayed ACK on a reused connection (issue 20).
        if let Err(e) = socket.set_nodelay(true) {
            tracing::debug!(error = %e, "TCP_NODELAY not set");
        }
        let Some(counted) = limits.connections.open(peer.ip()) else {
            tracing::debug!(client = %peer.ip(), "connection cap for one address reached");
            telemetry::rejected(telemetry::Rejected::ConnectionCap);
            drop(socket);
            continue;
        };
        // Idle connections hold a slot each: when slots run short, they get only as long
        // as slow headers would.
        let idle = if slots.available_permits() < MAX_CONNECTIONS / 10 {
            timeouts.header
        } else {
            timeouts.keep_alive
        };
        let app = app.clone();
        tokio::spawn(async move {
            let _permit = permit;
            let _counted = counted;
            let in_flight = conn::InFlight::default();
            let socket = conn::Timed::new(socket, in_flight.clone(), timeouts.header, idle);
            let service = hyper::service::service_fn(
                move |mut request: http::Request<hyper::body::Incoming>| {
                    let busy = in_flight.start();
                    request
                        .extensions_mut()
                        .insert(axum::extract::ConnectInfo(peer));
                    let answer = app.clone().oneshot(request.map(axum::body::Body::new));
                    async move {
                        // Busy until the answer's last byte is out (conn.rs).
                        answer.await.map(|r| {
                            r.map(|body| axum::body::Body::new(conn::BusyBody::new(body, busy)))
                        })
                    }
                },
            );
            // The socket keeps the header and keep-alive clocks (conn.rs); hyper's own
            // header timeout would also end idle keep-alive connections.
            let connection = hyper::server::conn::http1::Builder::new()
                .timer(TokioTimer::new())
                .serve_connection(TokioIo::new(socket), service);
            let _ = connection.await;
        });
    }
}
