//! Gazetteers and lexicons: data files under `models/` compiled into the binary.
//! See models/gazetteer/README.md for their formats.

use std::collections::{HashMap, HashSet};

/// What a known name is, and its canonical form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlaceKind {
    Country,
    City,
    Region,
}

#[derive(Debug, Default)]
pub struct Gazetteer {
    /// Surface form -> (kind, canonical).
    places: HashMap<String, (PlaceKind, String)>,
    /// Demonym -> country or group.
    demonyms: HashMap<String, String>,
    /// Organisation surface -> canonical.
    orgs: HashMap<String, String>,
    /// Longest multi-word entry, in words, for phrase lookup.
    pub max_words: usize,
}

impl Gazetteer {
    pub fn place(&self, name: &str) -> Option<&(PlaceKind, String)> {
        self.places.get(name)
    }
    /// A country or city (not a region): the parts of "Japan-U.S.".
    pub fn is_place_name(&self, name: &str) -> bool {
        self.places.get(name).map_or(false, |(k, _)| *k != PlaceKind::Region)
    }
    pub fn demonym(&self, name: &str) -> Option<&str> {
        self.demonyms.get(name).map(String::as_str)
    }
    pub fn org(&self, name: &str) -> Option<&str> {
        self.orgs.get(name).map(String::as_str)
    }
    /// Canonical name of any known place, demonym-free.
    pub fn canonical(&self, name: &str) -> Option<&str> {
        self.places.get(name).map(|(_, c)| c.as_str()).or_else(|| self.org(name))
    }
}

#[derive(Debug, Default)]
pub struct Resources {
    pub gazetteer: Gazetteer,
    /// Abbreviation -> may it end a sentence.
    abbreviations: HashMap<String, bool>,
    sentence_starters: HashSet<String>,
    /// Titles, lower-cased, each as its words.
    pub titles: Vec<Vec<String>>,
    /// Portfolio words, lower-cased ("fisheries" in "fisheries minister"), from
    /// `models/lexicon/portfolios.txt`.
    pub portfolios: HashSet<String>,
    /// Lemmas by (is the form a verb, lower-cased form), from `models/lexicon/lemmas.txt`.
    lemmas: HashMap<(bool, String), String>,
}

fn lines(data: &str) -> impl Iterator<Item = &str> {
    data.lines().map(str::trim_end).filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
}

fn pairs(data: &str) -> impl Iterator<Item = (&str, &str)> {
    lines(data).map(|l| match l.split_once('\t') {
        Some((a, b)) => (a.trim(), b.trim()),
        None => (l.trim(), l.trim()),
    })
}

impl Resources {
    /// The resources compiled in from `models/gazetteer` and `models/lexicon`.
    pub fn builtin() -> Resources {
        let mut g = Gazetteer::default();
        for (name, canon) in pairs(include_str!("../models/gazetteer/countries.tsv")) {
            g.places.insert(name.to_string(), (PlaceKind::Country, canon.to_string()));
        }
        for (name, canon) in pairs(include_str!("../models/gazetteer/places.tsv")) {
            g.places.entry(name.to_string()).or_insert((PlaceKind::City, canon.to_string()));
        }
        for name in lines(include_str!("../models/gazetteer/regions.txt")) {
            g.places.entry(name.trim().to_string()).or_insert((PlaceKind::Region, name.trim().to_string()));
        }
        for (name, group) in pairs(include_str!("../models/gazetteer/demonyms.tsv")) {
            g.demonyms.insert(name.to_string(), group.to_string());
        }
        for (name, canon) in pairs(include_str!("../models/gazetteer/orgs.tsv")) {
            g.orgs.insert(name.to_string(), canon.to_string());
        }
        g.max_words = g
            .places
            .keys()
            .chain(g.demonyms.keys())
            .chain(g.orgs.keys())
            .map(|k| k.split_whitespace().count())
            .max()
            .unwrap_or(1);
        let abbreviations = pairs(include_str!("../models/lexicon/abbreviations.txt"))
            .map(|(a, end)| (a.to_string(), end == "yes"))
            .collect();
        let sentence_starters = lines(include_str!("../models/lexicon/sentence-starters.txt")).map(|l| l.trim().to_string()).collect();
        let mut titles: Vec<Vec<String>> = lines(include_str!("../models/lexicon/titles.txt"))
            .map(|l| l.split_whitespace().map(str::to_lowercase).collect())
            .collect();
        titles.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        titles.dedup();
        let portfolios = lines(include_str!("../models/lexicon/portfolios.txt")).map(|l| l.trim().to_lowercase()).collect();
        let mut lemmas = HashMap::new();
        let mut verb = true;
        for l in lines(include_str!("../models/lexicon/lemmas.txt")) {
            match l.trim() {
                "[verb]" => verb = true,
                "[noun]" => verb = false,
                _ => {
                    let (lemma, forms) = l.split_once('\t').unwrap_or((l, ""));
                    for form in forms.split_whitespace().chain([lemma.trim()]) {
                        lemmas.insert((verb, form.to_string()), lemma.trim().to_string());
                    }
                }
            }
        }
        Resources { gazetteer: g, abbreviations, sentence_starters, titles, portfolios, lemmas }
    }

    /// Whether a word (any case) is a portfolio word.
    pub fn is_portfolio(&self, word: &str) -> bool {
        self.portfolios.contains(&word.to_lowercase())
    }

    /// The listed lemma of a lower-cased verb (`verb`) or plural noun form.
    pub fn listed_lemma(&self, verb: bool, form: &str) -> Option<&str> {
        self.lemmas.get(&(verb, form.to_string())).map(String::as_str)
    }

    /// Known abbreviations, plus initialisms of single letters with periods ("U.S.", "a.m.", "J.").
    pub fn is_abbreviation(&self, word: &str) -> bool {
        self.abbreviations.contains_key(word) || is_initialism(word)
    }

    pub fn abbreviation_may_end_sentence(&self, word: &str) -> bool {
        match self.abbreviations.get(word) {
            Some(&end) => end,
            None => is_initialism(word) && word.chars().filter(|c| c.is_alphabetic()).count() > 1,
        }
    }

    pub fn is_sentence_starter(&self, word: &str) -> bool {
        self.sentence_starters.contains(word) || word.starts_with(|c: char| matches!(c, '"' | '“' | '‘'))
    }
}

/// "U.S.", "a.m.", "J." — letters each followed by a period.
fn is_initialism(word: &str) -> bool {
    let mut chars = word.chars().peekable();
    let mut n = 0;
    while let Some(c) = chars.next() {
        if !c.is_alphabetic() || chars.next() != Some('.') {
            return false;
        }
        n += 1;
    }
    n > 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_data_loads() {
        let r = Resources::builtin();
        assert_eq!(r.gazetteer.place("U.S.").unwrap().1, "United States");
        assert_eq!(r.gazetteer.place("Indo-Pacific").unwrap().0, PlaceKind::Region);
        assert_eq!(r.gazetteer.demonym("Japanese"), Some("Japan"));
        assert!(r.is_abbreviation("Nov.") && r.is_abbreviation("a.m.") && !r.is_abbreviation("end."));
        assert!(!r.abbreviation_may_end_sentence("Mr.") && r.abbreviation_may_end_sentence("U.S."));
        assert_eq!(r.titles[0].len(), 6, "longest title first: {:?}", r.titles[0]);
    }
}
