//! The `app` crate's own tests, in one binary outside the crate: `cargo test` then links
//! them against the library the build made, instead of compiling the whole crate a second
//! time with `cfg(test)` (about 40 s of every cold `make test`). They reach what they test
//! through the crate's public items.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

mod access_form;
mod assets;
mod class_form;
mod error_page;
mod forms;
mod fuldmagt_form;
mod guide_data;
mod guide_form;
mod guide_speech;
mod html;
mod markup;
mod mitid_form;
mod nemid_forgot;
mod nemid_form;
mod nemid_key;
mod notice;
mod post_drafts;
mod post_form;
mod post_settings;
mod post_write_form;
mod request_url;
mod world_ending;
