//! The engine, the share-link reader and the form of the build before issue 21 (commit 20a7ad0),
//! copied unchanged but for their paths, for `tests/link_corpus.rs` to compare this build with.
//! Only that comparison uses it; it goes once the refactor is done.
#![allow(dead_code, unused_imports, clippy::wrong_self_convention)]

pub mod answers;
pub mod form;
pub mod link;
pub mod load;
pub mod number;
pub mod recommend;
pub mod rules;
pub mod technique;

pub use answers::{Answers, Health, Pain, Quality, RedFlag, Spot};
pub use recommend::{recommend, Recommendation, Triage};
pub use technique::Technique;
