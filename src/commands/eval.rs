//! `gleaner eval`: entity scoring in the four SemEval-2013 / nervaluate 1.x modes, and relation
//! scoring (strict, lenient, argument F1) as ANNOTATION.md "Scoring" defines it.
//!
//! Matching follows nervaluate 1.2.1 exactly (tests/fixtures/eval holds its figures): spans of a
//! document sorted by (start, end, type); each prediction, in order, against the gold spans not
//! yet taken; an overlap counts when it covers at least 1% of the gold span. Per-type figures are
//! separate runs over that type's spans alone, so a type confusion is INC in the overall figures
//! and missed + spurious in the per-type ones. Macro = plain mean over types.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::document::core_roles;

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

/// How one prediction was matched in a mode: the gold span it took exactly (same bounds, and
/// same type where the mode asks it), one it overlaps otherwise, or none.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Match {
    Exact(usize),
    Overlap(usize),
    Spurious,
}

/// Each prediction's match in `mode`, nervaluate's way (spans already sorted): each prediction,
/// in order, against the gold spans not yet taken.
pub fn assign(mode: &str, gold: &[Span], pred: &[Span]) -> Vec<Match> {
    let mut taken = vec![false; gold.len()];
    let mut out = Vec::with_capacity(pred.len());
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
        out.push(match (exact, first_overlap) {
            (Some(i), _) => {
                taken[i] = true;
                Match::Exact(i)
            }
            (None, Some(i)) => {
                taken[i] = true;
                Match::Overlap(i)
            }
            (None, None) => Match::Spurious,
        });
    }
    out
}

/// One mode's counts for one document (spans already sorted).
pub fn match_mode(mode: &str, gold: &[Span], pred: &[Span]) -> Counts {
    let mut c = Counts::default();
    let mut taken = vec![false; gold.len()];
    for m in assign(mode, gold, pred) {
        match m {
            Match::Exact(i) => {
                c.correct += 1;
                taken[i] = true;
            }
            Match::Overlap(i) => {
                if mode == "partial" {
                    c.partial += 1;
                } else {
                    c.incorrect += 1;
                }
                taken[i] = true;
            }
            Match::Spurious => c.spurious += 1,
        }
    }
    c.missed = taken.iter().filter(|t| !**t).count();
    c
}

/// What an entity is, predicted against gold, in the categories `eval` counts (strict mode):
/// `correct` (same span and type), `incorrect` (same span, another type), `partial` (overlapping
/// bounds), `spurious` (a prediction matching no gold entity), `missed` (a gold entity no
/// prediction took). Returns the status of each gold entity and of each predicted entity, in
/// the documents' entity order. Entities with invalid spans are `spurious` or `missed`.
pub fn entity_statuses(gold: &crate::document::Document, pred: &crate::document::Document) -> (Vec<&'static str>, Vec<&'static str>) {
    let order = |doc: &crate::document::Document| -> (Vec<usize>, Vec<Span>) {
        let spans = entity_spans(doc, None, None);
        let mut idx: Vec<usize> = (0..spans.len()).collect();
        idx.sort_by(|&a, &b| spans[a].cmp(&spans[b]));
        let sorted = idx.iter().map(|&i| spans[i].clone()).collect();
        (idx, sorted)
    };
    let ((gi, gs), (pi, ps)) = (order(gold), order(pred));
    let mut g_status = vec!["missed"; gs.len()];
    let mut p_status = vec!["spurious"; ps.len()];
    for (k, m) in assign("strict", &gs, &ps).into_iter().enumerate() {
        let status = match m {
            Match::Exact(i) => Some((i, "correct")),
            Match::Overlap(i) if gs[i].start == ps[k].start && gs[i].end == ps[k].end => Some((i, "incorrect")),
            Match::Overlap(i) => Some((i, "partial")),
            Match::Spurious => None,
        };
        if let Some((i, st)) = status {
            g_status[gi[i]] = st;
            p_status[pi[k]] = st;
        }
    }
    (g_status, p_status)
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

/// Entity and relation figures for a whole run, with per-document figures (entities strict,
/// relations lenient) and what was missing.
#[derive(Debug)]
pub struct EvalReport {
    pub entities: EntityReport,
    pub relations: RelationReport,
    pub per_doc: Vec<(String, Score)>,
    pub per_doc_relations: Vec<(String, Prf)>,
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
            "relations": self.relations,
            "missing_predictions": self.missing_predictions,
            "unpaired_predictions": self.unpaired_predictions,
            "invalid_predicted_spans": self.invalid_predicted_spans,
        });
        if per_doc {
            v["per_doc"] = self
                .per_doc
                .iter()
                .zip(&self.per_doc_relations)
                .map(|((id, s), (_, r))| serde_json::json!({"id": id, "strict": s, "relations_lenient": r}))
                .collect();
        }
        v
    }

    pub fn to_table(&self, per_doc: bool) -> String {
        let mut s = format!("{} documents\n\n", self.documents);
        s.push_str(&table(&self.entities));
        s.push('\n');
        s.push_str(&relation_table(&self.relations));
        for (what, list) in [
            ("gold documents with no prediction (all missed)", &self.missing_predictions),
            ("predicted documents with no gold (ignored)", &self.unpaired_predictions),
            ("invalid predicted spans (counted spurious)", &self.invalid_predicted_spans),
            ("invalid predicted relation arguments (match nothing)", &self.relations.invalid_predicted_arguments),
        ] {
            if !list.is_empty() {
                s.push_str(&format!("\n{what}: {}\n", list.len()));
                for x in list.iter().take(20) {
                    s.push_str(&format!("  {x}\n"));
                }
            }
        }
        if per_doc {
            s.push_str(&format!("\n{:<28} {:^23}  {:^23}\n", "per document", "entities (strict)", "relations (lenient)"));
            s.push_str(&format!("{:<28} {:>7} {:>7} {:>7}  {:>7} {:>7} {:>7}\n", "", "P", "R", "F1", "P", "R", "F1"));
            for ((id, sc), (_, r)) in self.per_doc.iter().zip(&self.per_doc_relations) {
                s.push_str(&format!("{:<28} {:>7.4} {:>7.4} {:>7.4}  {:>7.4} {:>7.4} {:>7.4}\n", id, sc.precision, sc.recall, sc.f1, r.precision, r.recall, r.f1));
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
    let mut rel_eval = RelationEval::default();
    let mut per_doc = Vec::new();
    let mut per_doc_relations = Vec::new();
    let mut missing = Vec::new();
    let mut invalid = Vec::new();
    let mut seen = BTreeSet::new();
    for g in gold_docs {
        let problems = g.validate();
        if !problems.is_empty() {
            anyhow::bail!("{gold_name}: invalid gold document {}: {}", g.id, problems.join("; "));
        }
        let gs = entity_spans(g, map, None);
        let pred = by_id.get(g.id.as_str()).copied();
        let ps = match pred {
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
        per_doc_relations.push((g.id.clone(), rel_eval.add_document(g, pred).prf()));
        let mut one = EntityEval::default();
        one.add_document(&gs, &ps);
        per_doc.push((g.id.clone(), one.report().overall["strict"]));
        eval.add_document(&gs, &ps);
    }
    let unpaired = pred_docs.iter().filter(|d| !seen.contains(d.id.as_str())).map(|d| d.id.clone()).collect();
    Ok(EvalReport { entities: eval.report(), relations: rel_eval.report(), per_doc, per_doc_relations, missing_predictions: missing, unpaired_predictions: unpaired, invalid_predicted_spans: invalid, documents: gold_docs.len() })
}

// ---------------------------------------------------------------------------------------------
// Relations
// ---------------------------------------------------------------------------------------------

/// Normalises a filler name for lenient matching and returns its words: case folding,
/// whitespace collapsed, a leading "the " and a trailing "'s" / "’s" dropped.
pub fn normalise_name(s: &str) -> Vec<String> {
    let mut t = s.to_lowercase().split_whitespace().collect::<Vec<_>>().join(" ");
    if let Some(rest) = t.strip_prefix("the ") {
        t = rest.to_string();
    }
    for suffix in ["'s", "’s"] {
        if let Some(rest) = t.strip_suffix(suffix) {
            t = rest.to_string();
            break;
        }
    }
    t.split_whitespace().map(String::from).collect()
}

/// Two normalised names match when equal or when one is a whole-word prefix or suffix of the
/// other ("takaichi" ~ "sanae takaichi"; "japan" !~ "japanese"). Empty names match nothing.
pub fn names_match(a: &[String], b: &[String]) -> bool {
    if a.is_empty() || b.is_empty() {
        return false;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    long.starts_with(short) || long.ends_with(short)
}

/// A resolved relation argument: its span (None when the argument is invalid) and the names it
/// goes by (its text and, for entities, its canonical name), normalised.
#[derive(Debug, Clone)]
struct Filler {
    span: Option<(usize, usize)>,
    names: Vec<Vec<String>>,
}

impl Filler {
    fn matches(&self, other: &Filler) -> bool {
        self.names.iter().any(|a| other.names.iter().any(|b| names_match(a, b)))
    }
}

#[derive(Debug, Clone)]
struct Rel {
    label: String,
    args: Vec<(String, Filler)>,
    score: Option<f64>,
}

impl Rel {
    fn fillers<'a>(&'a self, role: &'a str) -> impl Iterator<Item = &'a Filler> + 'a {
        self.args.iter().filter(move |(r, _)| r == role).map(|(_, f)| f)
    }

    fn roles(&self) -> BTreeSet<&str> {
        self.args.iter().map(|(r, _)| r.as_str()).collect()
    }
}

/// Resolves a document's relations to fillers. Invalid arguments (an unknown entity, an entity or
/// span outside the text or not quoting it) become fillers that match nothing; they are listed in
/// `invalid` when given.
fn resolve_relations(doc: &crate::document::Document, mut invalid: Option<&mut Vec<String>>) -> Vec<Rel> {
    let idx = crate::document::CharIndex::new(&doc.text);
    let n = idx.len();
    let entities: std::collections::HashMap<&str, &crate::document::Entity> = doc.entities.iter().map(|e| (e.id.as_str(), e)).collect();
    let valid = |s: usize, e: usize, text: Option<&str>| s <= e && e <= n && text.map_or(true, |t| idx.slice(&doc.text, s, e) == t);
    let mut out = Vec::new();
    for r in &doc.relations {
        let mut args = Vec::new();
        for a in &r.args {
            let resolved = match (&a.entity, a.start, a.end) {
                (Some(id), _, _) => entities.get(id.as_str()).filter(|e| valid(e.start, e.end, Some(&e.text))).map(|e| {
                    let mut names = vec![normalise_name(&e.text)];
                    if let Some(c) = &e.canonical {
                        names.push(normalise_name(c));
                    }
                    Filler { span: Some((e.start, e.end)), names }
                }),
                (None, Some(s), Some(e)) if valid(s, e, a.text.as_deref()) => Some(Filler { span: Some((s, e)), names: vec![normalise_name(idx.slice(&doc.text, s, e))] }),
                _ => None,
            };
            let filler = resolved.unwrap_or_else(|| {
                if let Some(v) = invalid.as_deref_mut() {
                    v.push(format!("{} {} {}", doc.id, if r.id.is_empty() { "(no id)" } else { &r.id }, a.role));
                }
                Filler { span: None, names: Vec::new() }
            });
            args.push((a.role.clone(), filler));
        }
        out.push(Rel { label: r.label.clone(), args, score: r.score.filter(|s| !s.is_nan()) });
    }
    out
}

/// Lenient: same type, and for every core role every gold filler matches some predicted filler
/// and every predicted filler matches some gold filler.
fn lenient_match(g: &Rel, p: &Rel) -> bool {
    if g.label != p.label {
        return false;
    }
    let roles: Vec<&str> = match core_roles(&g.label) {
        Some(core) => core.to_vec(),
        None => g.roles().union(&p.roles()).copied().collect(),
    };
    roles.iter().all(|role| {
        let gf: Vec<&Filler> = g.fillers(role).collect();
        let pf: Vec<&Filler> = p.fillers(role).collect();
        gf.iter().all(|a| pf.iter().any(|b| a.matches(b))) && pf.iter().all(|b| gf.iter().any(|a| a.matches(b)))
    })
}

/// Strict: same type, and for every role on either side the same set of filler spans.
fn strict_match(g: &Rel, p: &Rel) -> bool {
    g.label == p.label
        && g.roles().union(&p.roles()).all(|role| {
            let gs: BTreeSet<Option<(usize, usize)>> = g.fillers(role).map(|f| f.span).collect();
            let ps: BTreeSet<Option<(usize, usize)>> = p.fillers(role).map(|f| f.span).collect();
            gs == ps && !ps.contains(&None)
        })
}

/// Arguments the two relations share: per role, the largest one-to-one matching of gold to
/// predicted fillers under the lenient filler match (augmenting paths), summed over roles.
fn shared_arguments(g: &Rel, p: &Rel) -> usize {
    g.roles().intersection(&p.roles()).map(|role| shared_fillers(g, p, role)).sum()
}

/// The fillers of one role the two relations share, matched one to one.
fn shared_fillers(g: &Rel, p: &Rel, role: &str) -> usize {
    let gf: Vec<&Filler> = g.fillers(role).collect();
    let pf: Vec<&Filler> = p.fillers(role).collect();
    let adj: Vec<Vec<usize>> = gf.iter().map(|a| (0..pf.len()).filter(|&j| a.matches(pf[j])).collect()).collect();
    let mut owner: Vec<Option<usize>> = vec![None; pf.len()];
    fn augment(i: usize, adj: &[Vec<usize>], seen: &mut [bool], owner: &mut [Option<usize>]) -> bool {
        for &j in &adj[i] {
            if !seen[j] {
                seen[j] = true;
                if owner[j].map_or(true, |k| augment(k, adj, seen, owner)) {
                    owner[j] = Some(i);
                    return true;
                }
            }
        }
        false
    }
    (0..gf.len()).filter(|&i| augment(i, &adj, &mut vec![false; pf.len()], &mut owner)).count()
}

/// Greedy one-to-one pairing (ANNOTATION.md "Scoring"): predictions in descending score,
/// unscored ones last, ties in file order; each takes, among the gold relations not yet paired,
/// one it *lenient*-matches (the pairing criterion; strict is then judged on the pairs made), the
/// one sharing the most arguments, then the earliest. Returns (gold index, pred index) pairs.
fn pair_relations(gold: &[Rel], pred: &[Rel]) -> Vec<(usize, usize)> {
    let mut order: Vec<usize> = (0..pred.len()).collect();
    order.sort_by(|&a, &b| match (pred[a].score, pred[b].score) {
        (Some(x), Some(y)) => y.partial_cmp(&x).unwrap_or(std::cmp::Ordering::Equal),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    }); // stable: file order breaks ties
    let mut taken = vec![false; gold.len()];
    let mut pairs = Vec::new();
    for p in order {
        let mut best: Option<(usize, usize)> = None; // (gold index, shared)
        for (g, rel) in gold.iter().enumerate() {
            if taken[g] || !lenient_match(rel, &pred[p]) {
                continue;
            }
            let shared = shared_arguments(rel, &pred[p]);
            if best.map_or(true, |(_, s)| shared > s) {
                best = Some((g, shared));
            }
        }
        if let Some((g, _)) = best {
            taken[g] = true;
            pairs.push((g, p));
        }
    }
    pairs
}

/// The relations of `pred` paired with those of `gold` as `eval` pairs them (lenient), as
/// (gold index, predicted index, strict match) over the documents' `relations`.
pub fn relation_pairs(gold: &crate::document::Document, pred: &crate::document::Document) -> Vec<(usize, usize, bool)> {
    let (g, p) = (resolve_relations(gold, None), resolve_relations(pred, None));
    pair_relations(&g, &p).into_iter().map(|(a, b)| (a, b, strict_match(&g[a], &p[b]))).collect()
}

/// Gold, predicted and correct counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Tally {
    pub gold: usize,
    pub predicted: usize,
    pub correct: usize,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Prf {
    #[serde(flatten)]
    pub tally: Tally,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

impl Tally {
    fn add(&mut self, o: &Tally) {
        self.gold += o.gold;
        self.predicted += o.predicted;
        self.correct += o.correct;
    }

    pub fn prf(&self) -> Prf {
        let precision = if self.predicted > 0 { self.correct as f64 / self.predicted as f64 } else { 0.0 };
        let recall = if self.gold > 0 { self.correct as f64 / self.gold as f64 } else { 0.0 };
        let f1 = if precision + recall > 0.0 { 2.0 * precision * recall / (precision + recall) } else { 0.0 };
        Prf { tally: *self, precision, recall, f1 }
    }
}

/// Per-type tallies of one measure.
#[derive(Debug, Clone, Default)]
struct TypeTallies(BTreeMap<String, Tally>);

impl TypeTallies {
    fn slot(&mut self, t: &str) -> &mut Tally {
        self.0.entry(t.to_string()).or_default()
    }

    fn report(&self) -> RelationScores {
        let mut micro = Tally::default();
        for t in self.0.values() {
            micro.add(t);
        }
        RelationScores { per_type: self.0.iter().map(|(t, c)| (t.clone(), c.prf())).collect(), micro: micro.prf() }
    }
}

/// Accumulated relation evaluation over documents.
#[derive(Debug, Default, Clone)]
pub struct RelationEval {
    lenient: TypeTallies,
    strict: TypeTallies,
    arguments: TypeTallies,
    /// The same triples by `type.role`.
    roles: TypeTallies,
    invalid: Vec<String>,
}

#[derive(Debug, Serialize, Clone, Default)]
pub struct RelationScores {
    pub per_type: BTreeMap<String, Prf>,
    pub micro: Prf,
}

/// Relation figures: `lenient` is the headline; `arguments` counts (type, role, filler) triples
/// inside lenient-matched pairs only.
#[derive(Debug, Serialize, Clone, Default)]
pub struct RelationReport {
    pub lenient: RelationScores,
    pub strict: RelationScores,
    pub arguments: RelationScores,
    /// Argument figures per `type.role` ("agreement.agreement", "investment.sector").
    pub arguments_by_role: BTreeMap<String, Prf>,
    pub invalid_predicted_arguments: Vec<String>,
}

impl RelationEval {
    /// Scores one document's relations (`pred` None: no prediction, all missed) and returns its
    /// lenient tally.
    pub fn add_document(&mut self, gold: &crate::document::Document, pred: Option<&crate::document::Document>) -> Tally {
        let g = resolve_relations(gold, None);
        let p = match pred {
            Some(d) => resolve_relations(d, Some(&mut self.invalid)),
            None => Vec::new(),
        };
        let mut doc = Tally { gold: g.len(), predicted: p.len(), correct: 0 };
        for r in &g {
            self.lenient.slot(&r.label).gold += 1;
            self.strict.slot(&r.label).gold += 1;
        }
        for r in &p {
            self.lenient.slot(&r.label).predicted += 1;
            self.strict.slot(&r.label).predicted += 1;
        }
        for (gi, pi) in pair_relations(&g, &p) {
            let (gr, pr) = (&g[gi], &p[pi]);
            doc.correct += 1;
            self.lenient.slot(&gr.label).correct += 1;
            if strict_match(gr, pr) {
                self.strict.slot(&gr.label).correct += 1;
            }
            let a = self.arguments.slot(&gr.label);
            a.gold += gr.args.len();
            a.predicted += pr.args.len();
            // Per role, and their sum for the type (shared_arguments, role by role).
            for role in gr.roles().union(&pr.roles()) {
                let shared = shared_fillers(gr, pr, role);
                a.correct += shared;
                let t = self.roles.slot(&format!("{}.{role}", gr.label));
                t.gold += gr.fillers(role).count();
                t.predicted += pr.fillers(role).count();
                t.correct += shared;
            }
        }
        doc
    }

    pub fn report(&self) -> RelationReport {
        RelationReport { lenient: self.lenient.report(), strict: self.strict.report(), arguments: self.arguments.report(), arguments_by_role: self.roles.report().per_type, invalid_predicted_arguments: self.invalid.clone() }
    }
}

/// The relations section of the table.
pub fn relation_table(r: &RelationReport) -> String {
    // The name column fits the longest row name ("holds_position.organization").
    let w = r.arguments_by_role.keys().map(|k| k.len()).chain([20]).max().unwrap_or(20);
    let head = |name: &str| format!("{:<w$} {:>6} {:>6} {:>6}  {:>7} {:>7} {:>7}\n", name, "GOLD", "PRED", "COR", "P", "R", "F1");
    let row = |name: &str, p: &Prf| {
        format!("{:<w$} {:>6} {:>6} {:>6}  {:>7.4} {:>7.4} {:>7.4}\n", name, p.tally.gold, p.tally.predicted, p.tally.correct, p.precision, p.recall, p.f1)
    };
    let mut s = head("relations (lenient)");
    for (t, p) in &r.lenient.per_type {
        s.push_str(&row(t, p));
    }
    s.push_str(&row("micro", &r.lenient.micro));
    s.push_str(&row("strict (micro)", &r.strict.micro));
    s.push_str(&row("arguments", &r.arguments.micro));
    s.push_str(&format!("\n{}", head("arguments by role")));
    for (role, p) in &r.arguments_by_role {
        s.push_str(&row(role, p));
    }
    s
}

#[cfg(test)]
mod relation_tests {
    use super::*;
    use crate::document::{Arg, Document, Entity, Meta, Relation};

    const TEXT: &str = "Prime Minister Sanae Takaichi met President Donald Trump in Tokyo. Takaichi said Japanese firms would invest in Japan. The U.S. welcomed it, Trump said.";

    /// A document over TEXT with entities given as (id, type, the text to find, which occurrence, canonical).
    fn doc(entities: &[(&str, &str, &str, usize, Option<&str>)]) -> Document {
        let mut d = Document::new("d", TEXT, Meta::default());
        for (id, label, needle, nth, canonical) in entities {
            let byte = TEXT.match_indices(needle).nth(*nth).unwrap().0;
            let start = TEXT[..byte].chars().count();
            d.entities.push(Entity {
                id: id.to_string(),
                label: label.to_string(),
                start,
                end: start + needle.chars().count(),
                text: needle.to_string(),
                score: None,
                source: None,
                canonical: canonical.map(String::from),
                value: None,
            });
        }
        d
    }

    fn rel(label: &str, args: &[(&str, &str)], score: Option<f64>) -> Relation {
        Relation {
            id: String::new(),
            label: label.into(),
            args: args.iter().map(|(role, e)| Arg { role: role.to_string(), entity: Some(e.to_string()), start: None, end: None, text: None }).collect(),
            trigger: None,
            evidence: None,
            rule: None,
            score,
        }
    }

    fn entities() -> Vec<(&'static str, &'static str, &'static str, usize, Option<&'static str>)> {
        vec![
            ("e1", "TITLE", "Prime Minister", 0, None),
            ("e2", "PERSON", "Sanae Takaichi", 0, Some("Sanae Takaichi")),
            ("e3", "PERSON", "Donald Trump", 0, Some("Donald Trump")),
            ("e4", "GPE", "Tokyo", 0, Some("Tokyo")),
            ("e5", "PERSON", "Takaichi", 1, Some("Sanae Takaichi")),
            ("e6", "NORP", "Japanese", 0, None),
            ("e7", "GPE", "Japan", 1, Some("Japan")),
            ("e8", "GPE", "U.S.", 0, Some("United States")),
            ("e9", "PERSON", "Trump", 1, None),
        ]
    }

    fn score(gold: Document, pred: Document) -> RelationReport {
        let mut e = RelationEval::default();
        e.add_document(&gold, Some(&pred));
        e.report()
    }

    #[test]
    fn normalising_and_whole_word_matching() {
        assert_eq!(normalise_name("  The  United\tStates's"), ["united", "states"]);
        assert_eq!(normalise_name("Japan’s"), ["japan"]);
        assert_eq!(normalise_name("the"), ["the"]);
        let m = |a: &str, b: &str| names_match(&normalise_name(a), &normalise_name(b));
        assert!(m("Takaichi", "Sanae Takaichi"));
        assert!(m("Sanae", "Sanae Takaichi"));
        assert!(m("sanae  TAKAICHI", "Sanae Takaichi"));
        assert!(!m("Japan", "Japanese"));
        assert!(!m("Japanese", "Japan"));
        assert!(!m("Sanae Takaichi", "Prime Minister Sanae Takaichi Cabinet"), "an inner run is neither prefix nor suffix");
        assert!(!m("", ""));
    }

    #[test]
    fn takaichi_matches_sanae_takaichi_leniently_not_strictly() {
        let mut gold = doc(&entities());
        gold.relations.push(rel("meeting", &[("participant", "e2"), ("participant", "e3")], None));
        let mut pred = doc(&entities());
        // Another mention of each: "Takaichi" (canonical dropped, so only the suffix rule can
        // match it) and the bare "Trump".
        pred.entities[4].canonical = None;
        pred.relations.push(rel("meeting", &[("participant", "e5"), ("participant", "e9")], None));
        let r = score(gold, pred);
        assert_eq!(r.lenient.micro.tally, Tally { gold: 1, predicted: 1, correct: 1 });
        assert_eq!(r.strict.micro.tally, Tally { gold: 1, predicted: 1, correct: 0 });
        assert_eq!(r.arguments.micro.tally, Tally { gold: 2, predicted: 2, correct: 2 });
        assert_eq!(r.lenient.per_type["meeting"].f1, 1.0);
    }

    #[test]
    fn canonical_names_match_too() {
        // The predicted filler's text ("U.S.") shares no word with the gold filler's ("United
        // States" is only its canonical name on the prediction side), so only the canonical
        // name can make them match.
        let mut gold = doc(&entities());
        gold.entities[7].canonical = None;
        gold.entities[7].text = "U.S.".into();
        gold.relations.push(rel("agreement", &[("party", "e8")], None));
        let mut g2 = gold.clone();
        // Gold filler: "Donald Trump"; prediction: "U.S." whose canonical is "Trump".
        g2.relations[0] = rel("agreement", &[("party", "e3")], None);
        let mut pred = doc(&entities());
        pred.entities[7].canonical = Some("Trump".into());
        pred.relations.push(rel("agreement", &[("party", "e8")], None));
        assert_eq!(score(g2.clone(), pred.clone()).lenient.micro.tally.correct, 1);
        pred.entities[7].canonical = None;
        assert_eq!(score(g2, pred).lenient.micro.tally.correct, 0);
    }

    #[test]
    fn japan_does_not_match_japanese() {
        let mut gold = doc(&entities());
        gold.relations.push(rel("visit", &[("visitor", "e5"), ("destination", "e7")], None));
        let mut pred = doc(&entities());
        pred.relations.push(rel("visit", &[("visitor", "e5"), ("destination", "e6")], None));
        let r = score(gold, pred);
        assert_eq!(r.lenient.micro.tally, Tally { gold: 1, predicted: 1, correct: 0 });
        assert_eq!(r.lenient.micro.f1, 0.0);
        assert_eq!(r.arguments.micro.tally, Tally::default(), "arguments are only counted inside lenient pairs");
    }

    #[test]
    fn extra_non_core_argument_is_lenient_not_strict() {
        let mut gold = doc(&entities());
        gold.relations.push(rel("meeting", &[("participant", "e2"), ("participant", "e3")], None));
        let mut pred = doc(&entities());
        pred.relations.push(rel("meeting", &[("participant", "e2"), ("participant", "e3"), ("location", "e4")], None));
        let r = score(gold, pred);
        assert_eq!(r.lenient.micro.tally.correct, 1);
        assert_eq!(r.strict.micro.tally.correct, 0);
        assert_eq!(r.arguments.micro.tally, Tally { gold: 2, predicted: 3, correct: 2 });
        assert!((r.arguments.micro.precision - 2.0 / 3.0).abs() < 1e-12);
        assert_eq!(r.arguments.micro.recall, 1.0);
        // By role: both participants found, the location spurious.
        assert_eq!(r.arguments_by_role["meeting.participant"].tally, Tally { gold: 2, predicted: 2, correct: 2 });
        assert_eq!(r.arguments_by_role["meeting.location"].tally, Tally { gold: 0, predicted: 1, correct: 0 });
        assert!(relation_table(&r).contains("meeting.location"));
    }

    #[test]
    fn a_missing_core_filler_or_an_extra_one_is_not_lenient() {
        let mut gold = doc(&entities());
        gold.relations.push(rel("meeting", &[("participant", "e2"), ("participant", "e3")], None));
        let mut p1 = doc(&entities());
        p1.relations.push(rel("meeting", &[("participant", "e2")], None));
        assert_eq!(score(gold.clone(), p1).lenient.micro.tally.correct, 0);
        let mut p2 = doc(&entities());
        p2.relations.push(rel("meeting", &[("participant", "e2"), ("participant", "e3"), ("participant", "e7")], None));
        assert_eq!(score(gold.clone(), p2).lenient.micro.tally.correct, 0);
        let mut p3 = doc(&entities());
        p3.relations.push(rel("visit", &[("participant", "e2"), ("participant", "e3")], None));
        let r = score(gold, p3);
        assert_eq!(r.lenient.micro.tally.correct, 0, "types must agree");
        assert_eq!(r.lenient.per_type.len(), 2, "every type on either side is reported");
    }

    #[test]
    fn text_span_fillers_and_strict_equality() {
        let s = TEXT.find("Japanese firms").map(|b| TEXT[..b].chars().count()).unwrap();
        let mut gold = doc(&entities());
        let span_arg = |start: usize, text: &str| Arg { role: "quote".into(), entity: None, start: Some(start), end: Some(start + text.chars().count()), text: Some(text.into()) };
        let mut g = rel("statement", &[("speaker", "e5")], None);
        g.args.push(span_arg(s, "Japanese firms would invest in Japan"));
        gold.relations.push(g);
        let mut pred = doc(&entities());
        let mut p = rel("statement", &[("speaker", "e5")], Some(0.7));
        p.args.push(span_arg(s, "Japanese firms would invest in Japan"));
        pred.relations.push(p.clone());
        let r = score(gold.clone(), pred.clone());
        assert_eq!((r.lenient.micro.tally.correct, r.strict.micro.tally.correct), (1, 1));
        // A shorter quote that is a whole-word prefix: lenient, not strict.
        pred.relations[0].args[1] = span_arg(s, "Japanese firms would invest");
        let r = score(gold.clone(), pred.clone());
        assert_eq!((r.lenient.micro.tally.correct, r.strict.micro.tally.correct), (1, 0));
        // An invalid predicted span matches nothing and is listed.
        pred.relations[0].args[1] = Arg { role: "quote".into(), entity: None, start: Some(s), end: Some(s + 3), text: Some("xyz".into()) };
        let r = score(gold, pred);
        assert_eq!(r.lenient.micro.tally.correct, 0);
        assert_eq!(r.invalid_predicted_arguments.len(), 1);
    }

    #[test]
    fn greedy_pairing_follows_score_then_file_order() {
        // Gold: A (with a location) first, then B (participants only).
        let mut gold = doc(&entities());
        gold.relations.push(rel("meeting", &[("participant", "e2"), ("participant", "e3"), ("location", "e4")], None));
        gold.relations.push(rel("meeting", &[("participant", "e2"), ("participant", "e3")], None));
        // X (participants only) comes first in the file; Y (with the location) second.
        let x = |s| rel("meeting", &[("participant", "e2"), ("participant", "e3")], s);
        let y = |s| rel("meeting", &[("participant", "e2"), ("participant", "e3"), ("location", "e4")], s);

        // Y scored, X unscored: Y goes first (unscored last) and takes A (3 shared arguments
        // beat 2); X takes B. Both pairs are strict-correct.
        let mut pred = doc(&entities());
        pred.relations = vec![x(None), y(Some(0.9))];
        let r = score(gold.clone(), pred);
        assert_eq!((r.lenient.micro.tally.correct, r.strict.micro.tally.correct), (2, 2));
        assert_eq!(r.arguments.micro.tally, Tally { gold: 5, predicted: 5, correct: 5 });

        // Higher score first: X at 0.8 beats Y at 0.3, so X pairs first; it shares 2 arguments
        // with both A and B and takes the earliest, A; Y is left with B. Neither pair is strict.
        let mut pred = doc(&entities());
        pred.relations = vec![y(Some(0.3)), x(Some(0.8))];
        let r = score(gold.clone(), pred);
        assert_eq!((r.lenient.micro.tally.correct, r.strict.micro.tally.correct), (2, 0));
        assert_eq!(r.arguments.micro.tally, Tally { gold: 5, predicted: 5, correct: 4 });

        // No scores: file order. X first takes A (tie, earliest), Y gets B.
        let mut pred = doc(&entities());
        pred.relations = vec![x(None), y(None)];
        let r = score(gold.clone(), pred);
        assert_eq!(r.strict.micro.tally.correct, 0);
        // Y first in the file: Y takes A, X takes B.
        let mut pred = doc(&entities());
        pred.relations = vec![y(None), x(None)];
        let r = score(gold, pred);
        assert_eq!(r.strict.micro.tally.correct, 2);
    }

    #[test]
    fn one_to_one_and_unpaired_counts() {
        let mut gold = doc(&entities());
        gold.relations.push(rel("holds_position", &[("person", "e2"), ("title", "e1")], None));
        let mut pred = doc(&entities());
        // Two predictions for one gold relation: one pairs, the other is a false positive.
        pred.relations.push(rel("holds_position", &[("person", "e2"), ("title", "e1")], None));
        pred.relations.push(rel("holds_position", &[("person", "e5"), ("title", "e1")], None));
        pred.relations.push(rel("located_in", &[("place", "e4"), ("container", "e7")], None));
        let r = score(gold.clone(), pred);
        assert_eq!(r.lenient.per_type["holds_position"].tally, Tally { gold: 1, predicted: 2, correct: 1 });
        assert_eq!(r.lenient.per_type["located_in"].tally, Tally { gold: 0, predicted: 1, correct: 0 });
        assert_eq!(r.lenient.micro.tally, Tally { gold: 1, predicted: 3, correct: 1 });
        // A gold document with no prediction: all missed.
        let mut e = RelationEval::default();
        let t = e.add_document(&gold, None);
        assert_eq!(t, Tally { gold: 1, predicted: 0, correct: 0 });
    }

    #[test]
    fn report_carries_relations_in_json_and_table() {
        let mut gold = doc(&entities());
        gold.relations.push(rel("meeting", &[("participant", "e2"), ("participant", "e3")], None));
        let pred = gold.clone();
        let r = evaluate_documents(&[gold], &[pred], None, "gold").unwrap();
        let j = r.to_json(true);
        assert_eq!(j["relations"]["lenient"]["micro"]["f1"], 1.0);
        assert_eq!(j["relations"]["strict"]["per_type"]["meeting"]["correct"], 1);
        assert_eq!(j["relations"]["arguments"]["micro"]["correct"], 2);
        assert_eq!(j["per_doc"][0]["relations_lenient"]["f1"], 1.0);
        let t = r.to_table(true);
        assert!(t.contains("relations (lenient)") && t.contains("strict (micro)") && t.contains("arguments"), "{t}");
    }
}
