//! Digital fuldmagt: a giver (fuldmagtsgiver) lets a holder (fuldmagtshaver) act for them
//! in named self-services (områder), until an end date or until deleted. Either side can
//! start: "Giv fuldmagt" (signed by the giver), or "Anmod om fuldmagt" and the giver's
//! "Godkend" (signed) or "Afvis". A betroet medarbejder may answer a request for a citizen
//! who cannot do it digitally. "Skift læge" and "Flytning" can be done on a giver's behalf,
//! only in the områder and while the fuldmagt is valid.

mod apply;
mod model;
mod query;
mod rules;

pub use model::{Area, DOCTORS, Fuldmagt, FuldmagtAction, FuldmagtRequest};
pub(crate) use model::{MAX_ADDRESS, areas_text, normalise};

#[cfg(test)]
mod tests;
