//! The pipeline: the stages of [`crate::stages`], composed in one place, over batches of
//! documents. Each stage adds a layer to the `Document`; the text is never altered.

use std::time::Instant;

use anyhow::Result;
use serde::ser::{Serialize, SerializeMap, Serializer};

use crate::document::Document;
use crate::resources::Resources;
use crate::stages::link::Link;
use crate::stages::ner::{Ner, NerModel};
use crate::stages::patterns::Patterns;
use crate::stages::relations::{RuleSet, Relations};
use crate::stages::segment::Segment;
use crate::stages::syntax::Syntax;
use crate::stages::typing::Typing;
use crate::stages::{Annotation, Stage};

pub struct Pipeline {
    pub res: Resources,
    pub ner: Option<NerModel>,
    pub rules: RuleSet,
    /// Upper bound on padded sub-tokens per model batch.
    pub batch_tokens: usize,
}

/// Seconds spent per step (reading, each stage in order, writing), summed over batches;
/// `run.json` writes them in that order.
#[derive(Debug, Clone, Default)]
pub struct StageTimes(Vec<(&'static str, f64)>);

impl StageTimes {
    /// Adds `seconds` to `step`, appending it the first time.
    pub fn add(&mut self, step: &'static str, seconds: f64) {
        match self.0.iter_mut().find(|(s, _)| *s == step) {
            Some((_, t)) => *t += seconds,
            None => self.0.push((step, seconds)),
        }
    }
}

impl Serialize for StageTimes {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (step, t) in &self.0 {
            map.serialize_entry(step, t)?;
        }
        map.end()
    }
}

impl Pipeline {
    /// The stages, in order. Adding a stage is one line here.
    fn stages(&self) -> Vec<Box<dyn Stage + '_>> {
        let res = &self.res;
        vec![
            Box::new(Segment { res }),
            Box::new(Ner { model: self.ner.as_ref(), res, batch_tokens: self.batch_tokens }),
            Box::new(Syntax { res }),
            Box::new(Patterns { res }),
            Box::new(Typing { res }),
            Box::new(Link { res }),
            Box::new(Relations { rules: &self.rules, res }),
        ]
    }

    /// Times with every step present (at zero), in run order: read, the stages, write.
    pub fn times(&self) -> StageTimes {
        let mut t = StageTimes::default();
        t.add("read", 0.0);
        for s in self.stages() {
            t.add(s.name(), 0.0);
        }
        t.add("write", 0.0);
        t
    }

    /// Annotates a batch. Each document comes back annotated, or with the error that stopped it.
    pub fn annotate(&self, docs: Vec<Document>, times: &mut StageTimes) -> Vec<Result<Document, (Document, String)>> {
        let mut batch: Vec<Annotation> = docs.into_iter().map(Annotation::new).collect();
        for stage in self.stages() {
            let t = Instant::now();
            stage.annotate(&mut batch);
            times.add(stage.name(), t.elapsed().as_secs_f64());
        }
        batch
            .into_iter()
            .map(|a| match a.error {
                None => Ok(a.doc),
                Some(e) => Err((a.doc, e)),
            })
            .collect()
    }
}
