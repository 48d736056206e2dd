//! Stage 4: entity typing and merging. Model labels (CoNLL PER/ORG/LOC/MISC, or any of the 17
//! types) are mapped into the 17 types with the gazetteers; pattern, model and gazetteer
//! mentions are merged into one non-overlapping layer.
//!
//! Precedence (docs/pipeline.md): 1. pattern entities (numbers, dates, times, titles);
//! 2. model entities — trimmed to the tokens no pattern entity holds when they overlap one
//!    ("President Trump" -> TITLE "President" + PERSON "Trump"), dropped if nothing is left,
//!    except that a title inside a name and not at the start of a PERSON stays in the name
//!    ("Martin Luther King", "Prime Minister's Office"), and
//!    except that a model name of type EVENT/LAW/ORG/PRODUCT/FAC containing a number keeps it
//!    ("G20 Summit"); 3. gazetteer names (countries, cities, regions, demonyms, organisations)
//!    on tokens nobody claimed. Leading determiners never start an entity. Then an ORG followed
//!    by a capitalised event name becomes one EVENT, and a one-word model name that is a
//!    PERSON's surname elsewhere in the document becomes PERSON.

use super::segment::is_possessive;
use super::{Annotation, DocumentStage, Mention};
use crate::document::{Document, Entity, TextView, TYPES};
use crate::resources::{Gazetteer, PlaceKind, Resources};

const EVENT_WORDS: [&str; 17] = [
    "Summit", "summit", "Meeting", "Forum", "Conference", "Games", "Olympics", "Cup", "Championship", "War", "Expo", "Dialogue", "Festival", "Congress", "Assembly", "Week", "Meetings",
];
const LAW_WORDS: [&str; 13] = ["Act", "Treaty", "Agreement", "Accord", "Strategy", "Convention", "Charter", "Law", "Protocol", "Pact", "Constitution", "Declaration", "Annex"];
const FAC_WORDS: [&str; 13] = ["Airport", "Base", "base", "Bridge", "Palace", "Stadium", "Station", "Tower", "Hall", "Port", "Building", "Center", "Hospital"];
/// Last words that make a name the model took for a place a facility ("Jubilee House", "Elmina
/// Castle"); of a name it took for an organisation only "House" and convention centres do
/// (`is_org_facility`), and never one the gazetteers know as an organisation ("White House").
const FAC_HEADS: [&str; 24] = [
    "Airport", "Bridge", "Palace", "Stadium", "Station", "Tower", "Hall", "Building", "House", "Hospital", "Cathedral", "Mosque", "Temple", "Highway", "Tunnel", "Dam",
    "Pipeline", "Canal", "Shipyard", "Castle", "Bhawan", "Bhavan", "Capitol", "Wall",
];
/// First words of facility names in other languages and of camps and forts ("Casa Rosada",
/// "Palais des Nations", "Camp Aguinaldo").
const FAC_FIRST: [&str; 8] = ["Palacio", "Palais", "Palazzo", "Casa", "Camp", "Fort", "Castle", "Plaza"];
/// Words before a last "Center"/"Centre" that make a facility ("Convention Center").
const FAC_CENTRE: [&str; 6] = ["Convention", "Exhibition", "Conference", "Congress", "Expo", "Space"];
/// Storm words that begin a named EVENT ("Typhoon Amihan").
const STORM_WORDS: [&str; 5] = ["Typhoon", "Hurricane", "Cyclone", "Storm", "Tropical Storm"];
/// "Tokyo-based", "Tsingshan-backed": the name before the hyphen is the entity.
const NAME_SUFFIXES: [&str; 8] = ["-based", "-backed", "-owned", "-led", "-listed", "-headquartered", "-funded", "-controlled"];
/// ("Region" is not one: "the Ashanti Region" is an administrative region, a GPE.)
const LOC_WORDS: [&str; 14] = ["Sea", "Ocean", "River", "Mountain", "Mount", "Strait", "Peninsula", "Island", "Islands", "Gulf", "Bay", "Valley", "Lake", "Desert"];

/// Words of water and land that take a name after "of" ("Gulf of Suez", "Cape of Good Hope").
const LOC_OF_HEADS: [&str; 8] = ["Gulf", "Bay", "Sea", "Strait", "Straits", "Cape", "Isle", "Lake"];

/// Maps a model label and the mention's words to one of the 17 types (None: not an entity).
pub fn map_label(label: &str, words: &[&str], res: &Resources) -> Option<&'static str> {
    let text = words.join(" ");
    let g = &res.gazetteer;
    let has = |set: &[&str]| words.iter().any(|w| set.contains(w));
    let t = match label {
        "PER" | "PERSON" => "PERSON",
        "ORG" if has(&EVENT_WORDS) && words.len() > 1 && !is_legislature(words) => "EVENT",
        // "Kuala Lumpur Peace Accord": a name that ends in a law word is a LAW.
        "ORG" if words.len() > 1 && LAW_WORDS.contains(&words[words.len() - 1]) && g.org(&text).is_none() => "LAW",
        "ORG" if words.len() > 1 && g.org(&text).is_none() && is_org_facility(words) => "FAC",
        "ORG" if words.len() == 1 && g.org(&text).is_none() && g.demonym(&text).is_some() => "NORP",
        "ORG" => "ORG",
        "LOC" | "GPE" => match g.place(&text) {
            Some((PlaceKind::Region, _)) => "LOC",
            Some(_) => "GPE",
            None if g.demonym(&text).is_some() => "NORP",
            None if g.org(&text).is_some() && !has(&FAC_WORDS) => "ORG",
            None if has(&FAC_WORDS) || is_facility(words) => "FAC",
            None if has(&LOC_WORDS) => "LOC",
            None if label == "GPE" => "GPE",
            None if g.org(&text).is_some() => "ORG",
            None => "GPE",
        },
        "MISC" | "NORP" | "EVENT" | "LAW" | "PRODUCT" => {
            if g.demonym(&text).is_some() {
                "NORP"
            } else if has(&EVENT_WORDS) || words.len() == 1 && is_numbered_conference(words[0]) {
                "EVENT"
            } else if has(&LAW_WORDS) {
                "LAW"
            } else if label != "MISC" {
                TYPES.iter().find(|t| **t == label).copied()?
            } else if g.org(&text).is_some() {
                // A miscellaneous name the gazetteers know as an organisation ("G7").
                "ORG"
            } else if words.len() == 1 && (text.ends_with("ese") || text.ends_with("an") || text.ends_with("ish") || text.ends_with("ians") || text.ends_with("ans")) {
                "NORP"
            } else {
                "PRODUCT"
            }
        }
        other => TYPES.iter().find(|t| **t == other).copied()?,
    };
    Some(t)
}

/// A numbered conference of the parties to a convention: "COP30", "COP16".
fn is_numbered_conference(word: &str) -> bool {
    word.strip_prefix("COP").is_some_and(|n| !n.is_empty() && n.len() <= 2 && n.chars().all(|c| c.is_ascii_digit()))
}

/// Whether a name with "Congress" or "Assembly" is a legislature, not a meeting: "Congress of
/// Deputies", "National Assembly" (not "Quantum World Congress", "World Health Assembly").
fn is_legislature(words: &[&str]) -> bool {
    let at = words.iter().position(|w| matches!(*w, "Congress" | "Assembly"));
    at.is_some_and(|i| words.get(i + 1) == Some(&"of") || words[0] == "National")
}

/// Whether a name's last word (or last two) names a facility.
fn is_facility(words: &[&str]) -> bool {
    let n = words.len();
    FAC_HEADS.contains(&words[n - 1]) || n > 1 && FAC_FIRST.contains(&words[0]) || is_org_facility(words)
}

/// Whether a name the model took for an organisation is a facility: "Government House", a
/// convention centre (not "Crystal Palace" or "Wembley Stadium", which name clubs and teams as
/// often as places).
fn is_org_facility(words: &[&str]) -> bool {
    let n = words.len();
    words[n - 1] == "House" || n > 1 && matches!(words[n - 1], "Center" | "Centre") && FAC_CENTRE.contains(&words[n - 2])
}

/// The name in a token like "Tokyo-based": its length in bytes, or None.
fn name_before_suffix(word: &str) -> Option<usize> {
    let suffix = NAME_SUFFIXES.iter().find(|s| word.len() > s.len() + 1 && word.ends_with(**s))?;
    let name = &word[..word.len() - suffix.len()];
    name.starts_with(|c: char| c.is_uppercase()).then_some(name.len())
}

/// Merges pattern, model and gazetteer mentions into `doc.entities` (ids e1.. in text order).
pub fn merge(doc: &mut Document, view: &TextView, patterns: Vec<Mention>, model: Vec<Mention>, res: &Resources) {
    let idx = &view.chars;
    let words = view.words(&doc.text);
    let mut owner: Vec<Option<usize>> = vec![None; words.len()];
    let mut kept: Vec<Mention> = Vec::new();
    let claim = |m: Mention, owner: &mut Vec<Option<usize>>, kept: &mut Vec<Mention>| {
        for o in &mut owner[m.start..m.end] {
            *o = Some(kept.len());
        }
        kept.push(m);
    };
    for m in patterns {
        if owner[m.start..m.end].iter().all(Option::is_none) {
            claim(m, &mut owner, &mut kept);
        }
    }
    for mut m in model {
        trim_determiners(&mut m, &words);
        if m.start >= m.end {
            continue;
        }
        let name_with_number = matches!(m.label.as_str(), "EVENT" | "LAW" | "ORG" | "PRODUCT" | "FAC");
        let overlapped: Vec<usize> = owner[m.start..m.end].iter().flatten().copied().collect();
        if !overlapped.is_empty() {
            let all_numeric = overlapped.iter().all(|&k| !matches!(kept[k].label.as_str(), "TITLE" | "DATE" | "TIME") && kept[k].source == "rule");
            let contains = overlapped.iter().all(|&k| kept[k].start >= m.start && kept[k].end <= m.end);
            // A title word inside a name, not at its start, is part of the name ("Martin Luther
            // King", "Prime Minister's Office").
            let title_inside = overlapped.iter().all(|&k| kept[k].label == "TITLE" && (kept[k].start > m.start || m.label != "PERSON"));
            // So is a lone weekday or month word after a name's first word ("Sheffield
            // Wednesday", "Theresa May").
            let date_word_inside = overlapped.iter().all(|&k| kept[k].label == "DATE" && kept[k].end - kept[k].start == 1 && kept[k].start > m.start && words[kept[k].start].chars().all(char::is_alphabetic));
            if contains && (title_inside || date_word_inside) && m.end - m.start > 1 {
                for &k in &overlapped {
                    kept[k].label.clear(); // dropped below
                }
                for o in &mut owner[m.start..m.end] {
                    *o = None;
                }
            } else if name_with_number && all_numeric && contains && m.end - m.start > 1 {
                for &k in &overlapped {
                    kept[k].label.clear(); // dropped below
                }
                for o in &mut owner[m.start..m.end] {
                    *o = None;
                }
            } else {
                // Keep the longest free run of tokens.
                let mut best = (m.start, m.start);
                let mut run = m.start;
                for i in m.start..=m.end {
                    if i == m.end || owner[i].is_some() {
                        if i - run > best.1 - best.0 {
                            best = (run, i);
                        }
                        run = i + 1;
                    }
                }
                m.start = best.0;
                m.end = best.1;
                trim_determiners(&mut m, &words);
                if m.start >= m.end || words[m.start..m.end].iter().all(|w| !w.chars().any(char::is_alphanumeric)) {
                    continue;
                }
            }
        }
        claim(m, &mut owner, &mut kept);
    }
    for m in gazetteer_mentions(&words, &owner, res) {
        claim(m, &mut owner, &mut kept);
    }
    for m in unclaimed_events(&words, &owner, &mut kept) {
        claim(m, &mut owner, &mut kept);
    }
    kept.retain(|m| !m.label.is_empty());
    join_adjacent(&mut kept, &words);
    kept.retain(|m| !m.label.is_empty());
    join_org_summits(&mut kept, &words, &owner);
    join_events(&mut kept, &words, doc);
    kept.retain(|m| !m.label.is_empty());
    join_org_event_runs(&mut kept, &words);
    portfolio_titles(&mut kept, &words, res);
    kept.retain(|m| !m.label.is_empty());
    surnames_are_people(&mut kept, &words, res);
    places_not_people(&mut kept, &words, res);
    possessors_of_titles(&mut kept, &words);
    holders_of_titles(&mut kept, &words, res);
    described_companies(&mut kept, &words);
    one_type_per_name(&mut kept, &words, res);
    places_and_ages(&mut kept, &words, res);
    // A model name cut down to a nationality by a title beside it ("Vietnamese" of "Vietnamese
    // Industry and Trade Minister") is a NORP.
    for m in kept.iter_mut().filter(|m| m.source == "model" && m.end - m.start == 1 && m.label != "NORP") {
        if res.gazetteer.demonym(words[m.start]).is_some() && res.gazetteer.place(words[m.start]).is_none() {
            m.label = "NORP".into();
        }
    }
    kept.sort_by_key(|m| (m.start, m.end));
    doc.entities = kept
        .into_iter()
        .enumerate()
        .map(|(i, m)| {
            let (s, mut e) = (doc.tokens[m.start].start, doc.tokens[m.end - 1].end);
            let mut label = m.label;
            // "Tokyo-based" -> GPE "Tokyo"; "Tsingshan-backed" -> ORG "Tsingshan".
            if m.end - m.start == 1 {
                if let Some(n) = name_before_suffix(words[m.start]) {
                    let name = &words[m.start][..n];
                    e = s + name.chars().count();
                    label = match gazetteer_label(&res.gazetteer, name) {
                        Some(l) if l != "ORG" => l.into(),
                        _ if matches!(label.as_str(), "PERSON" | "ORG") => label,
                        _ => "ORG".into(),
                    };
                }
            }
            Entity {
                id: format!("e{}", i + 1),
                label,
                start: s,
                end: e,
                text: idx.slice(&doc.text, s, e).to_string(),
                score: m.score.map(|x| crate::util::round_score(x as f64)),
                source: Some(m.source.to_string()),
                canonical: None,
                value: m.value,
            }
        })
        .collect();
}

/// Stage 4 over a batch: merges each document's candidates into `entities`.
pub struct Typing<'a> {
    pub res: &'a Resources,
}

impl DocumentStage for Typing<'_> {
    const NAME: &'static str = "typing";

    fn annotate_one(&self, a: &mut Annotation) {
        let (patterns, model) = (std::mem::take(&mut a.patterns), std::mem::take(&mut a.model));
        merge(&mut a.doc, &a.view, patterns, model, self.res);
    }
}

fn trim_determiners(m: &mut Mention, words: &[&str]) {
    // "The Hague" is the city's name, article and all.
    while m.start < m.end && matches!(words[m.start], "the" | "The" | "a" | "an" | "A" | "An") && !(words[m.start] == "The" && words.get(m.start + 1) == Some(&"Hague")) {
        m.start += 1;
    }
    while m.end > m.start && matches!(words[m.end - 1], "'s" | "’s" | "," | "." | ";" | ":" | "\"" | "”" | "“" | "'" | "’" | "(" | ")" | "and" | "or") {
        m.end -= 1;
    }
}

/// Particles inside Arabic, Dutch, German, Spanish and Portuguese personal names ("Mohammed bin
/// Salman", "Ursula von der Leyen").
const NAME_PARTICLES: [&str; 12] = ["bin", "bint", "ibn", "al", "van", "von", "der", "de", "da", "del", "dos", "la"];

/// Two model names side by side that are one: a place before an organisation's acronym ("Africa
/// CDC"), a personal name and its particle-led rest ("Mohammed" + "bin Salman"), and an
/// organisation before its event ("G7" + "Industry Ministers’ Meeting"). The second is merged
/// into the first (its label cleared, dropped by the caller).
fn join_adjacent(kept: &mut [Mention], words: &[&str]) {
    let mut order: Vec<usize> = (0..kept.len()).collect();
    order.sort_by_key(|&i| kept[i].start);
    for w in 1..order.len() {
        let (a, b) = (order[w - 1], order[w]);
        // "Gulf" + "of" + "Suez", "Cape" + "of" + "Good Hope": a water or land word and the name
        // after its "of" are one LOC.
        let of_name = kept[a].end + 1 == kept[b].start && words[kept[a].end] == "of" && kept[a].end - kept[a].start == 1 && LOC_OF_HEADS.contains(&words[kept[a].start]) && kept[b].source == "model";
        if of_name && !kept[a].label.is_empty() && kept[a].source == "model" && !matches!(kept[b].label.as_str(), "PERSON" | "DATE") {
            kept[a].end = kept[b].end;
            kept[a].label = "LOC".into();
            kept[b].label.clear();
            continue;
        }
        if kept[a].label.is_empty() || kept[a].end != kept[b].start || kept[a].source != "model" || kept[b].source == "rule" && kept[b].label != "EVENT" {
            continue;
        }
        let first = &words[kept[a].start..kept[a].end];
        let second = &words[kept[b].start..kept[b].end];
        let acronym = |w: &[&str]| w.len() == 1 && (2..=6).contains(&w[0].len()) && w[0].chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit()) && w[0].chars().any(|c| c.is_ascii_uppercase());
        // (Not in upper-case tables of results: "HOUSTON UTAH", two teams.)
        let cased = first.iter().any(|w| w.chars().any(char::is_lowercase));
        let label = match (kept[a].label.as_str(), kept[b].label.as_str()) {
            ("LOC", "ORG") if acronym(second) && cased => "ORG",
            ("PERSON", "PERSON") if NAME_PARTICLES.contains(&second[0]) => "PERSON",
            ("ORG", "EVENT") if acronym(first) => "EVENT",
            _ => continue,
        };
        kept[a].end = kept[b].end;
        kept[a].label = label.into();
        kept[b].label.clear();
    }
}

/// "ASEAN summit", "APEC Economic Leaders’ Meeting": an ORG followed by capitalised words
/// (apostrophes allowed) that end in an event word is one EVENT; ending in a law word, one LAW
/// ("EU-Mercosur Partnership Agreement").
fn join_org_summits(kept: &mut [Mention], words: &[&str], owner: &[Option<usize>]) {
    for m in kept.iter_mut() {
        if m.label != "ORG" {
            continue;
        }
        let mut end = m.end;
        let mut last_event = None;
        let mut last_law = None;
        while end < words.len() && end - m.end < 6 && owner[end].is_none() {
            let w = words[end];
            if EVENT_WORDS.contains(&w) {
                last_event = Some(end + 1);
            }
            // "EU-Mercosur Partnership" + "Agreement": the name of a law.
            if LAW_WORDS.contains(&w) {
                last_law = Some(end + 1);
            }
            let capital = w.starts_with(|c: char| c.is_uppercase());
            if !(capital || w == "summit" || matches!(w, "’" | "'" | "of" | "and")) {
                break;
            }
            end += 1;
        }
        if let Some(e) = last_event {
            m.end = e;
            m.label = "EVENT".into();
        } else if let Some(e) = last_law {
            m.end = e;
            m.label = "LAW".into();
        }
    }
}

/// An organisation, capitalised words with an "and" or a "for" among them, and an event are one EVENT: "G20"
/// + "Finance Ministers and" + "Central Bank Governors Meeting". The event is merged into the
/// organisation (its label cleared, dropped by the caller).
fn join_org_event_runs(kept: &mut [Mention], words: &[&str]) {
    kept.sort_by_key(|m| (m.start, m.end));
    for b in 1..kept.len() {
        let a = b - 1;
        if kept[a].label != "ORG" || kept[b].label != "EVENT" || kept[b].start <= kept[a].end || kept[b].start - kept[a].end > 5 {
            continue;
        }
        let gap = &words[kept[a].end..kept[b].start];
        // ("APEC" + "Ministers Responsible for" + "Trade Meeting": "for" joins too; stop 25.)
        let named = gap.iter().all(|g| g.starts_with(|c: char| c.is_uppercase()) || matches!(*g, "and" | "of" | "for" | "\u{2019}" | "'"));
        if named && (gap.contains(&"and") || gap.contains(&"for")) && !matches!(gap[0], "and" | "for") {
            kept[a].end = kept[b].end;
            kept[a].label = "EVENT".into();
            kept[b].label.clear();
        }
    }
}

/// Event words that make an EVENT of capitalised words nobody claimed: not "Week" ("Same Period
/// Last Week" in a table), "Assembly" or "Congress" (legislatures), "War" or "Cup".
const UNCLAIMED_EVENT_WORDS: [&str; 7] = ["Conference", "Summit", "Forum", "Expo", "Dialogue", "Festival", "Meeting"];

/// Capitalised words that no stage claimed and that end in an event word are one EVENT
/// ("the Global Fund's Eighth Replenishment Conference"): at least two words, with "of", "on",
/// "and" and apostrophes inside; a capitalised ORDINAL that opens them joins the name (its
/// pattern entity is dropped).
fn unclaimed_events(words: &[&str], owner: &[Option<usize>], kept: &mut [Mention]) -> Vec<Mention> {
    let capital = |w: &str| w.starts_with(|c: char| c.is_uppercase()) && w.chars().any(char::is_lowercase);
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if owner[i].is_some() || !capital(words[i]) {
            i += 1;
            continue;
        }
        let mut end = i;
        let mut last_event = None;
        while end < words.len() && owner[end].is_none() && (capital(words[end]) || end > i && matches!(words[end], "of" | "on" | "and" | "’" | "'")) {
            if UNCLAIMED_EVENT_WORDS.contains(&words[end]) {
                last_event = Some(end + 1);
            }
            end += 1;
        }
        // Right after an organisation the name is its event, joined later ("APEC Digital
        // Ministers' Meeting", `join_org_summits`).
        let after_org = i > 0 && owner[i - 1].is_some_and(|k| kept[k].label == "ORG" && kept[k].end == i);
        if let Some(e) = last_event.filter(|_| !after_org) {
            // An opening ordinal: "Eighth Replenishment Conference".
            let ordinal = i.checked_sub(1).and_then(|j| owner[j]).filter(|&k| kept[k].label == "ORDINAL" && kept[k].end == i && kept[k].end - kept[k].start == 1 && capital(words[i - 1]));
            if let Some(k) = ordinal {
                kept[k].label.clear(); // dropped by the caller
            }
            let start = if ordinal.is_some() { i - 1 } else { i };
            if e - start >= 2 {
                out.push(Mention { start, end: e, label: "EVENT".into(), score: None, source: "rule", value: None });
            }
        }
        i = end.max(i + 1);
    }
    out
}

/// Two names that are one EVENT: a place joined by a hyphen to the event it names
/// ("Vietnam-Korea Business Forum", split at the hyphen by the segmenter), and a storm word with
/// the storm's name ("Typhoon Amihan").
fn join_events(kept: &mut Vec<Mention>, words: &[&str], doc: &Document) {
    kept.sort_by_key(|m| (m.start, m.end));
    let adjacent = |a: usize, b: usize| doc.tokens[a].end == doc.tokens[b].start;
    for k in 1..kept.len() {
        let (prev, cur) = (&kept[k - 1], &kept[k]);
        if prev.label.is_empty() || cur.label.is_empty() {
            continue;
        }
        let hyphenated = cur.label == "EVENT" && prev.label == "GPE" && prev.end + 1 == cur.start && words[prev.end] == "-" && adjacent(prev.end - 1, prev.end) && adjacent(prev.end, cur.start);
        let storm = prev.end == cur.start && STORM_WORDS.contains(&words[prev.start..prev.end].join(" ").as_str()) && cur.end - cur.start == 1 && words[cur.start].starts_with(|c: char| c.is_uppercase());
        if hyphenated || storm {
            let end = cur.end;
            kept[k - 1].end = end;
            kept[k - 1].label = "EVENT".into();
            kept[k].label.clear(); // dropped by the caller
        }
    }
}

/// Words before a portfolio that are not part of it ("Former Trade Minister").
const NOT_PORTFOLIO: [&str; 9] = ["The", "A", "An", "Former", "Then", "Acting", "Outgoing", "Incoming", "New"];

/// "Agriculture Minister", "Armed Forces Minister", "Investment, Trade and Industry Minister":
/// a TITLE ending in Minister, Secretary or Commissioner takes in the capitalised portfolio
/// words before it, and a model ORG made of them ("Energy and Mineral Resources"); "and" and
/// commas only after a portfolio word. Other entities (a nationality, a person, a date) end it.
fn portfolio_titles(kept: &mut [Mention], words: &[&str], res: &Resources) {
    kept.sort_by_key(|m| (m.start, m.end));
    for t in 0..kept.len() {
        if kept[t].label != "TITLE" || !matches!(words[kept[t].end - 1], "Minister" | "Secretary" | "Commissioner") {
            continue;
        }
        // A nationality, a place or an acronym is no portfolio ("Philippine Defence Secretary",
        // "EU Trade Commissioner"), even where the model did not tag it.
        let known = |w: &str| res.gazetteer.demonym(w).is_some() || res.gazetteer.place(w).is_some() || w.chars().count() > 1 && w.chars().all(|c| c.is_uppercase() || c == '.');
        let capital = |w: &str| w.starts_with(|c: char| c.is_uppercase()) && !NOT_PORTFOLIO.contains(&w) && !known(w);
        let mut start = kept[t].start;
        let mut prev = t; // the mention before `start`, when it is an ORG taken in
        let mut absorbed = Vec::new();
        loop {
            let i = match start.checked_sub(1) {
                Some(i) => i,
                None => break,
            };
            // The entity holding token i, if any (kept is sorted by start).
            let holder = (0..prev).rev().find(|&k| kept[k].start <= i && i < kept[k].end && !kept[k].label.is_empty());
            match holder {
                Some(k) if kept[k].label == "ORG" && kept[k].source == "model" && kept[k].end == start && res.is_portfolio(words[kept[k].start]) && words[kept[k].start..kept[k].end].iter().all(|w| capital(w) || matches!(*w, "and" | ",")) => {
                    absorbed.push(k);
                    start = kept[k].start;
                    prev = k;
                }
                Some(_) => break,
                None if capital(words[i]) => start = i,
                None if matches!(words[i], "and" | ",") && i > 0 && res.is_portfolio(words[i - 1]) && holder_free(kept, i - 1, prev) => start = i,
                None => break,
            }
        }
        // Never begin with a joiner.
        while start < kept[t].start && matches!(words[start], "and" | ",") {
            start += 1;
        }
        if start < kept[t].start {
            for k in absorbed {
                if kept[k].start >= start {
                    kept[k].label.clear(); // dropped by the caller
                }
            }
            kept[t].start = start;
        }
    }
}

/// Whether no live mention among the first `upto` holds token `i`.
fn holder_free(kept: &[Mention], i: usize, upto: usize) -> bool {
    !kept[..upto].iter().any(|m| m.start <= i && i < m.end && !m.label.is_empty())
}

/// A model name that is the surname of a PERSON elsewhere in the document is that person
/// ("Albanese" after "Anthony Albanese"), unless the gazetteers know it as something else.
fn surnames_are_people(kept: &mut [Mention], words: &[&str], res: &Resources) {
    let surnames: std::collections::HashSet<&str> =
        kept.iter().filter(|m| m.label == "PERSON" && m.end - m.start > 1).map(|m| words[m.end - 1]).collect();
    for m in kept.iter_mut() {
        let w = words[m.start];
        if m.source == "model" && m.end - m.start == 1 && m.label != "PERSON" && surnames.contains(w) && res.gazetteer.demonym(w).is_none() && res.gazetteer.place(w).is_none() {
            m.label = "PERSON".into();
        }
    }
}

/// A one-word model PERSON that the gazetteers know as a city or country, and that is no word of
/// a person the document names in full, is that place: "talks with Washington", "is expected to
/// visit Kumamoto" (not "Jordan" after "Jordan Bardella").
fn places_not_people(kept: &mut [Mention], words: &[&str], res: &Resources) {
    let name_words: std::collections::HashSet<&str> = kept.iter().filter(|m| m.label == "PERSON" && m.end - m.start > 1).flat_map(|m| words[m.start..m.end].iter().copied()).collect();
    for m in kept.iter_mut() {
        let w = words[m.start];
        if m.source == "model" && m.label == "PERSON" && m.end - m.start == 1 && res.gazetteer.is_place_name(w) && !name_words.contains(w) {
            m.label = "GPE".into();
        }
    }
}

/// A one-word model PERSON that owns a title ("Vattenfall's chief executive") is an organisation,
/// unless it is the surname of a person the document names in full ("Trump's chief of staff").
fn possessors_of_titles(kept: &mut [Mention], words: &[&str]) {
    kept.sort_by_key(|m| (m.start, m.end));
    let surnames: std::collections::HashSet<&str> = kept.iter().filter(|m| m.label == "PERSON" && m.end - m.start > 1).map(|m| words[m.end - 1]).collect();
    for k in 0..kept.len() {
        let m = &kept[k];
        let owns_title = words.get(m.end).is_some_and(|w| is_possessive(w)) && kept.get(k + 1).is_some_and(|t| t.label == "TITLE" && t.start == m.end + 1);
        if m.source == "model" && m.label == "PERSON" && m.end - m.start == 1 && owns_title && !surnames.contains(words[m.start]) {
            kept[k].label = "ORG".into();
        }
    }
}

/// A model ORG in apposition with a title is the title's holder, a PERSON: "The company's
/// chairman, C.C. Wei, is expected", "met Airlangga Hartarto, Indonesia's coordinating minister"
/// (the title right after the comma, past "the" or a possessor). Not a name the gazetteers know.
/// Runs on mentions sorted by start (after `possessors_of_titles`).
fn holders_of_titles(kept: &mut [Mention], words: &[&str], res: &Resources) {
    for k in 0..kept.len() {
        let m = &kept[k];
        if m.source != "model" || m.label != "ORG" || gazetteer_label(&res.gazetteer, &words[m.start..m.end].join(" ")).is_some() {
            continue;
        }
        let comma_after = words.get(m.end) == Some(&",");
        let title_before = m.start >= 2 && words[m.start - 1] == "," && k > 0 && kept[k - 1].label == "TITLE" && kept[k - 1].end + 1 == m.start;
        let title_after = comma_after
            && kept[k + 1..].iter().take(2).any(|t| {
                let lead = &words[m.end + 1..t.start.max(m.end + 1)];
                // (One lower-case modifier may stand before the title: "coordinating minister".)
                let lead = match lead.last() {
                    Some(w) if lead.len() > 1 && w.chars().all(char::is_lowercase) => &lead[..lead.len() - 1],
                    _ => lead,
                };
                let possessor = lead.len() >= 2 && is_possessive(lead[lead.len() - 1]) && lead[..lead.len() - 1].iter().all(|w| w.chars().next().is_some_and(char::is_uppercase));
                t.label == "TITLE" && (lead.is_empty() || lead == ["the"] || possessor)
            });
        if (title_before && comma_after) || title_after {
            kept[k].label = "PERSON".into();
        }
    }
}

/// Lower-case nouns that describe a company right before its name ("copper miner Andes Cobre",
/// "chipmaker Hanul").
const COMPANY_DESCRIPTORS: [&str; 17] = [
    "miner", "chipmaker", "carmaker", "automaker", "drugmaker", "steelmaker", "shipbuilder", "manufacturer", "producer", "retailer", "lender", "insurer", "conglomerate", "start-up",
    "startup", "company", "maker",
];

/// A model PERSON right after a company descriptor is an organisation: "copper miner Andes
/// Cobre said it would invest".
fn described_companies(kept: &mut [Mention], words: &[&str]) {
    let described: Vec<Vec<&str>> = kept.iter().filter(|m| m.source == "model" && m.label == "PERSON" && m.start > 0 && COMPANY_DESCRIPTORS.contains(&words[m.start - 1])).map(|m| words[m.start..m.end].to_vec()).collect();
    // (Every mention of that name: "Barry Callebaut will:" later in the article.)
    for m in kept.iter_mut().filter(|m| m.source == "model" && m.label == "PERSON") {
        if described.iter().any(|d| d[..] == words[m.start..m.end]) {
            m.label = "ORG".into();
        }
    }
}

/// Readings that depend on the words around a name: an organisation named for its building is
/// the building after "at", "in", "to", "inside", "outside" or a form of "visit" ("is due to
/// visit the White House": FAC; "the White House said": ORG); a number of two digits between
/// commas right after a person is an age, a DATE ("Magyar, 45, pledged"); a name that a
/// lower-case "conference" or "forum" follows is an event's ("the Future Investment Initiative
/// conference"); an organisation's name after "in" or "near" that a place follows in apposition is
/// a place ("in Morowali, Central Sulawesi,").
fn places_and_ages(kept: &mut [Mention], words: &[&str], res: &Resources) {
    let mut order: Vec<usize> = (0..kept.len()).collect();
    order.sort_by_key(|&i| kept[i].start);
    for w in 0..order.len() {
        let i = order[w];
        let m = &kept[i];
        let before = |k: usize| m.start.checked_sub(k).map(|j| words[j]);
        let lead = if before(1) == Some("the") { before(2) } else { before(1) };
        let building = m.label == "ORG" && m.end - m.start > 1 && FAC_HEADS.contains(&words[m.end - 1]);
        if building && lead.is_some_and(|w| matches!(w, "at" | "in" | "to" | "inside" | "outside" | "visit" | "visited" | "visiting" | "visits")) {
            kept[i].label = "FAC".into();
            continue;
        }
        // "the Future Investment Initiative conference": a name a lower-case meeting word
        // describes is an event's (not an organisation the gazetteers know).
        // So is one in apposition with such a phrase, or whose day, opening or sidelines are
        // spoken of: "the first day of the Future Investment Initiative, the kingdom's annual
        // business conference" (stop 25).
        let meeting_word = |w: &str| matches!(w, "conference" | "forum" | "summit" | "meeting" | "gathering" | "congress" | "expo");
        let apposed = words.get(m.end) == Some(&",") && words.get(m.end + 1).is_some_and(|w| matches!(*w, "the" | "a" | "an" | "its")) && words.iter().skip(m.end + 2).take(6).take_while(|w| !matches!(**w, "," | "." | ";")).any(|w| meeting_word(w));
        let occasion = before(1) == Some("the") && before(2) == Some("of") && before(3).is_some_and(|w| matches!(w, "day" | "opening" | "sidelines" | "edition" | "session" | "close"));
        let described_event = m.label == "ORG" && m.source == "model" && m.end - m.start > 1 && (words.get(m.end).is_some_and(|w| matches!(*w, "conference" | "forum")) || apposed || occasion) && res.gazetteer.org(&words[m.start..m.end].join(" ")).is_none();
        if described_event {
            kept[i].label = "EVENT".into();
            continue;
        }
        // "a cathode plant in Morowali, Central Sulawesi,": a name after "in" or "near" that a
        // place follows in apposition is a place (not the company "Morowali Nickel").
        let next = order.get(w + 1).map(|&j| &kept[j]);
        let placed = next.is_some_and(|n| n.label == "GPE" && n.start == m.end + 1 && words.get(n.end).is_some_and(|w| matches!(*w, "," | "." | ";")));
        if m.label == "ORG" && m.source == "model" && m.end - m.start <= 2 && matches!(before(1), Some("in" | "near")) && words.get(m.end) == Some(&",") && placed {
            kept[i].label = "GPE".into();
            continue;
        }
        let age = m.label == "CARDINAL" && m.end == m.start + 1 && words[m.start].len() == 2 && words[m.start].chars().all(|c| c.is_ascii_digit());
        let between_commas = before(1) == Some(",") && words.get(m.end) == Some(&",");
        let after_person = w > 0 && kept[order[w - 1]].label == "PERSON" && kept[order[w - 1]].end + 1 == m.start;
        if age && between_commas && after_person {
            kept[i].label = "DATE".into();
            kept[i].value = None;
        }
    }
}

/// A model name of a type the document's other mentions of it outvote is re-typed only when the
/// model was less sure of it than this: a confident reading stands ("Leeds" the club and "Leeds"
/// the city in one sports report). Chosen on CoNLL-2003 dev (0.9 and 0.98 tried; stop 20).
const VOTE_BELOW: f32 = 0.98;

/// Name types the model may confuse with one another within a document.
const NAME_LABELS: [&str; 6] = ["PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT"];

/// One name, one type in a document: model mentions with the same words that the model typed
/// differently ("Kitebridge" ORG here, GPE there) all take the type with the highest summed
/// score; a one-word model name that begins a longer ORG of the document ("Nordhav" after
/// "Nordhav Energi") is that ORG, unless the gazetteers know the word as a place or a people; a
/// model ORG that the gazetteers know as a country or city is a GPE.
fn one_type_per_name(kept: &mut [Mention], words: &[&str], res: &Resources) {
    let is_name = |m: &Mention| m.source == "model" && NAME_LABELS.contains(&m.label.as_str());
    let firsts: std::collections::HashSet<&str> =
        kept.iter().filter(|m| m.label == "ORG" && m.end - m.start > 1).map(|m| words[m.start]).collect();
    // A capital or a country the model took for an organisation is a GPE ("Capitals standing
    // for governments are GPE": "Rabat", "Washington").
    for m in kept.iter_mut().filter(|m| is_name(m) && m.label == "ORG") {
        let text = words[m.start..m.end].join(" ");
        if res.gazetteer.is_place_name(&text) {
            m.label = "GPE".into();
        }
    }
    // And an organisation the gazetteers know, taken for a person or a product ("Gavi").
    for m in kept.iter_mut().filter(|m| is_name(m) && matches!(m.label.as_str(), "PERSON" | "PRODUCT")) {
        let text = words[m.start..m.end].join(" ");
        if res.gazetteer.org(&text).is_some() && res.gazetteer.place(&text).is_none() {
            m.label = "ORG".into();
        }
    }
    for m in kept.iter_mut().filter(|m| is_name(m) && m.end - m.start == 1 && m.label != "ORG") {
        let w = words[m.start];
        if firsts.contains(w) && res.gazetteer.demonym(w).is_none() && res.gazetteer.place(w).is_none() {
            m.label = "ORG".into();
        }
    }
    // (words) -> (label -> summed score, first position); BTreeMap for a deterministic order.
    let mut votes: std::collections::BTreeMap<Vec<&str>, std::collections::BTreeMap<&str, (f32, usize)>> = std::collections::BTreeMap::new();
    for m in kept.iter().filter(|m| is_name(m)) {
        let label = NAME_LABELS.iter().find(|l| **l == m.label).copied().unwrap_or("ORG");
        let slot = votes.entry(words[m.start..m.end].to_vec()).or_default().entry(label).or_insert((0.0, m.start));
        slot.0 += m.score.unwrap_or(0.5);
        slot.1 = slot.1.min(m.start);
    }
    for m in kept.iter_mut().filter(|m| is_name(m)) {
        let by_label = &votes[&words[m.start..m.end].to_vec()];
        if by_label.len() > 1 && m.score.unwrap_or(0.0) < VOTE_BELOW {
            // The highest sum, then the earliest mention's type.
            let best = by_label.iter().max_by(|a, b| a.1 .0.partial_cmp(&b.1 .0).unwrap_or(std::cmp::Ordering::Equal).then(b.1 .1.cmp(&a.1 .1))).map(|(l, _)| *l);
            if let Some(l) = best {
                m.label = l.to_string();
            }
        }
    }
}

/// What the gazetteers make of a name, in this order: LOC (a region), GPE (another place), NORP
/// (a people), ORG (a known organisation).
fn gazetteer_label(g: &Gazetteer, name: &str) -> Option<&'static str> {
    match g.place(name) {
        Some((PlaceKind::Region, _)) => Some("LOC"),
        Some(_) => Some("GPE"),
        None if g.demonym(name).is_some() => Some("NORP"),
        None if g.org(name).is_some() => Some("ORG"),
        None => None,
    }
}

/// Gazetteer names on unclaimed tokens, longest first.
fn gazetteer_mentions(words: &[&str], owner: &[Option<usize>], res: &Resources) -> Vec<Mention> {
    let g = &res.gazetteer;
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let mut found = None;
        for n in (1..=g.max_words.min(words.len() - i)).rev() {
            if owner[i..i + n].iter().any(Option::is_some) {
                continue;
            }
            let phrase = words[i..i + n].join(" ");
            // "Paris-based": the place or people before the suffix (the entity is trimmed to it,
            // and typed, when built).
            let label = gazetteer_label(g, &phrase).or_else(|| {
                let len = name_before_suffix(&phrase).filter(|_| n == 1)?;
                gazetteer_label(g, &phrase[..len]).filter(|l| *l != "ORG").map(|_| "GPE")
            });
            // Demonyms and places must be capitalised words, not "us" or "may".
            if let Some(l) = label.filter(|_| phrase.starts_with(|c: char| c.is_uppercase())) {
                found = Some((n, l));
                break;
            }
        }
        match found {
            Some((n, l)) => {
                out.push(Mention { start: i, end: i + n, label: l.to_string(), score: None, source: "gazetteer", value: None });
                i += n;
            }
            None => i += 1,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mention(start: usize, end: usize, label: &str, source: &'static str) -> Mention {
        Mention { start, end, label: label.into(), score: Some(0.9), source, value: None }
    }

    /// Merges the pattern and model mentions that `build` makes over `text` (given where a word
    /// first stands) and returns the entities as "text/TYPE".
    fn merged(text: &str, build: impl Fn(&dyn Fn(&str) -> usize) -> (Vec<Mention>, Vec<Mention>)) -> Vec<String> {
        let r = Resources::builtin();
        let mut doc = Document::new("d", text, Default::default());
        let view = crate::stages::segment::segment(&mut doc, &r);
        let words: Vec<&str> = view.words(&doc.text);
        let at = |w: &str| words.iter().position(|x| *x == w).unwrap();
        let (patterns, model) = build(&at);
        merge(&mut doc, &view, patterns, model, &r);
        doc.entities.iter().map(|e| format!("{}/{}", e.text, e.label)).collect()
    }

    fn rule(start: usize, label: &str) -> Mention {
        Mention { start, end: start + 1, label: label.into(), score: None, source: "rule", value: None }
    }

    #[test]
    fn a_name_keeps_a_weekday_or_month_word_it_contains() {
        let r = Resources::builtin();
        let mut doc = Document::new("d", "Sheffield Wednesday lost on Wednesday .", Default::default());
        let view = crate::stages::segment::segment(&mut doc, &r);
        assert_eq!(doc.tokens.len(), 6);
        let patterns = vec![mention(1, 2, "DATE", "rule"), mention(4, 5, "DATE", "rule")];
        merge(&mut doc, &view, patterns, vec![mention(0, 2, "ORG", "model")], &r);
        let got: Vec<(&str, &str)> = doc.entities.iter().map(|e| (e.text.as_str(), e.label.as_str())).collect();
        assert_eq!(got, [("Sheffield Wednesday", "ORG"), ("Wednesday", "DATE")]);
    }

    #[test]
    fn one_name_has_one_type_in_a_document() {
        let r = Resources::builtin();
        let mut doc = Document::new("d", "Kitebridge met Nordhav Energi . Kitebridge and Nordhav signed in Japan .", Default::default());
        let view = crate::stages::segment::segment(&mut doc, &r);
        let mut model = vec![mention(0, 1, "ORG", "model"), mention(2, 4, "ORG", "model"), mention(5, 6, "GPE", "model"), mention(7, 8, "PERSON", "model"), mention(10, 11, "GPE", "model")];
        model[0].score = Some(0.95);
        model[2].score = Some(0.6);
        merge(&mut doc, &view, Vec::new(), model, &r);
        let got: Vec<(&str, &str)> = doc.entities.iter().map(|e| (e.text.as_str(), e.label.as_str())).collect();
        // The higher summed score wins for "Kitebridge"; "Nordhav" begins the ORG "Nordhav
        // Energi"; "Japan" keeps its type.
        assert_eq!(got, [("Kitebridge", "ORG"), ("Nordhav Energi", "ORG"), ("Kitebridge", "ORG"), ("Nordhav", "ORG"), ("Japan", "GPE")]);
    }

    #[test]
    fn facilities_nationalities_events_and_based_names() {
        let r = Resources::builtin();
        assert_eq!(map_label("LOC", &["Jubilee", "House"], &r), Some("FAC"));
        assert_eq!(map_label("LOC", &["Casa", "Rosada"], &r), Some("FAC"));
        assert_eq!(map_label("ORG", &["Government", "House"], &r), Some("FAC"));
        assert_eq!(map_label("ORG", &["White", "House"], &r), Some("ORG"));
        assert_eq!(map_label("ORG", &["Crystal", "Palace"], &r), Some("ORG"));
        assert_eq!(map_label("LOC", &["Lao"], &r), Some("NORP"));
        let mut doc = Document::new("d", "Tokyo-based Mitsui opened the Vietnam-Korea Business Forum .", Default::default());
        let view = crate::stages::segment::segment(&mut doc, &r);
        let words: Vec<&str> = view.words(&doc.text);
        assert_eq!(words, ["Tokyo-based", "Mitsui", "opened", "the", "Vietnam", "-", "Korea", "Business", "Forum", "."]);
        let model = vec![mention(0, 1, "PRODUCT", "model"), mention(1, 2, "ORG", "model"), mention(4, 5, "GPE", "model"), mention(6, 9, "EVENT", "model")];
        merge(&mut doc, &view, Vec::new(), model, &r);
        let got: Vec<(&str, &str)> = doc.entities.iter().map(|e| (e.text.as_str(), e.label.as_str())).collect();
        assert_eq!(got, [("Tokyo", "GPE"), ("Mitsui", "ORG"), ("Vietnam-Korea Business Forum", "EVENT")]);
    }

    #[test]
    fn unclaimed_event_names_and_described_companies() {
        let got = merged("Donors met at the Eighth Replenishment Conference , at the APEC Digital Ministers’ Meeting and after Same Period Last Week ; copper miner Andes Cobre said .", |at| {
            (vec![rule(at("Eighth"), "ORDINAL")], vec![mention(at("APEC"), at("APEC") + 1, "ORG", "model"), mention(at("Andes"), at("Cobre") + 1, "PERSON", "model")])
        });
        // The ordinal joins the name; after an ORG the words are its event; "Week" makes none here.
        assert_eq!(got, ["Eighth Replenishment Conference/EVENT", "APEC Digital Ministers’ Meeting/EVENT", "Andes Cobre/ORG"]);
    }

    #[test]
    fn org_event_runs_meetings_and_places_after_in() {
        let got = merged("Bessent chaired the G20 Finance Ministers and Central Bank Governors Meeting and toured a plant in Morowali , Central Sulawesi , owned by Morowali Nickel .", |at| {
            let model = vec![
                mention(at("Bessent"), at("Bessent") + 1, "PERSON", "model"),
                mention(at("G20"), at("G20") + 1, "ORG", "model"),
                mention(at("Central"), at("Governors") + 2, "EVENT", "model"),
                mention(at("Morowali"), at("Morowali") + 1, "ORG", "model"),
                mention(at("Sulawesi") - 1, at("Sulawesi") + 1, "GPE", "model"),
                mention(at("Nickel") - 1, at("Nickel") + 1, "ORG", "model"),
            ];
            (Vec::new(), model)
        });
        // An organisation, capitalised words with "and", and an event are one event; a company's
        // first word after "in" with a place in apposition is a place.
        assert_eq!(got, ["Bessent/PERSON", "G20 Finance Ministers and Central Bank Governors Meeting/EVENT", "Morowali/GPE", "Central Sulawesi/GPE", "Morowali Nickel/ORG"]);
        // "Meetings" makes an event of a miscellaneous name.
        assert_eq!(map_label("MISC", &["Spring", "Meetings"], &Resources::builtin()), Some("EVENT"));
    }

    #[test]
    fn adjacent_names_that_are_one_and_legislatures() {
        let r = Resources::builtin();
        let got = merged("The director of Africa CDC met Mohammed bin Salman at the G7 Industry Ministers’ Meeting ; Robles told the Congress of Deputies .", |at| {
            let model = vec![
                mention(at("Africa"), at("Africa") + 1, "LOC", "model"),
                mention(at("CDC"), at("CDC") + 1, "ORG", "model"),
                mention(at("Mohammed"), at("Mohammed") + 1, "PERSON", "model"),
                mention(at("bin"), at("Salman") + 1, "PERSON", "model"),
                mention(at("G7"), at("G7") + 1, "ORG", "model"),
                mention(at("Industry"), at("Meeting") + 1, "EVENT", "model"),
                mention(at("Robles"), at("Robles") + 1, "PERSON", "model"),
                mention(at("Congress"), at("Deputies") + 1, "ORG", "model"),
            ];
            (Vec::new(), model)
        });
        assert_eq!(got, ["Africa CDC/ORG", "Mohammed bin Salman/PERSON", "G7 Industry Ministers’ Meeting/EVENT", "Robles/PERSON", "Congress of Deputies/ORG"]);
        // A legislature is no event; a congress that meets is.
        assert_eq!(map_label("ORG", &["Congress", "of", "Deputies"], &r), Some("ORG"));
        assert_eq!(map_label("ORG", &["National", "Assembly"], &r), Some("ORG"));
        assert_eq!(map_label("ORG", &["Quantum", "World", "Congress"], &r), Some("EVENT"));
        // A name ending in a law word is a LAW; a capitol and a space centre are facilities; a
        // region is administrative.
        assert_eq!(map_label("ORG", &["Kuala", "Lumpur", "Peace", "Accord"], &r), Some("LAW"));
        assert_eq!(map_label("LOC", &["National", "Capitol"], &r), Some("FAC"));
        assert_eq!(map_label("LOC", &["Satish", "Dhawan", "Space", "Centre"], &r), Some("FAC"));
        assert_eq!(map_label("LOC", &["Ashanti", "Region"], &r), Some("GPE"));
    }

    #[test]
    fn buildings_after_a_preposition_and_ages_after_a_name() {
        let got = merged("The White House said Magyar , 45 , will visit the Blue House .", |at| {
            let model = vec![mention(at("White"), at("White") + 2, "ORG", "model"), mention(at("Magyar"), at("Magyar") + 1, "PERSON", "model"), mention(at("Blue"), at("Blue") + 2, "ORG", "model")];
            (vec![rule(at("45"), "CARDINAL")], model)
        });
        assert_eq!(got, ["White House/ORG", "Magyar/PERSON", "45/DATE", "Blue House/FAC"]);
    }

    #[test]
    fn a_confident_reading_outlasts_the_vote() {
        let r = Resources::builtin();
        let mut doc = Document::new("d", "Leeds beat Chelsea . Fans in Leeds cheered . Leeds won .", Default::default());
        let view = crate::stages::segment::segment(&mut doc, &r);
        let mut model = vec![mention(0, 1, "ORG", "model"), mention(2, 3, "ORG", "model"), mention(6, 7, "GPE", "model"), mention(9, 10, "ORG", "model")];
        model[2].score = Some(0.99);
        merge(&mut doc, &view, Vec::new(), model, &r);
        let got: Vec<(&str, &str)> = doc.entities.iter().map(|e| (e.text.as_str(), e.label.as_str())).collect();
        assert_eq!(got, [("Leeds", "ORG"), ("Chelsea", "ORG"), ("Leeds", "GPE"), ("Leeds", "ORG")]);
    }

    #[test]
    fn maps_conll_labels_with_gazetteers() {
        let r = Resources::builtin();
        assert_eq!(map_label("LOC", &["Tokyo"], &r), Some("GPE"));
        assert_eq!(map_label("LOC", &["South", "China", "Sea"], &r), Some("LOC"));
        assert_eq!(map_label("LOC", &["Indo-Pacific"], &r), Some("LOC"));
        assert_eq!(map_label("MISC", &["Japanese"], &r), Some("NORP"));
        assert_eq!(map_label("MISC", &["G20", "Summit"], &r), Some("EVENT"));
        assert_eq!(map_label("MISC", &["National", "Security", "Strategy"], &r), Some("LAW"));
        assert_eq!(map_label("PER", &["Sanae", "Takaichi"], &r), Some("PERSON"));
        assert_eq!(map_label("FOO", &["x"], &r), None);
    }

    #[test]
    fn title_holders_water_names_places_and_described_events() {
        let got = merged("The company ’s chairman , C.C. Wei , met Airlangga Hartarto , Indonesia ’s coordinating minister , near the Gulf of Suez after talks with Washington at the Future Investment Initiative conference .", |at| {
            let model = vec![
                mention(at("C.C."), at("Wei") + 1, "ORG", "model"),
                mention(at("Airlangga"), at("Hartarto") + 1, "ORG", "model"),
                mention(at("Indonesia"), at("Indonesia") + 1, "GPE", "model"),
                mention(at("Gulf"), at("Gulf") + 1, "LOC", "model"),
                mention(at("Suez"), at("Suez") + 1, "ORG", "model"),
                mention(at("Washington"), at("Washington") + 1, "PERSON", "model"),
                mention(at("Future"), at("Initiative") + 1, "ORG", "model"),
            ];
            (vec![rule(at("chairman"), "TITLE"), mention(at("coordinating") + 1, at("coordinating") + 2, "TITLE", "rule")], model)
        });
        // Names in apposition with titles are their holders; "Gulf" of "Suez" is one LOC; a
        // one-word PERSON the gazetteers know as a place is the place; a name "conference"
        // describes is an event.
        assert_eq!(
            got,
            ["chairman/TITLE", "C.C. Wei/PERSON", "Airlangga Hartarto/PERSON", "Indonesia/GPE", "minister/TITLE", "Gulf of Suez/LOC", "Washington/GPE", "Future Investment Initiative/EVENT"]
        );
    }

    #[test]
    fn events_in_apposition_or_by_their_day() {
        let text = "on the first day of the Pacific Mining Initiative , the region ’s annual mining conference . The Andes Energy Council , a lobby group , said . The Lima Minerals Partnership , the largest gathering of its kind , opened .";
        let got = merged(text, |at| {
            let model = vec![
                mention(at("Pacific"), at("Initiative") + 1, "ORG", "model"),
                mention(at("Andes"), at("Council") + 1, "ORG", "model"),
                mention(at("Lima"), at("Partnership") + 1, "ORG", "model"),
            ];
            (vec![], model)
        });
        // By its day or by an apposition with a meeting word an event; a lobby group stays an
        // organisation.
        assert_eq!(got, ["Pacific Mining Initiative/EVENT", "Andes Energy Council/ORG", "Lima Minerals Partnership/EVENT"]);
    }
}
