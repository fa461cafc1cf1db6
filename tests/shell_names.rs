//! The names `static/boot.js` shares with the app are the ones `src/shell.rs` defines.

use recovery_quiz::shell::{COPY_CLASS, LANGUAGES_ATTR, LANGUAGE_KEY, PENDING};

#[test]
fn boot_js_uses_the_shell_s_names() {
    let boot = include_str!("../static/boot.js");
    for (name, value) in [
        ("COPY_CLASS", COPY_CLASS),
        ("LANGUAGES_ATTR", LANGUAGES_ATTR),
        ("PENDING", PENDING),
        ("LANGUAGE_KEY", LANGUAGE_KEY),
    ] {
        let declaration = format!("var {name} = '{value}';");
        assert!(boot.contains(&declaration), "boot.js lacks {declaration}");
    }
}
