//! Side effects as hooks and helpers: saved progress, the URL, focus, the clinic's file,
//! embedding, and offline use.

pub mod clinic;
pub mod embed;
pub mod focus;
pub mod location;
pub mod offline;
pub mod saved;
