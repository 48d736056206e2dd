//! What a conversion could not carry: counted per kind, with the documents it touched.

use std::collections::BTreeMap;

/// Lossy conversions: per kind, how many and in which documents.
#[derive(Debug, Default, Clone)]
pub struct Losses(BTreeMap<String, (usize, Vec<String>)>);

impl Losses {
    pub fn note(&mut self, what: &str, doc: &str, n: usize) {
        if n == 0 {
            return;
        }
        let slot = self.0.entry(what.to_string()).or_default();
        slot.0 += n;
        if !slot.1.iter().any(|d| d == doc) {
            slot.1.push(doc.to_string());
        }
    }

    /// How many of one kind (0 when none).
    pub fn count(&self, what: &str) -> usize {
        self.0.get(what).map_or(0, |s| s.0)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Adds `other`'s counts, except those of the kinds in `except`.
    pub fn absorb(&mut self, other: Losses, except: &[&str]) {
        for (what, (n, docs)) in other.0 {
            if except.contains(&what.as_str()) {
                continue;
            }
            for d in docs {
                let slot = self.0.entry(what.clone()).or_default();
                if !slot.1.contains(&d) {
                    slot.1.push(d);
                }
            }
            self.0.entry(what).or_default().0 += n;
        }
    }

    /// One line per kind: the count, the kind, and every document id.
    pub fn warnings(&self) -> Vec<String> {
        self.0.iter().map(|(what, (n, docs))| format!("{n} {what} (in {} document{}: {})", docs.len(), if docs.len() == 1 { "" } else { "s" }, docs.join(", "))).collect()
    }
}

/// Kinds of loss, as printed.
pub mod loss {
    pub const UNALIGNED: &str = "entities starting or ending on whitespace (not inside a token) dropped";
    pub const SPLIT_TOKENS: &str = "tokens split at an entity boundary inside them (no entity lost)";
    pub const CROSSING: &str = "entities crossing a sentence boundary dropped";
    pub const OVERLAPPING: &str = "overlapping entities dropped";
    pub const INVALID_ENTITY: &str = "entities with invalid spans dropped";
    pub const RELATIONS_NOT_CARRIED: &str = "relations not carried (token formats have no relations)";
    pub const WHITESPACE_TOKENS: &str = "tokens containing whitespace written with '_'";
    pub const INVALID_TOKENS: &str = "empty, invalid or overlapping tokens skipped";
    pub const SPLIT_NARY: &str = "relations with more than two arguments split into binary links (first core argument to each other argument)";
    pub const TOO_FEW_ARGS: &str = "relations with fewer than two arguments dropped (binary links only)";
    pub const BAD_ARGS: &str = "relation arguments naming an unknown entity or an invalid span dropped";
    pub const RENAMED: &str = "document ids changed to be unique, safe file names";
    pub const SPAN_LINKS: &str = "relation links to text-span arguments (quotes, topics, sectors) not carried (entity pairs only)";
    pub const UNALIGNED_LINKS: &str = "relation links whose entity could not be written on tokens dropped";
    pub const CROSS_SENTENCE_LINKS: &str = "relation links across sentences not carried (tacred is sentence-level; docred carries them)";
    pub const MULTI_LABEL_PAIRS: &str = "entity pairs with more than one relation link (tacred keeps the first)";
    pub const NEGATIVES_CAPPED: &str = "no_relation pairs left out by --max-negatives (the farthest apart first)";
    pub const BRAT_NEWLINES: &str = "entities containing line breaks written as discontinuous brat fragments";
}

