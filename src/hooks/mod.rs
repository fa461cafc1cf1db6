//! Side effects as hooks and helpers: saved progress, the URL, focus, the clinic's file,
//! embedding, and the page's language.

pub mod clinic;
pub mod embed;
pub mod focus;
pub mod language;
pub mod location;
pub mod saved;
