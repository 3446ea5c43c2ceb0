//! NemID: the login in its steps, the spærret page, Min side, the header's account box.

pub mod forgot;
pub mod form;
pub mod key;
pub mod keyapp;
pub mod page;

pub use page::*;
