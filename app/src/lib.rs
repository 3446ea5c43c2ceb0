//! Demoborger's Leptos UI, rendered on the server: the page shell, the routes, and one
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
pub mod kiosk;
pub mod mitid;
pub mod nemid;
pub mod notice;
pub mod post;
pub mod session;
pub mod text;
pub mod title;
pub mod world;

use leptos::prelude::*;
use leptos_router::{
    SsrMode,
    components::{FlatRoutes, Route, Router},
    path,
};

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

/// The whole HTML document, rendered on the server.
pub fn shell() -> impl IntoView {
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
    view! {
        <!DOCTYPE html>
        <html lang="da" dir="ltr">
            <head inner_html=head></head>
            <body>
                <App/>
                <islands::HydrationMark/>
            </body>
        </html>
    }
}

#[component]
pub fn App() -> impl IntoView {
    view! {
        <Router>
            <components::Frame account=true>
                <FlatRoutes fallback=world::NotFound>
                    <Route path=path!("") view=world::Landing ssr=SsrMode::Async/>
                    <Route path=path!("ovelse") view=world::WorldPage ssr=SsrMode::Async/>
                    <Route path=path!("ovelse/nulstil") view=world::ResetConfirm ssr=SsrMode::Async/>
                    <Route path=path!("ovelse/afslut") view=world::EndConfirm ssr=SsrMode::Async/>
                    <Route path=path!("ovelse/person/:id") view=world::PersonaPage ssr=SsrMode::Async/>
                    <Route path=path!("ovelse/person/:id/noeglekort") view=world::KeyCardPage ssr=SsrMode::Async/>
                    <Route path=path!("ovelse/noeglekort/udskriv") view=world::PrintCardsPage ssr=SsrMode::Async/>
                    <Route path=path!("log-paa") view=nemid::LoginPage ssr=SsrMode::Async/>
                    <Route path=path!("log-paa/spaerret/:id") view=nemid::LockedPage ssr=SsrMode::Async/>
                    <Route path=path!("log-paa/glemt-adgangskode") view=nemid::forgot::ForgotPage ssr=SsrMode::Async/>
                    <Route path=path!("min-side") view=nemid::MyPage ssr=SsrMode::Async/>
                    <Route path=path!("mitid") view=mitid::MitIdPage ssr=SsrMode::Async/>
                    <Route path=path!("telefon/:id") view=mitid::PhonePage ssr=SsrMode::Async/>
                    <Route path=path!("fidus/:id") view=drill::FakePage ssr=SsrMode::Async/>
                    <Route path=path!("fidus/:id/forklaring") view=drill::DebriefPage ssr=SsrMode::Async/>
                    <Route path=path!("post") view=post::MailboxPage ssr=SsrMode::Async/>
                    <Route path=path!("post/brev/:id") view=post::LetterPage ssr=SsrMode::Async/>
                    <Route path=path!("post/skriv") view=post::WritePage ssr=SsrMode::Async/>
                    <Route path=path!("post/aktivitetslog") view=post::ActivityPage ssr=SsrMode::Async/>
                    <Route path=path!("post/kladder") view=post::drafts::DraftsPage ssr=SsrMode::Async/>
                    <Route path=path!("post/indstillinger") view=post::settings::SettingsPage ssr=SsrMode::Async/>
                    <Route path=path!("post/adgang") view=access::AccessPage ssr=SsrMode::Async/>
                    <Route path=path!("post/adgang/giv") view=access::GiveAccessPage ssr=SsrMode::Async/>
                    <Route path=path!("post/adgang/anmod") view=access::RequestAccessPage ssr=SsrMode::Async/>
                    <Route path=path!("post/adgang/underskriv") view=access::SignPage ssr=SsrMode::Async/>
                    <Route path=path!("fuldmagt") view=fuldmagt::FuldmagtPage ssr=SsrMode::Async/>
                    <Route path=path!("fuldmagt/giv") view=fuldmagt::GiveFuldmagtPage ssr=SsrMode::Async/>
                    <Route path=path!("fuldmagt/anmod") view=fuldmagt::RequestFuldmagtPage ssr=SsrMode::Async/>
                    <Route path=path!("fuldmagt/underskriv") view=access::SignPage ssr=SsrMode::Async/>
                    <Route path=path!("fuldmagt/blanket") view=fuldmagt::paper::PaperPage ssr=SsrMode::Async/>
                    <Route path=path!("selvbetjening/skift-laege") view=fuldmagt::DoctorPage ssr=SsrMode::Async/>
                    <Route path=path!("selvbetjening/flytning") view=fuldmagt::MovePage ssr=SsrMode::Async/>
                    <Route path=path!("ovelser") view=guide::CataloguePage ssr=SsrMode::Async/>
                    <Route path=path!("ordliste") view=guide::glossary::GlossaryPage ssr=SsrMode::Async/>
                    <Route path=path!("faktaark") view=guide::handouts::HandoutsPage ssr=SsrMode::Async/>
                    <Route path=path!("ovelser/faerdig") view=guide::DonePage ssr=SsrMode::Async/>
                    <Route path=path!("ovelser/kursusbevis") view=guide::CertificatePage ssr=SsrMode::Async/>
                    <Route path=path!("om") view=world::About ssr=SsrMode::Async/>
                    <Route path=path!("underviser") view=class::teacher::TeacherPage ssr=SsrMode::Async/>
                    <Route path=path!("underviser/lektionsplan/:theme") view=class::print::LessonPlanPage ssr=SsrMode::Async/>
                    <Route path=path!("underviser/tavle/:key") view=class::board::BoardPage ssr=SsrMode::Async/>
                    <Route path=path!("underviser/tavle/:key/bekraeft") view=class::board::ConfirmPage ssr=SsrMode::Async/>
                    <Route path=path!("underviser/tavle/:key/handlinger") view=class::actions::ActionsPage ssr=SsrMode::Async/>
                    <Route path=path!("underviser/tavle/:key/materiale") view=class::material::MaterialPage ssr=SsrMode::Async/>
                    <Route path=path!("underviser/tavle/:key/noeglekort") view=class::print::HoldCardsPage ssr=SsrMode::Async/>
                    <Route path=path!("underviser/tavle/:key/kursusbeviser") view=class::print::HoldCertificatesPage ssr=SsrMode::Async/>
                    <Route path=path!("underviser/tavle/:key/lektionsplan") view=class::print::HoldLessonPlanPage ssr=SsrMode::Async/>
                    <Route path=path!("ovelse/sammen") view=class::pair::PairPage ssr=SsrMode::Async/>
                    <Route path=path!("par") view=class::pair::PairJoinPage ssr=SsrMode::Async/>
                    <Route path=path!("hold") view=class::join::JoinPage ssr=SsrMode::Async/>
                    <Route path=path!("hold/afsluttet") view=class::join::HoldEndedPage ssr=SsrMode::Async/>
                    <Route path=path!("hold/:code") view=class::join::JoinPage ssr=SsrMode::Async/>
                </FlatRoutes>
            </components::Frame>
        </Router>
    }
}
