//! Side effects as hooks and helpers: saved progress, the URL fragment, focus.

pub mod clinic;
pub mod embed;
pub mod focus;
pub mod location;
pub mod prerender;
pub mod saved;
