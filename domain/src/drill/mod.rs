//! Safety drills (issue 15): a fake SMS or e-mail sent to a persona's practice phone, with
//! a link to a fake page inside Demoborger (`/fidus/<id>`). The world records only *that*
//! the learner opened the link, typed something into the fake page (never what), or deleted
//! the message — and from that whether the drill was spotted ("Klaret") or not ("Snydt").
//! A call drill ("Borgerservice" on the phone) comes with a MitID request the learner did
//! not start: "Afvis" spots it, approving falls for it. "Kig væk" (`watch.rs`): a helper
//! looks away while the owner types her codes.

mod model;
mod rules;
mod watch;

pub use model::*;
pub use rules::DrillAction;
pub use watch::Watching;

#[cfg(test)]
mod call_tests;
#[cfg(test)]
mod tests;
