//! The document as the rules see it: tokens (lower-cased), sentences as token ranges, and
//! mentions (entities and resolved reference phrases) over token indices.

use std::collections::HashSet;

use super::rules::Reference;
use crate::document::{CharIndex, Document, TextSpan, TextView};

/// How many entities back a reference looks for its referents.
const LOOK_BACK: usize = 400;

/// An entity, or a reference phrase resolved to entities, over token indices.
#[derive(Debug, Clone)]
pub(super) struct Mention {
    pub start: usize,
    pub end: usize,
    pub label: String,
    /// Entity ids it stands for (one for an entity; the referents for a reference).
    pub ids: Vec<String>,
    /// A reference phrase rather than an entity.
    pub is_ref: bool,
}

/// The document seen as tokens, sentences and mentions.
pub(super) struct View<'d> {
    pub doc: &'d Document,
    pub idx: &'d CharIndex,
    /// Lower-cased token texts.
    pub words: &'d [String],
    pub sentences: Vec<(usize, usize)>,
    pub mentions: Vec<Mention>,
    /// Phrase chunks of the syntax layer over token indices: (start, end, type).
    pub chunks: Vec<(usize, usize, String)>,
    /// Token -> the real entity covering it.
    pub entity_at: Vec<Option<usize>>,
    /// Entity id -> its index in the document (the first, should ids repeat).
    by_id: std::collections::HashMap<&'d str, usize>,
}

impl<'d> View<'d> {
    pub fn new(doc: &'d Document, text: &'d TextView, refs: &[Reference]) -> View<'d> {
        let (idx, words) = (&text.chars, &text.lower[..]);
        let tok_of_start = |c: usize| doc.tokens.partition_point(|t| t.start < c);
        let tok_of_end = |c: usize| doc.tokens.partition_point(|t| t.end <= c);
        let sentences = doc.sentences.iter().map(|s| (tok_of_start(s.start), tok_of_end(s.end))).collect();
        let mut entity_at = vec![None; words.len()];
        let mut mentions: Vec<Mention> = Vec::new();
        for (i, e) in doc.entities.iter().enumerate() {
            let (s, t) = (tok_of_start(e.start), tok_of_end(e.end));
            if s >= t {
                continue;
            }
            for slot in &mut entity_at[s..t] {
                *slot = Some(i);
            }
            mentions.push(Mention { start: s, end: t, label: e.label.clone(), ids: vec![e.id.clone()], is_ref: false });
        }
        let mut by_id = std::collections::HashMap::with_capacity(doc.entities.len());
        for (i, e) in doc.entities.iter().enumerate() {
            by_id.entry(e.id.as_str()).or_insert(i);
        }
        let chunks = doc.chunks.iter().map(|c| (tok_of_start(c.start), tok_of_end(c.end), c.kind.clone())).filter(|(s, e, _)| s < e).collect();
        let mut view = View { doc, idx, words, sentences, mentions, chunks, entity_at, by_id };
        view.add_references(refs);
        view
    }

    /// Finds reference phrases on free tokens and resolves each to the `count` most recent
    /// distinct (by canonical name) entities of its type before it.
    fn add_references(&mut self, refs: &[Reference]) {
        let mut found = Vec::new();
        for r in refs {
            for phrase in &r.words {
                let p: Vec<&str> = phrase.split_whitespace().collect();
                for i in 0..self.words.len().saturating_sub(p.len() - 1) {
                    // Numbers inside the phrase ("the two leaders") may be entities; nothing else.
                    let free = self.entity_at[i..i + p.len()].iter().flatten().all(|&e| matches!(self.doc.entities[e].label.as_str(), "CARDINAL" | "ORDINAL"));
                    if self.words[i..i + p.len()].iter().zip(&p).all(|(w, q)| w == q) && free {
                        found.push((i, i + p.len(), r));
                    }
                }
            }
        }
        found.sort_by_key(|(s, e, _)| (*s, std::cmp::Reverse(*e)));
        let n_real = self.mentions.len();
        let mut last_end = 0;
        for (s, e, r) in found {
            if s < last_end {
                continue;
            }
            last_end = e;
            let mut ids = Vec::new();
            let mut names = HashSet::new();
            // Entities only (references are appended after them), nearest first, within a bound
            // so that a long document stays linear.
            let real = &self.mentions[..n_real];
            let before = real.partition_point(|m| m.start < s);
            for m in real[..before].iter().rev().take(LOOK_BACK).filter(|m| m.end <= s && m.label == r.entity_type) {
                let ent = &self.doc.entities[self.by_id[m.ids[0].as_str()]];
                let name = ent.canonical.clone().unwrap_or_else(|| ent.text.clone());
                if names.insert(name) {
                    ids.push(m.ids[0].clone());
                }
                if ids.len() == r.count {
                    break;
                }
            }
            if ids.len() == r.count {
                ids.reverse();
                self.mentions.push(Mention { start: s, end: e, label: r.entity_type.clone(), ids, is_ref: true });
            }
        }
        // A number inside a reference phrase is part of the phrase, not a filler of its own.
        let refs: Vec<(usize, usize)> = self.mentions.iter().filter(|m| m.is_ref).map(|m| (m.start, m.end)).collect();
        self.mentions.retain(|m| m.is_ref || !refs.iter().any(|&(a, b)| m.start >= a && m.end <= b));
        self.mentions.sort_by_key(|m| (m.start, m.end));
    }

    /// Indices of the mentions that start in tokens [a, b) (mentions are sorted by start).
    pub fn starting_in(&self, a: usize, b: usize) -> std::ops::Range<usize> {
        self.mentions.partition_point(|m| m.start < a)..self.mentions.partition_point(|m| m.start < b)
    }

    /// Whether a mention of one of `types` lies within tokens [a, b).
    pub fn has_type_within(&self, a: usize, b: usize, types: &[String]) -> bool {
        self.mentions[self.starting_in(a, b)].iter().any(|m| m.end <= b && types.contains(&m.label))
    }

    pub fn text_span(&self, start_tok: usize, end_tok: usize) -> TextSpan {
        let (s, e) = (self.doc.tokens[start_tok].start, self.doc.tokens[end_tok - 1].end);
        TextSpan { start: s, end: e, text: Some(self.idx.slice(&self.doc.text, s, e).to_string()) }
    }

    pub fn sentence_of(&self, tok: usize) -> (usize, usize) {
        let i = self.sentences.partition_point(|(_, e)| *e <= tok);
        self.sentences.get(i).copied().unwrap_or((0, self.words.len()))
    }
}

