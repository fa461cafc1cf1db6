//! The page's language: the one the page opened in (`crate::shell`), then the visitor's choices.

use yew::prelude::*;

use super::location;
use crate::i18n::Lang;
use crate::shell;

/// The language shown, and the callback for the visitor's choice, which is kept for the next
/// visit and replaces a `?lang=` in the address. When the clinic's file (as fetched) no longer
/// offers the language shown, the page turns to the clinic's default.
#[hook]
pub fn use_language(initial: Lang, offered: Vec<Lang>) -> (Lang, Callback<Lang>) {
    let lang = use_state_eq(|| initial);
    use_effect_with(*lang, |&lang| shell::show_language(lang));
    {
        let lang = lang.clone();
        use_effect_with(offered, move |offered| {
            if let Some(&default) = offered.first().filter(|_| !offered.contains(&lang)) {
                lang.set(default);
            }
        });
    }
    let choose = {
        let lang = lang.clone();
        Callback::from(move |chosen: Lang| {
            lang.set(chosen);
            shell::remember_language(chosen);
            location::replace_query("lang", &chosen.to_string());
        })
    };
    (*lang, choose)
}
