//! Relation-extraction training data: TACRED-style sentence examples and DocRED-style documents.
//!
//! Both take gleaner's n-ary relations as the binary links every link format uses
//! ([`super::standoff::standoff`]: one link from the first core argument to each other argument),
//! between entity mentions on tokens ([`super::columns::align`], which splits a token at an
//! entity boundary inside it). A link is labelled `type:head_role:tail_role`
//! (`meeting:participant:location`), so that the roles, and the relation, can be read back.
//!
//! - `tacred`: a JSON list, one example per ordered pair of entity mentions in a sentence:
//!   `id`, `docid`, `token`, `subj_start`, `subj_end`, `obj_start`, `obj_end` (inclusive token
//!   indices, as TACRED's), `subj_type`, `obj_type`, `relation` (a link's label, else
//!   `no_relation`). `max_negatives` keeps at most that many `no_relation` pairs per sentence,
//!   nearest first.
//! - `docred`: a JSON list, one document each: `title` (the id), `sents` (tokens per sentence),
//!   `vertexSet` (entity clusters by type and canonical name, each mention
//!   `{name, sent_id, pos: [start, end), type}`), `labels` (`{h, t, r, evidence}`, evidence the
//!   sentences of the relation's evidence span, else of its two mentions); and `gleaner`
//!   (`text`, token `offsets` per sentence, and for each label the `mentions` of its head and
//!   tail vertex it was made from) so gleaner reads it back on the exact text and spans.
//!
//! Neither carries text-span arguments (quotes, topics: not entity mentions) or, in TACRED, links
//! across sentences; both are counted.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;

use anyhow::{bail, Context, Result};
use serde_json::{json, Value};

use super::columns::{align, Aligned};
use super::losses::{loss, Losses};
use super::standoff::{standoff, Target};
use crate::document::{Arg, CharIndex, Document, Entity, Meta, Relation, Span, TextSpan, Token};

/// The label of a link from a head filling `head_role` to a tail filling `tail_role`.
pub fn link_label(relation_type: &str, head_role: &str, tail_role: &str) -> String {
    format!("{relation_type}:{head_role}:{tail_role}")
}

/// A document's tokens and entity mentions as sentence-level lists, and its links between
/// aligned mentions.
struct Pairs {
    aligned: Aligned,
    /// Sentences as token ranges [start, end) into `aligned.tokens`.
    sentences: Vec<(usize, usize)>,
    /// Token texts (whitespace inside a token written as `_`).
    words: Vec<String>,
    /// Links: (head mention, tail mention, label, evidence span), mentions indexing `aligned.entities`.
    links: Vec<(usize, usize, String, Option<(usize, usize)>)>,
}

fn pairs(doc: &mut Document, losses: &mut Losses, within_sentences: bool) -> Pairs {
    let mut token_losses = Losses::default();
    let aligned = align(doc, true, &mut token_losses);
    // align counts relations as lost (token formats carry none) and invalid entities, which
    // `standoff` counts again: keep the rest.
    losses.absorb(token_losses, &[loss::RELATIONS_NOT_CARRIED, loss::INVALID_ENTITY]);
    let idx = &aligned.index;
    let words: Vec<String> = aligned.tokens.iter().map(|t| idx.slice(&doc.text, t.start, t.end).chars().map(|c| if c.is_whitespace() { '_' } else { c }).collect()).collect();
    let mut sentences = Vec::new();
    for i in 0..aligned.tokens.len() {
        if i == 0 || aligned.sentence_of[i] != aligned.sentence_of[i - 1] {
            sentences.push((i, i));
        }
        sentences.last_mut().unwrap().1 = i + 1;
    }
    let mention_of: HashMap<usize, usize> = aligned.entity_index.iter().enumerate().map(|(m, &e)| (e, m)).collect();
    let so = standoff(doc, losses);
    let mut links = Vec::new();
    for l in &so.links {
        let (Target::Entity(a), Target::Entity(b)) = (l.from.0, l.to.0) else {
            losses.note(loss::SPAN_LINKS, &doc.id, 1);
            continue;
        };
        let (Some(&ma), Some(&mb)) = (mention_of.get(&a), mention_of.get(&b)) else {
            losses.note(loss::UNALIGNED_LINKS, &doc.id, 1);
            continue;
        };
        let sentence = |m: usize| aligned.sentence_of[aligned.entities[m].0];
        if within_sentences && sentence(ma) != sentence(mb) {
            losses.note(loss::CROSS_SENTENCE_LINKS, &doc.id, 1);
            continue;
        }
        let evidence = doc.relations[l.relation].evidence.as_ref().map(|e| (e.start, e.end));
        links.push((ma, mb, link_label(&l.label, &l.from.1, &l.to.1), evidence));
    }
    Pairs { aligned, sentences, words, links }
}

/// One document's TACRED-style examples (items of the JSON list the format is).
pub fn tacred_examples(doc: &mut Document, max_negatives: Option<usize>, losses: &mut Losses) -> Result<Vec<Value>> {
    let mut out = Vec::new();
    {
        let p = pairs(doc, losses, true);
        let mut label_of: BTreeMap<(usize, usize), &str> = BTreeMap::new();
        for (a, b, label, _) in &p.links {
            if label_of.contains_key(&(*a, *b)) {
                losses.note(loss::MULTI_LABEL_PAIRS, &doc.id, 1);
            } else {
                label_of.insert((*a, *b), label);
            }
        }
        let mut dropped = 0;
        for (si, &(ss, se)) in p.sentences.iter().enumerate() {
            // Aligned entities are sorted by their first token: the sentence's are one run.
            let first = |t: usize| p.aligned.entities.partition_point(|x| x.0 < t);
            let mentions: Vec<usize> = (first(ss)..first(se)).collect();
            let mut examples: Vec<(usize, usize, &str)> = Vec::new();
            let mut negatives: Vec<(usize, usize)> = Vec::new();
            for &a in &mentions {
                for &b in &mentions {
                    if a == b {
                        continue;
                    }
                    match label_of.get(&(a, b)) {
                        Some(label) => examples.push((a, b, label)),
                        None => negatives.push((a, b)),
                    }
                }
            }
            if let Some(cap) = max_negatives {
                if negatives.len() > cap {
                    let start = |m: usize| p.aligned.entities[m].0;
                    negatives.sort_by_key(|&(a, b)| (start(a).abs_diff(start(b)), a, b));
                    dropped += negatives.len() - cap;
                    negatives.truncate(cap);
                }
            }
            examples.extend(negatives.into_iter().map(|(a, b)| (a, b, "no_relation")));
            examples.sort();
            for (a, b, relation) in examples {
                let ((sa, ea, ta), (sb, eb, tb)) = (&p.aligned.entities[a], &p.aligned.entities[b]);
                let example = json!({
                    "id": format!("{}:{si}:{a}:{b}", doc.id),
                    "docid": doc.id,
                    "token": p.words[ss..se],
                    "subj_start": sa - ss, "subj_end": ea - 1 - ss,
                    "obj_start": sb - ss, "obj_end": eb - 1 - ss,
                    "subj_type": ta, "obj_type": tb,
                    "relation": relation,
                });
                out.push(example);
            }
        }
        losses.note(loss::NEGATIVES_CAPPED, &doc.id, dropped);
    }
    Ok(out)
}

/// One document as a DocRED-style document (an item of the JSON list the format is).
pub fn docred_document(doc: &mut Document, losses: &mut Losses) -> Result<Value> {
    {
        let p = pairs(doc, losses, false);
        let sentence_of_token = |t: usize| p.sentences.partition_point(|&(_, e)| e <= t);
        // Clusters by (type, canonical name), in order of first mention.
        let mut vertex_of: Vec<(usize, usize)> = Vec::with_capacity(p.aligned.entities.len()); // (vertex, mention in it)
        let mut keys: Vec<(String, String)> = Vec::new();
        let mut vertices: Vec<Vec<Value>> = Vec::new();
        for (m, (a, b, label)) in p.aligned.entities.iter().enumerate() {
            let e = &doc.entities[p.aligned.entity_index[m]];
            let key = (label.clone(), e.canonical.clone().unwrap_or_else(|| e.text.clone()));
            let v = keys.iter().position(|k| *k == key).unwrap_or_else(|| {
                keys.push(key);
                vertices.push(Vec::new());
                keys.len() - 1
            });
            let s = sentence_of_token(*a);
            let ss = p.sentences[s].0;
            vertex_of.push((v, vertices[v].len()));
            vertices[v].push(json!({"name": e.text, "sent_id": s, "pos": [a - ss, b - ss], "type": label}));
        }
        // (h, t, r) -> evidence sentences and the mentions of the first link that gave it
        let mut labels: BTreeMap<(usize, usize, String), (BTreeSet<usize>, [usize; 2])> = BTreeMap::new();
        for (a, b, label, evidence) in &p.links {
            let mut sents: BTreeSet<usize> = match evidence {
                // The tokens the span overlaps (tokens are sorted and do not overlap).
                Some((s, e)) => (p.aligned.tokens.partition_point(|t| t.end <= *s)..p.aligned.tokens.partition_point(|t| t.start < *e)).map(sentence_of_token).collect(),
                None => BTreeSet::new(),
            };
            if sents.is_empty() {
                sents = [sentence_of_token(p.aligned.entities[*a].0), sentence_of_token(p.aligned.entities[*b].0)].into();
            }
            let ((h, mh), (t, mt)) = (vertex_of[*a], vertex_of[*b]);
            labels.entry((h, t, label.clone())).or_insert_with(|| (BTreeSet::new(), [mh, mt])).0.extend(sents);
        }
        let mentions: Vec<[usize; 2]> = labels.values().map(|(_, m)| *m).collect();
        let labels: Vec<Value> = labels.into_iter().map(|((h, t, r), (ev, _))| json!({"h": h, "t": t, "r": r, "evidence": ev})).collect();
        let sents: Vec<&[String]> = p.sentences.iter().map(|&(s, e)| &p.words[s..e]).collect();
        let offsets: Vec<Vec<[usize; 2]>> = p.sentences.iter().map(|&(s, e)| p.aligned.tokens[s..e].iter().map(|t| [t.start, t.end]).collect()).collect();
        Ok(json!({"title": doc.id, "sents": sents, "vertexSet": vertices, "labels": labels, "gleaner": {"text": doc.text, "offsets": offsets, "mentions": mentions}}))
    }
}

/// Whether a parsed JSON list is DocRED-style (its first document has a `vertexSet`).
pub fn is_docred(v: &Value) -> bool {
    v.as_array().and_then(|a| a.first()).map_or(false, |d| d.get("vertexSet").is_some())
}

/// Reads DocRED-style documents: the text and offsets from `gleaner` when present, else the
/// tokens joined by spaces, one sentence a line (as a CoNLL file reads). Each vertex mention is
/// an entity (canonical: the vertex's first name); each label a relation of two arguments, the
/// roles read from a `type:head_role:tail_role` label (else `head` and `tail`).
pub fn read_docred(path: &Path, v: &Value) -> Result<Vec<Document>> {
    let mut out = Vec::new();
    for (n, d) in v.as_array().into_iter().flatten().enumerate() {
        let at = format!("{}: document {}", path.display(), n + 1);
        let id = d.get("title").and_then(Value::as_str).map(String::from).unwrap_or_else(|| format!("{}-{:04}", path.file_stem().unwrap_or_default().to_string_lossy(), n + 1));
        let sents: Vec<Vec<String>> = serde_json::from_value(d.get("sents").cloned().unwrap_or_default()).with_context(|| format!("{at}: \"sents\" is not a list of token lists"))?;
        let (text, offsets): (String, Vec<Vec<(usize, usize)>>) = match d.get("gleaner") {
            Some(g) => (
                g.get("text").and_then(Value::as_str).map(String::from).with_context(|| format!("{at}: gleaner.text missing"))?,
                serde_json::from_value(g.get("offsets").cloned().unwrap_or_default()).with_context(|| format!("{at}: gleaner.offsets is not per-sentence [start, end] lists"))?,
            ),
            None => {
                let (mut text, mut offsets) = (String::new(), Vec::new());
                let mut chars = 0;
                for (si, s) in sents.iter().enumerate() {
                    let mut row = Vec::new();
                    for (ti, tok) in s.iter().enumerate() {
                        if si > 0 || ti > 0 {
                            text.push(if ti == 0 { '\n' } else { ' ' });
                            chars += 1;
                        }
                        text.push_str(tok);
                        row.push((chars, chars + tok.chars().count()));
                        chars += tok.chars().count();
                    }
                    offsets.push(row);
                }
                (text, offsets)
            }
        };
        if offsets.len() != sents.len() || offsets.iter().zip(&sents).any(|(o, s)| o.len() != s.len()) {
            bail!("{at}: gleaner.offsets does not match \"sents\"");
        }
        let idx = CharIndex::new(&text);
        let mut doc = Document::new(id, "", Meta { source: Some(path.display().to_string()), ..Meta::default() });
        for row in &offsets {
            doc.tokens.extend(row.iter().map(|&(start, end)| Token::new(start, end)));
            if let (Some(f), Some(l)) = (row.first(), row.last()) {
                doc.sentences.push(Span { start: f.0, end: l.1 });
            }
        }
        // (vertex, mention) -> entity index before sorting
        let mut mentions: Vec<(usize, usize, Entity)> = Vec::new();
        for (vi, vertex) in d.get("vertexSet").and_then(Value::as_array).into_iter().flatten().enumerate() {
            let mut canonical = None;
            for (mi, m) in vertex.as_array().into_iter().flatten().enumerate() {
                let where_ = format!("{at}: vertexSet[{vi}][{mi}]");
                let s = m.get("sent_id").and_then(Value::as_u64).with_context(|| format!("{where_}: no sent_id"))? as usize;
                let pos: Vec<usize> = serde_json::from_value(m.get("pos").cloned().unwrap_or_default()).with_context(|| format!("{where_}: pos is not [start, end]"))?;
                let row = offsets.get(s).with_context(|| format!("{where_}: sent_id {s} out of range"))?;
                if pos.len() != 2 || pos[0] >= pos[1] || pos[1] > row.len() {
                    bail!("{where_}: pos {pos:?} outside sentence {s} ({} tokens)", row.len());
                }
                let (start, end) = (row[pos[0]].0, row[pos[1] - 1].1);
                if end > idx.len() {
                    bail!("{where_}: offsets {start}..{end} outside the text");
                }
                let label = m.get("type").and_then(Value::as_str).unwrap_or("MISC").to_string();
                let text = idx.slice(&text, start, end).to_string();
                let canon = canonical.get_or_insert_with(|| m.get("name").and_then(Value::as_str).unwrap_or(&text).to_string()).clone();
                mentions.push((vi, s, Entity { id: String::new(), label, start, end, text, score: None, source: None, canonical: Some(canon), value: None }));
            }
        }
        let mut order: Vec<usize> = (0..mentions.len()).collect();
        order.sort_by_key(|&i| (mentions[i].2.start, mentions[i].2.end));
        let mut id_of = vec![String::new(); mentions.len()];
        for (k, &i) in order.iter().enumerate() {
            id_of[i] = format!("e{}", k + 1);
        }
        // The mention of vertex `v` a label relates: gleaner's own choice when it wrote the file,
        // else the first in an evidence sentence, else the first.
        let label_mentions: Vec<[usize; 2]> = d.get("gleaner").and_then(|g| g.get("mentions")).and_then(|m| serde_json::from_value(m.clone()).ok()).unwrap_or_default();
        let pick = |v: usize, which: Option<usize>, evidence: &[usize]| -> Option<usize> {
            let of_v: Vec<usize> = (0..mentions.len()).filter(|&i| mentions[i].0 == v).collect();
            which.and_then(|k| of_v.get(k).copied()).or_else(|| of_v.iter().copied().find(|&i| evidence.contains(&mentions[i].1))).or_else(|| of_v.first().copied())
        };
        for (li, l) in d.get("labels").and_then(Value::as_array).into_iter().flatten().enumerate() {
            let where_ = format!("{at}: labels[{li}]");
            let (h, t) = (l.get("h").and_then(Value::as_u64), l.get("t").and_then(Value::as_u64));
            let r = l.get("r").and_then(Value::as_str).with_context(|| format!("{where_}: no relation \"r\""))?;
            let evidence: Vec<usize> = serde_json::from_value(l.get("evidence").cloned().unwrap_or(json!([]))).unwrap_or_default();
            let (Some(h), Some(t)) = (h, t) else { bail!("{where_}: h and t must be vertex indices") };
            let which = label_mentions.get(li);
            let (Some(hm), Some(tm)) = (pick(h as usize, which.map(|m| m[0]), &evidence), pick(t as usize, which.map(|m| m[1]), &evidence)) else {
                bail!("{where_}: h {h} or t {t} is not a vertex with mentions");
            };
            let parts: Vec<&str> = r.splitn(3, ':').collect();
            let (label, head_role, tail_role) = match parts[..] {
                [ty, hr, tr] => (ty, hr, tr),
                _ => (r, "head", "tail"),
            };
            let arg = |role: &str, m: usize| Arg { role: role.to_string(), entity: Some(id_of[m].clone()), start: None, end: None, text: None };
            let last = doc.sentences.len().saturating_sub(1);
            let evidence_span = match (evidence.iter().min(), evidence.iter().max()) {
                (Some(&a), Some(&b)) if !doc.sentences.is_empty() => {
                    let (s, e) = (doc.sentences[a.min(last)].start, doc.sentences[b.min(last)].end);
                    Some(TextSpan { start: s, end: e, text: Some(idx.slice(&text, s, e).to_string()) })
                }
                _ => None,
            };
            doc.relations.push(Relation { id: format!("r{}", li + 1), label: label.to_string(), args: vec![arg(head_role, hm), arg(tail_role, tm)], trigger: None, evidence: evidence_span, rule: None, score: None });
        }
        let mut entities: Vec<Entity> = Vec::with_capacity(mentions.len());
        for (k, &i) in order.iter().enumerate() {
            let mut e = mentions[i].2.clone();
            e.id = format!("e{}", k + 1);
            entities.push(e);
        }
        doc.entities = entities;
        doc.text = text;
        out.push(doc);
    }
    Ok(out)
}
