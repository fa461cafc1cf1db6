//! The languages the quiz ships, by code (`en`, `de`, …): the list in `locales/languages.txt`,
//! turned into the `Lang` enum by the build script. Nothing here depends on the texts, so the
//! clinic's file, the share link and the page can name a language without them.

use serde_plain::{derive_display_from_serialize, derive_fromstr_from_deserialize};

include!(concat!(env!("OUT_DIR"), "/lang.rs"));

derive_display_from_serialize!(Lang);
derive_fromstr_from_deserialize!(Lang);
