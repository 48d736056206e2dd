//! `gleaner eval`: entity scoring in the four SemEval-2013 / nervaluate 1.x modes.
//!
//! Matching follows nervaluate 1.2.1 exactly (tests/fixtures/eval holds its figures): spans of a
//! document sorted by (start, end, type); each prediction, in order, against the gold spans not
//! yet taken; an overlap counts when it covers at least 1% of the gold span. Per-type figures are
//! separate runs over that type's spans alone, so a type confusion is INC in the overall figures
//! and missed + spurious in the per-type ones. Macro = plain mean over types.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

/// A typed span: [start, end) in any unit.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub label: String,
}

pub const MODES: [&str; 4] = ["strict", "exact", "partial", "ent_type"];

#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Counts {
    pub correct: usize,
    pub incorrect: usize,
    pub partial: usize,
    pub missed: usize,
    pub spurious: usize,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Score {
    #[serde(flatten)]
    pub counts: Counts,
    pub possible: usize,
    pub actual: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

impl Counts {
    fn add(&mut self, o: &Counts) {
        self.correct += o.correct;
        self.incorrect += o.incorrect;
        self.partial += o.partial;
        self.missed += o.missed;
        self.spurious += o.spurious;
    }

    pub fn score(&self, half_partial: bool) -> Score {
        let actual = self.correct + self.incorrect + self.partial + self.spurious;
        let possible = self.correct + self.incorrect + self.partial + self.missed;
        let hit = self.correct as f64 + if half_partial { 0.5 * self.partial as f64 } else { 0.0 };
        let precision = if actual > 0 { hit / actual as f64 } else { 0.0 };
        let recall = if possible > 0 { hit / possible as f64 } else { 0.0 };
        let f1 = if precision + recall > 0.0 { 2.0 * (precision * recall) / (precision + recall) } else { 0.0 };
        Score { counts: *self, possible, actual, precision, recall, f1 }
    }
}

fn overlaps(p: &Span, t: &Span) -> bool {
    // nervaluate: inclusive ends, overlap length over the gold length, at least 1%.
    let (ps, pe, ts, te) = (p.start as i64, p.end as i64 - 1, t.start as i64, t.end as i64 - 1);
    if ps > te || pe < ts {
        return false;
    }
    let ov = pe.min(te) - ps.max(ts) + 1;
    (ov as f64 / (te - ts + 1) as f64) * 100.0 >= 1.0
}

/// One mode's counts for one document (spans already sorted).
pub fn match_mode(mode: &str, gold: &[Span], pred: &[Span]) -> Counts {
    let mut c = Counts::default();
    let mut taken = vec![false; gold.len()];
    for p in pred {
        let mut exact = None;
        let mut first_overlap = None;
        let mut best_same: Option<(usize, i64)> = None;
        for (i, t) in gold.iter().enumerate() {
            if taken[i] {
                continue;
            }
            let same_bounds = p.start == t.start && p.end == t.end;
            match mode {
                "strict" | "exact" => {
                    if same_bounds && (mode == "exact" || p.label == t.label) {
                        exact = Some(i);
                        break;
                    }
                    if first_overlap.is_none() && overlaps(p, t) {
                        first_overlap = Some(i);
                    }
                }
                "partial" => {
                    if overlaps(p, t) {
                        if same_bounds {
                            exact = Some(i);
                            break;
                        }
                        if first_overlap.is_none() {
                            first_overlap = Some(i);
                        }
                    }
                }
                _ => {
                    if overlaps(p, t) {
                        let d = (p.start as i64 - t.start as i64).abs() + (p.end as i64 - t.end as i64).abs();
                        if p.label == t.label {
                            if best_same.map_or(true, |(_, bd)| d < bd) {
                                best_same = Some((i, d));
                            }
                        } else if first_overlap.is_none() {
                            first_overlap = Some(i);
                        }
                    }
                }
            }
        }
        if let Some((i, _)) = best_same {
            exact = Some(i);
        }
        match (exact, first_overlap) {
            (Some(i), _) => {
                c.correct += 1;
                taken[i] = true;
            }
            (None, Some(i)) => {
                if mode == "partial" {
                    c.partial += 1;
                } else {
                    c.incorrect += 1;
                }
                taken[i] = true;
            }
            (None, None) => c.spurious += 1,
        }
    }
    c.missed = taken.iter().filter(|t| !**t).count();
    c
}

/// Accumulated entity evaluation over documents.
#[derive(Debug, Default, Clone)]
pub struct EntityEval {
    overall: BTreeMap<&'static str, Counts>,
    per_type: BTreeMap<String, BTreeMap<&'static str, Counts>>,
}

#[derive(Debug, Serialize, Clone)]
pub struct EntityReport {
    pub overall: BTreeMap<String, Score>,
    pub per_type: BTreeMap<String, BTreeMap<String, Score>>,
    pub macro_avg: BTreeMap<String, Macro>,
}

#[derive(Debug, Serialize, Clone, Copy, Default)]
pub struct Macro {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

impl EntityEval {
    pub fn add_document(&mut self, gold: &[Span], pred: &[Span]) {
        let mut gold = gold.to_vec();
        let mut pred = pred.to_vec();
        gold.sort();
        pred.sort();
        for mode in MODES {
            self.overall.entry(mode).or_default().add(&match_mode(mode, &gold, &pred));
        }
        let types: BTreeSet<&String> = gold.iter().chain(&pred).map(|s| &s.label).collect();
        for t in types {
            let g: Vec<Span> = gold.iter().filter(|s| &s.label == t).cloned().collect();
            let p: Vec<Span> = pred.iter().filter(|s| &s.label == t).cloned().collect();
            let slot = self.per_type.entry(t.clone()).or_default();
            for mode in MODES {
                slot.entry(mode).or_default().add(&match_mode(mode, &g, &p));
            }
        }
    }

    pub fn report(&self) -> EntityReport {
        let half = |m: &str| m == "partial" || m == "ent_type";
        let overall = MODES.iter().map(|m| (m.to_string(), self.overall.get(m).copied().unwrap_or_default().score(half(m)))).collect();
        let per_type: BTreeMap<String, BTreeMap<String, Score>> = self
            .per_type
            .iter()
            .map(|(t, modes)| (t.clone(), MODES.iter().map(|m| (m.to_string(), modes.get(m).copied().unwrap_or_default().score(half(m)))).collect()))
            .collect();
        let macro_avg = MODES
            .iter()
            .map(|m| {
                let n = per_type.len();
                let mean = |f: &dyn Fn(&Score) -> f64| if n == 0 { 0.0 } else { per_type.values().map(|s| f(&s[*m])).sum::<f64>() / n as f64 };
                (m.to_string(), Macro { precision: mean(&|s| s.precision), recall: mean(&|s| s.recall), f1: mean(&|s| s.f1) })
            })
            .collect();
        EntityReport { overall, per_type, macro_avg }
    }
}

/// The readable table `gleaner eval` prints.
pub fn table(r: &EntityReport) -> String {
    let mut s = String::new();
    s.push_str(&format!("{:<12} {:>6} {:>6} {:>6} {:>6} {:>6}  {:>7} {:>7} {:>7}\n", "strict", "COR", "INC", "MIS", "SPU", "POS", "P", "R", "F1"));
    let row = |name: &str, sc: &Score| {
        format!(
            "{:<12} {:>6} {:>6} {:>6} {:>6} {:>6}  {:>7.4} {:>7.4} {:>7.4}\n",
            name, sc.counts.correct, sc.counts.incorrect, sc.counts.missed, sc.counts.spurious, sc.possible, sc.precision, sc.recall, sc.f1
        )
    };
    for (t, modes) in &r.per_type {
        s.push_str(&row(t, &modes["strict"]));
    }
    s.push_str(&row("micro", &r.overall["strict"]));
    let m = &r.macro_avg["strict"];
    s.push_str(&format!("{:<12} {:>41}  {:>7.4} {:>7.4} {:>7.4}\n", "macro", "", m.precision, m.recall, m.f1));
    s.push_str("\nall modes (micro)      P       R      F1\n");
    for mode in MODES {
        let sc = &r.overall[mode];
        s.push_str(&format!("{:<12}     {:>7.4} {:>7.4} {:>7.4}\n", mode, sc.precision, sc.recall, sc.f1));
    }
    s
}

/// Label mapping applied to gold and predictions before scoring; `None` drops the label.
#[derive(Debug, Clone, Default)]
pub struct LabelMap(pub BTreeMap<String, Option<String>>);

impl LabelMap {
    /// `conll`, or a JSON file `{"FROM": "TO" | null}`.
    pub fn load(spec: &str) -> anyhow::Result<LabelMap> {
        if spec == "conll" || spec == "builtin" {
            let mut m = BTreeMap::new();
            for (from, to) in [
                ("PERSON", Some("PER")), ("ORG", Some("ORG")), ("GPE", Some("LOC")), ("LOC", Some("LOC")), ("FAC", Some("LOC")),
                ("NORP", Some("MISC")), ("EVENT", Some("MISC")), ("LAW", Some("MISC")), ("PRODUCT", Some("MISC")),
                ("DATE", None), ("TIME", None), ("MONEY", None), ("PERCENT", None), ("QUANTITY", None), ("CARDINAL", None), ("ORDINAL", None), ("TITLE", None),
            ] {
                m.insert(from.to_string(), to.map(String::from));
            }
            return Ok(LabelMap(m));
        }
        let text = std::fs::read_to_string(spec).map_err(|e| anyhow::anyhow!("--map {spec}: {e}"))?;
        let m: BTreeMap<String, Option<String>> = serde_json::from_str(&text).map_err(|e| anyhow::anyhow!("--map {spec}: {e}"))?;
        Ok(LabelMap(m))
    }

    pub fn apply(&self, label: &str) -> Option<String> {
        match self.0.get(label) {
            Some(to) => to.clone(),
            None => Some(label.to_string()),
        }
    }
}

/// Entity figures for a whole run, with per-document strict figures and what was missing.
#[derive(Debug)]
pub struct EvalReport {
    pub entities: EntityReport,
    pub per_doc: Vec<(String, Score)>,
    pub missing_predictions: Vec<String>,
    pub unpaired_predictions: Vec<String>,
    pub invalid_predicted_spans: Vec<String>,
    pub documents: usize,
}

impl EvalReport {
    pub fn to_json(&self, per_doc: bool) -> serde_json::Value {
        let mut v = serde_json::json!({
            "documents": self.documents,
            "entities": self.entities,
            "missing_predictions": self.missing_predictions,
            "unpaired_predictions": self.unpaired_predictions,
            "invalid_predicted_spans": self.invalid_predicted_spans,
        });
        if per_doc {
            v["per_doc"] = self.per_doc.iter().map(|(id, s)| serde_json::json!({"id": id, "strict": s})).collect();
        }
        v
    }

    pub fn to_table(&self, per_doc: bool) -> String {
        let mut s = format!("{} documents\n\n", self.documents);
        s.push_str(&table(&self.entities));
        for (what, list) in [
            ("gold documents with no prediction (all missed)", &self.missing_predictions),
            ("predicted documents with no gold (ignored)", &self.unpaired_predictions),
            ("invalid predicted spans (counted spurious)", &self.invalid_predicted_spans),
        ] {
            if !list.is_empty() {
                s.push_str(&format!("\n{what}: {}\n", list.len()));
                for x in list.iter().take(20) {
                    s.push_str(&format!("  {x}\n"));
                }
            }
        }
        if per_doc {
            s.push_str("\nper document (strict)          P       R      F1\n");
            for (id, sc) in &self.per_doc {
                s.push_str(&format!("{:<28} {:>7.4} {:>7.4} {:>7.4}\n", id, sc.precision, sc.recall, sc.f1));
            }
        }
        s
    }
}

fn entity_spans(doc: &crate::document::Document, map: Option<&LabelMap>, invalid: Option<&mut Vec<String>>) -> Vec<Span> {
    let idx = crate::document::CharIndex::new(&doc.text);
    let n = idx.len();
    let mut bad = Vec::new();
    let spans = doc
        .entities
        .iter()
        .filter_map(|e| {
            let label = match map {
                Some(m) => m.apply(&e.label)?,
                None => e.label.clone(),
            };
            if e.start >= e.end || e.end > n || idx.slice(&doc.text, e.start, e.end) != e.text {
                bad.push(format!("{} {} {}..{} {:?}", doc.id, e.id, e.start, e.end, e.text));
                return Some(Span { start: usize::MAX - 1, end: usize::MAX, label });
            }
            Some(Span { start: e.start, end: e.end, label })
        })
        .collect();
    if let Some(v) = invalid {
        v.extend(bad);
    }
    spans
}

/// Reads gold and predictions and scores them. Invalid gold is an error naming the document.
pub fn evaluate_paths(gold: &std::path::Path, pred: &std::path::Path, map: Option<&LabelMap>) -> anyhow::Result<EvalReport> {
    let gold_docs = crate::formats::read_documents(gold)?;
    let pred_docs = crate::formats::read_documents(pred)?;
    evaluate_documents(&gold_docs, &pred_docs, map, &gold.display().to_string())
}

pub fn evaluate_documents(gold_docs: &[crate::document::Document], pred_docs: &[crate::document::Document], map: Option<&LabelMap>, gold_name: &str) -> anyhow::Result<EvalReport> {
    let mut by_id: BTreeMap<&str, &crate::document::Document> = BTreeMap::new();
    for d in pred_docs {
        by_id.insert(d.id.as_str(), d);
    }
    let mut eval = EntityEval::default();
    let mut per_doc = Vec::new();
    let mut missing = Vec::new();
    let mut invalid = Vec::new();
    let mut seen = BTreeSet::new();
    for g in gold_docs {
        let problems = g.validate();
        if !problems.is_empty() {
            anyhow::bail!("{gold_name}: invalid gold document {}: {}", g.id, problems.join("; "));
        }
        let gs = entity_spans(g, map, None);
        let ps = match by_id.get(g.id.as_str()) {
            Some(p) => {
                seen.insert(g.id.as_str());
                if p.text != g.text {
                    anyhow::bail!("document {}: the prediction's text differs from the gold text", g.id);
                }
                entity_spans(p, map, Some(&mut invalid))
            }
            None => {
                missing.push(g.id.clone());
                Vec::new()
            }
        };
        let mut one = EntityEval::default();
        one.add_document(&gs, &ps);
        per_doc.push((g.id.clone(), one.report().overall["strict"]));
        eval.add_document(&gs, &ps);
    }
    let unpaired = pred_docs.iter().filter(|d| !seen.contains(d.id.as_str())).map(|d| d.id.clone()).collect();
    Ok(EvalReport { entities: eval.report(), per_doc, missing_predictions: missing, unpaired_predictions: unpaired, invalid_predicted_spans: invalid, documents: gold_docs.len() })
}
