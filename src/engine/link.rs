//! Share link v1 (`docs/share-link.md`): the answers in the URL fragment, both ways.
//! Invariant: `parse(&write(a)) == Ok(a)` for every valid `a` (distances kept to 0.01 km);
//! parsing never panics.

use std::fmt::Display;
use std::str::FromStr;

use super::answers::{
    Answer, Answers, Conflict, DistanceAnswer, Health, Need, Pain, RedFlag, Rule, Source, Spot,
    Value, WholeAnswer,
};
use super::distance::Distance;
use super::number::Plain;

/// The format version this build writes and reads.
pub const VERSION: u32 = 1;
/// The fragment route of a result.
pub const ROUTE: &str = "#/result?";
/// Longer links are refused unread. The longest link this build writes is under 1 KB; earlier
/// builds wrote distances in full (a tiny decimal such as 5e-324 takes some 330 characters), so
/// their longest links came to about 2.6 KB, and those still open.
pub const MAX_LEN: usize = 4096;

/// Millimetres in a km: link distances are in km.
const KM: u64 = 1_000_000;

/// Why a link could not be read. Each names the part that is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkError {
    /// Not a result link at all.
    NotALink,
    TooLong(usize),
    /// A `%` not followed by two hex digits, or bytes that are not UTF-8.
    BadEncoding,
    /// A part without `=`.
    NotAPair(String),
    Duplicate(String),
    Missing(&'static str),
    /// `v` is newer than this build reads.
    TooNew(String),
    BadVersion(String),
    /// A value that is not a number of the right kind.
    NotANumber {
        key: &'static str,
        value: String,
    },
    OutOfRange {
        key: &'static str,
        value: String,
        max: String,
    },
    /// `hist` does not hold four numbers.
    HistoryCount(usize),
    /// A rule between answers is broken: more hard sessions than runs, a long run longer than
    /// the week.
    Conflict(Conflict),
    /// A pain entry not of the form `spot:severity:quality:days`.
    BadPain(String),
    UnknownSpot(String),
    UnknownQuality(String),
    RepeatedSpot(String),
    UnknownFlag(String),
    UnknownHealth(String),
    RepeatedItem {
        key: &'static str,
        value: String,
    },
}

/// Reads a whole link or its fragment (`#/result?…`, with or without `#` and `/`) into answers.
pub fn parse(input: &str) -> Result<Answers, LinkError> {
    if input.len() > MAX_LEN {
        return Err(LinkError::TooLong(input.len()));
    }
    let query = query_of(input).ok_or(LinkError::NotALink)?;
    let mut link = Link {
        pairs: pairs(query)?,
        written: Vec::new(),
    };
    let version = link.get("v").ok_or(LinkError::Missing("v"))?;
    match version.parse::<u32>() {
        Ok(VERSION) => {}
        Ok(n) if n > VERSION => return Err(LinkError::TooNew(shorten(version))),
        // All digits but too large for a number: a (far) newer version, not garbage.
        Err(_) if !version.is_empty() && version.bytes().all(|b| b.is_ascii_digit()) => {
            return Err(LinkError::TooNew(shorten(version)))
        }
        _ => return Err(LinkError::BadVersion(shorten(version))),
    }
    Answers::read(&mut link)
}

/// A link's pairs, read as answers.
struct Link {
    pairs: Vec<(String, String)>,
    /// The numbers read so far, as written, for the rules between answers.
    written: Vec<(Answer, String)>,
}

impl Link {
    fn get(&self, key: &str) -> Option<&str> {
        self.pairs
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    /// An answer's text as its row says: a required answer must be there; an optional one may
    /// be left out or empty (`None`).
    fn text(&self, answer: Answer) -> Result<Option<String>, LinkError> {
        let row = answer.row();
        let value = self.get(row.key).map(str::to_owned);
        match row.need {
            Need::Required => value.map(Some).ok_or(LinkError::Missing(row.key)),
            Need::Optional | Need::ZeroIfLeftOut | Need::AfterYes => {
                Ok(value.filter(|v| !v.is_empty()))
            }
        }
    }

    /// A number as written, for the rules between answers.
    fn written(&self, answer: Answer) -> Option<Plain<'_>> {
        self.written
            .iter()
            .find(|(a, _)| *a == answer)
            .and_then(|(_, text)| Plain::parse(text))
    }
}

impl Source for Link {
    type Error = LinkError;

    fn distance(&mut self, which: DistanceAnswer) -> Result<Option<Distance>, LinkError> {
        let answer = Answer::Distance(which);
        let Some(text) = self.text(answer)? else {
            return Ok(None);
        };
        let km = decimal(answer.row().key, &text)?;
        self.written.push((answer, text));
        Ok(Some(km))
    }

    fn weeks(&mut self) -> Result<Option<[Distance; 4]>, LinkError> {
        let answer = Answer::Weeks;
        let key = answer.row().key;
        self.text(answer)?
            .map(|text| history(key, &text))
            .transpose()
    }

    fn whole(&mut self, which: WholeAnswer) -> Result<Option<u16>, LinkError> {
        let answer = Answer::Whole(which);
        let row = answer.row();
        let text = match (self.text(answer)?, row.need) {
            (Some(text), _) => text,
            (None, Need::ZeroIfLeftOut) => "0".to_owned(),
            (None, Need::Required | Need::Optional | Need::AfterYes) => return Ok(None),
        };
        let n = integer(row.key, &text, which.max())?;
        self.written.push((answer, text));
        Ok(Some(n))
    }

    fn pains(&mut self) -> Result<Vec<Pain>, LinkError> {
        let answer = Answer::Pain;
        let key = answer.row().key;
        Ok(self
            .text(answer)?
            .map(|text| pains(key, &text))
            .transpose()?
            .unwrap_or_default())
    }

    fn flags(&mut self) -> Result<Vec<RedFlag>, LinkError> {
        let answer = Answer::Flags;
        list(answer.row().key, self.text(answer)?, LinkError::UnknownFlag)
    }

    fn health(&mut self) -> Result<Vec<Health>, LinkError> {
        let answer = Answer::Health;
        list(
            answer.row().key,
            self.text(answer)?,
            LinkError::UnknownHealth,
        )
    }

    /// Numbers are compared as written, like every range: `long=40.004` is above `km=40`,
    /// though both keep 40. The four weeks are all or none by the format of `hist`.
    fn check(&mut self, conflict: Conflict) -> Result<(), LinkError> {
        match conflict.rule() {
            Rule::AtMost(first, second) => match (self.written(first), self.written(second)) {
                (Some(first), Some(second)) if first > second => Err(LinkError::Conflict(conflict)),
                _ => Ok(()),
            },
            Rule::AllOrNone(_) => Ok(()),
        }
    }
}

/// The fragment for these answers (`#/result?v=1&…`), keys in the documented order. Answers
/// left out are not written; `hard`, `pain`, `flags` and `health` always are.
pub fn write(answers: &Answers) -> String {
    let mut out = format!("{ROUTE}v={VERSION}");
    for answer in Answer::ALL {
        let value = match answers.value(answer) {
            Value::Distance(km) => km.map(|km| km.to_string()),
            Value::Weeks(weeks) => weeks.map(|weeks| names(&weeks)),
            Value::Whole(n) => n.map(|n| n.to_string()),
            Value::Pains(pains) => {
                let entries: Vec<String> = pains
                    .iter()
                    .map(|p| format!("{}:{}:{}:{}", p.spot, p.severity, p.quality, p.days))
                    .collect();
                Some(entries.join(","))
            }
            Value::Flags(flags) => Some(names(flags)),
            Value::Health(health) => Some(names(health)),
        };
        if let Some(value) = value {
            out += &format!("&{}={value}", answer.row().key);
        }
    }
    out
}

/// Items by name (distances in km), comma-separated.
fn names<T: Display>(items: &[T]) -> String {
    let names: Vec<String> = items.iter().map(T::to_string).collect();
    names.join(",")
}

/// The query part of a link or fragment, if it is a result route.
fn query_of(input: &str) -> Option<&str> {
    let fragment = match input.find('#') {
        Some(at) => &input[at..],
        None => input,
    };
    let rest = fragment.strip_prefix('#').unwrap_or(fragment);
    let rest = rest.strip_prefix('/').unwrap_or(rest);
    rest.strip_prefix("result?")
        .or_else(|| (rest == "result").then_some(""))
}

fn pairs(query: &str) -> Result<Vec<(String, String)>, LinkError> {
    let mut pairs: Vec<(String, String)> = Vec::new();
    for part in query.split('&').filter(|p| !p.is_empty()) {
        let (key, value) = part
            .split_once('=')
            .ok_or_else(|| LinkError::NotAPair(shorten(part)))?;
        let (key, value) = (decode(key)?, decode(value)?);
        if pairs.iter().any(|(k, _)| *k == key) {
            return Err(LinkError::Duplicate(shorten(&key)));
        }
        pairs.push((key, value));
    }
    Ok(pairs)
}

/// Percent-decoding (`+` stays a plus: the fragment is not a form body).
fn decode(raw: &str) -> Result<String, LinkError> {
    let bytes = raw.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = bytes
                .get(i + 1..i + 3)
                .filter(|h| h.iter().all(u8::is_ascii_hexdigit))
                .ok_or(LinkError::BadEncoding)?;
            let text = std::str::from_utf8(hex).map_err(|_| LinkError::BadEncoding)?;
            out.push(u8::from_str_radix(text, 16).map_err(|_| LinkError::BadEncoding)?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).map_err(|_| LinkError::BadEncoding)
}

/// Keeps quoted user input short in messages.
fn shorten(text: &str) -> String {
    quote(text, 24)
}

/// Untrusted text cut to `max_chars` characters (with "…"), for quoting in a message.
pub fn quote(text: &str, max_chars: usize) -> String {
    if text.chars().count() <= max_chars {
        text.to_owned()
    } else {
        text.chars().take(max_chars).chain(['…']).collect()
    }
}

/// A distance in km, kept to 0.01 km (half up); above `Distance::MAX` as written is out of
/// range. Links write digits on both sides of a point (`12.5`, never `.5` or `12.`).
fn decimal(key: &'static str, text: &str) -> Result<Distance, LinkError> {
    let value = Some(text)
        .filter(|t| !t.starts_with('.') && !t.ends_with('.'))
        .and_then(Plain::parse)
        .ok_or_else(|| LinkError::NotANumber {
            key,
            value: shorten(text),
        })?;
    let out_of_range = || LinkError::OutOfRange {
        key,
        value: shorten(text),
        max: Distance::MAX.to_string(),
    };
    if value.above(Distance::MAX.in_unit(KM, 2)) {
        return Err(out_of_range());
    }
    Distance::read(value, KM).ok_or_else(out_of_range)
}

fn integer(key: &'static str, text: &str, max: u16) -> Result<u16, LinkError> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(LinkError::NotANumber {
            key,
            value: shorten(text),
        });
    }
    match text.parse::<u16>() {
        Ok(n) if n <= max => Ok(n),
        _ => Err(LinkError::OutOfRange {
            key,
            value: shorten(text),
            max: max.to_string(),
        }),
    }
}

fn history(key: &'static str, text: &str) -> Result<[Distance; 4], LinkError> {
    let weeks: Vec<&str> = text.split(',').collect();
    let count = weeks.len();
    let parsed = weeks
        .into_iter()
        .map(|w| decimal(key, w))
        .collect::<Result<Vec<Distance>, LinkError>>()?;
    parsed
        .try_into()
        .map_err(|_| LinkError::HistoryCount(count))
}

fn pains(key: &'static str, text: &str) -> Result<Vec<Pain>, LinkError> {
    let mut pains: Vec<Pain> = Vec::new();
    for entry in text.split(',') {
        let parts: Vec<&str> = entry.split(':').collect();
        let [spot, severity, quality, days] = parts[..] else {
            return Err(LinkError::BadPain(shorten(entry)));
        };
        let spot: Spot = spot
            .parse()
            .map_err(|_| LinkError::UnknownSpot(shorten(spot)))?;
        if pains.iter().any(|p| p.spot == spot) {
            return Err(LinkError::RepeatedSpot(spot.to_string()));
        }
        pains.push(Pain {
            spot,
            severity: integer(key, severity, u16::from(Pain::SEVERITY_MAX))? as u8,
            quality: quality
                .parse()
                .map_err(|_| LinkError::UnknownQuality(shorten(quality)))?,
            days: integer(key, days, Pain::DAYS_MAX)?,
        });
    }
    Ok(pains)
}

fn list<T: PartialEq + FromStr>(
    key: &'static str,
    text: Option<String>,
    unknown: fn(String) -> LinkError,
) -> Result<Vec<T>, LinkError> {
    let mut items = Vec::new();
    for name in text.iter().flat_map(|t| t.split(',')) {
        let item: T = name.parse().map_err(|_| unknown(shorten(name)))?;
        if items.contains(&item) {
            return Err(LinkError::RepeatedItem {
                key,
                value: shorten(name),
            });
        }
        items.push(item);
    }
    Ok(items)
}
