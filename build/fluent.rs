// Reads the Fluent files with Fluent's own parser, refuses a broken or incomplete language, and
// writes each language's messages as Rust. English is the source: its messages are the ones the
// code can ask for, and the variables each uses (with those its comment lists) are the arguments
// the code passes. Every other language must have exactly the same messages and attributes, use
// no variable English does not get, and give a variant for every value a selector can take.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use fluent_syntax::ast::{
    self, Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey,
};
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};

use crate::variables::{kind, Kind};

/// Counts are checked for the plural categories they reach up to this value.
const LARGEST_COUNT: u32 = 100_000;
/// The message that names a language in itself, for the language switch.
pub const LANGUAGE_NAME: &str = "language-name";
/// The terms that say how a language writes numbers.
const DECIMAL_SEPARATOR: &str = "number-decimal-separator";
const GROUP_SEPARATOR: &str = "number-group-separator";
const GROUP_FROM_DIGITS: &str = "number-group-from-digits";

/// One language's file, parsed.
pub struct Catalog<'s> {
    pub code: &'s str,
    pub file: String,
    messages: BTreeMap<&'s str, &'s ast::Message<&'s str>>,
    /// Message ids in file order.
    order: Vec<&'s str>,
    terms: BTreeMap<&'s str, &'s ast::Term<&'s str>>,
}

/// Where a text is: a message's value, or one of its attributes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Entrypoint<'s> {
    pub message: &'s str,
    pub attribute: Option<&'s str>,
}

impl Entrypoint<'_> {
    fn describe(&self) -> String {
        match self.attribute {
            Some(attribute) => format!("`{}.{attribute}`", self.message),
            None => format!("`{}`", self.message),
        }
    }

    /// The Rust name of the text: `start-heading` → `start_heading`, `km.hint` → `km_hint`.
    pub fn rust_name(&self) -> String {
        let name = match self.attribute {
            Some(attribute) => format!("{}-{attribute}", self.message),
            None => self.message.to_owned(),
        };
        snake(&name)
    }
}

/// `a-b` → `a_b`.
pub fn snake(name: &str) -> String {
    name.replace('-', "_")
}

/// `knee-outer` → `KneeOuter`.
pub fn camel(name: &str) -> String {
    name.split('-')
        .map(|part| {
            let mut chars = part.chars();
            chars
                .next()
                .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        })
        .collect()
}

impl<'s> Catalog<'s> {
    /// Parses `source`; syntax errors are reported with their line.
    pub fn parse(
        code: &'s str,
        file: String,
        source: &'s str,
        resource: &'s ast::Resource<&'s str>,
        errors: &mut Vec<String>,
    ) -> Catalog<'s> {
        let mut catalog = Catalog {
            code,
            file,
            messages: BTreeMap::new(),
            order: Vec::new(),
            terms: BTreeMap::new(),
        };
        for entry in &resource.body {
            match entry {
                Entry::Message(message) => {
                    let id = message.id.name;
                    if catalog.messages.insert(id, message).is_some() {
                        errors.push(format!("{}: message `{id}` is there twice", catalog.file));
                    }
                    catalog.order.push(id);
                }
                Entry::Term(term) => {
                    if catalog.terms.insert(term.id.name, term).is_some() {
                        errors.push(format!(
                            "{}: term `-{}` is there twice",
                            catalog.file, term.id.name
                        ));
                    }
                }
                Entry::Junk { content } => {
                    let at = source.find(content).unwrap_or(0);
                    let line = source[..at].lines().count() + 1;
                    let first = content.lines().next().unwrap_or_default();
                    errors.push(format!(
                        "{}:{line}: this is not valid Fluent: `{first}`",
                        catalog.file
                    ));
                }
                Entry::Comment(_) | Entry::GroupComment(_) | Entry::ResourceComment(_) => {}
            }
        }
        catalog
    }

    /// Every text in the file: each message's value and each of its attributes.
    pub fn entrypoints(&self) -> Vec<Entrypoint<'s>> {
        let mut all = Vec::new();
        for &id in &self.order {
            let message = self.messages[id];
            if message.value.is_some() {
                all.push(Entrypoint {
                    message: id,
                    attribute: None,
                });
            }
            for attribute in &message.attributes {
                all.push(Entrypoint {
                    message: id,
                    attribute: Some(attribute.id.name),
                });
            }
        }
        all
    }

    fn pattern(&self, at: Entrypoint<'s>) -> Option<&'s Pattern<&'s str>> {
        let message = self.messages.get(at.message)?;
        match at.attribute {
            None => message.value.as_ref(),
            Some(name) => message
                .attributes
                .iter()
                .find(|a| a.id.name == name)
                .map(|a| &a.value),
        }
    }

    /// The variables the message's comment lists (lines like `#   $spot (Spot) - …`).
    fn declared(&self, message: &str) -> BTreeSet<&'s str> {
        let Some(comment) = self.messages.get(message).and_then(|m| m.comment.as_ref()) else {
            return BTreeSet::new();
        };
        let mut declared = BTreeSet::new();
        for line in &comment.content {
            let line = line.trim_start();
            if !line.starts_with('$') {
                continue;
            }
            let names = line.split(" - ").next().unwrap_or(line);
            for name in names.split('$').skip(1) {
                let end = name
                    .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
                    .unwrap_or(name.len());
                declared.insert(&name[..end]);
            }
        }
        declared
    }

    /// A static term used as a setting, such as the decimal separator.
    fn setting(&self, term: &str, errors: &mut Vec<String>) -> String {
        let text = self
            .terms
            .get(term)
            .and_then(|t| static_text(self, &t.value));
        text.unwrap_or_else(|| {
            errors.push(format!(
                "{}: the term `-{term}` is missing or not plain text",
                self.file
            ));
            String::new()
        })
    }
}

/// The text of a pattern with no variable in it (terms and literals resolved), if it has none.
fn static_text(catalog: &Catalog, pattern: &Pattern<&str>) -> Option<String> {
    let mut text = String::new();
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => text.push_str(value),
            PatternElement::Placeable { expression } => match expression {
                Expression::Inline(InlineExpression::StringLiteral { value }) => {
                    text.push_str(&unescape(value))
                }
                Expression::Inline(InlineExpression::NumberLiteral { value }) => {
                    text.push_str(value)
                }
                Expression::Inline(InlineExpression::TermReference {
                    id,
                    attribute: None,
                    arguments: None,
                }) => text.push_str(&static_text(catalog, &catalog.terms.get(id.name)?.value)?),
                _ => return None,
            },
        }
    }
    Some(text)
}

/// A Fluent string literal's text: `\"`, `\\`, `\uXXXX` and `\UXXXXXX` unescaped.
fn unescape(value: &str) -> String {
    let mut out = String::new();
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let digits = match chars.next() {
            Some('u') => 4,
            Some('U') => 6,
            Some(other) => {
                out.push(other);
                continue;
            }
            None => break,
        };
        let hex: String = chars.by_ref().take(digits).collect();
        if let Some(c) = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
            out.push(c);
        }
    }
    out
}

/// How a language writes numbers, from its file.
struct Numbers {
    decimal: String,
    group: String,
    group_from: u32,
}

/// The plural categories whole numbers reach in a language, by Fluent name.
fn categories(code: &str, file: &str, errors: &mut Vec<String>) -> BTreeSet<&'static str> {
    let rules = code
        .parse()
        .ok()
        .and_then(|langid: unic_langid::LanguageIdentifier| {
            PluralRules::create(langid, PluralRuleType::CARDINAL).ok()
        });
    let Some(rules) = rules else {
        errors.push(format!(
            "{file}: no CLDR plural rules are known for `{code}`"
        ));
        return BTreeSet::new();
    };
    (0..=LARGEST_COUNT)
        .filter_map(|n| rules.select(n).ok())
        .map(category_name)
        .collect()
}

fn category_name(category: PluralCategory) -> &'static str {
    match category {
        PluralCategory::ZERO => "zero",
        PluralCategory::ONE => "one",
        PluralCategory::TWO => "two",
        PluralCategory::FEW => "few",
        PluralCategory::MANY => "many",
        PluralCategory::OTHER => "other",
    }
}

const CATEGORY_NAMES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// The arguments of every text, from English: the variables it uses, also through the messages
/// it refers to, and those its comment declares.
pub fn signatures<'s>(
    english: &Catalog<'s>,
    errors: &mut Vec<String>,
) -> BTreeMap<Entrypoint<'s>, BTreeSet<&'s str>> {
    let mut signatures = BTreeMap::new();
    for at in english.entrypoints() {
        let mut vars = variables(english, at, &mut Vec::new(), errors);
        vars.extend(english.declared(at.message));
        for var in &vars {
            if kind(var).is_none() {
                errors.push(format!(
                    "{}: {} uses `${var}`, which the code does not pass (build/variables.rs lists those it does)",
                    english.file,
                    at.describe()
                ));
            }
        }
        signatures.insert(at, vars);
    }
    signatures
}

/// The variables a text uses, also through the messages it refers to.
fn variables<'s>(
    catalog: &Catalog<'s>,
    at: Entrypoint<'s>,
    visiting: &mut Vec<Entrypoint<'s>>,
    errors: &mut Vec<String>,
) -> BTreeSet<&'s str> {
    let mut found = BTreeSet::new();
    if visiting.contains(&at) {
        errors.push(format!(
            "{}: {} refers to itself through {}",
            catalog.file,
            at.describe(),
            visiting
                .iter()
                .map(Entrypoint::describe)
                .collect::<Vec<_>>()
                .join(" → ")
        ));
        return found;
    }
    let Some(pattern) = catalog.pattern(at) else {
        return found;
    };
    visiting.push(at);
    walk(pattern, &mut |expression| match expression {
        InlineExpression::VariableReference { id } => {
            found.insert(id.name);
        }
        InlineExpression::MessageReference { id, attribute } => {
            let target = Entrypoint {
                message: id.name,
                attribute: attribute.as_ref().map(|a| a.name),
            };
            found.extend(variables(catalog, target, visiting, errors));
        }
        _ => {}
    });
    visiting.pop();
    found
}

/// Calls `visit` on every inline expression of a pattern outside terms, selectors included.
fn walk<'s>(pattern: &'s Pattern<&'s str>, visit: &mut impl FnMut(&'s InlineExpression<&'s str>)) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            walk_expression(expression, visit);
        }
    }
}

fn walk_expression<'s>(
    expression: &'s Expression<&'s str>,
    visit: &mut impl FnMut(&'s InlineExpression<&'s str>),
) {
    match expression {
        Expression::Select { selector, variants } => {
            walk_inline(selector, visit);
            for variant in variants {
                walk(&variant.value, visit);
            }
        }
        Expression::Inline(inline) => walk_inline(inline, visit),
    }
}

fn walk_inline<'s>(
    inline: &'s InlineExpression<&'s str>,
    visit: &mut impl FnMut(&'s InlineExpression<&'s str>),
) {
    visit(inline);
    if let InlineExpression::Placeable { expression } = inline {
        walk_expression(expression, visit);
    }
}

/// Checks a language against English: the same texts, no variable English does not get, every
/// reference resolved.
pub fn check_against<'s>(
    catalog: &Catalog<'s>,
    signatures: &BTreeMap<Entrypoint<'s>, BTreeSet<&'s str>>,
    errors: &mut Vec<String>,
) {
    let has: BTreeSet<Entrypoint> = catalog.entrypoints().into_iter().collect();
    for at in signatures.keys() {
        if !has.contains(at) {
            errors.push(format!("{}: {} is missing", catalog.file, at.describe()));
        }
    }
    for at in &has {
        let Some(allowed) = signatures.get(at) else {
            errors.push(format!(
                "{}: {} is not a text the quiz has (English has no such message or attribute)",
                catalog.file,
                at.describe()
            ));
            continue;
        };
        for var in variables(catalog, *at, &mut Vec::new(), errors) {
            if !allowed.contains(var) {
                errors.push(format!(
                    "{}: {} uses `${var}`, which the quiz does not pass to it (it passes: {})",
                    catalog.file,
                    at.describe(),
                    list(allowed)
                ));
            }
        }
    }
}

fn list(vars: &BTreeSet<&str>) -> String {
    if vars.is_empty() {
        return "nothing".to_owned();
    }
    vars.iter()
        .map(|v| format!("${v}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The Rust type of an argument.
pub fn rust_type(kind: Kind) -> String {
    match kind {
        Kind::Enum { path, .. } => path.to_owned(),
        Kind::Count => "u32".to_owned(),
        Kind::Decimal => "crate::engine::number::Decimal".to_owned(),
        Kind::Text => "&'a str".to_owned(),
    }
}

/// Writes one language's module: a writer per text that pushes it onto a `String`, and a
/// function per text that returns it.
pub struct Generator<'c, 's> {
    catalog: &'c Catalog<'s>,
    signatures: &'c BTreeMap<Entrypoint<'s>, BTreeSet<&'s str>>,
    categories: BTreeSet<&'static str>,
    errors: &'c mut Vec<String>,
}

/// Rust code being written for one pattern: text is gathered and pushed in one piece.
#[derive(Default)]
struct Code {
    out: String,
    pending: String,
}

impl Code {
    fn text(&mut self, text: &str) {
        self.pending.push_str(text);
    }

    fn flush(&mut self) {
        if !self.pending.is_empty() {
            let _ = writeln!(self.out, "out.push_str({:?});", self.pending);
            self.pending.clear();
        }
    }

    fn code(&mut self, code: &str) {
        self.flush();
        self.out.push_str(code);
        self.out.push('\n');
    }
}

/// Term arguments in scope while a term is expanded: literal values by name.
type TermScope<'s> = BTreeMap<&'s str, String>;

impl<'c, 's> Generator<'c, 's> {
    pub fn new(
        catalog: &'c Catalog<'s>,
        signatures: &'c BTreeMap<Entrypoint<'s>, BTreeSet<&'s str>>,
        errors: &'c mut Vec<String>,
    ) -> Self {
        let categories = categories(catalog.code, &catalog.file, errors);
        Generator {
            catalog,
            signatures,
            categories,
            errors,
        }
    }

    fn error(&mut self, at: Entrypoint, what: String) {
        self.errors
            .push(format!("{}: {}: {what}", self.catalog.file, at.describe()));
    }

    fn numbers(&mut self) -> Numbers {
        let decimal = self.catalog.setting(DECIMAL_SEPARATOR, self.errors);
        let group = self.catalog.setting(GROUP_SEPARATOR, self.errors);
        let from = self.catalog.setting(GROUP_FROM_DIGITS, self.errors);
        let group_from = from.trim().parse().unwrap_or_else(|_| {
            self.errors.push(format!(
                "{}: `-{GROUP_FROM_DIGITS}` must be a whole number of digits",
                self.catalog.file
            ));
            0
        });
        Numbers {
            decimal,
            group,
            group_from,
        }
    }

    /// The language's module.
    pub fn module(&mut self) -> String {
        let catalog = self.catalog;
        let mut out = String::new();
        let numbers = self.numbers();
        let _ = writeln!(
            out,
            "pub mod {} {{\n#![allow(unused_variables, clippy::all)]\nuse std::borrow::Cow;\nuse super::*;\n\
             pub(super) const NUMBERS: Numbers = Numbers {{ decimal: {:?}, group: {:?}, group_from: {} }};\n\
             const CODE: &str = {:?};",
            snake(catalog.code),
            numbers.decimal,
            numbers.group,
            numbers.group_from,
            catalog.code,
        );
        let entrypoints: Vec<_> = self.signatures.keys().copied().collect();
        let referenced = catalog.referenced();
        for at in entrypoints {
            let Some(pattern) = catalog.pattern(at) else {
                continue;
            };
            let used = variables(catalog, at, &mut Vec::new(), &mut Vec::new());
            let static_text = static_text(catalog, pattern);
            // A writer, for a text with variables or one that others refer to.
            let mut code = Code::default();
            self.pattern(at, pattern, &mut code, &TermScope::new(), 0);
            code.flush();
            if static_text.is_none() || referenced.contains(&at) {
                let _ = writeln!(
                    out,
                    "fn w_{}(out: &mut String{}) {{\n{}}}",
                    at.rust_name(),
                    params(&used),
                    code.out
                );
            }
            let signature = &self.signatures[&at];
            let public = public_params(&at, signature);
            let body = match static_text {
                Some(text) => format!("Cow::Borrowed({text:?})"),
                None => format!(
                    "let mut out = String::new();\nw_{}(&mut out{});\nCow::Owned(out)",
                    at.rust_name(),
                    call_args(&used, signature.len() > 1)
                ),
            };
            let _ = writeln!(
                out,
                "pub fn {}{}({public}) -> Cow<'static, str> {{\n{body}\n}}",
                at.rust_name(),
                lifetime(signature)
            );
        }
        out.push_str("}\n");
        out
    }

    fn pattern(
        &mut self,
        at: Entrypoint<'s>,
        pattern: &'s Pattern<&'s str>,
        code: &mut Code,
        scope: &TermScope<'s>,
        depth: usize,
    ) {
        if depth > 20 {
            self.error(at, "terms refer to each other without end".to_owned());
            return;
        }
        for element in &pattern.elements {
            match element {
                PatternElement::TextElement { value } => code.text(value),
                PatternElement::Placeable { expression } => {
                    self.expression(at, expression, code, scope, depth)
                }
            }
        }
    }

    fn expression(
        &mut self,
        at: Entrypoint<'s>,
        expression: &'s Expression<&'s str>,
        code: &mut Code,
        scope: &TermScope<'s>,
        depth: usize,
    ) {
        match expression {
            Expression::Inline(inline) => self.inline(at, inline, code, scope, depth),
            Expression::Select { selector, variants } => {
                self.select(at, selector, variants, code, scope, depth)
            }
        }
    }

    fn inline(
        &mut self,
        at: Entrypoint<'s>,
        inline: &'s InlineExpression<&'s str>,
        code: &mut Code,
        scope: &TermScope<'s>,
        depth: usize,
    ) {
        match inline {
            InlineExpression::StringLiteral { value } => code.text(&unescape(value)),
            InlineExpression::NumberLiteral { value } => code.text(value),
            InlineExpression::Placeable { expression } => {
                self.expression(at, expression, code, scope, depth)
            }
            InlineExpression::VariableReference { id } if depth > 0 => {
                // Inside a term, a variable is one of the term's own arguments.
                match scope.get(id.name) {
                    Some(value) => code.text(value),
                    None => self.error(
                        at,
                        format!("a term uses `${}`, which it is not given", id.name),
                    ),
                }
            }
            InlineExpression::VariableReference { id } => match kind(id.name) {
                Some(Kind::Count) => code.code(&format!(
                    "push_count(out, &NUMBERS, {});",
                    snake(id.name)
                )),
                Some(Kind::Decimal) => code.code(&format!(
                    "push_decimal(out, &NUMBERS, {});",
                    snake(id.name)
                )),
                Some(Kind::Text) => code.code(&format!("out.push_str({});", snake(id.name))),
                Some(Kind::Enum { .. }) => self.error(
                    at,
                    format!(
                        "`${}` cannot be shown as it is: choose a text for each value with {{ ${} -> [...] ... }}",
                        id.name, id.name
                    ),
                ),
                None => {}
            },
            InlineExpression::MessageReference { id, attribute } => {
                let target = Entrypoint {
                    message: id.name,
                    attribute: attribute.as_ref().map(|a| a.name),
                };
                if depth > 0 {
                    self.error(at, "a term cannot refer to a message".to_owned());
                } else if self.catalog.pattern(target).is_none() {
                    self.error(at, format!("refers to {}, which is missing", target.describe()));
                } else {
                    let used = variables(self.catalog, target, &mut Vec::new(), &mut Vec::new());
                    code.code(&format!(
                        "w_{}(out{});",
                        target.rust_name(),
                        call_args(&used, false)
                    ));
                }
            }
            InlineExpression::TermReference {
                id,
                attribute,
                arguments,
            } => {
                let Some(pattern) = self.term_pattern(at, id.name, attribute.as_ref()) else {
                    return;
                };
                let mut inner = TermScope::new();
                for named in arguments.iter().flat_map(|a| &a.named) {
                    match &named.value {
                        InlineExpression::StringLiteral { value } => {
                            inner.insert(named.name.name, unescape(value));
                        }
                        InlineExpression::NumberLiteral { value } => {
                            inner.insert(named.name.name, (*value).to_owned());
                        }
                        _ => self.error(at, "a term's arguments must be literals".to_owned()),
                    }
                }
                self.pattern(at, pattern, code, &inner, depth + 1);
            }
            InlineExpression::FunctionReference { id, .. } => self.error(
                at,
                format!(
                    "calls {}(), but the quiz formats numbers itself: use the variable alone",
                    id.name
                ),
            ),
        }
    }

    fn term_pattern(
        &mut self,
        at: Entrypoint<'s>,
        name: &str,
        attribute: Option<&ast::Identifier<&'s str>>,
    ) -> Option<&'s Pattern<&'s str>> {
        let Some(term) = self.catalog.terms.get(name) else {
            self.error(
                at,
                format!("refers to the term `-{name}`, which is missing"),
            );
            return None;
        };
        match attribute {
            None => Some(&term.value),
            Some(attribute) => {
                let found = term
                    .attributes
                    .iter()
                    .find(|a| a.id.name == attribute.name)
                    .map(|a| &a.value);
                if found.is_none() {
                    self.error(
                        at,
                        format!("the term `-{name}` has no attribute `.{}`", attribute.name),
                    );
                }
                found
            }
        }
    }

    fn select(
        &mut self,
        at: Entrypoint<'s>,
        selector: &'s InlineExpression<&'s str>,
        variants: &'s [ast::Variant<&'s str>],
        code: &mut Code,
        scope: &TermScope<'s>,
        depth: usize,
    ) {
        let key = |variant: &ast::Variant<&'s str>| match variant.key {
            VariantKey::Identifier { name } => name,
            VariantKey::NumberLiteral { value } => value,
        };
        let default = variants.iter().find(|v| v.default).unwrap_or(&variants[0]);
        match selector {
            // Chosen as the file is read: a term's attribute, or a term's argument.
            InlineExpression::TermReference {
                id,
                attribute: Some(attribute),
                ..
            } => {
                let Some(pattern) = self.term_pattern(at, id.name, Some(attribute)) else {
                    return;
                };
                let value = static_text(self.catalog, pattern).unwrap_or_default();
                let chosen = variants.iter().find(|v| key(v) == value).unwrap_or(default);
                self.pattern(at, &chosen.value, code, scope, depth);
            }
            InlineExpression::VariableReference { id } if depth > 0 => {
                let value = scope.get(id.name).cloned().unwrap_or_default();
                let chosen = variants.iter().find(|v| key(v) == value).unwrap_or(default);
                self.pattern(at, &chosen.value, code, scope, depth);
            }
            InlineExpression::VariableReference { id } => match kind(id.name) {
                Some(Kind::Enum { path, values }) => {
                    let keys: Vec<&str> = variants.iter().map(key).collect();
                    let missing: Vec<&str> = values
                        .iter()
                        .copied()
                        .filter(|v| !keys.contains(v))
                        .collect();
                    let unknown: Vec<&str> = keys
                        .iter()
                        .copied()
                        .filter(|k| !values.contains(k))
                        .collect();
                    if !missing.is_empty() || !unknown.is_empty() {
                        self.error(
                            at,
                            format!(
                                "`${}` needs a variant for each of its values, [{}]{}{}",
                                id.name,
                                values.join("], ["),
                                if missing.is_empty() {
                                    String::new()
                                } else {
                                    format!("; missing: {}", missing.join(", "))
                                },
                                if unknown.is_empty() {
                                    String::new()
                                } else {
                                    format!("; not a value: {}", unknown.join(", "))
                                }
                            ),
                        );
                        return;
                    }
                    code.code(&format!("match {} {{", snake(id.name)));
                    for variant in variants {
                        code.code(&format!("{path}::{} => {{", camel(key(variant))));
                        self.pattern(at, &variant.value, code, scope, depth);
                        code.code("}");
                    }
                    code.code("}");
                }
                Some(Kind::Count) => self.plural(at, id.name, variants, default, code, scope),
                Some(Kind::Decimal | Kind::Text) => self.error(
                    at,
                    format!("`${}` is shown as it is and cannot be selected on", id.name),
                ),
                None => {}
            },
            _ => self.error(
                at,
                "selects on something other than a variable or a term's attribute".to_owned(),
            ),
        }
    }

    fn plural(
        &mut self,
        at: Entrypoint<'s>,
        name: &'s str,
        variants: &'s [ast::Variant<&'s str>],
        default: &'s ast::Variant<&'s str>,
        code: &mut Code,
        scope: &TermScope<'s>,
    ) {
        let mut exact = Vec::new();
        let mut by_category = Vec::new();
        for variant in variants {
            match variant.key {
                VariantKey::NumberLiteral { value } => match value.parse::<u32>() {
                    Ok(n) => exact.push((n, variant)),
                    Err(_) => self.error(
                        at,
                        format!("[{value}]: `${name}` is a whole number, so keys are whole numbers or plural categories"),
                    ),
                },
                VariantKey::Identifier { name: category } => {
                    if !CATEGORY_NAMES.contains(&category) {
                        self.error(
                            at,
                            format!("[{category}] is not a plural category (zero, one, two, few, many, other)"),
                        );
                    } else if !self.categories.contains(category) {
                        self.error(
                            at,
                            format!(
                                "[{category}]: whole numbers in `{}` are never {category} (they are: {})",
                                self.catalog.code,
                                self.categories.iter().copied().collect::<Vec<_>>().join(", ")
                            ),
                        );
                    } else {
                        by_category.push((category, variant));
                    }
                }
            }
        }
        let default_category = match default.key {
            VariantKey::Identifier { name } => Some(name),
            VariantKey::NumberLiteral { .. } => None,
        };
        let categories: Vec<&'static str> = self.categories.iter().copied().collect();
        let shown = shows(&default.value, name);
        for category in categories {
            let covered = by_category.iter().any(|(c, _)| *c == category)
                || default_category == Some(category)
                || self.only(category, &exact)
                || !shown;
            if !covered {
                self.error(
                    at,
                    format!("`${name}` needs a variant for the plural category [{category}]"),
                );
            }
        }
        let var = snake(name);
        code.code(&format!("match {var} {{"));
        for (n, variant) in exact {
            code.code(&format!("{n} => {{"));
            self.pattern(at, &variant.value, code, scope, 0);
            code.code("}");
        }
        code.code(&format!("_ => match plural(CODE, {var}) {{"));
        for (category, variant) in by_category {
            if std::ptr::eq(variant, default) {
                continue;
            }
            code.code(&format!(
                "PluralCategory::{} => {{",
                category.to_ascii_uppercase()
            ));
            self.pattern(at, &variant.value, code, scope, 0);
            code.code("}");
        }
        code.code("_ => {");
        self.pattern(at, &default.value, code, scope, 0);
        code.code("}\n}\n}");
    }
}

impl Generator<'_, '_> {
    /// Whether every whole number of `category` has a variant of its own among `exact`.
    fn only(&self, category: &str, exact: &[(u32, &ast::Variant<&str>)]) -> bool {
        let rules =
            self.catalog
                .code
                .parse()
                .ok()
                .and_then(|langid: unic_langid::LanguageIdentifier| {
                    PluralRules::create(langid, PluralRuleType::CARDINAL).ok()
                });
        rules.is_some_and(|rules| {
            (0..=LARGEST_COUNT)
                .filter(|&n| rules.select(n).ok().map(category_name) == Some(category))
                .all(|n| exact.iter().any(|(e, _)| *e == n))
        })
    }
}

/// Whether a pattern shows the count `name` itself, outside a select on it (where the number
/// is shown, its noun must agree with it: "1 day", "2 days").
fn shows(pattern: &Pattern<&str>, name: &str) -> bool {
    pattern.elements.iter().any(|element| match element {
        PatternElement::Placeable { expression } => expression_shows(expression, name),
        PatternElement::TextElement { .. } => false,
    })
}

fn expression_shows(expression: &Expression<&str>, name: &str) -> bool {
    match expression {
        Expression::Select { selector, variants } => {
            let on_it =
                matches!(selector, InlineExpression::VariableReference { id } if id.name == name);
            !on_it && variants.iter().any(|v| shows(&v.value, name))
        }
        Expression::Inline(InlineExpression::VariableReference { id }) => id.name == name,
        Expression::Inline(InlineExpression::Placeable { expression }) => {
            expression_shows(expression, name)
        }
        Expression::Inline(_) => false,
    }
}

/// The writer's parameters, after `out`.
fn params(used: &BTreeSet<&str>) -> String {
    used.iter()
        .filter_map(|&name| {
            let kind = kind(name)?;
            Some(format!(", {}: {}", snake(name), param_type(kind)))
        })
        .collect()
}

/// A public function's parameters: none, one by itself, or the text's arguments struct.
fn public_params(at: &Entrypoint, signature: &BTreeSet<&str>) -> String {
    match signature.len() {
        0 => String::new(),
        1 => signature
            .iter()
            .filter_map(|&name| Some(format!("{}: {}", snake(name), param_type(kind(name)?))))
            .collect(),
        _ => format!("args: {}{}", args_struct(at), lifetime(signature)),
    }
}

/// The name of the struct that holds a text's arguments, when it takes more than one.
pub fn args_struct(at: &Entrypoint) -> String {
    format!("{}Args", camel(&at.rust_name().replace('_', "-")))
}

/// The arguments passed on to a writer, from a public function's parameters or a writer's.
fn call_args(used: &BTreeSet<&str>, from_struct: bool) -> String {
    used.iter()
        .map(|&name| match from_struct {
            true => format!(", args.{}", snake(name)),
            false => format!(", {}", snake(name)),
        })
        .collect()
}

/// The type of a function's one parameter.
pub fn param_type(kind: Kind) -> String {
    match kind {
        Kind::Text => "&str".to_owned(),
        other => rust_type(other),
    }
}

/// The lifetime a text's arguments struct takes, if it holds a text.
pub fn lifetime(signature: &BTreeSet<&str>) -> &'static str {
    if signature.len() > 1 && signature.iter().any(|&name| kind(name) == Some(Kind::Text)) {
        "<'a>"
    } else {
        ""
    }
}

impl<'s> Catalog<'s> {
    /// The texts that other texts refer to.
    fn referenced(&self) -> BTreeSet<Entrypoint<'s>> {
        let mut found = BTreeSet::new();
        for at in self.entrypoints() {
            if let Some(pattern) = self.pattern(at) {
                walk(pattern, &mut |expression| {
                    if let InlineExpression::MessageReference { id, attribute } = expression {
                        found.insert(Entrypoint {
                            message: id.name,
                            attribute: attribute.as_ref().map(|a| a.name),
                        });
                    }
                });
            }
        }
        found
    }

    /// The language's name in itself (`language-name`).
    pub fn own_name(&self) -> Option<String> {
        let message = self.messages.get(LANGUAGE_NAME)?;
        static_text(self, message.value.as_ref()?)
    }
}
