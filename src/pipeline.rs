//! The pipeline: the stages in order, over batches of documents.
//!
//! segment -> ner -> patterns -> typing (merge) -> link -> relations.
//! Each stage adds a layer to the `Document`; the text is never altered.

use std::collections::HashMap;
use std::time::Instant;

use anyhow::Result;
use rayon::prelude::*;
use serde::Serialize;

use crate::document::{CharIndex, Document};
use crate::ner::{decode_tags, NerModel, WordTag};
use crate::patterns;
use crate::relations::{self, RuleSet};
use crate::resources::Resources;
use crate::typing::{self, Mention};

/// Seconds spent per stage, summed over batches.
#[derive(Debug, Default, Clone, Serialize)]
pub struct StageTimes {
    pub read: f64,
    pub segment: f64,
    pub ner: f64,
    pub patterns: f64,
    pub merge: f64,
    pub link: f64,
    pub relations: f64,
    pub write: f64,
}

pub struct Pipeline {
    pub res: Resources,
    pub ner: Option<NerModel>,
    pub rules: RuleSet,
    /// Upper bound on padded sub-tokens per model batch.
    pub batch_tokens: usize,
}

fn timed<T>(slot: &mut f64, f: impl FnOnce() -> T) -> T {
    let t = Instant::now();
    let r = f();
    *slot += t.elapsed().as_secs_f64();
    r
}

impl Pipeline {
    /// Annotates a batch. Each document comes back annotated, or with the error that stopped it.
    pub fn annotate(&self, mut docs: Vec<Document>, times: &mut StageTimes) -> Vec<Result<Document, (Document, String)>> {
        // Only Sync parts cross into rayon: the model stays on this thread.
        let (res, rules) = (&self.res, &self.rules);
        timed(&mut times.segment, || docs.par_iter_mut().for_each(|d| crate::segment::segment(d, res)));
        let model_mentions: Vec<Result<Vec<Mention>, String>> = timed(&mut times.ner, || self.model_mentions(&docs));
        let pattern_mentions: Vec<Vec<Mention>> = timed(&mut times.patterns, || docs.par_iter().map(|d| pattern_mentions(d, res)).collect());
        let mut results: Vec<Option<Result<Document, (Document, String)>>> = docs.iter().map(|_| None).collect();
        let mut ready = Vec::new();
        for (i, ((doc, model), pats)) in docs.into_iter().zip(model_mentions).zip(pattern_mentions).enumerate() {
            match model {
                Ok(m) => ready.push((i, doc, pats, m)),
                Err(e) => results[i] = Some(Err((doc, e))),
            }
        }
        let mut done: Vec<(usize, Document)> = timed(&mut times.merge, || {
            ready
                .into_par_iter()
                .map(|(i, mut doc, pats, model)| {
                    typing::merge(&mut doc, pats, model, res);
                    (i, doc)
                })
                .collect()
        });
        timed(&mut times.link, || done.par_iter_mut().for_each(|(_, d)| crate::link::link(d, res)));
        timed(&mut times.relations, || done.par_iter_mut().for_each(|(_, d)| relations::extract(d, rules)));
        for (i, d) in done {
            results[i] = Some(Ok(d));
        }
        results.into_iter().map(|r| r.expect("every document has a result")).collect()
    }

    /// Model entities per document, as token-index mentions. With no model, none.
    fn model_mentions(&self, docs: &[Document]) -> Vec<Result<Vec<Mention>, String>> {
        let Some(ner) = &self.ner else { return docs.iter().map(|_| Ok(Vec::new())).collect() };
        let words: Vec<Vec<&str>> = docs.iter().map(|d| token_words(d)).collect();
        let sentences: Vec<Vec<(usize, Vec<&str>)>> = docs.iter().zip(&words).map(|(d, w)| sentence_words(d, w)).collect();
        let flat: Vec<Vec<&str>> = sentences.iter().flatten().map(|(_, w)| w.clone()).collect();
        let tagged: Vec<Result<Vec<Vec<WordTag>>, String>> = match ner.tag(&flat, self.batch_tokens) {
            Ok(all) => {
                let mut it = all.into_iter();
                sentences.iter().map(|s| Ok(it.by_ref().take(s.len()).collect())).collect()
            }
            // Isolate the document that broke the batch: retry one by one.
            Err(_) => sentences
                .iter()
                .map(|s| {
                    let own: Vec<Vec<&str>> = s.iter().map(|(_, w)| w.clone()).collect();
                    ner.tag(&own, self.batch_tokens).map_err(|e| format!("NER failed: {e:#}"))
                })
                .collect(),
        };
        tagged
            .into_iter()
            .zip(&sentences)
            .zip(&words)
            .map(|((tags, sents), words)| {
                let tags = tags?;
                let mut mentions = Vec::new();
                for ((offset, _), sent_tags) in sents.iter().zip(tags) {
                    let labels: Vec<&str> = sent_tags.iter().map(|t| ner.labels[t.label].as_str()).collect();
                    let probs: Vec<f32> = sent_tags.iter().map(|t| t.prob).collect();
                    for span in decode_tags(&labels, &probs) {
                        let (s, e) = (offset + span.start, offset + span.end);
                        if let Some(label) = typing::map_label(&span.label, &words[s..e], &self.res) {
                            mentions.push(Mention { start: s, end: e, label: label.to_string(), score: Some(span.score), source: "model", value: None });
                        }
                    }
                }
                Ok(mentions)
            })
            .collect()
    }
}

/// Each token's text.
pub fn token_words(doc: &Document) -> Vec<&str> {
    let idx = CharIndex::new(&doc.text);
    doc.tokens.iter().map(|t| idx.slice(&doc.text, t.start, t.end)).collect()
}

/// Each sentence's first token index and its words.
fn sentence_words<'a>(doc: &Document, words: &[&'a str]) -> Vec<(usize, Vec<&'a str>)> {
    let mut out = Vec::new();
    let mut t = 0;
    for s in &doc.sentences {
        while t < doc.tokens.len() && doc.tokens[t].start < s.start {
            t += 1;
        }
        let first = t;
        while t < doc.tokens.len() && doc.tokens[t].end <= s.end {
            t += 1;
        }
        out.push((first, words[first..t].to_vec()));
    }
    out
}

fn pattern_mentions(doc: &Document, res: &Resources) -> Vec<Mention> {
    let anchor = patterns::anchor_date(doc);
    let idx = CharIndex::new(&doc.text);
    let start_of: HashMap<usize, usize> = doc.tokens.iter().enumerate().map(|(i, t)| (idx.byte(t.start), i)).collect();
    let end_of: HashMap<usize, usize> = doc.tokens.iter().enumerate().map(|(i, t)| (idx.byte(t.end), i + 1)).collect();
    patterns::find(doc, res, anchor)
        .into_iter()
        .filter_map(|c| {
            Some(Mention { start: *start_of.get(&c.start)?, end: *end_of.get(&c.end)?, label: c.label.to_string(), score: None, source: "rule", value: c.value })
        })
        .collect()
}
