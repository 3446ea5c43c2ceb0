//! Demoborger's Leptos UI, rendered on the server: the page shell, the pages' table, and one
//! folder per feature (`post/`, `access/`, `fuldmagt/`, `nemid/`, `guide/`, `world/`), each
//! with the read model its pages render from (`data.rs`) and the pages (`page.rs`).

// Deeply nested views make deep types; the mailbox page needs more than the default 128.
#![recursion_limit = "256"]

pub mod access;
pub mod assets;
pub mod class;
pub mod clock;
pub mod components;
pub mod drill;
pub mod error;
pub mod error_page;
pub mod forms;
pub mod fuldmagt;
pub mod guide;
pub mod html;
pub mod kiosk;
pub mod markup;
pub mod mitid;
pub mod nemid;
pub mod notice;
pub mod post;
pub mod session;
pub mod text;
pub mod title;
pub mod world;

use html::{Html, IntoHtml};
use leptos::prelude::*;
use leptos::tachys::reactive_graph::OwnedView;
use leptos_router::location::{RequestUrl, Url};
use leptos_router::params::ParamsMap;

/// The paths of the plain form posts the server handles itself (world life cycle).
pub mod paths {
    pub const WORLD: &str = "/ovelse";
    pub const START: &str = "/ovelse/start";
    pub const RESET: &str = "/ovelse/nulstil";
    pub const END: &str = "/ovelse/afslut";
    /// The warning before an unused world ends ("Din øvelse slutter om 5 minutter").
    pub const ENDING_SOON: &str = "/ovelse/slutter-snart";
    /// A library's kiosk PC opens this once: the browser is a kiosk from then on.
    pub const KIOSK: &str = "/kiosk";
    pub const PRINT_CARDS: &str = "/ovelse/noeglekort/udskriv";
    pub const LOG_IN: &str = "/log-paa";
    pub const LOG_IN_CANCEL: &str = "/log-paa/afbryd";
    pub const LOCKED_PREFIX: &str = "/log-paa/spaerret/";
    /// "Glemt adgangskode?": what the real NemID did, and ordering a temporary password.
    pub const FORGOT: &str = "/log-paa/glemt-adgangskode";
    pub const LOG_OUT: &str = "/log-af";
    /// The MitID login box.
    pub const MITID: &str = "/mitid";
    /// The kodeoplæser's code read aloud.
    pub const MITID_AUDIO: &str = "/mitid/kodeoplaeser/lyd";
    pub const MY_PAGE: &str = "/min-side";
    pub const POST: &str = "/post";

    pub const WRITE: &str = "/post/skriv";
    pub const ACTIVITY: &str = "/post/aktivitetslog";
    /// "Kladder": the messages saved while writing.
    pub const DRAFTS: &str = "/post/kladder";
    /// "Besked om ny post": the mailbox's notification settings.
    pub const SETTINGS: &str = "/post/indstillinger";
    pub const ACCESS: &str = "/post/adgang";
    pub const ACCESS_GIVE: &str = "/post/adgang/giv";
    pub const ACCESS_REQUEST: &str = "/post/adgang/anmod";
    pub const ACCESS_SIGN: &str = "/post/adgang/underskriv";
    pub const EXERCISES: &str = "/ovelser";
    /// "Ordliste": the Danish words explained in the guide's language (`?sprog=`).
    pub const GLOSSARY: &str = "/ordliste";
    /// "Fakta-ark": printable A4 sheets per theme (`?sprog=&emne=`).
    pub const HANDOUTS: &str = "/faktaark";
    /// "Læs op": an instruction or hint as audio (`?sprog=&ovelse=&trin=&del=`).
    pub const AUDIO: &str = "/ovelser/lyd";
    pub const EXERCISE_START: &str = "/ovelser/start";
    pub const GUIDE: &str = "/ovelser/guide";
    pub const EXERCISE_DONE: &str = "/ovelser/faerdig";
    pub const CERTIFICATE: &str = "/ovelser/kursusbevis";
    pub const FULDMAGT: &str = "/fuldmagt";
    pub const FULDMAGT_GIVE: &str = "/fuldmagt/giv";
    pub const FULDMAGT_REQUEST: &str = "/fuldmagt/anmod";
    pub const FULDMAGT_SIGN: &str = "/fuldmagt/underskriv";
    /// A fuldmagt request as a form to sign by hand.
    pub const FULDMAGT_PAPER: &str = "/fuldmagt/blanket";
    pub const DOCTOR: &str = "/selvbetjening/skift-laege";
    pub const MOVE: &str = "/selvbetjening/flytning";
    /// "For undervisere": "Opret hold".
    pub const TEACHER: &str = "/underviser";
    /// "Deltag i et hold".
    pub const JOIN: &str = "/hold";
    pub const HOLD_ENDED: &str = "/hold/afsluttet";
    /// A hold's learner moves on to the plan's next exercise.
    pub const HOLD_NEXT: &str = "/hold/naeste";
    /// "Øv sammen": the Parkode of this world.
    pub const PAIR: &str = "/ovelse/sammen";
    /// Where a partner types the Parkode.
    pub const PAIR_JOIN: &str = "/par";
    /// The world's version, asked by a page watching for its partner's doings.
    pub const VERSION: &str = islands::VERSION_PATH;

    /// The teacher's board of the hold with board key `key`.
    pub fn board(key: &str) -> String {
        format!("/underviser/tavle/{key}")
    }

    /// "Eget materiale" of the hold with board key `key`, and its download.
    pub fn material(key: &str) -> String {
        format!("/underviser/tavle/{key}/materiale")
    }

    pub fn material_file(key: &str) -> String {
        format!("/underviser/tavle/{key}/materiale.toml")
    }

    /// The example pack (`scenarios/examples/skole.toml`).
    pub const MATERIAL_EXAMPLE: &str = "/underviser/eksempel.toml";

    pub fn lesson_plan(theme: &str) -> String {
        format!("/underviser/lektionsplan/{theme}")
    }

    pub fn letter(id: &str) -> String {
        format!("/post/brev/{id}")
    }

    /// Document number `n` of a letter (0 is the letter itself, as a PDF).
    pub fn document(id: &str, n: usize) -> String {
        format!("/post/brev/{id}/dokument/{n}")
    }

    pub fn write_to(authority: &str) -> String {
        format!("{WRITE}?til={authority}")
    }

    pub fn reply(letter: &str) -> String {
        format!("{WRITE}?svar={letter}")
    }

    /// The write form opened on draft `n` ("Kladder").
    pub fn draft(n: u16) -> String {
        format!("{WRITE}?kladde={n}")
    }

    pub fn persona(id: &str) -> String {
        format!("/ovelse/person/{id}")
    }

    pub fn key_card(id: &str) -> String {
        format!("/ovelse/person/{id}/noeglekort")
    }

    pub fn print_one(id: &str) -> String {
        format!("{PRINT_CARDS}?person={id}")
    }

    /// The login "Log på" opens in a world whose setting is `method`.
    pub fn log_in(method: domain::LoginMethod) -> &'static str {
        match method {
            domain::LoginMethod::NemId => LOG_IN,
            domain::LoginMethod::MitId => MITID,
        }
    }

    /// The login page with the bruger-id filled in.
    pub fn login_as(login_id: &str) -> String {
        format!("{LOG_IN}?bruger={login_id}")
    }

    /// A persona's practice phone (the MitID app, Beskeder, E-mail).
    pub fn phone(id: &str) -> String {
        format!("/telefon/{id}")
    }
    /// The one-time address a learner's own phone opens (from the QR code) to pair.
    pub fn phone_pair(token: &str) -> String {
        format!("/telefon/par/{token}")
    }
    /// "Fjern telefonen": unpairs the persona's own phones.
    pub fn phone_unpair(id: &str) -> String {
        format!("/telefon/{id}/fjern")
    }
    pub fn locked(id: &str) -> String {
        format!("{LOCKED_PREFIX}{id}")
    }
}

/// The Content-Security-Policy. Pages pass the nonce of their inline hydration script;
/// other responses (static files, error pages) get the policy without one.
pub fn content_security_policy(nonce: Option<&str>) -> String {
    let script = match nonce {
        Some(n) => format!("script-src 'self' 'nonce-{n}' 'wasm-unsafe-eval'"),
        None => "script-src 'self' 'wasm-unsafe-eval'".to_owned(),
    };
    format!(
        "default-src 'self'; {script}; style-src 'self'; img-src 'self' data:; font-src 'self'; \
         connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; \
         frame-ancestors 'none'"
    )
}

/// The whole HTML document of the page `view` (one of [`PAGES`], or [`world::NotFound`]),
/// rendered on the server at the request's address (`RequestUrl` in context), with the
/// address's parameters `params` (its `{id}`).
///
/// No Leptos router: a page is rendered once, on the server, and the browser never routes
/// (islands only), so the server picks the page by its path and gives the page the two
/// contexts `leptos_router`'s hooks read — the address (`use_url`, `use_query_map`) and its
/// parameters (`use_params_map`) — as `<FlatRoutes>` did, without building the table of
/// all 52 routes and its matching on every page (issue 20: the inbox 517 246 → 450 201
/// instructions, −13 %; the app crate's release compile ~260–295 → ~220 s).
pub fn shell(view: fn() -> Html, params: ParamsMap) -> impl IntoView {
    // The inline hydration script carries this nonce; the policy must name it.
    let nonce = leptos::nonce::use_nonce();
    let nonce = nonce.as_ref().map(|n| n.as_inner().as_ref());
    if let (Some(nonce), Some(response)) = (nonce, use_context::<leptos_axum::ResponseOptions>())
        && let Ok(value) = http::HeaderValue::from_str(&content_security_policy(Some(nonce)))
    {
        response.insert_header(http::header::CONTENT_SECURITY_POLICY, value);
    }
    // As Leptos does in islands mode: only islands carry hydration markers.
    if let Some(sc) = Owner::current_shared_context() {
        sc.set_is_hydrating(false);
    }
    let head = assets::head(nonce);
    let url = use_context::<http::request::Parts>()
        .map(|p| request_url(p.uri.path(), p.uri.query()))
        .or_else(|| use_context::<RequestUrl>().and_then(|u| u.parse().ok()))
        .unwrap_or_default();
    provide_context(ArcRwSignal::<Url>::new(url));
    view! {
        <!DOCTYPE html>
        <html lang="da" dir="ltr">
            <head inner_html=head></head>
            <body>
                <components::Frame account=true>{page(view, params)}</components::Frame>
                <islands::HydrationMark/>
            </body>
        </html>
    }
}

/// The address `path?query` as `leptos_router`'s `Url` (what `use_url` and `use_query_map`
/// read), as `RequestUrl::parse` makes it from `http://leptos.dev{path}?{query}`. Parsing it
/// with the `url` crate (twice: the base, then the address) was ~2 % of the server's CPU per
/// inbox (issue 20), so the address of a page without parameters (`/post`) is parsed once
/// and kept, and a query of only plain characters (letters, digits, `-._~%+=&`, which the
/// parser leaves as they are) is set on a copy of it and decoded as `url`'s `query_pairs`
/// decodes it (`form_urlencoded`). Any other address is parsed.
pub fn request_url(path: &str, query: Option<&str>) -> Url {
    static PARSED: std::sync::LazyLock<std::collections::HashMap<&'static str, Url>> =
        std::sync::LazyLock::new(|| {
            PAGES
                .iter()
                .filter(|p| !p.path.contains('{'))
                .filter_map(|p| {
                    let url = RequestUrl::new(&format!("http://leptos.dev{}", p.path));
                    Some((p.path, url.parse().ok()?))
                })
                .collect()
        });
    let plain = |q: &str| {
        q.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-._~%+=&".contains(&b))
    };
    match (PARSED.get(path), query) {
        (Some(url), None) => url.clone(),
        (Some(url), Some(query)) if plain(query) => {
            let mut url = url.clone();
            url.search_mut().push_str(query);
            *url.search_params_mut() = form_urlencoded::parse(query.as_bytes())
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect();
            url
        }
        _ => {
            let address = match query {
                Some(query) => format!("http://leptos.dev{path}?{query}"),
                None => format!("http://leptos.dev{path}"),
            };
            RequestUrl::new(&address).parse().unwrap_or_default()
        }
    }
}

/// The page's view in an owner of its own (its contexts end with it), with its address's
/// parameters for `use_params_map`.
fn page(view: fn() -> Html, params: ParamsMap) -> OwnedView<Html> {
    let owner = Owner::current().map_or_else(Owner::new, |o| o.child());
    let view = owner.with(|| {
        provide_context(ArcMemo::new(move |_| params.clone()));
        view()
    });
    OwnedView::new_with_owner(view, owner)
}

/// One page: its address in axum's syntax (`{id}` for a part that varies) and its view.
pub struct Page {
    pub path: &'static str,
    pub view: fn() -> Html,
}

/// `path => Component` to a [`Page`] rendering that component.
macro_rules! pages {
    ($($path:literal => $page:path),* $(,)?) => {
        &[$(Page { path: $path, view: || $page().into_html() }),*]
    };
}

/// Every page of the service. The server answers a GET of each path with the page rendered
/// around its view (`shell`); every other address is a built file or the 404 page.
pub const PAGES: &[Page] = pages![
    "/" => world::Landing,
    "/ovelse" => world::WorldPage,
    "/ovelse/nulstil" => world::ResetConfirm,
    "/ovelse/afslut" => world::EndConfirm,
    "/ovelse/person/{id}" => world::PersonaPage,
    "/ovelse/person/{id}/noeglekort" => world::KeyCardPage,
    "/ovelse/noeglekort/udskriv" => world::PrintCardsPage,
    "/log-paa" => nemid::LoginPage,
    "/log-paa/spaerret/{id}" => nemid::LockedPage,
    "/log-paa/glemt-adgangskode" => nemid::forgot::ForgotPage,
    "/min-side" => nemid::MyPage,
    "/mitid" => mitid::MitIdPage,
    "/telefon/{id}" => mitid::PhonePage,
    "/fidus/{id}" => drill::FakePage,
    "/fidus/{id}/forklaring" => drill::DebriefPage,
    "/post" => post::MailboxPage,
    "/post/brev/{id}" => post::LetterPage,
    "/post/skriv" => post::WritePage,
    "/post/aktivitetslog" => post::ActivityPage,
    "/post/kladder" => post::drafts::DraftsPage,
    "/post/indstillinger" => post::settings::SettingsPage,
    "/post/adgang" => access::AccessPage,
    "/post/adgang/giv" => access::GiveAccessPage,
    "/post/adgang/anmod" => access::RequestAccessPage,
    "/post/adgang/underskriv" => access::SignPage,
    "/fuldmagt" => fuldmagt::FuldmagtPage,
    "/fuldmagt/giv" => fuldmagt::GiveFuldmagtPage,
    "/fuldmagt/anmod" => fuldmagt::RequestFuldmagtPage,
    "/fuldmagt/underskriv" => access::SignPage,
    "/fuldmagt/blanket" => fuldmagt::paper::PaperPage,
    "/selvbetjening/skift-laege" => fuldmagt::DoctorPage,
    "/selvbetjening/flytning" => fuldmagt::MovePage,
    "/ovelser" => guide::CataloguePage,
    "/ordliste" => guide::glossary::GlossaryPage,
    "/faktaark" => guide::handouts::HandoutsPage,
    "/ovelser/faerdig" => guide::DonePage,
    "/ovelser/kursusbevis" => guide::CertificatePage,
    "/om" => world::About,
    "/underviser" => class::teacher::TeacherPage,
    "/underviser/lektionsplan/{theme}" => class::print::LessonPlanPage,
    "/underviser/tavle/{key}" => class::board::BoardPage,
    "/underviser/tavle/{key}/bekraeft" => class::board::ConfirmPage,
    "/underviser/tavle/{key}/handlinger" => class::actions::ActionsPage,
    "/underviser/tavle/{key}/materiale" => class::material::MaterialPage,
    "/underviser/tavle/{key}/noeglekort" => class::print::HoldCardsPage,
    "/underviser/tavle/{key}/kursusbeviser" => class::print::HoldCertificatesPage,
    "/underviser/tavle/{key}/lektionsplan" => class::print::HoldLessonPlanPage,
    "/ovelse/sammen" => class::pair::PairPage,
    "/par" => class::pair::PairJoinPage,
    "/hold" => class::join::JoinPage,
    "/hold/afsluttet" => class::join::HoldEndedPage,
    "/hold/{code}" => class::join::JoinPage,
];
