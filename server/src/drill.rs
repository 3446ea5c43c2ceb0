//! Safety drills: the fake page a drill's message links to (`/fidus/<id>`), on our own
//! origin only. Opening it is recorded (that the link was pressed); its form's post records
//! only whether something was typed — the values are dropped here, before any command, and
//! never reach the world, a log line or a response. The pages are in `app/src/drill/`.

use crate::AppState;
use crate::forms::{run, see_other, submit_form};
use crate::session::WorldSession;
use app::drill::FakeForm;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::response::Response;
use domain::Command;
use domain::drill::DrillAction;

/// `GET /fidus/<id>/link` (the message's link): records that it was pressed, then 303 to
/// the fake page (which says "Siden findes ikke" when no such message was sent here).
pub async fn open(
    State(state): State<AppState>,
    session: WorldSession,
    Path(id): Path<String>,
) -> Response {
    let id = app::forms::bounded(&id);
    let command = Command::Drill {
        action: DrillAction::Open { drill: id.clone() },
    };
    // A refusal (no such drill in this world) is the page's to say.
    let _ = run(&state, &session.id, &command);
    see_other(&app::drill::fake_page(&id))
}

/// `POST /fidus/<id>`: the fake login sent; on to the debrief.
pub async fn submit(
    State(state): State<AppState>,
    session: WorldSession,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    let id = app::forms::bounded(&id);
    let page = app::drill::fake_page(&id);
    submit_form(&state, &session.id, &page, &body, |f: &FakeForm| {
        f.plan(&id)
    })
    .await
}
