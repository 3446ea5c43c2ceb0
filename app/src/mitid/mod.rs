//! MitID: the login box (`/mitid`) in its steps — BRUGER-ID, then the MitID app, a
//! kodeviser, a kodeoplæser or a chip, then the password — and the persona's practice
//! phone (`/telefon/<person>`) with the MitID app, Beskeder and E-mail. The rules are in
//! `domain/src/mitid/`; the posts in `server/src/mitid.rs`.

pub mod card;
pub mod data;
pub mod earlier;
pub mod form;
pub mod page;
pub mod pairing;
pub mod phone;

pub use page::MitIdPage;
pub use phone::PhonePage;
