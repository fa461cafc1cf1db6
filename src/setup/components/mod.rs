//! The set-up page's components: one per file; only the page's root (`super::SetupApp`) holds
//! state, and these get values and emit callbacks named `on<event>`.

pub mod booking;
pub mod contrast;
pub mod download;
pub mod languages;
pub mod look;
pub mod open_file;
pub mod preview;
pub mod safety;
pub mod snippets;
pub mod techniques;
pub mod text_input;
pub mod texts;

use std::collections::BTreeMap;
use std::rc::Rc;

use yew::AttrValue;

use super::draft::Place;

/// The problems found in the draft's file, worded, by where each is shown.
pub type Errors = Rc<BTreeMap<Place, AttrValue>>;
