//! Stage 3: pattern entities with normalised values: DATE, TIME, MONEY, PERCENT, QUANTITY,
//! CARDINAL, ORDINAL (regular expressions over the text) and TITLE (the office lexicon).
//!
//! Matches are kept only where they begin and end on token boundaries. Overlapping matches are
//! resolved longest first (then earliest), so "$550 billion" wins over "550" and "October 28,
//! 2025" over "2025". Relative dates resolve against `meta.date`, else a dateline date.

use std::collections::HashMap;

use once_cell::sync::Lazy;
use regex::Regex;
use serde_json::{json, Value};

use super::{Annotation, DocumentStage, Mention};
use crate::document::{Document, TextView};
use crate::resources::Resources;

/// Stage 3 over a batch: each document's pattern candidates, as token-index mentions, for
/// `typing` to merge.
pub struct Patterns<'a> {
    pub res: &'a Resources,
}

impl DocumentStage for Patterns<'_> {
    const NAME: &'static str = "patterns";

    fn annotate_one(&self, a: &mut Annotation) {
        a.patterns = mentions(&a.doc, &a.view, self.res);
    }
}

/// Pattern candidates over token indices (those that begin and end on token boundaries).
fn mentions(doc: &Document, view: &TextView, res: &Resources) -> Vec<Mention> {
    let anchor = anchor_date(doc);
    let start_of: HashMap<usize, usize> = (0..doc.tokens.len()).map(|i| (view.byte_span(i).0, i)).collect();
    let end_of: HashMap<usize, usize> = (0..doc.tokens.len()).map(|i| (view.byte_span(i).1, i + 1)).collect();
    find(doc, view, res, anchor)
        .into_iter()
        .filter_map(|c| {
            Some(Mention { start: *start_of.get(&c.start)?, end: *end_of.get(&c.end)?, label: c.label.to_string(), score: None, source: "rule", value: c.value })
        })
        .collect()
}

/// A candidate entity in byte offsets.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    pub start: usize,
    pub end: usize,
    pub label: &'static str,
    pub value: Option<Value>,
}

const MONTHS: &str = r"January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.";
/// Approximators, lower-case; the patterns take them with a capital first letter too ("About
/// 23,000 Canadians" opens a sentence).
const APPROX_WORDS: [&str; 21] = [
    "about", "around", "approximately", "roughly", "nearly", "almost", "over", "under", "above", "below", "some", "more than", "less than", "fewer than", "up to", "at least",
    "as much as", "as many as", "estimated", "just over", "just under",
];
/// Before a duration these are prepositions or make no sense ("over four years"), not
/// approximators.
const NOT_BEFORE_DURATION: [&str; 6] = ["over", "above", "below", "fewer than", "as much as", "as many as"];
const NUM: &str = r"\d+(?:,\d{3})*(?:\.\d+)?";
const NUMWORDS: &str = r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a hundred|a dozen|dozen|half";
const SCALE: &str = r"thousand|million|billion|trillion|bn|mn";
const WEEKDAYS: &str = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
const CURRENCY_WORDS: &str = r"Australian dollars|Canadian dollars|Hong Kong dollars|New Zealand dollars|Singapore dollars|dollars|dollar|yen|euros|euro|won|yuan|renminbi|pounds|pound sterling|rupees|rupee|ringgit|dong|rupiah|pesos|baht|francs|rubles|roubles|kronor|krona|kroner|krone|crowns|zlotys|zloty|rand|reais|lira|dirhams|riyals|shillings|naira";
const UNITS: &str = r"tonnes|tons|tonne|ton|metric tons|kilometers|kilometres|km|miles|mile|meters|metres|kilograms|kg|barrels|barrels per day|megawatts|MW|gigawatts|GW|square kilometers|square kilometres|square miles|hectares|acres|liters|litres|degrees Celsius|degrees|cubic meters|cubic metres|feet|terawatt hours|gigawatt hours|megawatt hours|terawatt-hours|gigawatt-hours|megawatt-hours|TWh|GWh|MWh";

/// Fractions and their values: "less than a third of the money" (CARDINAL 0.333).
const FRACTIONS: [(&str, f64); 6] = [("two-thirds", 0.667), ("three-quarters", 0.75), ("a third", 0.333), ("a quarter", 0.25), ("a fifth", 0.2), ("a tenth", 0.1)];

/// Alternatives for a regex with their first letter in either case: "[Aa]bout|[Tt]hree".
fn cased<'a>(words: impl Iterator<Item = &'a str>) -> String {
    words.map(|w| {
        let mut c = w.chars();
        match c.next() {
            Some(f) if f.is_alphabetic() => format!("[{}{}]{}", f.to_uppercase(), f, c.as_str()),
            _ => w.to_string(),
        }
    })
    .collect::<Vec<_>>()
    .join("|")
}

/// An optional approximator and its space, of the words `APPROX_WORDS` less `but`.
fn approximator(but: &[&str]) -> String {
    format!(r"(?:\b(?:{})\s+)?", cased(APPROX_WORDS.iter().copied().filter(|w| !but.contains(w))))
}

static PATTERNS: Lazy<Vec<(&'static str, Regex)>> = Lazy::new(|| {
    let p = |label: &'static str, re: String| (label, Regex::new(&re).expect("built-in pattern"));
    let approx = approximator(&[]);
    let approx_duration = approximator(&NOT_BEFORE_DURATION);
    let numwords_cased = cased(NUMWORDS.split('|'));
    let fractions = FRACTIONS.iter().map(|(f, _)| *f).collect::<Vec<_>>().join("|");
    vec![
        p("MONEY", format!(r"{approx}(?:US|U\.S\.|A|C|HK|NZ|S)?[$€£¥₩]\s?{NUM}(?:\s?(?:{SCALE})\b)?")),
        p("MONEY", format!(r"\b{approx}(?:{NUM}|{NUMWORDS})(?:\s(?:{SCALE}))?\s(?:{CURRENCY_WORDS})\b")),
        p("PERCENT", format!(r"\b{approx}{NUM}\s?(?:%|percent\b|per cent\b|percentage points?\b)")),
        p("PERCENT", format!(r"\b{approx}(?:{NUMWORDS})\s(?:percent|per cent|percentage points?)\b")),
        p("QUANTITY", format!(r"\b{approx}(?:{NUM}|{NUMWORDS})(?:\s(?:{SCALE}))?\s(?:{UNITS})\b")),
        p("QUANTITY", r"\b\d[\d,.]*-(?:kilometre|kilometer|km|mile|metre|meter|hectare|acre|tonne|ton|megawatt|gigawatt|MW|GW)\b".to_string()),
        p("DATE", format!(r"\b(?:{MONTHS})\s\d{{1,2}}(?:st|nd|rd|th)?,?\s(?:19|20)\d{{2}}\b")),
        p("DATE", format!(r"\b\d{{1,2}}\s(?:{MONTHS})\s(?:19|20)\d{{2}}\b")),
        p("DATE", format!(r"\b(?:{MONTHS})\s\d{{1,2}}(?:st|nd|rd|th)?\b")),
        p("DATE", format!(r"\b\d{{1,2}}\s(?:{MONTHS})")),
        p("DATE", format!(r"\b(?:(?:early|mid|late)[- ])?(?:{MONTHS})\s(?:of\s)?(?:19|20)\d{{2}}\b")),
        p("DATE", r"\b(?:fiscal|financial)(?:\syear)?\s(?:19|20)\d{2}(?:[-/]\d{2,4})?\b".to_string()),
        p("DATE", format!(r"\b(?:the\s)?(?:end|beginning|start|middle|first half|second half|first quarter|second quarter|third quarter|fourth quarter)\sof\s(?:(?:19|20)\d{{2}}|the year|this year|next year|last year|(?:{MONTHS}))\b")),
        // Years and decades, with "early", "mid" or "late" ("early 2040s", "the 1870s").
        p("DATE", r"\b(?:(?:early|mid|late)[- ])?(?:(?:19|20)\d{2}s?|1[5-8]\d0s)\b".to_string()),
        p("DATE", format!(r"\b(?:(?:early|mid|late)[- ])?(?:{MONTHS}|January|May)\b")),
        p("DATE", r"\b(?:[Tt]oday|[Yy]esterday|[Tt]omorrow|(?:last|next|this|the previous|the following|earlier this|later this)\s(?:week|month|year|decade|quarter|spring|summer|autumn|fall|winter|weekend))\b".to_string()),
        p("DATE", format!(r"\b(?:(?:last|next|this)\s)?(?:{WEEKDAYS})\b")),
        // A recurring period: "produced each year", "every week".
        p("DATE", r"\b(?:each|every)\s(?:day|week|month|year)\b".to_string()),
        p("DATE", format!(r"\b(?:{approx_duration})(?:(?:next|last|past|coming)\s)?(?:{NUM}|(?:{numwords_cased})|a|several|few|the past|the next|the last|recent)\s(?:days?|weeks?|months?|years?|decades?)(?:\s(?:ago|earlier|later|old))?\b")),
        // Durations as modifiers and ages: "a four-day state visit", "a 46-year-old senator".
        p("DATE", format!(r"\b(?:{NUM}|{NUMWORDS})-(?:day|week|month|year)(?:-old)?\b")),
        p("DATE", format!(r"\b(?:last|next|this)\s(?:{MONTHS})\b")),
        p("TIME", format!(r"\b{approx}\d{{1,2}}(?::\d{{2}})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b)")),
        p("TIME", format!(r"\b(?:(?:{WEEKDAYS}|this|Monday)\s)?(?:morning|afternoon|evening|night)\b|\btonight\b|\bnoon\b|\bmidnight\b")),
        p("TIME", format!(r"\b{approx}(?:{NUM}|{NUMWORDS}|a few|several|an|a)\s(?:hours?|minutes?)\b")),
        // Bare plural durations: "for years", "weeks before the review" (checked in `find`).
        p("DATE", r"\b(?:years|decades|months|weeks)\b".to_string()),
        // A numbered conference of the parties to a convention ("COP31").
        p("EVENT", r"\bCOP\d{1,2}\b".to_string()),
        // A rank with its superlative is one ORDINAL: "the world's second-largest grower".
        p("ORDINAL", r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th))(?:-(?:largest|biggest|smallest|highest|lowest|busiest|richest|poorest|oldest|most|least))?\b".to_string()),
        p("CARDINAL", format!(r"\b{approx}{NUM}(?:\s(?:{SCALE}))?\b")),
        p("CARDINAL", format!(r"\b{approx}(?:{numwords_cased})(?:\s(?:{SCALE}))?\b")),
        // Fractions: "less than a third of the money", "about a quarter".
        p("CARDINAL", format!(r"\b{approx}(?:{fractions})\b")),
    ]
});

/// The whitespace-separated word that ends before byte `s` of `text` ("" at its start).
fn word_before(text: &str, s: usize) -> &str {
    text[..s].trim_end().rsplit(|c: char| c.is_whitespace()).next().unwrap_or("")
}

/// Finds pattern entities in a segmented document.
pub fn find(doc: &Document, view: &TextView, res: &Resources, anchor: Option<Date>) -> Vec<Candidate> {
    let text = &doc.text;
    let starts: std::collections::HashSet<usize> = (0..doc.tokens.len()).map(|i| view.byte_span(i).0).collect();
    let ends: std::collections::HashSet<usize> = (0..doc.tokens.len()).map(|i| view.byte_span(i).1).collect();
    let mut found = Vec::new();
    for (label, re) in PATTERNS.iter() {
        for m in re.find_iter(text) {
            let (mut s, e) = (m.start(), m.end());
            let mut span = m.as_str();
            // "the end of 2022" -> "end of 2022"
            if let Some(rest) = span.strip_prefix("the ") {
                if *label == "DATE" && rest.starts_with(|c: char| c.is_lowercase()) {
                    s += 4;
                    span = rest;
                }
            }
            // "a year": after a quantity it is a rate ("40,000 tonnes a year"), no date; else the
            // span leaves out its article ("within a year" -> "year").
            if *label == "DATE" && ["a day", "a week", "a month", "a year", "a decade"].contains(&span) {
                let prev = word_before(text, s);
                let preposition = ["within", "for", "in", "after", "over", "about", "than", "nearly", "almost", "under", "of"].contains(&prev.to_lowercase().as_str());
                if !preposition && prev.ends_with(|c: char| c.is_alphanumeric()) {
                    continue;
                }
                s += 2;
                span = &span[2..];
            }
            // "an hour": an article after a preposition is left out ("for an hour" -> "hour"); after
            // a quantity it is a rate ("$15 an hour").
            if *label == "TIME" && ["an hour", "a minute"].contains(&span) {
                if !["for", "within", "in", "after", "than", "about", "nearly", "almost", "under", "half"].contains(&word_before(text, s).to_lowercase().as_str()) {
                    continue;
                }
                let cut = if span.starts_with("an ") { 3 } else { 2 };
                s += cut;
                span = &span[cut..];
            }
            // A bare plural duration after a preposition or before "before", "after", "ago":
            // "for years", "weeks before the review".
            if *label == "DATE" && ["years", "decades", "months", "weeks"].contains(&span) {
                let prev = word_before(text, s).to_lowercase();
                let next = text[e..].trim_start().split(|c: char| !c.is_alphanumeric()).next().unwrap_or("").to_lowercase();
                let preposition = ["for", "within", "in", "over", "after", "since", "took", "lasted", "spent"].contains(&prev.as_str());
                if !(preposition || ["before", "after", "ago", "earlier", "later"].contains(&next.as_str())) {
                    continue;
                }
            }
            if !starts.contains(&s) || !ends.contains(&e) || !is_plausible(label, span, text, s) {
                continue;
            }
            let value = normalise(label, span, anchor);
            found.push(Candidate { start: s, end: e, label, value });
        }
    }
    found.extend(titles(doc, view, res));
    resolve_overlaps(found)
}

fn is_plausible(label: &str, span: &str, text: &str, start: usize) -> bool {
    let before = text[..start].trim_end();
    match label {
        // A bare month name needs a capital and no "may" verb reading.
        "DATE" if span == "May" => before.ends_with("in") || before.ends_with("since") || before.ends_with("until"),
        // "one" is too often a pronoun; keep "one" only before a noun-ish capital or number context.
        "CARDINAL" if span.eq_ignore_ascii_case("one") || span == "half" => false,
        // A fraction is followed by "of" or ends its phrase ("a third of the money"); else it
        // is a rank ("a third production line").
        "CARDINAL" if FRACTIONS.iter().filter_map(|(f, _)| f.strip_prefix("a ")).any(|f| span.ends_with(f)) => {
            let after = text[start + span.len()..].trim_start();
            let verb = ["is ", "are ", "was ", "were ", "has ", "have ", "had ", "will ", "would "].iter().any(|v| after.starts_with(v));
            after.starts_with("of ") || verb || after.starts_with(|c: char| !c.is_alphanumeric())
        }
        _ => true,
    }
}

/// Heads of portfolio titles: "fisheries minister", "minister of trade and industry".
const PORTFOLIO_HEADS: [&str; 8] = ["minister", "secretary", "commissioner", "adviser", "advisor", "spokesman", "spokeswoman", "spokesperson"];

/// The end of a run of portfolio words from token `i` ("development , industry and trade"):
/// "and" and commas only between two portfolio words. `i` itself when none starts there.
fn portfolio_run(lower: &[String], i: usize, res: &Resources) -> usize {
    let mut j = i;
    while j < lower.len() {
        let joiner = matches!(lower[j].as_str(), "and" | ",") && j > i && j + 1 < lower.len() && res.is_portfolio(&lower[j + 1]);
        if res.is_portfolio(&lower[j]) || joiner {
            j += 1;
        } else {
            break;
        }
    }
    j
}

/// TITLE entities from the office lexicon, and portfolio titles (`models/lexicon/portfolios.txt`):
/// portfolio words before minister, secretary or commissioner ("fisheries minister"), and
/// "of"/"for" and portfolio words after such a title or vice-president ("minister of
/// development, industry and trade", "vice-president for industry").
fn titles(doc: &Document, view: &TextView, res: &Resources) -> Vec<Candidate> {
    let words = view.words(&doc.text);
    let lower = &view.lower;
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let mut matched = 0;
        // Portfolio words and their head: any case ("Energy Minister", "electricity minister").
        let run = portfolio_run(lower, i, res);
        // A run joined by commas shares the head's case: "critical minerals, Resources Minister"
        // is no title from "minerals" ("Investment, Trade and Industry Minister" is one).
        let capital = |w: &str| w.starts_with(|c: char| c.is_uppercase());
        let same_case = run < words.len() && (!words[i..run].contains(&",") || words[i..run].iter().all(|w| matches!(*w, "and" | ",") || capital(w) == capital(words[run])));
        if run > i && run < words.len() && PORTFOLIO_HEADS.contains(&lower[run].as_str()) && !matches!(lower[run - 1].as_str(), "and" | ",") && same_case {
            matched = run + 1 - i;
        }
        for title in &res.titles {
            let n = title.len();
            if n <= matched {
                break;
            }
            if i + n > words.len() || !lower[i..i + n].iter().zip(title).all(|(w, t)| w == t || w.replace('-', " ") == *t) {
                continue;
            }
            let capital = words[i].starts_with(|c: char| c.is_uppercase());
            let ok = if n > 1 {
                true
            } else {
                let prev = if i > 0 { words[i - 1] } else { "" };
                let next = words.get(i + 1).copied().unwrap_or("");
                let next_is_name = next.starts_with(|c: char| c.is_uppercase());
                // After a determiner, a possessive or the comma of an apposition ("Its director,
                // Paul Hughes"; "Chen Wei-lin, chairman of Formosa Silicon").
                // Or an indefinite apposition: "Restrepo, a 46-year-old senator from".
                let appositive = (1..=3).any(|k| i > k && matches!(lower[i - k].as_str(), "a" | "an") && words[i - k - 1] == "," && words[i - k + 1..i].iter().all(|w| !w.starts_with(|c: char| c.is_uppercase())));
                // After "the" and a name that modifies it: "the U.S. ambassador".
                let modified = i >= 2 && lower[i - 2] == "the" && words[i - 1].starts_with(|c: char| c.is_uppercase());
                capital && words[i] != "CEO" || words[i] == "CEO" || next_is_name || appositive || modified || matches!(prev.to_lowercase().as_str(), "the" | "'s" | "’s" | "its" | "his" | "her" | "their" | "whose" | "our" | ",") || portfolio_tail(lower, i + 1, res) > i + 1
            };
            if ok {
                matched = n;
                break;
            }
        }
        // A royal style right after a title is part of the name that follows, no office of its
        // own: "Energy Minister Prince Abdulaziz bin Salman".
        let after_title = out.last().is_some_and(|c: &Candidate| i > 0 && c.end == view.byte_span(i - 1).1);
        if matched == 1 && after_title && matches!(words[i], "Prince" | "Princess" | "Sheikh" | "Sheikha" | "Sir" | "Dame") {
            matched = 0;
        }
        if matched > 0 {
            let head = lower[i + matched - 1].as_str();
            let vice_president = head == "vice-president" || head == "president" && matched > 1 && lower[i + matched - 2] == "vice";
            if PORTFOLIO_HEADS.contains(&head) || vice_president {
                matched = portfolio_tail(lower, i + matched, res) - i;
            }
            let s = view.byte_span(i).0;
            let e = view.byte_span(i + matched - 1).1;
            out.push(Candidate { start: s, end: e, label: "TITLE", value: None });
            i += matched;
        } else {
            i += 1;
        }
    }
    out
}

/// The end of "of"/"for" and a run of portfolio words at token `i` ("of fisheries and ocean
/// policy"), or `i` when there is none.
fn portfolio_tail(lower: &[String], i: usize, res: &Resources) -> usize {
    if i + 1 < lower.len() && matches!(lower[i].as_str(), "of" | "for") {
        let run = portfolio_run(lower, i + 1, res);
        if run > i + 1 && !matches!(lower[run - 1].as_str(), "and" | ",") {
            return run;
        }
    }
    i
}

/// Keeps the longest of overlapping candidates (earliest on ties), in text order.
pub fn resolve_overlaps(mut cands: Vec<Candidate>) -> Vec<Candidate> {
    cands.sort_by(|a, b| (b.end - b.start).cmp(&(a.end - a.start)).then(a.start.cmp(&b.start)));
    // Kept spans by start; they never overlap, so only the neighbours need checking.
    let mut kept: std::collections::BTreeMap<usize, Candidate> = std::collections::BTreeMap::new();
    for c in cands {
        let before_ok = kept.range(..c.end).next_back().map_or(true, |(_, k)| k.end <= c.start);
        if before_ok {
            kept.insert(c.start, c);
        }
    }
    kept.into_values().collect()
}

/// A calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Date {
    pub fn parse(s: &str) -> Option<Date> {
        let mut it = s.get(..10)?.split('-');
        let d = Date { year: it.next()?.parse().ok()?, month: it.next()?.parse().ok()?, day: it.next()?.parse().ok()? };
        (d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= days_in_month(d.year, d.month)).then_some(d)
    }
    pub fn iso(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
    /// Days since 1970-01-01.
    fn ordinal(&self) -> i64 {
        let (y, m) = if self.month <= 2 { (self.year as i64 - 1, self.month as i64 + 9) } else { (self.year as i64, self.month as i64 - 3) };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let doy = (153 * m + 2) / 5 + self.day as i64 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146097 + doe - 719468
    }
    fn from_ordinal(z: i64) -> Date {
        let z = z + 719468;
        let era = z.div_euclid(146097);
        let doe = z - era * 146097;
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + if month <= 2 { 1 } else { 0 }) as i32;
        Date { year, month, day }
    }
    pub fn add_days(&self, n: i64) -> Date {
        Date::from_ordinal(self.ordinal() + n)
    }
    /// 0 = Monday.
    pub fn weekday(&self) -> i64 {
        (self.ordinal() + 3).rem_euclid(7)
    }
}

fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn month_number(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_lowercase();
    let names = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    if w.len() < 3 {
        return None;
    }
    names.iter().position(|n| w.starts_with(n)).map(|i| i as u32 + 1)
}

static DATELINE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(r"^\s*[A-Z][A-Za-z .'-]*,\s*((?:{MONTHS})\s\d{{1,2}},?\s(?:19|20)\d{{2}})")).unwrap()
});

/// The anchor date: `meta.date`, else a full date in the article's dateline.
pub fn anchor_date(doc: &Document) -> Option<Date> {
    if let Some(d) = doc.meta.date.as_deref().and_then(Date::parse) {
        return Some(d);
    }
    let caps = DATELINE.captures(&doc.text)?;
    match normalise("DATE", caps.get(1)?.as_str(), None)? {
        Value::Object(o) => o.get("iso").and_then(|v| v.as_str()).and_then(Date::parse),
        _ => None,
    }
}

/// A number as JSON: integral values print without a fraction.
fn number(x: f64) -> Value {
    if x.fract() == 0.0 && x.abs() < 9.0e15 {
        json!(x as i64)
    } else {
        json!((x * 1e6).round() / 1e6)
    }
}

fn word_number(w: &str) -> Option<f64> {
    let words = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
        "seventeen", "eighteen", "nineteen", "twenty",
    ];
    if let Some(i) = words.iter().position(|x| *x == w) {
        return Some(i as f64);
    }
    Some(match w {
        "thirty" => 30.0,
        "forty" => 40.0,
        "fifty" => 50.0,
        "sixty" => 60.0,
        "seventy" => 70.0,
        "eighty" => 80.0,
        "ninety" => 90.0,
        "hundred" | "a hundred" => 100.0,
        "dozen" | "a dozen" => 12.0,
        "half" => 0.5,
        _ => return None,
    })
}

static FIRST_NUMBER: Lazy<Regex> = Lazy::new(|| Regex::new(&format!(r"{NUM}|\b(?:a hundred|a dozen|{NUMWORDS})\b")).unwrap());
static SCALE_WORD: Lazy<Regex> = Lazy::new(|| Regex::new(&format!(r"\b(?:{SCALE})\b")).unwrap());

/// The amount in a numeric span: "more than $27 billion" -> 27e9.
fn amount(span: &str) -> Option<f64> {
    let lower = span.to_lowercase();
    if let Some((_, x)) = FRACTIONS.iter().find(|(f, _)| lower.ends_with(f)) {
        return Some(*x);
    }
    let m = FIRST_NUMBER.find(&lower)?;
    let base = match word_number(m.as_str()) {
        Some(x) => x,
        None => m.as_str().replace(',', "").parse::<f64>().ok()?,
    };
    let scale = match SCALE_WORD.find(&lower[m.end()..]).map(|s| s.as_str()) {
        Some("thousand") => 1e3,
        Some("million") | Some("mn") => 1e6,
        Some("billion") | Some("bn") => 1e9,
        Some("trillion") => 1e12,
        _ => 1.0,
    };
    Some(base * scale)
}

fn currency(span: &str) -> &'static str {
    let l = span.to_lowercase();
    let table: [(&str, &str); 37] = [
        ("a$", "AUD"), ("c$", "CAD"), ("hk$", "HKD"), ("nz$", "NZD"), ("s$", "SGD"), ("$", "USD"), ("€", "EUR"), ("£", "GBP"), ("¥", "JPY"), ("₩", "KRW"),
        ("yen", "JPY"), ("won", "KRW"), ("euro", "EUR"), ("yuan", "CNY"), ("renminbi", "CNY"), ("pound", "GBP"), ("rupee", "INR"), ("ringgit", "MYR"),
        ("dong", "VND"), ("rupiah", "IDR"), ("baht", "THB"), ("kronor", "SEK"), ("krona", "SEK"), ("kroner", "NOK"), ("krone", "NOK"), ("crowns", "NOK"), ("zlot", "PLN"),
        ("rand", "ZAR"), ("reais", "BRL"), ("lira", "TRY"), ("dirham", "AED"), ("riyal", "SAR"), ("naira", "NGN"),
        ("australian dollar", "AUD"), ("canadian dollar", "CAD"), ("hong kong dollar", "HKD"), ("dollar", "USD"),
    ];
    let has_prefix = |p: &str| l.contains(p) && (p.len() > 1 || !l.contains("a$") && !l.contains("c$") && !l.contains("hk$") && !l.contains("nz$") && !l.contains("s$") || l.contains("us$"));
    for (k, code) in table {
        if k.contains('$') && k != "$" {
            // "S$" must not fire on "US$"
            if l.contains(k) && !(k == "s$" && l.contains("us$")) {
                return code;
            }
        } else if has_prefix(k) {
            return code;
        }
    }
    "USD"
}

fn normalise(label: &str, span: &str, anchor: Option<Date>) -> Option<Value> {
    match label {
        "MONEY" => Some(json!({"amount": number(amount(span)?), "currency": currency(span)})),
        "PERCENT" | "QUANTITY" | "CARDINAL" => Some(json!({"value": number(amount(span)?)})),
        "ORDINAL" => {
            let lower = span.to_lowercase();
            let w = lower.split('-').next().unwrap_or_default();
            let ords = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"];
            let n = match ords.iter().position(|o| *o == w) {
                Some(i) => i as f64 + 1.0,
                None => w.trim_end_matches(|c: char| c.is_alphabetic()).parse().ok()?,
            };
            Some(json!({"value": number(n)}))
        }
        "DATE" => date_value(span, anchor).map(|iso| json!({"iso": iso})),
        _ => None,
    }
}

static YEAR: Lazy<Regex> = Lazy::new(|| Regex::new(r"\b(?:19|20)\d{2}\b").unwrap());
static DAY: Lazy<Regex> = Lazy::new(|| Regex::new(r"\b(\d{1,2})(?:st|nd|rd|th)?\b").unwrap());

/// ISO value of a DATE span, or None (durations, fiscal years, unresolvable relatives).
fn date_value(span: &str, anchor: Option<Date>) -> Option<String> {
    let lower = span.to_lowercase();
    if lower.contains("fiscal") || lower.contains("financial") || lower.ends_with('s') && YEAR.is_match(&lower) {
        return None;
    }
    let words: Vec<&str> = span.split_whitespace().collect();
    let month = words.iter().find_map(|w| month_number(w).filter(|_| w.chars().next().map_or(false, |c| c.is_uppercase())));
    let year = YEAR.find(span).and_then(|m| m.as_str().parse::<i32>().ok());
    let day = DAY.captures_iter(span).filter_map(|c| c[1].parse::<u32>().ok()).find(|d| (1..=31).contains(d));
    if let Some(m) = month {
        if lower.contains(" of ") || lower.starts_with("early") || lower.starts_with("mid") || lower.starts_with("late") {
            // "end of March", "early March 2026"
            return year.map(|y| format!("{y:04}-{m:02}"));
        }
        return match (year, day) {
            (Some(y), Some(d)) => Some(Date { year: y, month: m, day: d }.iso()).filter(|s| Date::parse(s).is_some()),
            (Some(y), None) => Some(format!("{y:04}-{m:02}")),
            (None, Some(d)) => {
                let a = anchor?;
                // The year that puts the date nearest the anchor.
                (a.year - 1..=a.year + 1)
                    .filter_map(|y| Date::parse(&Date { year: y, month: m, day: d }.iso()))
                    .min_by_key(|c| (c.ordinal() - a.ordinal()).abs())
                    .map(|c| c.iso())
            }
            (None, None) => {
                let a = anchor?;
                // "last June": the latest June before the article's month; "next June" the first
                // after it; else the June nearest it.
                let y = if lower.starts_with("last ") {
                    if m < a.month { a.year } else { a.year - 1 }
                } else if lower.starts_with("next ") {
                    if m > a.month { a.year } else { a.year + 1 }
                } else if lower.starts_with("this ") {
                    a.year
                } else if m as i32 - a.month as i32 > 6 {
                    a.year - 1
                } else if (a.month as i32 - m as i32) > 6 {
                    a.year + 1
                } else {
                    a.year
                };
                Some(format!("{y:04}-{m:02}"))
            }
        };
    }
    if let Some(y) = year {
        return Some(format!("{y:04}"));
    }
    let a = anchor?;
    let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
    if let Some(wd) = weekdays.iter().position(|w| lower.ends_with(w)) {
        // News reports in the past tense: the latest such weekday on or before the article date,
        // "next Monday" the first one after it.
        let back = (a.weekday() - wd as i64).rem_euclid(7);
        return Some(if lower.starts_with("next") { a.add_days(7 - back) } else { a.add_days(-back) }.iso());
    }
    Some(match lower.as_str() {
        "today" => a.iso(),
        "yesterday" => a.add_days(-1).iso(),
        "tomorrow" => a.add_days(1).iso(),
        "this year" | "earlier this year" | "later this year" => format!("{:04}", a.year),
        "last year" | "the previous year" => format!("{:04}", a.year - 1),
        "next year" | "the following year" => format!("{:04}", a.year + 1),
        "this month" | "earlier this month" | "later this month" => format!("{:04}-{:02}", a.year, a.month),
        "last month" | "the previous month" => {
            let d = Date { year: a.year, month: a.month, day: 1 }.add_days(-1);
            format!("{:04}-{:02}", d.year, d.month)
        }
        "next month" | "the following month" => {
            let d = Date { year: a.year, month: a.month, day: 28 }.add_days(7);
            format!("{:04}-{:02}", d.year, d.month)
        }
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Meta;

    fn run(text: &str, date: Option<&str>) -> Vec<(String, &'static str, Option<Value>)> {
        let res = Resources::builtin();
        let mut doc = Document::new("t", text, Meta { date: date.map(String::from), ..Meta::default() });
        let view = crate::stages::segment::segment(&mut doc, &res);
        let anchor = anchor_date(&doc);
        find(&doc, &view, &res, anchor).into_iter().map(|c| (text[c.start..c.end].to_string(), c.label, c.value)).collect()
    }

    fn has(found: &[(String, &str, Option<Value>)], span: &str, label: &str, value: Option<Value>) {
        assert!(
            found.iter().any(|(s, l, v)| s == span && *l == label && (value.is_none() || *v == value)),
            "{span:?} {label} {value:?} not in {found:?}"
        );
    }

    #[test]
    fn seed_numbers_and_dates() {
        let f = run(
            "On October 28, Japan committed to investing $550 billion, lowering the tariff from 27.5% to 15%, and 2% of GDP by March 2026, two years earlier than fiscal year 2027, after the end of 2022.",
            Some("2025-10-29"),
        );
        has(&f, "October 28", "DATE", Some(json!({"iso": "2025-10-28"})));
        has(&f, "$550 billion", "MONEY", Some(json!({"amount": 550000000000i64, "currency": "USD"})));
        has(&f, "27.5%", "PERCENT", Some(json!({"value": 27.5})));
        has(&f, "15%", "PERCENT", Some(json!({"value": 15})));
        has(&f, "March 2026", "DATE", Some(json!({"iso": "2026-03"})));
        has(&f, "two years earlier", "DATE", None);
        has(&f, "fiscal year 2027", "DATE", None);
        has(&f, "end of 2022", "DATE", Some(json!({"iso": "2022"})));
    }

    #[test]
    fn money_in_other_currencies_and_approximators() {
        let f = run("Toyota will put 1.2 trillion yen and more than $27 billion, plus 500 billion won, into plants employing 40,000 workers.", None);
        has(&f, "1.2 trillion yen", "MONEY", Some(json!({"amount": 1200000000000i64, "currency": "JPY"})));
        has(&f, "more than $27 billion", "MONEY", Some(json!({"amount": 27000000000i64, "currency": "USD"})));
        has(&f, "500 billion won", "MONEY", Some(json!({"amount": 500000000000i64, "currency": "KRW"})));
        has(&f, "40,000", "CARDINAL", Some(json!({"value": 40000})));
        let f = run("Svea will invest 900 million kronor and buy 4 terawatt hours of power; Mitsuhama will invest 1.5 billion Australian dollars and 480 million zlotys.", None);
        has(&f, "900 million kronor", "MONEY", Some(json!({"amount": 900000000i64, "currency": "SEK"})));
        has(&f, "1.5 billion Australian dollars", "MONEY", Some(json!({"amount": 1500000000i64, "currency": "AUD"})));
        has(&f, "480 million zlotys", "MONEY", Some(json!({"amount": 480000000i64, "currency": "PLN"})));
        has(&f, "4 terawatt hours", "QUANTITY", None);
    }

    #[test]
    fn relative_dates_resolve_against_the_dateline() {
        let f = run("SEOUL, March 4, 2026 (Gleaner Wire) — The talks last month and on Tuesday followed a visit last year.", None);
        has(&f, "March 4, 2026", "DATE", Some(json!({"iso": "2026-03-04"})));
        has(&f, "last month", "DATE", Some(json!({"iso": "2026-02"})));
        has(&f, "Tuesday", "DATE", Some(json!({"iso": "2026-03-03"})));
        has(&f, "last year", "DATE", Some(json!({"iso": "2025"})));
    }

    #[test]
    fn portfolio_titles_and_rates() {
        let f = run("Norway's fisheries minister met the minister of development, industry and trade and the vice-president for industry. It ships 40,000 tonnes a year and will decide within a year.", None);
        has(&f, "fisheries minister", "TITLE", None);
        has(&f, "minister of development, industry and trade", "TITLE", None);
        has(&f, "vice-president for industry", "TITLE", None);
        has(&f, "40,000 tonnes", "QUANTITY", None);
        // A rate is no date; after a preposition the article is left out.
        has(&f, "year", "DATE", None);
        assert!(!f.iter().any(|(s, l, _)| *l == "DATE" && s.contains("a year")), "{f:?}");
        assert_eq!(f.iter().filter(|(_, l, _)| *l == "DATE").count(), 1, "{f:?}");
    }

    #[test]
    fn titles_ordinals_and_times() {
        let f = run("Japan's first female prime minister met Foreign Minister Wang Yi at 3 p.m. and the minister left on Friday evening.", None);
        has(&f, "first", "ORDINAL", Some(json!({"value": 1})));
        has(&f, "prime minister", "TITLE", None);
        has(&f, "Foreign Minister", "TITLE", None);
        has(&f, "3 p.m.", "TIME", None);
        has(&f, "minister", "TITLE", None);
        has(&f, "Friday evening", "TIME", None);
    }

    #[test]
    fn bare_durations_decades_conferences_and_royal_styles() {
        let f = run("They talked for an hour and paid $15 an hour. Talks stalled for years, weeks before COP31 in the early 2040s, as in the 1870s; Energy Minister Prince Abdulaziz spoke.", None);
        has(&f, "hour", "TIME", None);
        assert!(!f.iter().any(|(t, l, _)| *l == "TIME" && t.contains("an hour")), "{f:?}");
        has(&f, "years", "DATE", None);
        has(&f, "weeks", "DATE", None);
        has(&f, "COP31", "EVENT", None);
        has(&f, "early 2040s", "DATE", None);
        has(&f, "1870s", "DATE", None);
        has(&f, "Energy Minister", "TITLE", None);
        assert!(!f.iter().any(|(t, l, _)| *l == "TITLE" && t == "Prince"), "{f:?}");
    }

    #[test]
    fn lengths_ranks_relative_months_and_opening_approximators() {
        let f = run("About 23,000 people work there. The world's second-largest grower began a four-day visit over four years after a 46-year-old senator met him last June.", Some("2026-04-14"));
        has(&f, "About 23,000", "CARDINAL", Some(json!({"value": 23000})));
        has(&f, "second-largest", "ORDINAL", Some(json!({"value": 2})));
        has(&f, "four-day", "DATE", None);
        has(&f, "46-year-old", "DATE", None);
        // "over" before a duration is a preposition.
        has(&f, "four years", "DATE", None);
        has(&f, "last June", "DATE", Some(json!({"iso": "2025-06"})));
        let f = run("Today three plants run. Three more will open over the next five years, at an estimated $5.5 billion, though less than a third of the money has come and a third production line waits.", Some("2026-04-14"));
        has(&f, "Today", "DATE", Some(json!({"iso": "2026-04-14"})));
        has(&f, "Three", "CARDINAL", Some(json!({"value": 3})));
        has(&f, "next five years", "DATE", None);
        has(&f, "estimated $5.5 billion", "MONEY", Some(json!({"amount": 5500000000u64, "currency": "USD"})));
        has(&f, "less than a third", "CARDINAL", Some(json!({"value": 0.333})));
        assert!(!f.iter().any(|(t, l, _)| t == "a third" && *l == "CARDINAL"), "{f:?}");
        let f = run("Norway gave 8 billion crowns each year, above 8,000 jobs stayed and less than a tenth is recycled.", Some("2026-04-14"));
        has(&f, "8 billion crowns", "MONEY", Some(json!({"amount": 8000000000u64, "currency": "NOK"})));
        has(&f, "each year", "DATE", None);
        has(&f, "above 8,000", "CARDINAL", Some(json!({"value": 8000})));
        has(&f, "less than a tenth", "CARDINAL", Some(json!({"value": 0.1})));
    }

    #[test]
    fn calendar_arithmetic() {
        let d = Date::parse("2025-10-29").unwrap();
        assert_eq!(d.weekday(), 2); // a Wednesday
        assert_eq!(d.add_days(4).iso(), "2025-11-02");
        assert_eq!(Date::parse("2024-02-29").unwrap().add_days(366).iso(), "2025-03-01");
    }
}
