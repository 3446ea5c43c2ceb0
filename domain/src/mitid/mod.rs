//! MitID (2021 →): BRUGER-ID, then the MitID app on the persona's phone, a kodeviser, a
//! kodeoplæser or a chip; wrong tries, a temporary block, the app's PIN. The labels and
//! steps are from mitid.dk and municipalities' guides (docs/mitid-labels.md).

mod apply;
pub mod model;
mod perform;
mod phone;
mod rules;
#[cfg(test)]
mod tests;
mod tries;

pub use model::*;
