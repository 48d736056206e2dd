//! Stage 6: relations from rules that are data (`models/rules/*.toml`, docs/rules.md).
//!
//! A rule fires on a trigger (words, or an entity type such as TITLE) and fills slots with the
//! nearest entities of the allowed types, on a side, within a gap, optionally as coordinated
//! lists. Reference phrases ("the two leaders", "she") stand for the most recent compatible
//! entities before them. Quotations are attributed to the subject of a speech verb in their
//! sentence. Conflicts: identical relations (type, rule-independent argument set) keep the
//! highest score, then the earliest rule, then the earliest trigger.

pub mod rules;
mod statements;
mod view;

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::path::Path;

use anyhow::Result;

use super::{Annotation, DocumentStage};
use crate::document::{Arg, Document, Relation, TextView};
use crate::resources::{PlaceKind, Resources};
use crate::stages::segment::is_possessive;
pub use rules::{Exclusive, Reference, Rule, RuleFile, Side, Slot, StatementRules, Voice};
use view::{Mention, View};

/// The loaded rules and where they came from.
#[derive(Debug, Default, Clone)]
pub struct RuleSet {
    pub rules: Vec<Rule>,
    pub references: Vec<Reference>,
    pub statement: StatementRules,
    pub exclusive: Vec<Exclusive>,
    pub files: Vec<String>,
    pub digest: String,
}

const BUILTIN: [(&str, &str); 1] = [("models/rules/news.toml", include_str!("../../../models/rules/news.toml"))];

impl RuleSet {
    /// The built-in rules plus the user's rule files, in order.
    pub fn load(extra: &[impl AsRef<Path>]) -> Result<RuleSet> {
        let mut h = crate::util::Fnv::new();
        let mut set = RuleSet::default();
        let add = |file: RuleFile, name: String, set: &mut RuleSet| {
            set.rules.extend(file.rule);
            set.references.extend(file.reference);
            set.exclusive.extend(file.exclusive);
            if let Some(s) = file.statement {
                set.statement.verbs.extend(s.verbs);
                set.statement.reporting.extend(s.reporting);
                set.statement.score = s.score;
            }
            set.files.push(name);
        };
        for (name, text) in BUILTIN {
            h.update(text.as_bytes());
            add(rules::parse(text, name)?, name.to_string(), &mut set);
        }
        for f in extra {
            let p = f.as_ref();
            h.update(&std::fs::read(p).map_err(|e| anyhow::anyhow!("rules file {}: {e}", p.display()))?);
            add(rules::parse_file(p)?, p.display().to_string(), &mut set);
        }
        set.digest = h.hex();
        Ok(set)
    }
}

/// A lower-case word that makes the entity before it a modifier ("U.S. naval base").
fn is_content_word(w: &str) -> bool {
    const FUNCTION: [&str; 24] = [
        "in", "on", "at", "to", "of", "and", "or", "for", "with", "by", "from", "as", "is", "was", "were", "are", "will", "would", "has", "had", "have", "that", "which", "who",
    ];
    w.chars().next().map_or(false, |c| c.is_lowercase()) && w.chars().all(|c| c.is_alphabetic() || c == '-') && !FUNCTION.contains(&w)
}

/// Directions an `after_word` test looks past ("in northern Japan").
const DIRECTIONS: [&str; 13] = [
    "northern", "southern", "eastern", "western", "central", "northeastern", "northwestern", "southeastern", "southwestern", "north", "south", "east", "west",
];

const COORDINATORS: [&str; 4] = [",", "and", "&", "as well as"];

/// Words for kinds of places that follow a place's name without making it a modifier.
const PLACE_NOUNS: [&str; 9] = ["province", "state", "region", "county", "district", "prefecture", "city", "municipality", "governorate"];

/// Fills one slot for a trigger at tokens [ts, te) in sentence [ss, se).
fn fill(view: &View, slot: &Slot, ts: usize, te: usize, sentence: (usize, usize), taken: &HashSet<usize>) -> Vec<usize> {
    // A verb coordinated after another with its subject left out ("She will fly to Brasília
    // ..., and will visit Washington"): a slot on either side takes the shared subject.
    // (In the passive too, for a slot before the trigger: "Marcos ... was met at Haneda Airport
    // by Foreign Minister Toshimitsu Motegi" is Marcos's meeting.)
    let active_verb = || view.pos(ts).starts_with("VB") && (slot.side == Side::Before || !view.is_passive(ts));
    let either = slot.side == Side::Either && view.elided_subject(ts, sentence.0);
    if matches!(slot.side, Side::Either | Side::Before) && view.has_syntax() && (either || slot.subject_first && active_verb()) {
        let subject = Slot { side: Side::Subject, ..slot.clone() };
        let got = fill_at(view, &subject, ts, te, sentence, taken, true);
        if !got.is_empty() {
            return got;
        }
    }
    // The possessor of a noun trigger's phrase is its doer: "raise Colombia's export duty", "his
    // first visit to South Korea".
    if matches!(slot.side, Side::Subject | Side::Either) && view.has_syntax() && !view.pos(ts).starts_with("VB") {
        if let Some(i) = view.possessor_of(ts).filter(|i| !taken.contains(i) && slot.types.contains(&view.mentions[*i].label)) {
            return vec![i];
        }
    }
    let got = fill_at(view, slot, ts, te, sentence, taken, true);
    // A noun trigger's governing verb may have no subject of the slot's types ("Beijing has
    // responded by imposing a 25% tariff"): then the nearest filler before it.
    // (Not a name inside a relative clause that hangs on the subject: "The decree, which was
    // signed by President Lucía Herrera ..., also sets a 35% duty".)
    if got.is_empty() && slot.side == Side::Subject && !view.pos(ts).starts_with("VB") {
        let near = fill_at(view, slot, ts, te, sentence, taken, false);
        return if near.first().is_some_and(|&i| view.in_relative_before(view.mentions[i].start, ts)) { Vec::new() } else { near };
    }
    got
}

fn fill_at(view: &View, slot: &Slot, ts: usize, te: usize, (ss, se): (usize, usize), taken: &HashSet<usize>, governed: bool) -> Vec<usize> {
    let ok_type = |m: &Mention| slot.types.iter().any(|t| *t == m.label);
    // A date inside the trigger phrase ("and on Friday to", `phrase_end`) is the trigger's.
    if let Some(i) = view.starting_in(ts + 1, te).find(|&i| view.mentions[i].label == "DATE" && view.mentions[i].end < te && ok_type(&view.mentions[i]) && !taken.contains(&i) && slot.after_word.is_empty()) {
        return vec![i];
    }
    // Subject and object are positions in the clause. Without the syntax layer they fall back
    // to the nearest filler before or after, and so does a subject where the clause has none
    // before its verb (a noun trigger: "Japan's investment").
    let syntax = view.has_syntax();
    let subject_ends = if syntax && slot.side == Side::Subject && governed { view.subject_ends(ts, ss, slot.max_gap) } else { None };
    let object = (syntax && slot.side == Side::Object).then(|| view.object_run(te, se, slot)).flatten();
    if subject_ends.as_ref().is_some_and(Vec::is_empty) || syntax && slot.side == Side::Object && object.is_none() {
        return Vec::new();
    }
    let subject_ends = subject_ends.unwrap_or_default();
    let positional = !subject_ends.is_empty() || object.is_some();
    let in_chunk = slot.in_chunk.as_deref().filter(|_| view.has_syntax());
    let between = |a: usize, b: usize| -> bool {
        // true when nothing blocks the tokens [a, b)
        !view.has_type_within(a, b, &slot.blocked_by)
            && !view.words[a..b].iter().any(|w| slot.stop_words.iter().any(|s| s == w))
    };
    let rank = |m: &Mention| if slot.prefer { slot.types.iter().position(|t| *t == m.label).unwrap_or(0) } else { 0 };
    let mut best: Option<((usize, usize), usize)> = None; // ((type rank, distance), mention index)
    let dateline = view.dateline_end();
    for i in view.starting_in(ss.max(dateline), se) {
        let m = &view.mentions[i];
        if taken.contains(&i) || !ok_type(m) || m.possessive && !slot.possessive || m.start < ss || m.end > se || (m.start < te && m.end > ts) || slot.calendar && (view.is_duration(m) || m.start > 0 && view.words[m.start - 1] == "since") {
            continue;
        }
        let before = m.end <= ts;
        // Inside a chunk the filler may be a modifier ("key U.S. industries"); the word before
        // is the word before the chunk, and the gap after the trigger ends where it starts.
        // A name in apposition to a descriptive noun phrase starts where that phrase does ("by
        // the two energy ministers, Sofia Reis and Youssef Alami").
        let chunk_start = in_chunk.and_then(|kind| view.chunk_start(m.start, kind)).map(|cs| view.apposition_start(cs, te).unwrap_or(cs)).filter(|&cs| before || cs >= te);
        let dist = if before { ts - m.end } else { chunk_start.unwrap_or(m.start) - te };
        // A subject or object is where the clause puts it (its distance was checked there).
        if !subject_ends.is_empty() && !subject_ends.contains(&m.end) || object.is_some_and(|(a, b)| m.start < a || m.start >= b) || !positional && !slot.reaches(before, dist) {
            continue;
        }
        // In an object, a name before a title modifies the title's holder, who is the filler:
        // "signed the agreement with RIKEN President Makoto Gonokami".
        let holder_follows = || {
            let t = view.mentions[view.starting_in(m.end, m.end + 1)].iter().find(|x| x.label == "TITLE");
            t.is_some_and(|t| view.mentions[view.starting_in(t.end, t.end + 1)].iter().any(|p| p.label == "PERSON" && ok_type(p)))
        };
        if object.is_some() && m.label != "PERSON" && holder_follows() {
            continue;
        }
        if m.end < view.words.len() && slot.not_before.iter().any(|w| *w == view.words[m.end]) {
            continue;
        }
        // (An entry of two words matches the two words after the filler: ", where".)
        let before_ok = |w: &String| w.split(' ').enumerate().all(|(k, q)| view.words.get(m.end + k).is_some_and(|a| a == q));
        if !slot.before_word.is_empty() && !slot.before_word.iter().any(before_ok) {
            continue;
        }
        if m.start > 0 && slot.not_after_word.contains(&view.words[m.start - 1]) {
            continue;
        }
        // With the syntax layer, a modifier is an entity whose noun phrase goes on after it
        // ("U.S. naval base"; not "Paris last month", two phrases).
        // A place word after a name is no head it modifies ("Ha Tinh province", "Bahia state").
        let place_word = view.words.get(m.end).is_some_and(|w| PLACE_NOUNS.contains(&w.as_str()));
        let modifier = || !place_word && if view.has_syntax() { view.chunk_at(m.start).is_some_and(|ci| view.chunks[ci].1 > m.end && view.chunks[ci].2 == "NP") } else { is_content_word(&view.words[m.end]) };
        if slot.nominal && chunk_start.is_none() && !positional && m.end < se && modifier() {
            continue;
        }
        if !slot.after_word.is_empty() {
            // The word before the filler, looking past a determiner and a direction ("in the
            // United States", "in central Anatolia").
            let mut k = chunk_start.unwrap_or(m.start);
            while k > 0 && (matches!(view.words[k - 1].as_str(), "the" | "a" | "an") || DIRECTIONS.contains(&view.words[k - 1].as_str())) {
                k -= 1;
            }
            if k == 0 || !slot.after_word.iter().any(|w| *w == view.words[k - 1]) {
                continue;
            }
        }
        let (a, b) = if before { (m.end, ts) } else { (te, m.start) };
        if !positional && !between(a, b) {
            continue;
        }
        // (Nor in a relative clause closed before the trigger: "Carney, who flew in on Sunday,
        // also met Rutte".)
        // (A place that a ", where" clause holding the trigger follows is that clause's: "told
        // reporters at the National Palace, where he had met U.S. Trade Representative Karen
        // Doyle".)
        let where_antecedent = || before && view.words.get(m.end..m.end + 2).is_some_and(|w| w[0] == "," && w[1] == "where") && !view.clause_break_within(m.end + 2, ts, true);
        // (Nor, for a noun trigger, before a comma before it: "arrived in Seoul on Tuesday for
        // a two-day official visit, his first official visit to South Korea"; "on Wednesday,
        // landing in Canberra after a stop in Singapore": the date is the main clause's.)
        // (A date that opens its sentence is every clause's: "On October 28, at the first summit".)
        let noun_after_comma = || before && view.has_syntax() && view.pos(ts).starts_with("NN") && !view.words[ts].ends_with("ing") && view.words[m.end..ts].iter().any(|w| w == ",") && (ss..m.start).any(|i| view.pos(i).starts_with("VB"));
        if slot.same_clause && (view.clause_break_within(a, b, before) || before && view.in_relative_before(m.start, ts) || noun_after_comma()) && !where_antecedent() {
            continue;
        }
        if best.map_or(true, |(d, _)| (rank(m), dist) < d) {
            best = Some(((rank(m), dist), i));
        }
    }
    let Some((_, mut first)) = best else { return Vec::new() };
    // The holder of an office in apposition stands for its possessor: "signed by Western
    // Australia's premier, Roger Cook" is Cook, where the slot takes people.
    if slot.types.iter().any(|t| t == "PERSON") {
        if let Some(holder) = view.apposed_holder(first).filter(|h| !taken.contains(h)) {
            first = holder;
        }
    }
    let mut out = vec![first];
    if slot.multi {
        let before = view.mentions[first].end <= ts;
        // A relative clause after the nearest member is that member's: "his Japanese
        // counterpart, Nakamura Aoi, who arrived in Canberra" (not O'Connor before her).
        // (Not when the clause closes before the trigger: "Eriksen, and his Rwandan counterpart,
        // Valentine Uwamariya, who chaired the talks together, also signed" is both.)
        let fe = view.mentions[first].end;
        let relative = before && view.words.get(fe..fe + 2).is_some_and(|w| w[0] == "," && matches!(w[1].as_str(), "who" | "which" | "whose")) && !view.words.get(fe + 2..ts).is_some_and(|ws| ws.iter().any(|w| w == ","));
        // A list is of one kind: "Japan, he" is no list; countries and organisations mix
        // ("between Vietnam and the European Free Trade Association").
        let first_label = view.mentions[first].label.clone();
        fn kind(l: &str) -> &str {
            if matches!(l, "GPE" | "ORG") { "GPE" } else { l }
        }
        // A possessor is a modifier of the next member, not a member: "Codelco and Japan's
        // Mitsubishi Materials".
        let possessor = |m: &Mention| view.words.get(m.end).is_some_and(|w| is_possessive(w));
        // (A possessive pronoun is a determiner inside a member's phrase, never a member: "and his
        // Tanzanian counterpart, Doto Biteko".)
        let pronoun = |m: &Mention| m.is_ref && m.end == m.start + 1 && matches!(view.words[m.start].as_str(), "his" | "her" | "their" | "its");
        let same = |m: &Mention| kind(&m.label) == kind(&first_label) && !possessor(m) && !pronoun(m);
        let mut cur = first;
        let mut conjoined = false;
        while !relative {
            // The next mention away from the trigger, joined by coordinators only.
            let next = if before {
                view.starting_in(ss, se).map(|i| (i, &view.mentions[i])).filter(|(i, m)| !taken.contains(i) && same(m) && m.end <= view.mentions[cur].start).max_by_key(|(_, m)| m.end)
            } else {
                view.starting_in(ss, se).map(|i| (i, &view.mentions[i])).filter(|(i, m)| !taken.contains(i) && same(m) && m.start >= view.mentions[cur].end && m.end <= se).min_by_key(|(_, m)| m.start)
            };
            let Some((j, m)) = next else { break };
            // With the syntax layer a member's noun phrase is its own: the gap ends where the
            // phrase starts ("he and French Armed Forces Minister Élise Marchand").
            let np_start = |i: usize, after: usize| view.chunk_start(i, "NP").filter(|&s| s >= after).unwrap_or(i);
            let (a, b) = if before { (m.end, np_start(view.mentions[cur].start, m.end)) } else { (view.mentions[cur].end, np_start(m.start, view.mentions[cur].end)) };
            // Between list members: coordinators, determiners, and modifiers that are entities of
            // other types ("Takaichi and U.S. President Donald Trump").
            let modifier = |i: usize| view.mentions[view.starting_in(ss, i + 1)].iter().any(|x| i < x.end && (kind(&x.label) != kind(&first_label) || possessor(x)));
            let gap_words: Vec<usize> = (a..b).filter(|&i| !modifier(i)).collect();
            let gap = gap_words.iter().map(|&i| view.words[i].as_str()).collect::<Vec<_>>().join(" ");
            // "Kenya's Wanjiru Kamau, Ghana's Kofi Mensah": the possessive of a modifier entity;
            // "O'Connor and his Japanese counterpart, Nakamura Aoi".
            let joiner = |w: &str| COORDINATORS.contains(&w) || matches!(w, "the" | "'s" | "\u{2019}s" | "his" | "her" | "their" | "its" | "counterpart" | "counterparts");
            let coordinated = gap.split(' ').any(|w| COORDINATORS.contains(&w));
            let joined = !gap.is_empty() && coordinated && (gap.split(' ').all(joiner) || COORDINATORS.contains(&gap.as_str()));
            // A clause coordination, not a list: "a shipyard near Perth, and Australia
            // committed" (the name before ", and" is the object of a preposition).
            let np = np_start(m.start, 0);
            let clause = before && gap.starts_with(", and") && np > ss && view.pos(np - 1) == "IN";
            // Read backwards, a list ends in a conjunction: a comma alone before its last member
            // is no list ("Under a plan published by the Presidency, South Africa aims").
            let open_end = before && gap == "," && !conjoined;
            if !joined || clause || open_end {
                break;
            }
            conjoined |= gap != ",";
            out.push(j);
            cur = j;
        }
        // Places after the trigger joined by commas alone are a place and its container, not a
        // list: "travel to Dakar, Senegal, where", "a plant in Unterlüß, Germany".
        if !before && !conjoined && matches!(first_label.as_str(), "GPE" | "LOC" | "FAC") {
            out.truncate(1);
        }
    }
    out
}

/// Words a chunk filler leaves out at its start.
const LEADING: [&str; 14] = ["the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "these", "that", "those"];

/// Fills a `chunk` slot for a trigger at tokens [ts, te) in sentence [ss, se): the nearest
/// chunk of the slot's type on its side that passes the slot's tests, as a token range without
/// its leading determiner or possessive, run on through the slot's prepositions.
fn fill_chunk(view: &View, slot: &Slot, kind: &str, ts: usize, te: usize, (ss, se): (usize, usize)) -> Option<(usize, usize)> {
    let pos = |i: usize| view.doc.tokens[i].pos.as_deref().unwrap_or("");
    let has_excluded = |a: usize, b: usize| view.has_type_within(a, b, &slot.without);
    let mut best: Option<(usize, (usize, usize))> = None;
    let first = view.chunk_from(ss);
    for (ci, (cs, ce, k)) in view.chunks.iter().enumerate().skip(first).take_while(|(_, (cs, _, _))| *cs < se) {
        let (cs, ce) = (*cs, *ce);
        if k != kind || cs < ss || ce > se || (cs < te && ce > ts) {
            continue;
        }
        let before = ce <= ts;
        let dist = if before { ts - ce } else { cs - te };
        let side_ok = slot.reaches(before, dist);
        if !side_ok || best.is_some_and(|(d, _)| d <= dist) {
            continue;
        }
        // The word before the phrase, or before a name that possesses it ("in Chile's copper
        // smelting sector").
        let lead = view.past_possessor(cs, 0);
        if !slot.after_word.is_empty() && (lead == 0 || !slot.after_word.iter().any(|w| *w == view.words[lead - 1])) {
            continue;
        }
        if !slot.after_pos.is_empty() && (lead == 0 || !slot.after_pos.iter().any(|p| p == pos(lead - 1))) {
            continue;
        }
        // The word after the phrase, past a comma ("the interim trade agreement, which ...").
        if !slot.before_word.is_empty() {
            let next = if view.words.get(ce).is_some_and(|w| w == ",") { ce + 1 } else { ce };
            if !view.words.get(next).is_some_and(|w| slot.before_word.contains(w)) {
                continue;
            }
        }
        let (a, b) = if before { (ce, ts) } else { (te, cs) };
        if view.words[a..b].iter().any(|w| slot.stop_words.iter().any(|s| s == w)) {
            continue;
        }
        // Heads compare lower-cased: a proper noun keeps its case in the lemma ("Annex").
        let head = view.doc.tokens[ce - 1].lemma.as_ref().map_or_else(|| view.words[ce - 1].clone(), |l| l.to_lowercase());
        if !slot.heads.is_empty() && !slot.heads.iter().any(|h| head == *h) || slot.not_heads.iter().any(|h| head == *h) {
            continue;
        }
        // A pronoun is no text span ("power lines linking it to Egypt").
        if (cs..ce).all(|i| matches!(pos(i), "PRP" | "PRP$" | "EX" | "WP" | "WDT")) {
            continue;
        }
        // A bare phrase names a kind of thing, not one thing ("African drug makers", not "a
        // research campus" or "its factory complex").
        if slot.bare && matches!(view.words[cs].as_str(), "a" | "an" | "its" | "their" | "his" | "her" | "our" | "this" | "that") {
            continue;
        }
        // Leave out everything up to a possessive 's, then a determiner or possessive pronoun.
        let mut start = cs;
        if let Some(p) = (cs..ce).rev().find(|&i| matches!(view.words[i].as_str(), "'s" | "\u{2019}s" | "'" | "\u{2019}")).filter(|_| !slot.keep_possessor) {
            start = p + 1;
        }
        while start < ce && LEADING.contains(&view.words[start].as_str()) {
            start += 1;
        }
        // Leading entities of the `without` types are modifiers, left out ("Swiss watches" ->
        // "watches", "Russian and Belarusian fertilisers" -> "fertilisers").
        loop {
            // (A length stays: "10-year agreement".)
            // (A name stays where the slot keeps name modifiers: "Korean development loans".)
            let name = |m: &Mention| slot.keep_modifiers && matches!(m.label.as_str(), "NORP" | "GPE" | "ORG" | "LOC" | "FAC" | "PRODUCT");
            // (One that begins before the chunk counts: the chunker's "[5,000 tonnes of copper]"
            // in "up to 5,000 tonnes".)
            let lead = view.mentions[view.starting_in(ss, start + 1)].iter().filter(|m| start < m.end && m.end < ce && slot.without.contains(&m.label) && !view.is_length_modifier(m)).max_by_key(|m| m.end);
            let Some(m) = lead else { break };
            if name(m) {
                break;
            }
            let e = m.end;
            // (A possessor stays where the slot keeps possessors: "Ukraine's power grid".)
            if slot.keep_possessor && is_possessive(&view.words[e]) {
                break;
            }
            start = e;
            while start < ce && matches!(view.words[start].as_str(), "and" | "," | "or") {
                start += 1;
            }
        }
        // A phrase that is an excluded entity runs on into nothing ("[600 megawatts] of
        // computing capacity": the next phrase is the one).
        // (Nor a reference that is the whole phrase: "in the chipmaker".)
        if [start, cs].iter().any(|&at| view.mentions[view.starting_in(ss, at + 1)].iter().any(|m| at < m.end && m.end >= ce && slot.without.contains(&m.label))) {
            continue;
        }
        // Run on: "<chunk> of <chunk>".
        let mut end = ce;
        let mut next = ci + 1;
        let mut infinitive = false;
        while end < se && slot.through.iter().any(|w| *w == view.words[end]) {
            // "to" and a verb: the infinitive's clause, to a comma, a relative pronoun, a finite
            // verb, a participle after a noun, "and" before a verb, or a date after its
            // preposition ("agreement to supply lithium hydroxide to European battery makers
            // was signed").
            // (The tagger may read the verb as a noun: "agreement to/TO supply/NN".)
            if view.words[end] == "to" && end + 1 < se && (pos(end + 1).starts_with("VB") || pos(end + 1) == "NN") && view.entity_at[end + 1].is_none() {
                let dated = |i: usize| view.mentions[view.starting_in(i, i + 1)].iter().any(|m| matches!(m.label.as_str(), "DATE" | "TIME"));
                let mut k = end + 2;
                while k < se {
                    let w = view.words[k].as_str();
                    let stop = matches!(w, "," | "." | ";" | ":" | "which" | "that" | "who" | "\u{201d}" | "\"")
                        || matches!(pos(k), "VBD" | "VBZ" | "VBP" | "MD")
                        || pos(k) == "VBG" && pos(k - 1).starts_with("NN")
                        || matches!(w, "and" | "but") && k + 1 < se && pos(k + 1).starts_with("VB")
                        || matches!(w, "on" | "in" | "from" | "by" | "starting") && k + 1 < se && dated(k + 1)
                        || dated(k);
                    if stop {
                        break;
                    }
                    k += 1;
                }
                end = k;
                infinitive = true;
                break;
            }
            match view.chunks.get(next) {
                Some((ns, _, _)) if *ns == end => next += 1, // the preposition's own PP chunk
                // Not into a chunk the slot may not hold ("... on rare earths on Tuesday").
                // Nor into a circumstance or an "own" ("... on the sidelines", "an accord of
                // their own").
                Some((ns, ne, nk)) if *ns == end + 1 && nk == kind && *ne <= se && !has_excluded(*ns, *ne) && !matches!(view.words[*ne - 1].as_str(), "sidelines" | "sideline" | "margins" | "margin" | "behalf" | "own" | "occasion" | "time") => {
                    end = *ne;
                    next += 1;
                }
                // A gerund and its object: "agreement on securing and supplying critical minerals".
                Some((vs, ve, vk)) if *vs == end + 1 && vk == "VP" && (*vs..*ve).all(|i| matches!(pos(i), "VBG" | "CC")) => match view.chunks.get(next + 1) {
                    Some((ns, ne, nk)) if ns == ve && nk == kind && *ne <= se && !has_excluded(*ns, *ne) => {
                        end = *ne;
                        next += 2;
                    }
                    _ => break,
                },
                _ => break,
            }
        }
        // Coordinated phrases are one span: "steel and aluminium", "cars, trucks and buses".
        // (The chunker may leave the coordinator at the end of the first: "aluminium and".)
        let coordinator = |i: usize| matches!(view.words[i].as_str(), "and" | "or" | ",");
        while slot.multi && end < se && (coordinator(end) || coordinator(end - 1)) {
            let at = if coordinator(end - 1) { end } else if view.words[end] == "," && end + 1 < se && matches!(view.words[end + 1].as_str(), "and" | "or") { end + 2 } else { end + 1 };
            // ", a package the Commission approved": an apposition, no list member.
            if at == end + 1 && view.words[end] == "," && matches!(view.words[at].as_str(), "a" | "an") {
                break;
            }
            match view.chunks.get(view.chunk_from(at)) {
                // Not into a relative clause ("the Accord, which ...") nor a reporting clause
                // ("a memorandum on grid connections, the ministry said").
                Some((ns, ne, nk)) if *ns == at && nk == kind && *ne <= se && !has_excluded(*ns, *ne) && !matches!(pos(*ns), "WDT" | "WP" | "WP$" | "PRP") && !(*ne < se && view.is_reporting(*ne)) => end = *ne,
                _ => break,
            }
        }
        while end > start && coordinator(end - 1) {
            end -= 1;
        }
        // An excluded entity may stand inside the phrase as a modifier ("key U.S. industries"),
        // not at its end ("... on Tuesday") nor run on past it (the chunker's "[5 trillion]" of
        // "5 trillion won").
        // (An infinitive's clause may end in a name: "... between Singapore and Oslo".)
        let ends_excluded = !infinitive && view.mentions[view.starting_in(start, end)].iter().any(|m| m.end >= end && slot.without.contains(&m.label));
        if start >= end || ends_excluded {
            continue;
        }
        // A title-case name is whole: "an Acquisition and Cross-Servicing Agreement" (the chunker
        // splits it at "and"), and no span begins inside a name ("Pathogen Access and
        // Benefit-Sharing Annex").
        let mut start = start;
        let capital = |i: usize| {
            let t = &view.doc.tokens[i];
            view.idx.slice(&view.doc.text, t.start, t.end).starts_with(|c: char| c.is_uppercase())
        };
        if start >= 2 && capital(start) && capital(end - 1) && view.words[start - 1] == "and" && capital(start - 2) {
            let mut j = start - 2;
            while j > 0 && capital(j - 1) {
                j -= 1;
            }
            if j > 0 && matches!(view.words[j - 1].as_str(), "a" | "an" | "the") {
                start = j;
            }
        }
        if let Some(m) = view.mentions[view.starting_in(ss, start)].iter().find(|m| !m.is_ref && start < m.end && m.end <= end && m.label == "LAW") {
            start = m.start;
        }
        best = Some((dist, (start, end)));
    }
    best.map(|(_, span)| span)
}

/// One trigger of a rule: tokens [ts, te) in `sentence`, its entity when it is one, and where
/// the slots after it look: from token `at` in `place` (the trigger's own end and sentence, or
/// a bulleted item).
struct Trigger {
    ts: usize,
    te: usize,
    mention: Option<usize>,
    sentence: (usize, usize),
    at: usize,
    place: (usize, usize),
}

/// The relations a rule's trigger gives: none when a required slot stays empty (unless it
/// carries its role over from an earlier relation: those roles come back with the relation).
fn fire(view: &View, rule: &Rule, t: &Trigger) -> Vec<(Relation, Vec<String>)> {
    let mut taken: HashSet<usize> = t.mention.into_iter().collect();
    let mut carried: Vec<String> = Vec::new();
    let mut filled: Vec<(String, Vec<usize>)> = Vec::new();
    let mut spans: Vec<(String, (usize, usize))> = Vec::new();
    // Roles filled by a phrase of a kind the slot names (`heads`: "a long-term deal").
    let mut headed: HashSet<String> = HashSet::new();
    for slot in &rule.slot {
        // Slots before the trigger look in its sentence; the others where the trigger points.
        let in_item = t.place != t.sentence && !matches!(slot.side, Side::Before | Side::Subject);
        let (ts, te, sentence) = if in_item { (t.at, t.at, t.place) } else { (t.ts, t.te, t.sentence) };
        if let Some(kind) = &slot.chunk {
            // An earlier slot (an entity, or a phrase found another way) filled the role first.
            if filled.iter().any(|(r, m)| *r == slot.role && !m.is_empty()) || spans.iter().any(|(r, _)| *r == slot.role) {
                continue;
            }
            match fill_chunk(view, slot, kind, ts, te, sentence) {
                Some(_) if slot.silent => {}
                Some(span) => {
                    if !slot.heads.is_empty() {
                        headed.insert(slot.role.clone());
                    }
                    spans.push((slot.role.clone(), span));
                }
                None if slot.required => return Vec::new(),
                None => {}
            }
            continue;
        }
        if slot.fallback && filled.iter().any(|(r, m)| *r == slot.role && !m.is_empty()) {
            continue;
        }
        // A labelled bulleted item names its own doer ("- India: 38,000 more ..."): the label,
        // not the header's subject, fills a slot before the trigger.
        let label = (t.place != t.sentence && matches!(slot.side, Side::Before | Side::Subject))
            .then(|| view.item_label(t.place))
            .flatten()
            .filter(|i| !taken.contains(i) && slot.types.contains(&view.mentions[*i].label));
        let got = match label {
            Some(i) => vec![i],
            None => fill(view, slot, ts, te, sentence, &taken),
        };
        if got.is_empty() && slot.required {
            if !slot.carry && (!rule.elided || slot.own) {
                return Vec::new();
            }
            carried.push(slot.role.clone());
            continue;
        }
        taken.extend(got.iter().copied());
        filled.push((slot.role.clone(), got));
    }
    if let (Some(role), Some(m)) = (&rule.trigger_role, t.mention) {
        filled.insert(0, (role.clone(), vec![m]));
    }
    // Distinct entities that fill a role.
    let count = |role: &str| {
        let ids: HashSet<&String> = filled.iter().filter(|(r, _)| r == role).flat_map(|(_, ms)| ms.iter().flat_map(|&m| view.mentions[m].ids.iter())).collect();
        ids.len()
    };
    let enough = rule.at_least.iter().all(|(role, n)| count(role) >= *n);
    // (For `any_of`, a phrase of a kind the slot names counts too.)
    let any = rule.any_of.is_empty() || rule.any_of.iter().any(|(role, n)| count(role) + usize::from(headed.contains(role)) >= *n);
    if !enough || !any {
        return Vec::new();
    }
    expand(view, &filled, &rule.split)
        .into_iter()
        .map(|mut args| {
            for (role, (a, b)) in &spans {
                let span = view.text_span(*a, *b);
                args.push(Arg { role: role.clone(), entity: None, start: Some(span.start), end: Some(span.end), text: span.text });
            }
            let rel = Relation {
                id: String::new(),
                label: rule.relation.clone(),
                args,
                trigger: Some(view.text_span(t.ts, t.te)),
                evidence: Some(view.text_span(t.sentence.0, t.place.1.max(t.sentence.1))),
                rule: Some(rule.id.clone()),
                score: Some(rule.score),
            };
            (rel, carried.clone())
        })
        .collect()
}

/// One entity fills one role: a later optional role that repeats an earlier role's entity is
/// left out ("SoftBank agreed to invest $2 billion in the chipmaker", where "the chipmaker" was
/// read as SoftBank); a required one drops the relation (false).
fn one_role_per_entity(rel: &mut Relation, rule: &Rule) -> bool {
    let mut seen: Vec<(String, String)> = Vec::new();
    let mut keep = Vec::with_capacity(rel.args.len());
    for a in std::mem::take(&mut rel.args) {
        if let Some(id) = &a.entity {
            if seen.iter().any(|(r, e)| e == id && *r != a.role) {
                if rule.slot.iter().any(|sl| sl.role == a.role && sl.required) {
                    return false;
                }
                continue;
            }
            seen.push((a.role.clone(), id.clone()));
        }
        keep.push(a);
    }
    rel.args = keep;
    true
}

/// Fills the carried roles of relations from the nearest earlier relation of their type (by
/// trigger) that has the role, in the same sentence or the two before; a relation whose role
/// finds none is dropped. `found` is (trigger token, rule index, relation, carried roles).
fn carry_over(view: &View, rules: &[Rule], found: Vec<(usize, usize, Relation, Vec<String>)>) -> Vec<(usize, usize, Relation)> {
    let elided = |ri: usize| rules.get(ri).is_some_and(|r| r.elided);
    let mut order: Vec<usize> = (0..found.len()).collect();
    order.sort_by_key(|&i| found[i].0);
    // What each relation takes from its donors, or None when it is dropped; worked out first so
    // that the relations are moved, not copied, below.
    let mut extra: Vec<Option<Vec<Arg>>> = vec![Some(Vec::new()); found.len()];
    for (i, (ts, ri, rel, roles)) in found.iter().enumerate() {
        if roles.is_empty() && !elided(*ri) {
            continue;
        }
        // An elided conjunct's donor is in its own sentence, and it needs one. Sentences of a
        // quotation between do not count ("X opened the summit. “...,” he said. “...” Li Qiang
        // attended": two sentences back).
        let window = if elided(*ri) { 0 } else { rules.get(*ri).map_or(2, |r| r.carry_window) };
        let here = view.sentence_index(*ts);
        let quoted = |k: usize| view.sentences.get(k).is_some_and(|&(a, _)| view.words.get(a).is_some_and(|w| w == "\u{201c}" || w == "\""));
        let distance = |ts2: usize| {
            let there = view.sentence_index(ts2);
            (there + 1..=here).filter(|&k| k == here || !quoted(k)).count()
        };
        let earlier = order.partition_point(|&j| found[j].0 < *ts);
        let donor_for = |role: Option<&String>| {
            order[..earlier]
                .iter()
                .rev()
                .map(|&j| &found[j])
                .take_while(|(ts2, ..)| distance(*ts2) <= window)
                .find(|(_, ri2, r2, roles2)| r2.label == rel.label && !elided(*ri2) && role.map_or(true, |role| !roles2.contains(role) && r2.args.iter().any(|a| a.role == *role)))
        };
        if roles.is_empty() && donor_for(None).is_none() {
            extra[i] = None;
        }
        // Carrying is the last resort: another relation of the sentence with a filler of this
        // one that fills the role in place says it instead ("Duties of up to 120% on steel
        // pipes ... were imposed on Friday by the East African Community": no imposer carried
        // to "duties" from the sentence before).
        let shares = |r2: &Relation| r2.args.iter().any(|a| a.entity.is_some() && rel.args.iter().any(|b| b.role == a.role && b.entity == a.entity));
        let said_here = |role: &String| {
            found.iter().any(|(ts2, ri2, r2, roles2)| ts2 != ts && !elided(*ri2) && r2.label == rel.label && view.sentence_index(*ts2) == here && !roles2.contains(role) && r2.args.iter().any(|a| a.role == *role) && shares(r2))
        };
        if !elided(*ri) && roles.iter().any(said_here) {
            extra[i] = None;
            continue;
        }
        // (Else, where the slot says so, the most recent entity of its types in the window.)
        let mentioned = |role: &String| {
            let slot = rules.get(*ri)?.slot.iter().find(|s| s.carry && s.carry_mention && s.role == *role)?;
            let dateline = view.dateline_end();
            let m = view.mentions[view.starting_in(dateline.min(*ts), *ts)].iter().filter(|m| !m.is_ref && m.end <= *ts && slot.types.contains(&m.label) && distance(m.start) <= window).max_by_key(|m| m.start)?;
            Some((m.start, Arg { role: role.clone(), entity: Some(m.ids[0].clone()), start: None, end: None, text: None }))
        };
        for role in roles {
            // (A named entity more recent than the donor's trigger is the one meant: "The Andean
            // Mining Congress is ... . X also attended", after an attendance of another event.)
            let (donor, named) = (donor_for(Some(role)), mentioned(role));
            let named = named.filter(|(at, _)| donor.map_or(true, |(ts2, ..)| at > ts2));
            match (donor, named, extra[i].as_mut()) {
                (_, Some((_, arg)), Some(args)) => args.push(arg),
                (Some((_, _, r2, _)), None, Some(args)) => args.extend(r2.args.iter().filter(|a| a.role == *role).cloned()),
                _ => extra[i] = None,
            }
        }
    }
    found
        .into_iter()
        .zip(extra)
        .filter_map(|((ts, ri, mut rel, _), extra)| {
            rel.args.extend(extra?);
            Some((ts, ri, rel))
        })
        .collect()
}

/// Adds the relation layer. Relation ids are r1.. in document order of their triggers.
/// Stage 6 over a batch.
pub struct Relations<'a> {
    pub rules: &'a RuleSet,
    pub res: &'a Resources,
}

impl DocumentStage for Relations<'_> {
    const NAME: &'static str = "relations";

    fn annotate_one(&self, a: &mut Annotation) {
        extract(&mut a.doc, &a.view, self.rules, self.res);
    }
}

/// Adds the relations `rules` find in a segmented document whose entities are typed and linked;
/// `text` is its token view.
pub fn extract(doc: &mut Document, text: &TextView, rules: &RuleSet, res: &Resources) {
    // (trigger token, rule index, relation)
    let mut found: Vec<(usize, usize, Relation)> = {
        let mut fired: Vec<(usize, usize, Relation, Vec<String>)> = Vec::new();
        let view = View::new(doc, text, &rules.references, &rules.statement.reporting);
        let index = TriggerIndex::new(&view, rules, res);
        for (ri, rule) in rules.rules.iter().enumerate() {
            for (ts, te, trigger_mention) in triggers(&view, rule, &index) {
                let sentence = view.sentence_of(ts);
                // Where the slots after the trigger are looked for: its own sentence, or each
                // bulleted item after "committed to:" (a bullets rule fires only there).
                let places: Vec<(usize, (usize, usize))> =
                    if rule.bullets { view.bullet_items(te, sentence).into_iter().map(|(a, b)| (a, (a, b))).collect() } else { vec![(te, sentence)] };
                for (at, place) in places {
                    let trigger = Trigger { ts, te, mention: trigger_mention, sentence, at, place };
                    fired.extend(fire(&view, rule, &trigger).into_iter().map(|(rel, carried)| (ts, ri, rel, carried)));
                }
            }
        }
        let mut found = carry_over(&view, &rules.rules, fired);
        found.retain_mut(|(_, ri, rel)| one_role_per_entity(rel, &rules.rules[*ri]));
        for (ts, rel) in statements::find(&view, &rules.statement) {
            found.push((ts, rules.rules.len(), rel));
        }
        found
    };
    // A country lies in no city or other country ("Denmark in Oslo" is a delegation's place).
    let kind = |r: &Relation, role: &str| {
        let id = r.args.iter().find(|a| a.role == role)?.entity.as_deref()?;
        res.gazetteer.place(&doc.entity(id)?.text).map(|(k, _)| *k)
    };
    found.retain(|(_, _, r)| r.label != "located_in" || !(kind(r, "place") == Some(PlaceKind::Country) && matches!(kind(r, "container"), Some(PlaceKind::City | PlaceKind::Country))));
    // Identical relations: keep the highest score, then the earliest rule, then trigger.
    found.sort_by(|a, b| {
        b.2.score.partial_cmp(&a.2.score).unwrap_or(std::cmp::Ordering::Equal).then(a.1.cmp(&b.1)).then(a.0.cmp(&b.0))
    });
    let key = |rel: &Relation| -> BTreeSet<(String, String)> { rel.args.iter().map(|a| (a.role.clone(), a.entity.clone().unwrap_or_else(|| format!("{:?}", (a.start, a.end))))).collect() };
    let sentence = |rel: &Relation| rel.evidence.as_ref().map(|e| e.start).unwrap_or(0);
    let mut seen = HashSet::new();
    let mut kept: Vec<(usize, usize, Relation)> = Vec::new();
    for (ts, ri, rel) in found {
        if seen.insert((rel.label.clone(), sentence(&rel), key(&rel))) {
            kept.push((ts, ri, rel));
        }
    }
    // A relation that has all of another's arguments in the same sentence but lacks roles the
    // other fills says less of the same thing ("met" without the location another rule found):
    // the fuller one is kept. (Different fillers of a role it has make a different relation.)
    let keys: Vec<BTreeSet<(String, String)>> = kept.iter().map(|(_, _, r)| key(r)).collect();
    let mut by_place: HashMap<(String, usize), Vec<usize>> = HashMap::new();
    for (i, (_, _, r)) in kept.iter().enumerate() {
        by_place.entry((r.label.clone(), sentence(r))).or_default().push(i);
    }
    let less = |k: &BTreeSet<(String, String)>, k2: &BTreeSet<(String, String)>| k.len() < k2.len() && k.is_subset(k2) && k2.difference(k).all(|(role, _)| !k.iter().any(|(r, _)| r == role));
    // Two clauses joined by ", and" state two things ("Merz telephoned Zielińska ..., and the
    // two will meet in Berlin"), and so do two triggers with a finite verb between them
    // ("congratulated him by phone on Monday and said the two would meet on Wednesday"), unless
    // the lesser one's trigger is a noun ("attending the summit and will hold talks with Lee on
    // Saturday" is one meeting): the lesser one of another clause stays.
    let at: Vec<Option<usize>> = kept.iter().map(|(_, _, r)| r.trigger.as_ref().map(|t| t.start)).collect();
    let finite_between = |x: usize, y: usize| {
        let first = doc.tokens.partition_point(|t| t.start <= x);
        doc.tokens[first..].iter().take_while(|t| t.start < y).any(|t| matches!(t.pos.as_deref(), Some("VBD" | "VBZ" | "VBP" | "MD")))
    };
    let own_clause = |a: usize, b: usize| match (at[a], at[b]) {
        (Some(x), Some(y)) if x != y => {
            let between = text.chars.slice(&doc.text, x.min(y), x.max(y));
            let noun = doc.tokens.get(doc.tokens.partition_point(|t| t.start < x)).and_then(|t| t.pos.as_deref()).is_some_and(|p| p.starts_with("NN"));
            between.contains(", and ") || between.contains("; ") || !noun && finite_between(x.min(y), x.max(y))
        }
        _ => false,
    };
    let mut i = 0;
    kept.retain(|(_, _, r)| {
        let k = &keys[i];
        i += 1;
        !by_place[&(r.label.clone(), sentence(r))].iter().any(|&j| less(k, &keys[j]) && !own_clause(i - 1, j))
    });
    // An exclusive role's filler stays with the relation whose trigger is nearest it (then the
    // higher score, then the earlier trigger): kept is in that score order here.
    // Entity starts by id, built once (`Document::entity` is a scan per call).
    let starts: HashMap<&str, usize> = if rules.exclusive.is_empty() { HashMap::new() } else { doc.entities.iter().map(|e| (e.id.as_str(), e.start)).collect() };
    for ex in &rules.exclusive {
        let filler = |r: &Relation| r.args.iter().find(|a| a.role == ex.role).and_then(|a| a.entity.clone());
        let distance = |r: &Relation, id: &str| r.trigger.as_ref().map_or(usize::MAX, |t| t.start.abs_diff(starts.get(id).copied().unwrap_or(0)));
        // filler -> (distance, trigger start): every relation of the winning trigger keeps it
        // (one per agent of a split role).
        let trigger_start = |r: &Relation| r.trigger.as_ref().map_or(usize::MAX, |t| t.start);
        let mut owner: HashMap<String, (usize, usize)> = HashMap::new();
        for (_, _, r) in kept.iter().filter(|(_, _, r)| r.label == ex.relation) {
            if let Some(id) = filler(r) {
                let d = distance(r, &id);
                let slot = owner.entry(id).or_insert((d, trigger_start(r)));
                if d < slot.0 {
                    *slot = (d, trigger_start(r));
                }
            }
        }
        // A relation that loses a core filler goes; one that loses another role keeps the rest
        // (an old rate: "duties of 28.4 percent on ... and raised its duty on ... from 12 percent").
        let core = crate::document::core_roles(&ex.relation).is_some_and(|c| c.contains(&ex.role.as_str()));
        kept.retain_mut(|(_, _, r)| {
            if r.label != ex.relation || filler(r).map_or(true, |id| owner[&id].1 == trigger_start(r)) {
                return true;
            }
            r.args.retain(|a| a.role != ex.role);
            !core
        });
    }
    kept.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.cmp(&b.1)));
    doc.relations = kept
        .into_iter()
        .enumerate()
        .map(|(i, (_, _, mut r))| {
            r.id = format!("r{}", i + 1);
            r
        })
        .collect();
}

/// Where each word, and each trigger lemma, occurs: built once per document so that a rule's
/// triggers are looked up, not scanned for.
struct TriggerIndex<'v> {
    words: HashMap<&'v str, Vec<usize>>,
    lemmas: HashMap<&'v str, Vec<usize>>,
}

impl<'v> TriggerIndex<'v> {
    fn new(view: &'v View, rules: &'v RuleSet, res: &Resources) -> TriggerIndex<'v> {
        let mut words: HashMap<&str, Vec<usize>> = HashMap::new();
        for (i, w) in view.words.iter().enumerate() {
            words.entry(w.as_str()).or_default().push(i);
        }
        // The first words of the lemma triggers, and their first two letters: without the
        // syntax layer only words that begin like one are read as verb forms or plurals.
        let wanted: BTreeSet<&str> = rules.rules.iter().flat_map(|r| r.trigger_lemma.iter()).filter_map(|p| p.split_whitespace().next()).collect();
        let prefixes: HashSet<&str> = wanted.iter().filter_map(|l| l.get(..2)).collect();
        let mut lemmas: HashMap<&str, Vec<usize>> = HashMap::new();
        for (i, w) in view.words.iter().enumerate() {
            if let Some(l) = &view.doc.tokens[i].lemma {
                if let Some(l) = wanted.get(l.as_str()) {
                    lemmas.entry(*l).or_default().push(i);
                }
            } else if w.get(..2).is_some_and(|p| prefixes.contains(p)) {
                for l in wanted.iter().filter(|l| view.lemma_is(i, l, res)) {
                    lemmas.entry(*l).or_default().push(i);
                }
            }
        }
        TriggerIndex { words, lemmas }
    }
}

/// Trigger positions of a rule: (start, end, the trigger's mention when it is an entity).
fn triggers(view: &View, rule: &Rule, index: &TriggerIndex) -> Vec<(usize, usize, Option<usize>)> {
    // The phrase right before the trigger, or before one modifier of it ("kept its import
    // levy at 4%").
    let excluded = |i: usize| {
        let modifier = i > 0 && view.has_syntax() && matches!(view.pos(i - 1), "NN" | "JJ" | "RB");
        rule.not_after.iter().any(|phrase| {
            let q: Vec<&str> = phrase.split_whitespace().collect();
            let at = |end: usize| end >= q.len() && view.words[end - q.len()..end].iter().zip(&q).all(|(w, x)| w == x);
            at(i) || modifier && at(i - 1)
        })
    };
    if let Some(t) = &rule.trigger_entity {
        let followed = |m: &Mention| view.mentions[view.starting_in(m.end, m.end + 1)].iter().any(|x| !x.is_ref && rule.not_before_types.contains(&x.label));
        return view.mentions.iter().enumerate().filter(|(_, m)| &m.label == t && m.ids.len() == 1 && !excluded(m.start) && !followed(m)).map(|(i, m)| (m.start, m.end, Some(i))).collect();
    }
    let by_lemma = !rule.trigger_lemma.is_empty();
    let mut out = Vec::new();
    for phrase in rule.trigger.iter().chain(&rule.trigger_lemma) {
        let p: Vec<&str> = phrase.split_whitespace().collect();
        let Some(first) = p.first() else { continue };
        // A lemma trigger: the first word by lemma and part of speech, the rest as words.
        let at = if by_lemma { index.lemmas.get(first) } else { index.words.get(first) };
        for &i in at.map(Vec::as_slice).unwrap_or_default() {
            if by_lemma && !view.pos_is(i, &rule.trigger_pos) {
                continue;
            }
            let Some(end) = phrase_end(view, i, &p) else { continue };
            if view.words.get(end).is_some_and(|w| rule.not_before.contains(w)) {
                continue;
            }
            // A negated verb reports nothing: "The treaty was not signed by", "did not attend".
            if view.has_syntax() && view.pos(i).starts_with("VB") && view.is_negated(i) {
                continue;
            }
            if rule.voice.is_some_and(|v| (v == Voice::Passive) != view.is_passive(i)) {
                continue;
            }
            // Words inside a name ("G20 Summit") are not triggers.
            let in_name = view.entity_at[i..end].iter().flatten().any(|&e| !matches!(view.doc.entities[e].label.as_str(), "TITLE" | "DATE" | "MONEY" | "PERCENT"));
            // A quotation is the speaker's words, a statement: its verbs report nothing.
            if !in_name && !excluded(i) && !view.in_quote(i) {
                out.push((i, end, None));
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

/// Where the trigger phrase `p` whose first word is at token `i` ends, or None when it does not
/// match there. Between two of its words a date may stand, with its preposition: "a plan on
/// Tuesday to raise", "and on Friday to Sydney" (its DATE fills a date slot, `fill_at`).
fn phrase_end(view: &View, i: usize, p: &[&str]) -> Option<usize> {
    let mut j = i + 1;
    let mut skipped = false;
    for q in &p[1..] {
        if view.words.get(j).is_some_and(|w| w == q) {
            j += 1;
            continue;
        }
        if skipped {
            return None;
        }
        skipped = true;
        let from = if view.words.get(j).is_some_and(|w| matches!(w.as_str(), "on" | "in")) { j + 1 } else { j };
        let date = view.mentions[view.starting_in(from, from + 1)].iter().find(|m| m.label == "DATE" && !m.is_ref && !view.is_duration(m))?;
        j = date.end;
        if !view.words.get(j).is_some_and(|w| w == q) {
            return None;
        }
        j += 1;
    }
    Some(j)
}

/// Argument lists: every filler of a split role gets its own relation; references expand.
fn expand(view: &View, filled: &[(String, Vec<usize>)], split: &[String]) -> Vec<Vec<Arg>> {
    let mut out: Vec<Vec<Arg>> = vec![Vec::new()];
    for (role, mentions) in filled {
        let ids: Vec<&String> = mentions.iter().flat_map(|&m| view.mentions[m].ids.iter()).collect();
        let arg = |id: &String| Arg { role: role.clone(), entity: Some(id.clone()), start: None, end: None, text: None };
        if split.contains(role) && !ids.is_empty() {
            out = out.into_iter().flat_map(|base| ids.iter().map(move |id| { let mut v = base.clone(); v.push(arg(id)); v })).collect();
        } else {
            for a in out.iter_mut() {
                a.extend(ids.iter().map(|id| arg(id)));
            }
        }
    }
    // A relation never names the same entity twice in one role.
    for args in out.iter_mut() {
        let mut seen = BTreeMap::new();
        args.retain(|a| seen.insert((a.role.clone(), a.entity.clone()), ()).is_none());
    }
    out
}
