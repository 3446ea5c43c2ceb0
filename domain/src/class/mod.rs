//! Holds (classes): a teacher's plan and learners, each with a world of their own, and the
//! board computed from those worlds' state (no second bookkeeping).

pub mod activity;
pub mod deliver;
mod material;
pub mod model;
mod note;
pub mod status;

pub use activity::Activity;
pub use deliver::{LetterRefusal, TeacherLetter};
pub use model::{
    Class, ClassField, ClassPlan, ClassRefusal, HoldCode, Joined, Member, MemberName, WorldRef,
};
pub use status::{BoardRow, LearnerStatus, Stuck};

#[cfg(test)]
mod tests;
