//! After the Trunk builds and `scripts/bundles.mjs`: writes the app's start screen into
//! `index.html`, once for each language the quiz ships, with Yew's server-side rendering of the
//! app itself, so that the first screen paints, in the visitor's language, before the
//! WebAssembly arrives. The copies show no clinic: its name, intro and colour live in
//! `clinic.json` alone, which the app reads when it runs. The whole mechanism, and the names it
//! shares with the app and `static/boot.js`, are in `recovery_quiz::shell`. Also writes a web app
//! manifest per language, for installing the quiz (`recovery_quiz::hooks::offline`,
//! docs/offline.md); the service worker adds the clinic's name and accent to it.
//!
//! Usage: `prerender [DIST]` (default `dist`).

use std::fs;
use std::path::Path;

use html_escape::encode_double_quoted_attribute as attribute;
use recovery_quiz::hooks::offline::manifest_file;
use recovery_quiz::i18n::Texts;
use recovery_quiz::lang::Lang;
use recovery_quiz::shell::{COPY_CLASS, LANGUAGES_ATTR};
use recovery_quiz::state::QuizState;
use recovery_quiz::{App, AppProps, Page};
use serde_json::{json, Value};
use yew::ServerRenderer;

/// The home-screen icons the build copies from `static/icons/`: file, size in pixels, purpose.
/// `scripts/icons.mjs` draws them from the favicon.
const ICONS: [(&str, u32, &str); 4] = [
    ("icons/icon-192.png", 192, "any"),
    ("icons/icon-512.png", 512, "any"),
    ("icons/maskable-192.png", 192, "maskable"),
    ("icons/maskable-512.png", 512, "maskable"),
];
const THEME_COLOR: &str = "<meta name=\"theme-color\" content=\"";

fn main() {
    let dist = std::env::args().nth(1).unwrap_or_else(|| "dist".to_owned());
    if let Err(why) = run(Path::new(&dist)) {
        eprintln!("prerender: {why}");
        std::process::exit(1);
    }
}

fn run(dist: &Path) -> Result<(), String> {
    let index = fs::read_to_string(dist.join("index.html"))
        .map_err(|e| format!("cannot read index.html: {e}"))?;
    let copies: Vec<(Lang, String)> = Lang::ALL.iter().map(|&lang| (lang, render(lang))).collect();
    if let Some((missing, _, _)) = ICONS.iter().find(|(file, _, _)| !dist.join(file).is_file()) {
        return Err(format!("{missing} is missing from the build"));
    }
    let page = page(&index, &copies)?;
    let theme = theme_color(&page)?;
    fs::write(dist.join("index.html"), &page).map_err(|e| format!("cannot write: {e}"))?;
    for lang in Lang::ALL {
        let file = manifest_file(lang);
        fs::write(dist.join(&file), manifest(lang, &theme).to_string())
            .map_err(|e| format!("cannot write {file}: {e}"))?;
    }
    println!(
        "prerender: {} start screens ({}) written into index.html, {} bytes",
        copies.len(),
        codes().join(", "),
        page.len()
    );
    Ok(())
}

/// The codes of the languages the quiz ships.
fn codes() -> Vec<String> {
    Lang::ALL.iter().map(Lang::to_string).collect()
}

/// The app's start screen in `lang`, before the clinic is known.
fn render(lang: Lang) -> String {
    futures::executor::block_on(
        ServerRenderer::<App>::with_props(move || AppProps {
            lang,
            clinic: None,
            problems: Vec::new(),
            opened: QuizState::default(),
            page: Page::default(),
            drawn: true,
        })
        // The copies are replaced, never hydrated: no markers for a hydration.
        .hydratable(false)
        .render(),
    )
}

/// The rule that shows only the copy in the page's language.
fn copy_rule() -> String {
    let shown: Vec<String> = codes()
        .iter()
        .map(|code| format!("html:lang({code}) .{COPY_CLASS}:lang({code})"))
        .collect();
    format!(
        ".{COPY_CLASS}{{display:none}}{}{{display:block}}",
        shown.join(",")
    )
}

/// `index.html` as built, with the copies of the start screen (one per language, the default
/// first), the rule that shows one, and the default language's title and description.
fn page(index: &str, copies: &[(Lang, String)]) -> Result<String, String> {
    let default = copies.first().ok_or("no language to render")?.0;
    let placeholders = [
        "<html lang=\"en\">",
        "<title></title>",
        "<meta name=\"description\" content=\"\">",
        "<body></body>",
    ];
    if let Some(missing) = placeholders.iter().find(|p| !index.contains(*p)) {
        return Err(format!("index.html has no {missing} to fill in"));
    }
    let copies: String = copies
        .iter()
        .map(|(lang, markup)| {
            let texts = Texts::new(*lang);
            format!(
                "<div class=\"{COPY_CLASS}\" lang=\"{lang}\" data-title=\"{}\" data-description=\"{}\">{markup}</div>",
                attribute(&texts.title()),
                attribute(&texts.description())
            )
        })
        .collect();
    let texts = Texts::new(default);
    Ok(index
        .replace(
            placeholders[0],
            &format!(
                "<html lang=\"{default}\" {LANGUAGES_ATTR}=\"{}\">",
                codes().join(" ")
            ),
        )
        .replace(
            placeholders[1],
            &format!(
                "<title>{}</title>\n  <style>{}</style>",
                html_escape::encode_text(&texts.title()),
                copy_rule()
            ),
        )
        .replace(
            placeholders[2],
            &format!(
                "<meta name=\"description\" content=\"{}\">",
                attribute(&texts.description())
            ),
        )
        .replace(placeholders[3], &format!("<body>{copies}</body>")))
}

/// The page's own theme colour.
fn theme_color(page: &str) -> Result<String, String> {
    page.split_once(THEME_COLOR)
        .and_then(|(_, rest)| rest.split_once('"'))
        .map(|(colour, _)| colour.to_owned())
        .ok_or_else(|| "index.html has no theme-color".to_owned())
}

/// The web app manifest in `lang`, with the quiz's name, and addresses relative to the manifest,
/// so that a deployment in a subfolder installs as it is. The same `id` in every language: one
/// app, whichever language it was installed in. The service worker puts the clinic's name before
/// the quiz's and its accent as the theme colour (static/sw.js).
fn manifest(lang: Lang, theme: &str) -> Value {
    let texts = Texts::new(lang);
    let mut icons = vec![json!({
        "src": "favicon.svg", "sizes": "any", "type": "image/svg+xml", "purpose": "any"
    })];
    icons.extend(ICONS.iter().map(|(file, px, purpose)| {
        json!({ "src": file, "sizes": format!("{px}x{px}"), "type": "image/png", "purpose": purpose })
    }));
    json!({
        "id": "./",
        "name": texts.title(),
        "short_name": texts.short_name(),
        "description": texts.description(),
        "lang": lang,
        "dir": "ltr",
        "start_url": "./",
        "scope": "./",
        "display": "standalone",
        "theme_color": theme,
        "background_color": "#ffffff",
        "icons": icons,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const INDEX: &str = "<!doctype html>\n<html lang=\"en\">\n<head><title></title>\n<meta name=\"description\" content=\"\"><meta name=\"theme-color\" content=\"#0b5d56\"></head>\n<body></body>\n</html>";

    #[test]
    fn every_language_gets_a_neutral_copy_and_the_default_fills_the_head() {
        let copies: Vec<(Lang, String)> = Lang::ALL.iter().map(|&l| (l, render(l))).collect();
        let page = page(INDEX, &copies).expect("a page");
        let english = Texts::new(Lang::En);
        assert!(page.contains(&format!(
            "<html lang=\"en\" data-languages=\"{}\">",
            codes().join(" ")
        )));
        assert!(page.contains(&format!("<title>{}</title>", english.title())));
        for lang in Lang::ALL {
            assert!(page.contains(&format!("<div class=\"copy\" lang=\"{lang}\" data-title=")));
            assert!(
                page.contains(&*Texts::new(lang).start_button()),
                "the start screen in {lang}"
            );
            assert!(page.contains(&format!("html:lang({lang}) .copy:lang({lang})")));
        }
        assert!(
            !page.contains(&*english.default_clinic()),
            "no clinic's name, not even a neutral one"
        );
    }

    #[test]
    fn a_manifest_per_language_with_the_quizs_own_name_and_colour() {
        let de = manifest(Lang::De, "#0b5d56");
        assert_eq!(de["name"], *Texts::new(Lang::De).title());
        assert_eq!(de["lang"], "de");
        assert_eq!(de["theme_color"], "#0b5d56");
        assert_eq!(
            (&de["start_url"], &de["scope"]),
            (&json!("./"), &json!("./"))
        );
        assert_eq!(de["id"], manifest(Lang::En, "#0b5d56")["id"]);
        let maskable = de["icons"].as_array().expect("icons").iter();
        assert_eq!(maskable.filter(|i| i["purpose"] == "maskable").count(), 2);
    }

    #[test]
    fn the_theme_colour_comes_from_the_page() {
        assert_eq!(theme_color(INDEX).as_deref(), Ok("#0b5d56"));
        assert!(theme_color("<head></head>").is_err());
    }

    #[test]
    fn a_page_without_its_placeholders_is_refused() {
        let copies = vec![(Lang::En, String::new())];
        assert!(page("<html><body></body></html>", &copies).is_err());
        assert!(page(INDEX, &[]).is_err());
    }
}
