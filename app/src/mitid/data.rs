//! What the MitID pages show, read from the world.

use crate::world::{FormFeedback, InWorld, with_world};
use domain::World;
use domain::mitid::{Authenticator, Flow, MitIdStep, RequestStatus};

/// Where the MitID box stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BoxStep {
    /// BRUGER-ID and FORTSÆT.
    UserId,
    /// Waiting for the app: the request's 4-digit code, whose phone to open, the world's
    /// version (the page moves on when it changes).
    App {
        code: String,
        phone: String,
        version: u32,
    },
    /// The code from a kodeviser or kodeoplæser: what its display shows.
    Code {
        with: Authenticator,
        showing: Option<(String, i64)>,
        press: u32,
    },
    Chip,
    Password,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BoxView {
    pub step: BoxStep,
    /// The bruger-ID of the login in progress.
    pub user_id: Option<String>,
    /// The persona's authenticators, for "Vælg identifikationsmiddel".
    pub authenticators: Vec<Authenticator>,
    /// When signing: what is signed, as the signing page lists it.
    pub signing: Option<Vec<(String, String)>>,
    pub feedback: FormFeedback,
}

pub fn box_view(world: &World, feedback: FormFeedback) -> BoxView {
    let now = world.now(crate::clock::now());
    let Some(Flow {
        persona,
        step,
        signing,
        ..
    }) = world.mitid_flow()
    else {
        return BoxView {
            step: BoxStep::UserId,
            user_id: None,
            authenticators: Vec::new(),
            signing: None,
            feedback,
        };
    };
    let persona = &persona;
    let signing = signing
        .then(|| crate::access::data::sign(world).and_then(Result::ok))
        .flatten()
        .map(|s| s.summary);
    let setup = world.persona(persona).and_then(|p| p.mitid.clone());
    let step = match &step {
        MitIdStep::App { request } => BoxStep::App {
            code: world
                .app_request(*request)
                .map(|r| r.code.clone())
                .unwrap_or_default(),
            phone: persona.to_string(),
            version: world.version(),
        },
        MitIdStep::Code { with } => BoxStep::Code {
            with: *with,
            showing: world.code_showing(persona, now),
            press: world.mitid(persona).presses,
        },
        MitIdStep::Chip => BoxStep::Chip,
        MitIdStep::Password { .. } => BoxStep::Password,
    };
    BoxView {
        step,
        user_id: setup.as_ref().map(|s| s.user_id.clone()),
        authenticators: setup.map(|s| s.authenticators).unwrap_or_default(),
        signing,
        feedback,
    }
}

pub fn get_box_view() -> Result<InWorld<BoxView>, crate::error::AppError> {
    let feedback = crate::world::feedback();
    with_world(move |w| box_view(w, feedback))
}

/// A request in the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestView {
    pub id: u16,
    pub code: String,
    pub sent: String,
    /// `None` while it can be answered.
    pub status: Option<RequestStatus>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhoneView {
    pub persona: String,
    pub name: String,
    pub has_app: bool,
    pub pin_locked: bool,
    pub requests: Vec<RequestView>,
    /// The NemID nøgleapp's requests; `None`: the persona has no nøgleapp.
    pub key_requests: Option<Vec<RequestView>>,
    /// Safety drills' fake messages on the phone (SMS and e-mail), newest first.
    pub drills: Vec<crate::drill::DrillMessage>,
    /// SMS and e-mails "sent" to the persona: when, and the text.
    pub sms: Vec<(String, String)>,
    pub email: Vec<(String, String)>,
}

pub fn phone_view(world: &World, id: &str) -> Option<PhoneView> {
    let p = crate::world::find(world, id)?;
    let now = world.now(crate::clock::now());
    let mitid = world.mitid(&p.id);
    let requests = request_views(world.app_requests(&p.id), now);
    let notices = |prefix: &str| {
        world
            .notices(&p.id)
            .into_iter()
            .filter(|n| n.to.starts_with(prefix))
            .map(|n| {
                (
                    format!("{} {}", n.at.danish_date(), n.at.danish_local().clock()),
                    crate::text::post::notice_text(&n.from),
                )
            })
            .collect::<Vec<_>>()
    };
    Some(PhoneView {
        persona: p.id.to_string(),
        name: p.name.clone(),
        has_app: p
            .mitid
            .as_ref()
            .is_some_and(|m| m.authenticators.contains(&Authenticator::App)),
        pin_locked: mitid.pin_locked,
        requests,
        key_requests: p.noegleapp.then(|| key_app_requests(world, &p)),
        drills: crate::drill::messages(world, &p.id),
        sms: notices("SMS"),
        email: notices("E-mail"),
    })
}

/// The requests in the nøgleapp of `persona`, newest first (at most 5).
pub fn key_app_requests(world: &World, p: &domain::Persona) -> Vec<RequestView> {
    let now = world.now(crate::clock::now());
    request_views(world.key_app_requests(&p.id), now)
}

/// An app's requests (newest first) as the phone lists them: the open ones and the
/// answered ones, at most 5, at simulated time `now`.
fn request_views(
    list: Vec<&domain::mitid::AppRequest>,
    now: domain::Timestamp,
) -> Vec<RequestView> {
    list.into_iter()
        .filter(|r| r.status != RequestStatus::Withdrawn || r.open(now))
        .take(5)
        .map(|r| RequestView {
            id: r.id,
            code: r.code.clone(),
            sent: r.sent.danish_local().clock(),
            status: (!r.open(now)).then_some(r.status),
        })
        .collect()
}

pub fn get_phone_view(id: String) -> Result<InWorld<Option<PhoneView>>, crate::error::AppError> {
    with_world(move |w| phone_view(w, &id))
}
