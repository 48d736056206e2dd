//! The stages, in pipeline order. Each adds a layer to the [`Document`] and never alters its text:
//!
//! 1. [`segment`]: tokens and sentences;
//! 2. [`ner`]: entity candidates from the transformer model;
//! 3. [`patterns`]: entity candidates from patterns (dates, money, titles, ...);
//! 4. [`typing`]: the candidates mapped to the 17 types and merged into `entities`;
//! 5. [`link`]: canonical names;
//! 6. [`relations`]: relations from rules.
//!
//! Every stage has the same shape, [`Stage::annotate`] over a batch of [`Annotation`]s (the NER
//! stage needs the batch; the others are [`DocumentStage`]s, run on its documents in parallel),
//! and
//! [`crate::pipeline::Pipeline`] composes them in one place.

pub mod segment;
pub mod ner;
pub mod syntax;
pub mod patterns;
pub mod typing;
pub mod link;
pub mod relations;

use rayon::prelude::*;
use serde_json::Value;

use crate::document::{Document, TextView};

/// A document on its way through the stages: the document, the token view that `segment`
/// builds once and later stages share, the entity candidates that `ner` and `patterns` leave
/// for `typing`, and the error that stopped it, if any (later stages skip it).
pub struct Annotation {
    pub doc: Document,
    pub view: TextView,
    pub model: Vec<Mention>,
    pub patterns: Vec<Mention>,
    /// Per token, from the model's syntax heads (empty without them): its part of speech and
    /// its IOB2 chunk tag, for the `syntax` stage.
    pub pos: Vec<String>,
    pub chunk_tags: Vec<String>,
    pub error: Option<String>,
}

impl Annotation {
    /// A document to annotate; its view is empty until `segment` builds it.
    pub fn new(doc: Document) -> Annotation {
        Annotation { doc, view: TextView::default(), model: Vec::new(), patterns: Vec::new(), pos: Vec::new(), chunk_tags: Vec::new(), error: None }
    }

    pub fn is_ok(&self) -> bool {
        self.error.is_none()
    }
}

/// An entity candidate over token indices [start, end).
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub label: String,
    pub score: Option<f32>,
    /// "model", "rule" or "gazetteer".
    pub source: &'static str,
    pub value: Option<Value>,
}

/// One step of the pipeline.
pub trait Stage {
    /// The stage's name, as `run.json` times it.
    fn name(&self) -> &'static str;
    /// Adds this stage's layer to every document of the batch that has no error.
    fn annotate(&self, batch: &mut [Annotation]);
}

/// A stage that works on one document at a time: it is a [`Stage`] that runs the batch's
/// documents in parallel, skipping those with an error.
pub trait DocumentStage: Sync {
    const NAME: &'static str;
    fn annotate_one(&self, a: &mut Annotation);
}

impl<T: DocumentStage> Stage for T {
    fn name(&self) -> &'static str {
        T::NAME
    }

    fn annotate(&self, batch: &mut [Annotation]) {
        batch.par_iter_mut().filter(|a| a.is_ok()).for_each(|a| self.annotate_one(a));
    }
}
