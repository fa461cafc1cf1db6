//! After `trunk build`: writes the app's start screen into `index.html`, once for each language
//! the clinic offers, with Yew's server-side rendering of the app itself, so that the first
//! screen paints, in the visitor's language, before the WebAssembly arrives. The whole
//! mechanism, and the names it shares with the app and `static/boot.js`, are in
//! `recovery_quiz::shell`.
//!
//! Usage: `prerender [DIST]` (default `dist`).

use std::fs;
use std::path::Path;

use html_escape::encode_double_quoted_attribute as attribute;
use recovery_quiz::clinic::{self, Clinic};
use recovery_quiz::i18n::Lang;
use recovery_quiz::shell::{CLINIC_DATA_ID, COPY_CLASS, LANGUAGES_ATTR};
use recovery_quiz::{App, AppProps};
use yew::ServerRenderer;

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
    let page = page(&index, &copies, &clinic_json)?;
    fs::write(dist.join("index.html"), &page).map_err(|e| format!("cannot write: {e}"))?;
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
    fn a_page_without_its_placeholders_is_refused() {
        let copies = vec![(Lang::En, String::new())];
        assert!(page("<html><body></body></html>", &copies, "{}").is_err());
        assert!(page(INDEX, &[], "{}").is_err());
    }
}
