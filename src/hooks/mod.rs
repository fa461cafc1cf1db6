//! Side effects as hooks and helpers: saved progress, the URL fragment, focus, the clinic's file,
//! embedding, and the takeover of the pre-rendered start screen.

pub mod clinic;
pub mod embed;
pub mod focus;
pub mod location;
pub mod prerender;
pub mod saved;
