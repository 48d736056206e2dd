//! Standoff formats: brat (`.ann` + `.txt`), doccano JSON Lines and Label Studio task lists,
//! read and written. Offsets are Unicode code points into the exact text, as gleaner's.
//!
//! Reading: brat relations are read back (the n-ary relations the brat writer split into links
//! are rebuilt from its notes; events become relations with a trigger); doccano and Label Studio
//! relations are not read (they carry no roles). Spans labelled [`TEXT_SPAN_LABEL`] (text-span
//! relation arguments in gleaner's exports) are not entities.
//!
//! Writing: relations are binary: a relation becomes one link per (first core argument, other
//! argument) pair — ANNOTATION.md's n-ary relations are split, and a relation with one argument
//! cannot be written. brat additionally keeps, in `AnnotatorNotes`, the roles, the relation each
//! link came from, its score, and the entities' canonical names, values, scores and sources, so
//! the reader rebuilds the n-ary relations. Text-span arguments (quotes, topics) become spans
//! labelled [`TEXT_SPAN_LABEL`].

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use serde_json::{json, Value};

use super::losses::{loss, Losses};
use crate::document::{link_head, Arg, CharIndex, Document, Entity, Meta, Relation, TextSpan};

/// The label standoff formats give to text-span relation arguments (not entities).
pub const TEXT_SPAN_LABEL: &str = "TextSpan";

fn id_of(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// Builds an entity over code-point offsets, checking them against the text.
fn standoff_entity(path: &Path, where_: &str, text: &str, idx: &CharIndex, id: String, label: &str, start: usize, end: usize) -> Result<Entity> {
    if start >= end || end > idx.len() {
        bail!("{}: {where_}: offsets {start}..{end} outside the text (length {})", path.display(), idx.len());
    }
    Ok(Entity { id, label: label.to_string(), start, end, text: idx.slice(text, start, end).to_string(), score: None, source: None, canonical: None, value: None })
}

pub(super) fn read_doccano(path: &Path, line: usize, v: &Value) -> Result<Document> {
    let text = v["text"].as_str().unwrap_or_default().to_string();
    let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let id = id_of(v.get("id")).unwrap_or_else(|| format!("{stem}-{line:04}"));
    let idx = CharIndex::new(&text);
    let mut spans: Vec<(usize, usize, String)> = Vec::new();
    let num = |x: &Value| x.as_u64().map(|n| n as usize);
    if let Some(list) = v.get("entities").and_then(Value::as_array) {
        for e in list {
            match (e.get("start_offset").and_then(num), e.get("end_offset").and_then(num), e.get("label").and_then(Value::as_str)) {
                (Some(s), Some(t), Some(l)) => spans.push((s, t, l.to_string())),
                _ => bail!("{}:{line}: an entity needs start_offset, end_offset and label", path.display()),
            }
        }
    } else if let Some(list) = v.get("label").and_then(Value::as_array) {
        for e in list {
            match (e.get(0).and_then(num), e.get(1).and_then(num), e.get(2).and_then(Value::as_str)) {
                (Some(s), Some(t), Some(l)) => spans.push((s, t, l.to_string())),
                _ => bail!("{}:{line}: a label needs [start, end, label]", path.display()),
            }
        }
    }
    let mut doc = Document::new(id, text.clone(), Meta { source: Some(path.display().to_string()), ..Meta::default() });
    spans.sort_by_key(|(s, e, _)| (*s, *e));
    for (s, e, l) in spans.into_iter().filter(|(_, _, l)| l != TEXT_SPAN_LABEL) {
        let n = doc.entities.len() + 1;
        doc.entities.push(standoff_entity(path, &format!("line {line}"), &text, &idx, format!("e{n}"), &l, s, e)?);
    }
    Ok(doc)
}

/// A Label Studio task list: each task's `data.text` (or its first string), its first
/// non-cancelled annotation's results, else its first prediction's; `labels` regions become
/// entities. The id is `data.id`, else the task `id`, else `<stem>-<n>`.
pub(super) fn read_label_studio(path: &Path, v: &Value) -> Result<Vec<Document>> {
    let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let mut out = Vec::new();
    for (n, task) in v.as_array().unwrap().iter().enumerate() {
        let where_ = format!("task {}", n + 1);
        let data = task.get("data").ok_or_else(|| anyhow::anyhow!("{}: {where_}: not a Label Studio task (no \"data\")", path.display()))?;
        let text = data.get("text").and_then(Value::as_str).or_else(|| data.as_object().and_then(|o| o.values().find_map(Value::as_str))).unwrap_or_default().to_string();
        let id = id_of(data.get("id")).or_else(|| id_of(task.get("id"))).unwrap_or_else(|| format!("{stem}-{:04}", n + 1));
        let results = task
            .get("annotations")
            .and_then(Value::as_array)
            .and_then(|a| a.iter().find(|x| !x.get("was_cancelled").and_then(Value::as_bool).unwrap_or(false)))
            .or_else(|| task.get("predictions").and_then(Value::as_array).and_then(|p| p.first()))
            .and_then(|x| x.get("result"))
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        let idx = CharIndex::new(&text);
        let mut spans = Vec::new();
        for r in &results {
            if r.get("type").and_then(Value::as_str) != Some("labels") {
                continue;
            }
            let val = &r["value"];
            let label = val["labels"].get(0).and_then(Value::as_str).unwrap_or_default();
            match (val["start"].as_u64(), val["end"].as_u64()) {
                (Some(s), Some(e)) if label != TEXT_SPAN_LABEL => spans.push((s as usize, e as usize, label.to_string(), r.get("score").and_then(Value::as_f64))),
                (Some(_), Some(_)) => {}
                _ => bail!("{}: {where_}: a labels result needs value.start and value.end", path.display()),
            }
        }
        spans.sort_by_key(|(s, e, _, _)| (*s, *e));
        let mut doc = Document::new(id, text.clone(), Meta { source: Some(path.display().to_string()), ..Meta::default() });
        for (s, e, l, score) in spans {
            let n = doc.entities.len() + 1;
            let mut ent = standoff_entity(path, &where_, &text, &idx, format!("e{n}"), &l, s, e)?;
            ent.score = score;
            doc.entities.push(ent);
        }
        out.push(doc);
    }
    Ok(out)
}

/// brat standoff: `X.ann` with `X.txt` beside it; the id is the file stem. T lines are entities
/// (a discontinuous span becomes its first start to its last end) unless labelled `TextSpan` or
/// used as an event trigger; R lines and E lines are relations; `AnnotatorNotes` written by
/// `gleaner export` restore canonical names, values, scores, roles and the n-ary relations.
/// Other lines (attributes, normalisations, equivalences) are ignored.
pub(super) fn read_brat(ann_path: &Path) -> Result<Document> {
    let txt_path = ann_path.with_extension("txt");
    let text = std::fs::read_to_string(&txt_path).with_context(|| format!("reading {} (the text of {})", txt_path.display(), ann_path.display()))?;
    let ann = std::fs::read_to_string(ann_path).with_context(|| format!("reading {}", ann_path.display()))?;
    let id = ann_path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let idx = CharIndex::new(&text);
    let bad = |i: usize, what: &str| anyhow::anyhow!("{}:{}: {what}", ann_path.display(), i + 1);
    // T id -> (label, start, end)
    let mut spans: Vec<(String, String, usize, usize)> = Vec::new();
    let mut notes: HashMap<String, Value> = HashMap::new();
    // (id, label, [(role, target)], trigger)
    let mut rels: Vec<(String, String, Vec<(String, String)>, Option<String>)> = Vec::new();
    for (i, line) in ann.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        let mut cols = line.splitn(3, '\t');
        let (key, body) = (cols.next().unwrap_or(""), cols.next().unwrap_or(""));
        match key.chars().next() {
            Some('T') => {
                let (label, offsets) = body.split_once(' ').ok_or_else(|| bad(i, "expected TYPE START END"))?;
                let mut lo = usize::MAX;
                let mut hi = 0;
                for frag in offsets.split(';') {
                    let (a, b) = frag.trim().split_once(' ').ok_or_else(|| bad(i, "expected START END"))?;
                    let (a, b): (usize, usize) = (a.parse().map_err(|_| bad(i, "bad offset"))?, b.parse().map_err(|_| bad(i, "bad offset"))?);
                    lo = lo.min(a);
                    hi = hi.max(b);
                }
                if lo >= hi || hi > idx.len() {
                    return Err(bad(i, &format!("offsets {lo}..{hi} outside {} (length {} code points)", txt_path.display(), idx.len())));
                }
                spans.push((key.to_string(), label.to_string(), lo, hi));
            }
            Some('R') => {
                let mut parts = body.split(' ');
                let label = parts.next().unwrap_or_default().to_string();
                let args: Vec<(String, String)> = parts.filter_map(|p| p.split_once(':')).map(|(r, t)| (r.to_string(), t.to_string())).collect();
                if args.len() != 2 {
                    return Err(bad(i, "a relation needs two arguments"));
                }
                rels.push((key.to_string(), label, args, None));
            }
            Some('E') => {
                let mut parts = body.split(' ');
                let (label, trigger) = parts.next().and_then(|p| p.split_once(':')).ok_or_else(|| bad(i, "expected TYPE:TRIGGER"))?;
                let args: Vec<(String, String)> =
                    parts.filter_map(|p| p.split_once(':')).map(|(r, t)| (r.trim_end_matches(|c: char| c.is_ascii_digit()).to_string(), t.to_string())).collect();
                rels.push((key.to_string(), label.to_string(), args, Some(trigger.to_string())));
            }
            Some('#') => {
                let mut p = body.splitn(2, ' ');
                if p.next() == Some("AnnotatorNotes") {
                    let target = p.next().unwrap_or_default().to_string();
                    if let Some(v) = line.splitn(3, '\t').nth(2).and_then(|n| serde_json::from_str::<Value>(n).ok()).filter(Value::is_object) {
                        notes.insert(target, v);
                    }
                }
            }
            _ => {}
        }
    }
    let triggers: std::collections::HashSet<&str> = rels.iter().filter_map(|r| r.3.as_deref()).collect();
    let mut doc = Document::new(id, text.clone(), Meta { source: Some(ann_path.display().to_string()), ..Meta::default() });
    let mut order: Vec<usize> = (0..spans.len()).collect();
    order.sort_by_key(|&k| (spans[k].2, spans[k].3));
    let mut entity_of: HashMap<&str, String> = HashMap::new();
    for k in order {
        let (tid, label, s, e) = &spans[k];
        if label == TEXT_SPAN_LABEL || triggers.contains(tid.as_str()) {
            continue;
        }
        let eid = format!("e{}", doc.entities.len() + 1);
        let mut ent = Entity { id: eid.clone(), label: label.clone(), start: *s, end: *e, text: idx.slice(&text, *s, *e).to_string(), score: None, source: None, canonical: None, value: None };
        if let Some(n) = notes.get(tid) {
            ent.canonical = n.get("canonical").and_then(Value::as_str).map(String::from);
            ent.value = n.get("value").cloned();
            ent.score = n.get("score").and_then(Value::as_f64);
            ent.source = n.get("source").and_then(Value::as_str).map(String::from);
        }
        entity_of.insert(tid.as_str(), eid);
        doc.entities.push(ent);
    }
    let span_of: HashMap<&str, (usize, usize)> = spans.iter().map(|(t, _, s, e)| (t.as_str(), (*s, *e))).collect();
    let arg = |role: &str, target: &str| -> Result<Arg> {
        if let Some(e) = entity_of.get(target) {
            return Ok(Arg { role: role.to_string(), entity: Some(e.clone()), start: None, end: None, text: None });
        }
        let &(s, e) = span_of.get(target).ok_or_else(|| anyhow::anyhow!("{}: an argument names {target:?}, which is not a T line", ann_path.display()))?;
        Ok(Arg { role: role.to_string(), entity: None, start: Some(s), end: Some(e), text: Some(idx.slice(&text, s, e).to_string()) })
    };
    // Links carrying a gleaner note regroup into their relation; other lines stand alone.
    let mut groups: HashMap<String, usize> = HashMap::new();
    for (rid, label, args, trigger) in &rels {
        let note = notes.get(rid);
        let roles: Option<Vec<String>> = note.and_then(|n| n.get("roles")?.as_array()?.iter().map(|r| r.as_str().map(String::from)).collect());
        let group = note.and_then(|n| n.get("relation")).and_then(Value::as_str);
        match (group, roles) {
            (Some(g), Some(roles)) if roles.len() == 2 && args.len() == 2 => {
                let slot = match groups.get(g) {
                    Some(&k) => k,
                    None => {
                        let head = arg(&roles[0], &args[0].1)?;
                        doc.relations.push(Relation { id: g.to_string(), label: label.clone(), args: vec![head], trigger: None, evidence: None, rule: None, score: note.and_then(|n| n.get("score")).and_then(Value::as_f64) });
                        groups.insert(g.to_string(), doc.relations.len() - 1);
                        doc.relations.len() - 1
                    }
                };
                let a = arg(&roles[1], &args[1].1)?;
                doc.relations[slot].args.push(a);
            }
            _ => {
                let args = args.iter().map(|(r, t)| arg(r, t)).collect::<Result<Vec<_>>>()?;
                let trigger = match trigger {
                    Some(t) => {
                        let &(s, e) = span_of.get(t.as_str()).ok_or_else(|| anyhow::anyhow!("{}: event {rid}: trigger {t:?} is not a T line", ann_path.display()))?;
                        Some(TextSpan { start: s, end: e, text: Some(idx.slice(&text, s, e).to_string()) })
                    }
                    None => None,
                };
                doc.relations.push(Relation { id: rid.clone(), label: label.clone(), args, trigger, evidence: None, rule: None, score: note.and_then(|n| n.get("score")).and_then(Value::as_f64) });
            }
        }
    }
    Ok(doc)
}

/// What an argument points at in a standoff export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum Target {
    /// Index into the document's entities.
    Entity(usize),
    /// Index into the text-span list of [`Standoff`].
    Span(usize),
}

/// A binary link: the relation it comes from, its two targets and their roles.
#[derive(Debug, Clone)]
pub(super) struct Link {
    /// The relation's id (or `r<n>` when ids are missing or repeated).
    pub group: String,
    /// The relation's index in the document's `relations`.
    pub relation: usize,
    pub label: String,
    pub from: (Target, String),
    pub to: (Target, String),
    pub score: Option<f64>,
}

/// A document's annotations as standoff: valid entities, text-span arguments, binary links.
pub(super) struct Standoff {
    pub entities: Vec<usize>,
    pub spans: Vec<(usize, usize, String)>,
    pub links: Vec<Link>,
}

/// The one mapping of n-ary relations to binary links, shared by every link format (brat,
/// doccano, Label Studio, TACRED, DocRED): the head is the relation's first argument (in its
/// order) that fills a core role of its type (any argument for a type outside the contract),
/// and one link goes from the head to each other argument, labelled with the relation type and
/// carrying both roles. A relation with fewer than two valid arguments gives no link.
pub(super) fn standoff(doc: &Document, losses: &mut Losses) -> Standoff {
    let idx = CharIndex::new(&doc.text);
    let n = idx.len();
    let id = &doc.id;
    let valid = |s: usize, e: usize, text: Option<&str>| s < e && e <= n && text.map_or(true, |t| idx.slice(&doc.text, s, e) == t);
    let mut entities = Vec::new();
    let mut entity_index: HashMap<&str, usize> = HashMap::new();
    for (i, e) in doc.entities.iter().enumerate() {
        if valid(e.start, e.end, Some(&e.text)) {
            entities.push(i);
            entity_index.entry(e.id.as_str()).or_insert(i);
        } else {
            losses.note(loss::INVALID_ENTITY, id, 1);
        }
    }
    let mut spans: Vec<(usize, usize, String)> = Vec::new();
    let mut links = Vec::new();
    let ids: Vec<&str> = doc.relations.iter().map(|r| r.id.as_str()).collect();
    let unique_ids = !ids.iter().any(|i| i.is_empty()) && ids.iter().collect::<HashSet<_>>().len() == ids.len();
    for (ri, r) in doc.relations.iter().enumerate() {
        let mut args: Vec<(Target, String)> = Vec::new();
        for a in &r.args {
            let target = match (&a.entity, a.start, a.end) {
                (Some(e), _, _) => entity_index.get(e.as_str()).map(|&i| Target::Entity(i)),
                (None, Some(s), Some(e)) if valid(s, e, a.text.as_deref()) => {
                    let k = spans.iter().position(|&(x, y, _)| (x, y) == (s, e)).unwrap_or_else(|| {
                        spans.push((s, e, idx.slice(&doc.text, s, e).to_string()));
                        spans.len() - 1
                    });
                    Some(Target::Span(k))
                }
                _ => None,
            };
            match target {
                Some(t) => args.push((t, a.role.clone())),
                None => losses.note(loss::BAD_ARGS, id, 1),
            }
        }
        if args.len() < 2 {
            losses.note(loss::TOO_FEW_ARGS, id, 1);
            continue;
        }
        if args.len() > 2 {
            losses.note(loss::SPLIT_NARY, id, 1);
        }
        let head = link_head(&r.label, args.iter().map(|(_, role)| role.as_str())).expect("two arguments or more");
        let group = if unique_ids { r.id.clone() } else { format!("r{}", ri + 1) };
        for (k, arg) in args.iter().enumerate() {
            if k != head {
                links.push(Link { group: group.clone(), relation: ri, label: r.label.clone(), from: args[head].clone(), to: arg.clone(), score: r.score });
            }
        }
    }
    Standoff { entities, spans, links }
}

/// brat written a document at a time: `<name>.txt` and `<name>.ann` per document, and at the
/// end `annotation.conf` with every type seen.
pub(super) struct BratWriter {
    dir: PathBuf,
    written: Vec<PathBuf>,
    names: HashSet<String>,
    entity_types: std::collections::BTreeSet<String>,
    relation_types: std::collections::BTreeSet<String>,
}

impl BratWriter {
    pub(super) fn new(dir: &Path) -> Result<BratWriter> {
        std::fs::create_dir_all(dir).map_err(|e| anyhow::anyhow!("creating {}: {e}", dir.display()))?;
        Ok(BratWriter { dir: dir.to_path_buf(), written: Vec::new(), names: HashSet::new(), entity_types: Default::default(), relation_types: Default::default() })
    }

    pub(super) fn add(&mut self, d: &Document, losses: &mut Losses) -> Result<()> {
        let base = super::articles::safe_id(&d.id);
        let mut name = base.clone();
        let mut k = 0;
        while !self.names.insert(name.clone()) {
            k += 1;
            name = format!("{base}-{k}");
        }
        if name != d.id {
            losses.note(loss::RENAMED, &d.id, 1);
        }
        let (ann, types, rels) = brat_ann(d, losses);
        self.entity_types.extend(types);
        self.relation_types.extend(rels);
        for (ext, bytes) in [("txt", d.text.as_bytes()), ("ann", ann.as_bytes())] {
            let p = self.dir.join(format!("{name}.{ext}"));
            crate::util::write_atomic(&p, bytes)?;
            self.written.push(p);
        }
        Ok(())
    }

    pub(super) fn finish(mut self, _losses: &mut Losses) -> Result<Vec<PathBuf>> {
        let mut conf = String::from("# written by gleaner export --format brat\n[entities]\n");
        for t in &self.entity_types {
            conf.push_str(&format!("{t}\n"));
        }
        conf.push_str("\n[relations]\n");
        for t in &self.relation_types {
            conf.push_str(&format!("{t}\tArg1:<ENTITY>, Arg2:<ENTITY>\n"));
        }
        conf.push_str("\n[events]\n\n[attributes]\n");
        let p = self.dir.join("annotation.conf");
        crate::util::write_atomic(&p, conf.as_bytes())?;
        self.written.push(p);
        Ok(self.written)
    }
}

fn fragments(chars: &[char], start: usize, end: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for i in start..end {
        let brk = chars[i] == '\n' || chars[i] == '\r';
        match (brk, open) {
            (true, Some(s)) => {
                out.push((s, i));
                open = None;
            }
            (false, None) => open = Some(i),
            _ => {}
        }
    }
    if let Some(s) = open {
        out.push((s, end));
    }
    out
}

/// The `.ann` text of one document, with the entity and relation types it uses.
fn brat_ann(doc: &Document, losses: &mut Losses) -> (String, Vec<String>, Vec<String>) {
    let so = standoff(doc, losses);
    let chars: Vec<char> = doc.text.chars().collect();
    let mut ann = String::new();
    let mut t = 0;
    let mut notes = 0;
    let mut tid: HashMap<Target, String> = HashMap::new();
    let mut types = Vec::new();
    let mut line_breaks = 0;
    let mut t_line = |ann: &mut String, label: &str, s: usize, e: usize| -> String {
        t += 1;
        let frags = fragments(&chars, s, e);
        if frags.len() != 1 || frags[0] != (s, e) {
            line_breaks += 1;
        }
        let offsets: Vec<String> = frags.iter().map(|(a, b)| format!("{a} {b}")).collect();
        let text: Vec<String> = frags.iter().map(|&(a, b)| chars[a..b].iter().map(|c| if *c == '\t' { ' ' } else { *c }).collect()).collect();
        let label: String = label.chars().map(|c| if c.is_whitespace() { '_' } else { c }).collect();
        ann.push_str(&format!("T{t}\t{label} {}\t{}\n", offsets.join(";"), text.join(" ")));
        format!("T{t}")
    };
    let mut note_lines = String::new();
    for &i in &so.entities {
        let e = &doc.entities[i];
        let id = t_line(&mut ann, &e.label, e.start, e.end);
        types.push(e.label.clone());
        let mut note = serde_json::Map::new();
        if let Some(c) = &e.canonical {
            note.insert("canonical".into(), json!(c));
        }
        if let Some(v) = &e.value {
            note.insert("value".into(), v.clone());
        }
        if let Some(s) = e.score {
            note.insert("score".into(), json!(s));
        }
        if let Some(s) = &e.source {
            note.insert("source".into(), json!(s));
        }
        if !note.is_empty() {
            notes += 1;
            note_lines.push_str(&format!("#{notes}\tAnnotatorNotes {id}\t{}\n", Value::Object(note)));
        }
        tid.insert(Target::Entity(i), id);
    }
    for (k, (s, e, _)) in so.spans.iter().enumerate() {
        let id = t_line(&mut ann, TEXT_SPAN_LABEL, *s, *e);
        tid.insert(Target::Span(k), id);
    }
    if !so.spans.is_empty() {
        types.push(TEXT_SPAN_LABEL.to_string());
    }
    let mut rels = Vec::new();
    for (k, l) in so.links.iter().enumerate() {
        let rid = format!("R{}", k + 1);
        let label: String = l.label.chars().map(|c| if c.is_whitespace() { '_' } else { c }).collect();
        ann.push_str(&format!("{rid}\t{label} Arg1:{} Arg2:{}\n", tid[&l.from.0], tid[&l.to.0]));
        rels.push(label);
        let mut note = json!({"relation": l.group, "roles": [l.from.1, l.to.1]});
        if let Some(s) = l.score {
            note["score"] = json!(s);
        }
        notes += 1;
        note_lines.push_str(&format!("#{notes}\tAnnotatorNotes {rid}\t{note}\n"));
    }
    losses.note(loss::BRAT_NEWLINES, &doc.id, line_breaks);
    ann.push_str(&note_lines);
    (ann, types, rels)
}

pub(super) fn doccano(doc: &Document, losses: &mut Losses) -> Value {
    let so = standoff(doc, losses);
    let mut ids: HashMap<Target, usize> = HashMap::new();
    let mut entities = Vec::new();
    for &i in &so.entities {
        let e = &doc.entities[i];
        ids.insert(Target::Entity(i), entities.len() + 1);
        entities.push(json!({"id": entities.len() + 1, "label": e.label, "start_offset": e.start, "end_offset": e.end}));
    }
    for (k, (s, e, _)) in so.spans.iter().enumerate() {
        ids.insert(Target::Span(k), entities.len() + 1);
        entities.push(json!({"id": entities.len() + 1, "label": TEXT_SPAN_LABEL, "start_offset": s, "end_offset": e}));
    }
    let relations: Vec<Value> = so.links.iter().enumerate().map(|(k, l)| json!({"id": k + 1, "from_id": ids[&l.from.0], "to_id": ids[&l.to.0], "type": l.label})).collect();
    json!({"id": doc.id, "text": doc.text, "entities": entities, "relations": relations})
}

pub(super) fn label_studio(doc: &Document, losses: &mut Losses) -> Value {
    let so = standoff(doc, losses);
    let mut ids: HashMap<Target, String> = HashMap::new();
    let mut result = Vec::new();
    let region = |id: &str, s: usize, e: usize, text: &str, label: &str, score: Option<f64>| {
        let mut v = json!({"id": id, "from_name": "label", "to_name": "text", "type": "labels", "value": {"start": s, "end": e, "text": text, "labels": [label]}});
        if let Some(sc) = score {
            v["score"] = json!(sc);
        }
        v
    };
    for &i in &so.entities {
        let e = &doc.entities[i];
        let id = format!("e{}", result.len() + 1);
        result.push(region(&id, e.start, e.end, &e.text, &e.label, e.score));
        ids.insert(Target::Entity(i), id);
    }
    for (k, (s, e, text)) in so.spans.iter().enumerate() {
        let id = format!("s{}", k + 1);
        result.push(region(&id, *s, *e, text, TEXT_SPAN_LABEL, None));
        ids.insert(Target::Span(k), id);
    }
    for l in &so.links {
        result.push(json!({"from_id": ids[&l.from.0], "to_id": ids[&l.to.0], "type": "relation", "direction": "right", "labels": [l.label]}));
    }
    json!({"data": {"id": doc.id, "text": doc.text}, "predictions": [{"model_version": format!("gleaner {}", env!("CARGO_PKG_VERSION")), "result": result}]})
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::read_documents;

    fn entity(id: &str, label: &str, text: &str, start: usize) -> Entity {
        Entity { id: id.into(), label: label.into(), start, end: start + text.chars().count(), text: text.into(), score: None, source: None, canonical: None, value: None }
    }

    #[test]
    fn nary_relations_become_links_from_the_first_core_argument() {
        let text = "Tokyo: Takaichi met Trump.";
        let mut d = Document::new("d", text, Meta::default());
        d.entities = vec![entity("e1", "GPE", "Tokyo", 0), entity("e2", "PERSON", "Takaichi", 7), entity("e3", "PERSON", "Trump", 20)];
        let arg = |role: &str, e: &str| Arg { role: role.into(), entity: Some(e.into()), start: None, end: None, text: None };
        d.relations.push(Relation { id: "r1".into(), label: "meeting".into(), args: vec![arg("location", "e1"), arg("participant", "e2"), arg("participant", "e3")], trigger: None, evidence: None, rule: None, score: Some(0.5) });
        d.relations.push(Relation { id: "r2".into(), label: "agreement".into(), args: vec![arg("party", "e2")], trigger: None, evidence: None, rule: None, score: None });
        let mut losses = Losses::default();
        let (ann, _, _) = brat_ann(&d, &mut losses);
        assert!(ann.contains("R1\tmeeting Arg1:T2 Arg2:T1\n"), "{ann}");
        assert!(ann.contains("R2\tmeeting Arg1:T2 Arg2:T3\n"), "{ann}");
        assert!(ann.contains("AnnotatorNotes R1\t{\"relation\":\"r1\",\"roles\":[\"participant\",\"location\"],\"score\":0.5}"), "{ann}");
        assert_eq!(losses.count(loss::SPLIT_NARY), 1);
        assert_eq!(losses.count(loss::TOO_FEW_ARGS), 1);
    }

    #[test]
    fn brat_fragments_skip_line_breaks() {
        let chars: Vec<char> = "ab\ncd".chars().collect();
        assert_eq!(fragments(&chars, 0, 5), [(0, 2), (3, 5)]);
        assert_eq!(fragments(&chars, 3, 5), [(3, 5)]);
    }

    #[test]
    fn reads_foreign_brat_with_events_and_plain_relations() {
        let dir = tempfile::tempdir().unwrap();
        //          0         1         2         3
        //          0123456789012345678901234567890123456
        let text = "Takaichi met Lee in Seoul.\nJapan’s PM";
        std::fs::write(dir.path().join("a.txt"), text).unwrap();
        let ann = "T1\tPERSON 0 8\tTakaichi\nT2\tmeeting 9 12\tmet\nT3\tPERSON 13 16\tLee\nT4\tGPE 20 25\tSeoul\nT5\tGPE 27 32\tJapan\nT6\tTITLE 35 37\tPM\n\
                   E1\tmeeting:T2 participant:T1 participant2:T3 location:T4\nR1\tlocated_in Arg1:T4 Arg2:T5\nA1\tNegated E1\n#1\tAnnotatorNotes T1\tjust a note\n";
        std::fs::write(dir.path().join("a.ann"), ann).unwrap();
        let docs = read_documents(dir.path()).unwrap();
        assert_eq!(docs.len(), 1);
        let d = &docs[0];
        assert_eq!(d.id, "a");
        assert!(d.validate().is_empty(), "{:?}", d.validate());
        let labels: Vec<&str> = d.entities.iter().map(|e| e.label.as_str()).collect();
        assert_eq!(labels, ["PERSON", "PERSON", "GPE", "GPE", "TITLE"], "the trigger is not an entity");
        assert_eq!(d.entities[4].text, "PM", "offsets are code points (’ is one)");
        assert_eq!(d.relations.len(), 2);
        let roles: Vec<&str> = d.relations[0].args.iter().map(|a| a.role.as_str()).collect();
        assert_eq!(roles, ["participant", "participant", "location"]);
        assert_eq!(d.relations[0].trigger.as_ref().unwrap().text.as_deref(), Some("met"));
        assert_eq!(d.relations[1].args[0].role, "Arg1");
    }

    #[test]
    fn reads_doccano_and_label_studio() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("d.jsonl");
        std::fs::write(&p, "{\"id\": 7, \"text\": \"Lee in Seoul\", \"label\": [[7, 12, \"GPE\"], [0, 3, \"PERSON\"]]}\n{\"text\": \"x\", \"entities\": [], \"relations\": []}\n").unwrap();
        let docs = read_documents(&p).unwrap();
        assert_eq!(docs[0].id, "7");
        assert_eq!(docs[0].entities.iter().map(|e| e.text.as_str()).collect::<Vec<_>>(), ["Lee", "Seoul"]);
        assert_eq!(docs[1].id, "d-0002");
        let p = dir.path().join("ls.json");
        let tasks = serde_json::json!([{"id": 3, "data": {"text": "Lee in Seoul"},
            "annotations": [{"was_cancelled": true, "result": []}, {"result": [{"type": "labels", "value": {"start": 7, "end": 12, "labels": ["GPE"]}}]}],
            "predictions": [{"result": [{"type": "labels", "value": {"start": 0, "end": 3, "labels": ["PERSON"]}}]}]}]);
        std::fs::write(&p, tasks.to_string()).unwrap();
        let docs = read_documents(&p).unwrap();
        assert_eq!(docs[0].id, "3");
        assert_eq!(docs[0].entities.len(), 1);
        assert_eq!(docs[0].entities[0].text, "Seoul", "annotations come before predictions");
    }
}
