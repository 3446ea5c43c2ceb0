//! The phone apps' list of earlier requests, shared by the MitID app and the NemID
//! nøgleapp.

use super::data::RequestView;
use crate::text::mitid::phone as t;
use domain::mitid::RequestStatus;
use leptos::prelude::*;

/// "Tidligere anmodninger": the answered, withdrawn or expired requests of an app, each
/// with what became of it (`what`: the request's name in that app).
pub(crate) fn earlier_requests(earlier: Vec<RequestView>, what: &'static str) -> impl IntoView {
    (!earlier.is_empty()).then(|| {
        view! {
            <h3 class="phone-heading">{t::EARLIER}</h3>
            <ul class="phone-earlier nobullet-list">
                {earlier.into_iter().map(|r| {
                    let status = match r.status {
                        Some(RequestStatus::Approved) => t::STATUS_APPROVED,
                        Some(RequestStatus::Rejected) => t::STATUS_REJECTED,
                        _ => t::STATUS_CLOSED,
                    };
                    view! { <li>{format!("{} {} – {what}: {status}", t::SENT_AT, r.sent)}</li> }
                }).collect_view()}
            </ul>
        }
    })
}
