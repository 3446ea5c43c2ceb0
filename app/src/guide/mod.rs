//! The guide layer: exercise catalogue, the panel on every page, result, certificate.

pub mod button;
pub mod choose;
pub mod data;
pub mod form;
pub mod glossary;
pub mod handouts;
pub mod label;
pub mod page;
pub mod speech;
pub mod words;

pub use data::*;
pub use page::*;
