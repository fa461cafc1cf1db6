//! After `trunk build`: writes the app's start screen into `index.html`, once for each language
//! the clinic offers, with Yew's server-side rendering of the app itself, so that the first
//! screen paints, in the visitor's language, before the WebAssembly arrives. The whole
//! mechanism, and the names it shares with the app and `static/boot.js`, are in
//! `recovery_quiz::shell`. Also writes a web app manifest per language, for installing the quiz
//! (`recovery_quiz::hooks::offline`, docs/offline.md), with the clinic's name and accent.
//!
//! Usage: `prerender [DIST]` (default `dist`).

use std::fs;
use std::path::Path;

use html_escape::encode_double_quoted_attribute as attribute;
use recovery_quiz::clinic::{self, Clinic};
use recovery_quiz::hooks::offline::manifest_file;
use recovery_quiz::i18n::Lang;
use recovery_quiz::shell::{CLINIC_DATA_ID, COPY_CLASS, LANGUAGES_ATTR};
use recovery_quiz::{App, AppProps};
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
    let read = |name: &str| {
        fs::read_to_string(dist.join(name)).map_err(|e| format!("cannot read {name}: {e}"))
    };
    let index = read("index.html")?;
    let clinic_json = read(clinic::FILE)?;
    let (clinic, problems) = clinic::parse(&clinic_json);
    for problem in &problems {
        eprintln!("prerender: {}", Lang::En.texts().config_problem(problem));
    }
    let copies: Vec<(Lang, String)> = clinic
        .languages
        .iter()
        .map(|&lang| (lang, render(lang, &clinic)))
        .collect();
    if let Some((missing, _, _)) = ICONS.iter().find(|(file, _, _)| !dist.join(file).is_file()) {
        return Err(format!("{missing} is missing from the build"));
    }
    let page = page(&index, &copies, &clinic_json)?;
    let theme = theme_color(&page, &clinic)?;
    let page = with_theme_color(&page, &theme);
    fs::write(dist.join("index.html"), &page).map_err(|e| format!("cannot write: {e}"))?;
    // Every language, not only those offered: a clinic may offer another on its host later.
    for lang in Lang::ALL {
        let file = manifest_file(lang);
        fs::write(
            dist.join(&file),
            manifest(lang, &clinic, &theme).to_string(),
        )
        .map_err(|e| format!("cannot write {file}: {e}"))?;
    }
    println!(
        "prerender: {} start screens ({}) written into index.html, {} bytes",
        copies.len(),
        clinic
            .languages
            .iter()
            .map(Lang::to_string)
            .collect::<Vec<_>>()
            .join(", "),
        page.len()
    );
    Ok(())
}

/// The app's first render in `lang`, as markup the app can hydrate.
fn render(lang: Lang, clinic: &Clinic) -> String {
    let clinic = clinic.clone();
    futures::executor::block_on(
        ServerRenderer::<App>::with_props(move || AppProps { lang, clinic }).render(),
    )
}

/// `index.html` as Trunk built it, with the copies of the app (one per offered language, the
/// default first), the default language's title and description, and the clinic's file.
fn page(index: &str, copies: &[(Lang, String)], clinic_json: &str) -> Result<String, String> {
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
    let codes: Vec<String> = copies.iter().map(|(lang, _)| lang.to_string()).collect();
    let data = format!(
        "<script type=\"application/json\" id=\"{CLINIC_DATA_ID}\">{}</script>",
        clinic_json.trim().replace('<', "\\u003c")
    );
    let copies: String = copies
        .iter()
        .map(|(lang, markup)| {
            let texts = lang.texts();
            format!(
                "<div class=\"{COPY_CLASS}\" lang=\"{lang}\" data-title=\"{}\" data-description=\"{}\">{markup}</div>",
                attribute(texts.title()),
                attribute(texts.description())
            )
        })
        .collect();
    let texts = default.texts();
    Ok(index
        .replace(
            placeholders[0],
            &format!(
                "<html lang=\"{default}\" {LANGUAGES_ATTR}=\"{}\">",
                codes.join(" ")
            ),
        )
        .replace(
            placeholders[1],
            &format!("<title>{}</title>", html_escape::encode_text(texts.title())),
        )
        .replace(
            placeholders[2],
            &format!(
                "<meta name=\"description\" content=\"{}\">",
                attribute(texts.description())
            ),
        )
        .replace(placeholders[3], &format!("<body>{data}{copies}</body>")))
}

/// The clinic's accent, or else the page's own theme colour.
fn theme_color(page: &str, clinic: &Clinic) -> Result<String, String> {
    if let Some(accent) = clinic.accent_color {
        return Ok(accent.hex());
    }
    page.split_once(THEME_COLOR)
        .and_then(|(_, rest)| rest.split_once('"'))
        .map(|(colour, _)| colour.to_owned())
        .ok_or_else(|| "index.html has no theme-color".to_owned())
}

/// The page with `colour` as its theme colour, which browsers give their toolbar.
fn with_theme_color(page: &str, colour: &str) -> String {
    match page.split_once(THEME_COLOR) {
        Some((head, rest)) => {
            let rest = rest.split_once('"').map_or(rest, |(_, after)| after);
            format!("{head}{THEME_COLOR}{colour}\"{rest}")
        }
        None => page.to_owned(),
    }
}

/// The web app manifest in `lang`: the clinic's name with the quiz's title, its accent, and
/// addresses relative to the manifest, so that a deployment in a subfolder installs as it is.
/// The same `id` in every language: one app, whichever language it was installed in.
fn manifest(lang: Lang, clinic: &Clinic, theme: &str) -> Value {
    let texts = lang.texts();
    let name = clinic.name(lang).unwrap_or(texts.default_clinic());
    let mut icons = vec![json!({
        "src": "favicon.svg", "sizes": "any", "type": "image/svg+xml", "purpose": "any"
    })];
    icons.extend(ICONS.iter().map(|(file, px, purpose)| {
        json!({ "src": file, "sizes": format!("{px}x{px}"), "type": "image/png", "purpose": purpose })
    }));
    json!({
        "id": "./",
        "name": format!("{name}: {}", texts.title()),
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

    const INDEX: &str = "<!doctype html>\n<html lang=\"en\">\n<head><title></title>\n<meta name=\"description\" content=\"\"></head>\n<body></body>\n</html>";

    #[test]
    fn every_offered_language_gets_a_copy_and_the_default_fills_the_head() {
        let json = r#"{"name":"A <b>clinic</b>","languages":["en"]}"#;
        let (clinic, _) = clinic::parse(json);
        let copies = vec![(Lang::En, render(Lang::En, &clinic))];
        let page = page(INDEX, &copies, json).expect("a page");
        assert!(page.contains("<html lang=\"en\" data-languages=\"en\">"));
        assert!(page.contains(&format!("<title>{}</title>", Lang::En.texts().title())));
        assert!(page.contains("<div class=\"copy\" lang=\"en\" data-title="));
        assert!(
            page.contains(Lang::En.texts().start_button()),
            "the start screen"
        );
        assert!(
            page.contains(r#"{"name":"A \u003cb>clinic\u003c/b>","languages":["en"]}"#),
            "the clinic's file, unable to close its data block"
        );
        assert!(
            !page.contains("<b>clinic"),
            "the name is escaped in the copy"
        );
    }

    #[test]
    fn a_manifest_per_language_names_the_clinic_in_it_with_its_accent() {
        let json = r##"{"name":{"en":"Hill & Dale","de":"Berg & Tal"},"accent_color":"#A33"}"##;
        let (clinic, _) = clinic::parse(json);
        let theme = theme_color("", &clinic).expect("the accent");
        assert_eq!(theme, "#aa3333");
        let de = manifest(Lang::De, &clinic, &theme);
        assert_eq!(
            de["name"],
            format!("Berg & Tal: {}", Lang::De.texts().title())
        );
        assert_eq!(de["lang"], "de");
        assert_eq!(de["theme_color"], "#aa3333");
        assert_eq!(
            (&de["start_url"], &de["scope"]),
            (&json!("./"), &json!("./"))
        );
        assert_eq!(de["id"], manifest(Lang::En, &clinic, &theme)["id"]);
        let maskable = de["icons"].as_array().expect("icons").iter();
        assert_eq!(maskable.filter(|i| i["purpose"] == "maskable").count(), 2);
    }

    #[test]
    fn without_an_accent_the_page_keeps_its_theme_colour() {
        let (clinic, _) = clinic::parse(r#"{"name":"A clinic"}"#);
        let page = "<head><meta name=\"theme-color\" content=\"#0b5d56\"></head>";
        assert_eq!(theme_color(page, &clinic).as_deref(), Ok("#0b5d56"));
        assert_eq!(
            with_theme_color(page, "#aa3333"),
            page.replace("#0b5d56", "#aa3333")
        );
        assert!(theme_color("<head></head>", &clinic).is_err());
    }

    #[test]
    fn a_page_without_its_placeholders_is_refused() {
        let copies = vec![(Lang::En, String::new())];
        assert!(page("<html><body></body></html>", &copies, "{}").is_err());
        assert!(page(INDEX, &[], "{}").is_err());
    }
}
