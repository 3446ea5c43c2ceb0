//! The simulated world of Demoborger: personas, scenario data, rules, commands and events.
//!
//! Pure Rust. No web framework, no IO, no clock and no randomness of its own: the caller
//! passes in `now`, seeds and file contents, so every world can be rebuilt exactly in a test.

pub mod access;
pub mod class;
pub mod command;
pub mod common;
pub mod cpr;
pub mod drill;
pub mod event;
pub mod exercise;
pub mod file_bytes;
pub mod fuldmagt;
pub mod handle;
pub mod ids;
pub mod keyapp;
pub mod keycard;
pub mod letters;
pub mod login;
pub mod mailbox;
pub mod material;
pub mod mitid;
pub mod nemid;
pub mod password;
pub mod refusal;
pub mod rng;
pub mod scenario;
pub mod sign;
#[cfg(test)]
pub(crate) mod testing;
pub mod time;
pub mod viewer;
pub mod world;
pub mod world_bytes;

pub use access::{AccessAction, AccessLevel, AccessRequest, AccessScope, Grant, Rights};
pub use command::Command;
pub use cpr::{Cpr, CprError};
pub use event::{Event, FailedTry, LoggedEvent};
pub use exercise::{Action, Check, Exercise, GuideAction, Progress, Theme};
pub use fuldmagt::{Area, DOCTORS, Fuldmagt, FuldmagtAction, FuldmagtRequest};
pub use ids::{AuthorityId, LetterId, PersonaId};
pub use keycard::{KEYS_PER_CARD, KeyCard, KeyEntry, NEW_CARD_AT};
pub use letters::{
    Document, LetterKind, LetterRef, Party, Upload, UploadKind, UploadProblem, WorldLetter,
};
pub use mailbox::{
    Draft, FolderCounts, FolderRef, ListedLetter, MailboxAction, Notify, OwnFolder, SentNotice,
};
pub use mitid::{AppRequest, Authenticator, MitIdAction, MitIdSetup, MitIdState, MitIdStep};
pub use password::{PasswordRule, check_password};
pub use refusal::{Input, Refusal};
pub use rng::WorldRng;
pub use scenario::{
    Authority, AuthorityGroup, LoginMethod, Persona, Role, Scenario, ScenarioError, ScenarioFile,
    SeedLetter,
};
pub use sign::{Signable, Signing};
pub use time::Timestamp;
pub use viewer::Viewer;
pub use world::{Decision, Login, PaperLetter, PaperLetterKind, World};
