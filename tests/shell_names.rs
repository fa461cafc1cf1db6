//! The names `static/boot.js` shares with the app are the ones `src/shell.rs` defines.

use recovery_quiz::clinic::FILE;
use recovery_quiz::shell::{
    Tap, BUNDLES_ID, CLINIC_KEY, COPY_CLASS, LANGUAGES_ATTR, LANGUAGE_KEY, LANGUAGE_SWITCH_ID,
    PENDING, PREVIEW_MESSAGE,
};

#[test]
fn boot_js_uses_the_shell_s_names() {
    let boot = include_str!("../static/boot.js");
    for (name, value) in [
        ("COPY_CLASS", COPY_CLASS),
        ("LANGUAGES_ATTR", LANGUAGES_ATTR),
        ("BUNDLES_ID", BUNDLES_ID),
        ("LANGUAGE_SWITCH_ID", LANGUAGE_SWITCH_ID),
        ("LANGUAGE_KEY", LANGUAGE_KEY),
        ("CLINIC_KEY", CLINIC_KEY),
        ("CLINIC_FILE", FILE),
        ("PREVIEW_MESSAGE", PREVIEW_MESSAGE),
        ("PENDING", PENDING),
    ] {
        let declaration = format!("var {name} = '{value}';");
        assert!(boot.contains(&declaration), "boot.js lacks {declaration}");
    }
}

#[test]
fn the_buttons_a_kept_tap_names_are_the_apps() {
    let start = include_str!("../src/components/start_screen.rs");
    let app = include_str!("../src/lib.rs");
    for (tap, source) in [(Tap::Start, start), (Tap::Forget, app)] {
        let attribute = format!("data-testid=\"{}\"", tap.test_id());
        assert!(source.contains(&attribute), "no button with {attribute}");
    }
}

#[test]
fn the_bundles_block_is_the_one_trunk_writes() {
    let trunk = include_str!("../Trunk.toml");
    let block = format!("<script type=\"application/json\" id=\"{BUNDLES_ID}\">");
    assert!(
        trunk.contains(&block),
        "Trunk.toml's pattern_script lacks {block}"
    );
}
