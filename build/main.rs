// The build script: turns the translations in `locales/` into Rust (`build/fluent.rs`), and fails
// the build when any language is broken or incomplete. `locales/languages.txt` lists the languages
// the quiz ships; `QUIZ_LANGUAGES` (codes, comma-separated) narrows which are compiled in, so that
// a release bundle carries one language (docs/translations.md). Every language is checked in
// every build, whichever are compiled in.

mod fluent;
mod variables;

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs, process};

use fluent::{
    args_struct, camel, lifetime, param_type, rust_type, snake, Catalog, Generator, LANGUAGE_NAME,
};
use variables::kind;

const LOCALES: &str = "locales";
const LIST: &str = "locales/languages.txt";
const SOURCE: &str = "en";

fn main() {
    println!("cargo::rerun-if-changed={LOCALES}");
    println!("cargo::rerun-if-changed=build");
    println!("cargo::rerun-if-env-changed=QUIZ_LANGUAGES");
    let mut errors = Vec::new();
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    match generate(&mut errors) {
        Some((lang, messages)) if errors.is_empty() => {
            write(Path::new(&out).join("lang.rs"), &lang);
            write(Path::new(&out).join("messages.rs"), &messages);
        }
        _ => {
            eprintln!("The translations in {LOCALES}/ cannot be built:");
            for error in &errors {
                eprintln!("  {error}");
            }
            process::exit(1);
        }
    }
}

fn write(path: impl AsRef<Path>, text: &str) {
    fs::write(path, text).expect("OUT_DIR is writable");
}

/// The languages listed, in order: one code per line, `#` starting a comment.
fn listed(errors: &mut Vec<String>) -> Vec<String> {
    let Ok(text) = fs::read_to_string(LIST) else {
        errors.push(format!("{LIST} is missing"));
        return Vec::new();
    };
    let codes: Vec<String> = text
        .lines()
        .map(|line| line.split('#').next().unwrap_or_default().trim().to_owned())
        .filter(|code| !code.is_empty())
        .collect();
    if codes.first().map(String::as_str) != Some(SOURCE) {
        errors.push(format!(
            "{LIST}: the first language must be `{SOURCE}`, the source of every text"
        ));
    }
    for code in &codes {
        let valid = code.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        });
        if !valid {
            errors.push(format!(
                "{LIST}: `{code}` is not a language code like `it` or `pt-br`"
            ));
        }
    }
    codes
}

fn generate(errors: &mut Vec<String>) -> Option<(String, String)> {
    let codes = listed(errors);
    let sources: Vec<(String, String)> = codes
        .iter()
        .filter_map(|code| {
            let file = format!("{LOCALES}/{code}.ftl");
            match fs::read_to_string(&file) {
                Ok(text) => Some((file, text)),
                Err(_) => {
                    errors.push(format!("{file} is missing (it is listed in {LIST})"));
                    None
                }
            }
        })
        .collect();
    if !errors.is_empty() {
        return None;
    }
    let resources: Vec<_> = sources
        .iter()
        .map(|(_, text)| {
            fluent_syntax::parser::parse(text.as_str()).unwrap_or_else(|(partial, _)| partial)
        })
        .collect();
    let catalogs: Vec<Catalog> = codes
        .iter()
        .zip(&sources)
        .zip(&resources)
        .map(|((code, (file, text)), resource)| {
            Catalog::parse(code, file.clone(), text, resource, errors)
        })
        .collect();
    let signatures = fluent::signatures(&catalogs[0], errors);
    for catalog in &catalogs[1..] {
        fluent::check_against(catalog, &signatures, errors);
    }
    let compiled = compiled(&codes, errors);
    let mut modules = String::new();
    for catalog in &catalogs {
        // Every language is generated, and so checked; only those compiled in are kept.
        let module = Generator::new(catalog, &signatures, errors).module();
        if compiled.contains(&catalog.code) {
            modules.push_str(&module);
        }
    }
    let names: Vec<String> = catalogs
        .iter()
        .map(|catalog| {
            catalog.own_name().unwrap_or_else(|| {
                errors.push(format!(
                    "{}: `{LANGUAGE_NAME}` must name the language in itself, as plain text",
                    catalog.file
                ));
                String::new()
            })
        })
        .collect();
    let lang = lang_enum(&codes, &names);
    let messages = messages(&codes, &compiled, &signatures, &modules);
    Some((lang, messages))
}

/// The languages compiled in: `QUIZ_LANGUAGES`, or all.
fn compiled<'a>(codes: &'a [String], errors: &mut Vec<String>) -> Vec<&'a str> {
    let Ok(wanted) = env::var("QUIZ_LANGUAGES") else {
        return codes.iter().map(String::as_str).collect();
    };
    let wanted: BTreeSet<&str> = wanted
        .split(',')
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect();
    for code in &wanted {
        if !codes.iter().any(|c| c == code) {
            errors.push(format!(
                "QUIZ_LANGUAGES names `{code}`, which {LIST} does not list"
            ));
        }
    }
    let compiled: Vec<&str> = codes
        .iter()
        .map(String::as_str)
        .filter(|c| wanted.contains(c))
        .collect();
    if compiled.is_empty() {
        errors.push("QUIZ_LANGUAGES names no language".to_owned());
    }
    compiled
}

/// The `Lang` enum: every language listed.
fn lang_enum(codes: &[String], names: &[String]) -> String {
    let mut out = String::new();
    out.push_str("/// A language the quiz ships, named by its code (`locales/languages.txt`).\n");
    out.push_str("#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]\npub enum Lang {\n");
    for (i, code) in codes.iter().enumerate() {
        if i == 0 {
            out.push_str("    #[default]\n");
        }
        let _ = writeln!(out, "    #[serde(rename = {code:?})]\n    {},", camel(code));
    }
    out.push_str(
        "}\n\nimpl Lang {\n    /// Every language, in the order of `locales/languages.txt`.\n",
    );
    let _ = writeln!(
        out,
        "    pub const ALL: [Lang; {}] = [{}];",
        codes.len(),
        codes
            .iter()
            .map(|c| format!("Lang::{}", camel(c)))
            .collect::<Vec<_>>()
            .join(", ")
    );
    out.push_str("\n    /// The language's name in itself, as the language switch shows it.\n    pub fn own_name(self) -> &'static str {\n        match self {\n");
    for (code, name) in codes.iter().zip(names) {
        let _ = writeln!(out, "            Lang::{} => {name:?},", camel(code));
    }
    out.push_str("        }\n    }\n}\n");
    out
}

/// The texts: an arguments struct for each text that takes more than one, each compiled
/// language's module, and `Texts`, which answers in one language.
fn messages(
    codes: &[String],
    compiled: &[&str],
    signatures: &std::collections::BTreeMap<fluent::Entrypoint, BTreeSet<&str>>,
    modules: &str,
) -> String {
    let mut out = String::new();
    for (at, signature) in signatures.iter().filter(|(_, s)| s.len() > 1) {
        let _ = writeln!(
            out,
            "/// The arguments of `{}`.\n#[derive(Clone, Copy, Debug)]\npub struct {}{} {{",
            at.rust_name(),
            args_struct(at),
            lifetime(signature)
        );
        for &name in signature {
            if let Some(kind) = kind(name) {
                let _ = writeln!(out, "    pub {}: {},", snake(name), rust_type(kind));
            }
        }
        out.push_str("}\n");
    }
    out.push_str(modules);
    out.push_str("/// The languages compiled into this build.\n#[derive(Clone, Copy, Debug, PartialEq, Eq)]\nenum Catalog {\n");
    for code in compiled {
        let _ = writeln!(out, "    {},", camel(code));
    }
    out.push_str("}\n\n/// Every text the visitor sees, in one language.\n#[derive(Clone, Copy, Debug, PartialEq, Eq)]\npub struct Texts(Catalog);\n\nimpl Texts {\n");
    out.push_str("    /// The texts in `lang`; in a build without it, in the build's first language.\n    pub fn new(lang: Lang) -> Texts {\n        Texts(match lang {\n");
    for code in codes {
        let target = if compiled.contains(&code.as_str()) {
            code.as_str()
        } else {
            compiled[0]
        };
        let _ = writeln!(
            out,
            "            Lang::{} => Catalog::{},",
            camel(code),
            camel(target)
        );
    }
    out.push_str("        })\n    }\n\n    /// The language these texts are in.\n    pub fn lang(self) -> Lang {\n        match self.0 {\n");
    for code in compiled {
        let _ = writeln!(
            out,
            "            Catalog::{} => Lang::{},",
            camel(code),
            camel(code)
        );
    }
    out.push_str("        }\n    }\n\n    /// The decimal separator, as in 12.5 (`-number-decimal-separator`).\n    pub fn decimal_separator(self) -> &'static str {\n        match self.0 {\n");
    for code in compiled {
        let _ = writeln!(
            out,
            "            Catalog::{} => {}::NUMBERS.decimal,",
            camel(code),
            snake(code)
        );
    }
    out.push_str("        }\n    }\n");
    for (at, signature) in signatures {
        let name = at.rust_name();
        let (params, args) = match signature.len() {
            0 => (String::new(), String::new()),
            1 => {
                let var = signature.iter().next().copied().unwrap_or_default();
                let ty = kind(var).map(param_type).unwrap_or_default();
                (format!(", {}: {ty}", snake(var)), snake(var))
            }
            _ => (
                format!(", args: {}{}", args_struct(at), lifetime(signature)),
                "args".to_owned(),
            ),
        };
        let _ = writeln!(
            out,
            "    pub fn {name}{}(self{params}) -> std::borrow::Cow<'static, str> {{\n        match self.0 {{",
            lifetime(signature)
        );
        for code in compiled {
            let _ = writeln!(
                out,
                "            Catalog::{} => {}::{name}({args}),",
                camel(code),
                snake(code)
            );
        }
        out.push_str("        }\n    }\n");
    }
    out.push_str("}\n");
    out
}
