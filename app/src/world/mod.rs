//! The practice world: landing, the world's front page, personas, key cards, and the shared
//! reads (session → world) every page uses.

pub mod confirm;
pub mod data;
pub mod ending;
pub mod landing;
pub mod page;
pub mod papers;
pub mod read;

pub use confirm::*;
pub use data::*;
pub use landing::{About, Landing};
pub use page::*;
pub use papers::*;
pub use read::*;
