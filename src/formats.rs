//! Reading annotated documents for eval and export: gleaner JSON (a file, a folder of them,
//! or JSON Lines), CoNLL-2003 columns (token first, NER tag last; IOB1, IOB2 or BILOU; any
//! extension other than those below, `.conll`/`.iob`/`.iob2`/`.bilou` in folders), brat standoff
//! (`.ann` with its `.txt`, or a folder of them), doccano JSON Lines (`text` + `entities` with
//! `start_offset`/`end_offset`, or `label: [[start, end, label]]`) and Label Studio task lists
//! (a `.json` file holding a list). Standoff offsets are Unicode code points, as gleaner's.
//! brat relations are read back (the n-ary relations `gleaner export --format brat` split into
//! links are rebuilt from its notes; events become relations with a trigger); doccano and Label
//! Studio relations are not read (they carry no roles). Spans labelled `TextSpan` (text-span
//! relation arguments in gleaner's exports) are not entities.
//!
//! A CoNLL file becomes one document per `-DOCSTART-` block, id `<file stem>-<n>` (from 1,
//! four digits); its text is the tokens joined by single spaces, one sentence a line, so
//! `gleaner extract` can read the same articles back (`gleaner export --format jsonl`).

use std::path::Path;

use anyhow::{bail, Context, Result};

use std::collections::HashMap;

use serde_json::Value;

use crate::document::{Arg, CharIndex, Document, Entity, Meta, Relation, Span, TextSpan};
use crate::export::TEXT_SPAN_LABEL;

/// Extensions a folder walk reads (besides `.txt` next to an `.ann`).
const FOLDER_EXTENSIONS: [&str; 8] = ["json", "jsonl", "ann", "conll", "iob", "iob2", "bilou", "spacy"];

pub fn read_documents(path: &Path) -> Result<Vec<Document>> {
    if path.is_dir() {
        let mut out = Vec::new();
        for entry in walkdir::WalkDir::new(path).sort_by_file_name() {
            let entry = entry?;
            let p = entry.path();
            let ext = p.extension().and_then(|e| e.to_str()).unwrap_or("");
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if entry.file_type().is_file() && FOLDER_EXTENSIONS.contains(&ext) && name != "run.json" && !name.ends_with(".labels.json") && !name.starts_with('.') {
                out.extend(read_documents(p)?);
            }
        }
        return Ok(out);
    }
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
    if ext == "ann" {
        return Ok(vec![read_brat(path)?]);
    }
    if ext == "spacy" {
        return crate::export::spacy::read(path);
    }
    let text = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    match ext {
        "json" => {
            let v: Value = serde_json::from_str(&text).with_context(|| format!("{}: not JSON", path.display()))?;
            if v.is_array() {
                return read_label_studio(path, &v);
            }
            Ok(vec![serde_json::from_value(v).with_context(|| format!("{}: not a gleaner document", path.display()))?])
        }
        "jsonl" => text
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
            .map(|(i, l)| read_json_line(path, i + 1, l))
            .collect(),
        _ => read_conll(path, &text),
    }
}

/// One line of a `.jsonl` file: a gleaner document or a doccano record.
fn read_json_line(path: &Path, line: usize, l: &str) -> Result<Document> {
    let v: Value = serde_json::from_str(l).with_context(|| format!("{}:{line}: not JSON", path.display()))?;
    let first = |key: &str| v.get(key).and_then(Value::as_array).and_then(|a| a.first());
    let maybe_doccano = v.get("schema").is_none() && v.get("text").map_or(false, Value::is_string);
    if maybe_doccano && (first("entities").map_or(false, |e| e.get("start_offset").is_some()) || first("relations").map_or(false, |r| r.get("from_id").is_some()) || v.get("label").map_or(false, Value::is_array)) {
        return read_doccano(path, line, &v);
    }
    if v.get("tokens").is_some() && v.get("text").is_none() {
        bail!("{}:{line}: a sentence of tokens and tags (hf-jsonl training data), not an annotated document", path.display());
    }
    match serde_json::from_value(v.clone()) {
        Ok(d) => Ok(d),
        // A doccano record with no annotations (a numeric id, say).
        Err(_) if maybe_doccano && v.get("entities").map_or(true, |e| e.as_array().map_or(false, |a| a.is_empty())) => read_doccano(path, line, &v),
        Err(e) => Err(anyhow::Error::new(e).context(format!("{}:{line}: not a gleaner document", path.display()))),
    }
}

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

fn read_doccano(path: &Path, line: usize, v: &Value) -> Result<Document> {
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
fn read_label_studio(path: &Path, v: &Value) -> Result<Vec<Document>> {
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
fn read_brat(ann_path: &Path) -> Result<Document> {
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

fn read_conll(path: &Path, text: &str) -> Result<Vec<Document>> {
    let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    // Documents as sentences of (token, tag).
    let mut docs: Vec<Vec<Vec<(String, String)>>> = vec![vec![]];
    let mut sent: Vec<(String, String)> = vec![];
    for (i, line) in text.lines().enumerate() {
        let cols: Vec<&str> = line.split_whitespace().collect();
        if cols.is_empty() || cols[0] == "-DOCSTART-" {
            if !sent.is_empty() {
                docs.last_mut().unwrap().push(std::mem::take(&mut sent));
            }
            if cols.first() == Some(&"-DOCSTART-") && !docs.last().unwrap().is_empty() {
                docs.push(vec![]);
            }
            continue;
        }
        if cols.len() < 2 {
            bail!("{}:{}: expected a token and a tag", path.display(), i + 1);
        }
        sent.push((cols[0].to_string(), cols[cols.len() - 1].to_string()));
    }
    if !sent.is_empty() {
        docs.last_mut().unwrap().push(sent);
    }
    docs.retain(|d| !d.is_empty());
    let mut out = Vec::new();
    for (n, sentences) in docs.into_iter().enumerate() {
        let mut text = String::new();
        let mut doc = Document::new(format!("{stem}-{:04}", n + 1), "", Meta { source: Some(path.display().to_string()), ..Meta::default() });
        let mut chars = 0;
        for (si, s) in sentences.iter().enumerate() {
            if si > 0 {
                text.push('\n');
                chars += 1;
            }
            let mut tags: Vec<String> = s.iter().map(|(_, t)| t.clone()).collect();
            crate::train::to_iob2(&mut tags);
            let sent_start = chars;
            let mut spans = Vec::new();
            for (ti, (tok, _)) in s.iter().enumerate() {
                if ti > 0 {
                    text.push(' ');
                    chars += 1;
                }
                let start = chars;
                text.push_str(tok);
                chars += tok.chars().count();
                spans.push(Span { start, end: chars });
            }
            doc.sentences.push(Span { start: sent_start, end: chars });
            let t: Vec<&str> = tags.iter().map(String::as_str).collect();
            for e in crate::ner::decode_tags(&t, &vec![1.0; t.len()]) {
                let (s0, e0) = (spans[e.start].start, spans[e.end - 1].end);
                doc.entities.push(Entity { id: String::new(), label: e.label, start: s0, end: e0, text: String::new(), score: None, source: None, canonical: None, value: None });
            }
            doc.tokens.extend(spans);
        }
        let idx = crate::document::CharIndex::new(&text);
        for (i, e) in doc.entities.iter_mut().enumerate() {
            e.id = format!("e{}", i + 1);
            e.text = idx.slice(&text, e.start, e.end).to_string();
        }
        doc.text = text;
        out.push(doc);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

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
