//! The recommendation engine: pure Rust, no browser imports, tested natively.

pub mod answers;
pub mod distance;
pub mod link;
pub mod load;
pub mod number;
pub mod recommend;
pub mod rules;
pub mod technique;

pub use answers::{Answers, Health, Pain, Quality, RedFlag, Spot};
pub use distance::Distance;
pub use recommend::{recommend, Recommendation, Triage};
pub use technique::Technique;
