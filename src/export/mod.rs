//! `gleaner export`: annotated documents to other formats.
//!
//! | format | output | carries |
//! |---|---|---|
//! | `jsonl` | one gleaner document a line | everything |
//! | `conll` | CoNLL-2003 columns `token -X- _ TAG` (IOB2), `-DOCSTART- -X- -X- O` before each document | tokens, sentences, entities |
//! | `iob2`, `bilou` | `token<TAB>tag`, `-DOCSTART-<TAB>O` before each document | tokens, sentences, entities |
//! | `hf-jsonl` | one sentence a line `{"id","tokens","ner_tags","tags"}` + `<OUT>.labels.json` | tokens, sentences, entities |
//! | `spacy` | a `.spacy` file (spaCy 3 `DocBin`; see [`spacy`]) | text, tokens, sentences, entities, document ids |
//! | `brat` | folder of `<id>.txt` + `<id>.ann` (+ `annotation.conf`) | text, entities, relations as binary links |
//! | `doccano` | JSON Lines `{"id","text","entities","relations"}` | text, entities, relations as binary links |
//! | `label-studio` | a JSON list of tasks with `predictions` | text, entities, relations as binary links |
//!
//! Nothing is dropped silently: every lossy conversion is counted with the documents it touched
//! ([`Losses`]) and `gleaner export` prints those counts on stderr.
//!
//! Token formats use the document's `tokens` (and `sentences`); a document without tokens is
//! segmented first ([`crate::segment::segment`]). An entity whose span does not start and end on
//! token boundaries inside one sentence, or that overlaps an entity already written, is dropped;
//! relations cannot be written at all.
//!
//! Standoff formats (brat, doccano, Label Studio) write offsets in Unicode code points into the
//! exact text, as gleaner does. Their relations are binary: a relation becomes one link per
//! (first core argument, other argument) pair — ANNOTATION.md's n-ary relations are split, and a
//! relation with one argument cannot be written. brat additionally keeps, in `AnnotatorNotes`,
//! the roles, the relation each link came from, its score, and the entities' canonical names,
//! values, scores and sources, so `formats::read_documents` rebuilds the n-ary relations.
//! Text-span arguments (quotes, topics) become spans labelled `TextSpan`, which the readers do
//! not take for entities.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};

use anyhow::{bail, Result};
use serde_json::{json, Value};

use crate::document::{CharIndex, Document};

pub mod spacy;

pub const FORMATS: [&str; 9] = ["jsonl", "conll", "iob2", "bilou", "hf-jsonl", "spacy", "brat", "doccano", "label-studio"];

/// The label standoff formats give to text-span relation arguments (not entities).
pub const TEXT_SPAN_LABEL: &str = "TextSpan";

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

    /// One line per kind: the count, the kind, and every document id.
    pub fn warnings(&self) -> Vec<String> {
        self.0.iter().map(|(what, (n, docs))| format!("{n} {what} (in {} document{}: {})", docs.len(), if docs.len() == 1 { "" } else { "s" }, docs.join(", "))).collect()
    }
}

/// Kinds of loss, as printed.
pub mod loss {
    pub const UNALIGNED: &str = "entities not on token boundaries dropped";
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
    pub const BRAT_NEWLINES: &str = "entities containing line breaks written as discontinuous brat fragments";
}

#[derive(Debug)]
pub struct ExportSummary {
    pub documents: usize,
    /// What the format never carries (printed once as a note).
    pub note: Option<&'static str>,
    /// Files written (for brat, the folder's files).
    pub written: Vec<PathBuf>,
    pub losses: Losses,
}

/// What a format never carries, whatever the documents.
pub fn format_note(format: &str) -> Option<&'static str> {
    match format {
        "conll" | "iob2" | "bilou" => Some("token formats carry tokens, sentences and entity types only: the text's layout (read back as tokens joined by spaces), document ids (read back as <file stem>-0001, ...), meta, canonical names, values, scores and relations are not written"),
        "hf-jsonl" => Some("hf-jsonl carries tokens, sentences and entity types only (ids as <document id>:<sentence>): the text's layout, meta, canonical names, values, scores and relations are not written"),
        "spacy" => Some("spacy carries the text, tokens, sentences, entity types and document ids (in user_data): meta, canonical names, values, scores and relations are not written"),
        "brat" => Some("brat carries the text, entities (canonical names, values, scores and sources in AnnotatorNotes) and relations as binary links (roles and the original relation in AnnotatorNotes); meta, tokens, sentences, relation triggers, evidence and rule ids are not written"),
        "doccano" | "label-studio" => Some("doccano and Label Studio carry the text, entity spans and types, and relations as typed binary links without roles; meta, tokens, sentences, canonical names, values, relation triggers, evidence and rule ids are not written"),
        _ => None,
    }
}

/// Writes `docs` in `format` to `out` (a file; a folder for brat).
pub fn export(mut docs: Vec<Document>, format: &str, out: &Path) -> Result<ExportSummary> {
    let mut losses = Losses::default();
    let mut written = vec![out.to_path_buf()];
    let bytes = match format {
        "jsonl" => {
            let mut b = Vec::new();
            for d in &docs {
                b.extend(serde_json::to_vec(d)?);
                b.push(b'\n');
            }
            b
        }
        "conll" | "iob2" | "bilou" => {
            let scheme = if format == "bilou" { Scheme::Bilou } else { Scheme::Iob2 };
            let mut s = String::new();
            for d in &mut docs {
                let sents = token_sentences(d, &mut losses);
                s.push_str(if format == "conll" { "-DOCSTART- -X- -X- O\n\n" } else { "-DOCSTART-\tO\n\n" });
                for sent in sents {
                    for (tok, tag) in sent.tokens.iter().zip(sent.tags(scheme)) {
                        if format == "conll" {
                            s.push_str(&format!("{tok} -X- _ {tag}\n"));
                        } else {
                            s.push_str(&format!("{tok}\t{tag}\n"));
                        }
                    }
                    s.push('\n');
                }
            }
            s.into_bytes()
        }
        "hf-jsonl" => {
            let mut rows = Vec::new();
            for d in &mut docs {
                for (i, sent) in token_sentences(d, &mut losses).into_iter().enumerate() {
                    rows.push((format!("{}:{i}", d.id), sent));
                }
            }
            let sentences: Vec<crate::train::Sentence> = rows.iter().map(|(_, s)| crate::train::Sentence { words: s.tokens.clone(), tags: s.tags(Scheme::Iob2) }).collect();
            let labels = crate::train::label_set(&sentences);
            let index: HashMap<&str, usize> = labels.iter().enumerate().map(|(i, l)| (l.as_str(), i)).collect();
            let mut b = Vec::new();
            for ((id, _), s) in rows.iter().zip(&sentences) {
                let ner_tags: Vec<usize> = s.tags.iter().map(|t| index[t.as_str()]).collect();
                b.extend(serde_json::to_vec(&json!({"id": id, "tokens": s.words, "ner_tags": ner_tags, "tags": s.tags}))?);
                b.push(b'\n');
            }
            let labels_path = labels_path(out);
            crate::util::write_atomic(&labels_path, &crate::util::to_json_pretty(&labels)?)?;
            written.push(labels_path);
            b
        }
        "spacy" => spacy::write(&mut docs, &mut losses)?,
        "brat" => {
            written = write_brat(&docs, out, &mut losses)?;
            return Ok(ExportSummary { documents: docs.len(), note: format_note(format), written, losses });
        }
        "doccano" => {
            let mut b = Vec::new();
            for d in &docs {
                b.extend(serde_json::to_vec(&doccano(d, &mut losses))?);
                b.push(b'\n');
            }
            b
        }
        "label-studio" => {
            let tasks: Vec<Value> = docs.iter().map(|d| label_studio(d, &mut losses)).collect();
            crate::util::to_json_pretty(&tasks)?
        }
        other => bail!("unknown export format {other:?} (one of: {})", FORMATS.join(", ")),
    };
    crate::util::write_atomic(out, &bytes)?;
    Ok(ExportSummary { documents: docs.len(), note: format_note(format), written, losses })
}

/// Where `hf-jsonl` writes its label list: `<OUT>.labels.json`.
pub fn labels_path(out: &Path) -> PathBuf {
    let mut s = out.as_os_str().to_owned();
    s.push(".labels.json");
    PathBuf::from(s)
}

// ---------------------------------------------------------------------------------------------
// Token formats
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scheme {
    Iob2,
    Bilou,
}

/// One sentence of a token format: its tokens and its entities as token ranges [start, end).
#[derive(Debug, Clone, PartialEq)]
pub struct TokenSentence {
    pub tokens: Vec<String>,
    pub entities: Vec<(usize, usize, String)>,
}

impl TokenSentence {
    pub fn tags(&self, scheme: Scheme) -> Vec<String> {
        let mut tags = vec!["O".to_string(); self.tokens.len()];
        for (s, e, label) in &self.entities {
            for (i, tag) in tags.iter_mut().enumerate().take(*e).skip(*s) {
                let prefix = match scheme {
                    Scheme::Iob2 => {
                        if i == *s {
                            "B"
                        } else {
                            "I"
                        }
                    }
                    Scheme::Bilou => {
                        if e - s == 1 {
                            "U"
                        } else if i == *s {
                            "B"
                        } else if i + 1 == *e {
                            "L"
                        } else {
                            "I"
                        }
                    }
                };
                *tag = format!("{prefix}-{label}");
            }
        }
        tags
    }
}

/// A document's valid tokens in text order, the sentence each belongs to, and the entities that
/// can be written as token ranges `[start, end)`, in order and without overlaps; with the text's
/// char index, for slicing token texts.
pub struct Aligned {
    pub index: CharIndex,
    pub tokens: Vec<crate::document::Span>,
    pub sentence_of: Vec<usize>,
    pub entities: Vec<(usize, usize, String)>,
}

/// Aligns a document's entities to its tokens (segmenting it first when it has no tokens).
/// Entities that cannot be aligned, overlap one already taken, or (with `within_sentences`) cross
/// a sentence boundary are dropped and counted in `losses`, as are relations.
pub fn align(doc: &mut Document, within_sentences: bool, losses: &mut Losses) -> Aligned {
    if doc.tokens.is_empty() {
        crate::segment::segment(doc, &crate::resources::Resources::builtin());
    }
    let idx = CharIndex::new(&doc.text);
    let n = idx.len();
    let id = doc.id.clone();
    let mut valid: Vec<crate::document::Span> = doc.tokens.iter().copied().filter(|t| t.start < t.end && t.end <= n).collect();
    valid.sort();
    // Tokens overlapping the one before (duplicates included) are invalid too.
    let mut tokens: Vec<crate::document::Span> = Vec::with_capacity(valid.len());
    for t in valid {
        if tokens.last().map_or(true, |p| p.end <= t.start) {
            tokens.push(t);
        }
    }
    losses.note(loss::INVALID_TOKENS, &id, doc.tokens.len() - tokens.len());
    let mut sentences = doc.sentences.clone();
    sentences.sort();
    // Each token joins the last sentence starting at or before it (the first when none does).
    let sentence_of: Vec<usize> = tokens.iter().map(|t| sentences.partition_point(|s| s.start <= t.start).saturating_sub(1)).collect();
    let by_start: HashMap<usize, usize> = tokens.iter().enumerate().map(|(i, t)| (t.start, i)).collect();
    let by_end: HashMap<usize, usize> = tokens.iter().enumerate().map(|(i, t)| (t.end, i)).collect();
    let mut used = vec![false; tokens.len()];
    let mut entities: Vec<&crate::document::Entity> = doc.entities.iter().collect();
    entities.sort_by_key(|e| (e.start, e.end));
    let mut aligned = Vec::new();
    for e in entities {
        if e.start >= e.end || e.end > n || idx.slice(&doc.text, e.start, e.end) != e.text {
            losses.note(loss::INVALID_ENTITY, &id, 1);
            continue;
        }
        let (Some(&a), Some(&b)) = (by_start.get(&e.start), by_end.get(&e.end)) else {
            losses.note(loss::UNALIGNED, &id, 1);
            continue;
        };
        if a > b {
            losses.note(loss::UNALIGNED, &id, 1);
            continue;
        }
        if within_sentences && sentence_of[a] != sentence_of[b] {
            losses.note(loss::CROSSING, &id, 1);
            continue;
        }
        if used[a..=b].iter().any(|u| *u) {
            losses.note(loss::OVERLAPPING, &id, 1);
            continue;
        }
        used[a..=b].iter_mut().for_each(|u| *u = true);
        let label: String = e.label.chars().map(|c| if c.is_whitespace() { '_' } else { c }).collect();
        aligned.push((a, b + 1, label));
    }
    aligned.sort();
    losses.note(loss::RELATIONS_NOT_CARRIED, &id, doc.relations.len());
    Aligned { index: idx, tokens, sentence_of, entities: aligned }
}

/// A document as sentences of tokens with token-aligned entities (see [`align`]); tokens
/// containing whitespace are written with `_` and counted.
pub fn token_sentences(doc: &mut Document, losses: &mut Losses) -> Vec<TokenSentence> {
    let aligned = align(doc, true, losses);
    let idx = &aligned.index;
    let mut out: Vec<TokenSentence> = Vec::new();
    let mut position = Vec::with_capacity(aligned.tokens.len()); // token index -> (sentence in out, index in it)
    let mut whitespace = 0;
    for (i, t) in aligned.tokens.iter().enumerate() {
        if i == 0 || aligned.sentence_of[i] != aligned.sentence_of[i - 1] {
            out.push(TokenSentence { tokens: Vec::new(), entities: Vec::new() });
        }
        let mut text = idx.slice(&doc.text, t.start, t.end).to_string();
        if text.chars().any(char::is_whitespace) {
            whitespace += 1;
            text = text.chars().map(|c| if c.is_whitespace() { '_' } else { c }).collect();
        }
        let si = out.len() - 1;
        position.push((si, out[si].tokens.len()));
        out[si].tokens.push(text);
    }
    losses.note(loss::WHITESPACE_TOKENS, &doc.id, whitespace);
    for (a, b, label) in aligned.entities {
        out[position[a].0].entities.push((position[a].1, position[b - 1].1 + 1, label));
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Standoff formats
// ---------------------------------------------------------------------------------------------

/// What an argument points at in a standoff export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Target {
    /// Index into the document's entities.
    Entity(usize),
    /// Index into the text-span list of [`Standoff`].
    Span(usize),
}

/// A binary link: the relation it comes from, its two targets and their roles.
#[derive(Debug, Clone)]
struct Link {
    group: String,
    label: String,
    from: (Target, String),
    to: (Target, String),
    score: Option<f64>,
}

/// A document's annotations as standoff: valid entities, text-span arguments, binary links.
struct Standoff {
    entities: Vec<usize>,
    spans: Vec<(usize, usize, String)>,
    links: Vec<Link>,
}

fn standoff(doc: &Document, losses: &mut Losses) -> Standoff {
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
        let core = crate::eval::core_roles(&r.label);
        let head = args.iter().position(|(_, role)| core.map_or(true, |c| c.contains(&role.as_str()))).unwrap_or(0);
        let group = if unique_ids { r.id.clone() } else { format!("r{}", ri + 1) };
        for (k, arg) in args.iter().enumerate() {
            if k != head {
                links.push(Link { group: group.clone(), label: r.label.clone(), from: args[head].clone(), to: arg.clone(), score: r.score });
            }
        }
    }
    Standoff { entities, spans, links }
}

fn write_brat(docs: &[Document], dir: &Path, losses: &mut Losses) -> Result<Vec<PathBuf>> {
    std::fs::create_dir_all(dir).map_err(|e| anyhow::anyhow!("creating {}: {e}", dir.display()))?;
    let mut written = Vec::new();
    let mut names: HashSet<String> = HashSet::new();
    let mut entity_types = std::collections::BTreeSet::new();
    let mut relation_types = std::collections::BTreeSet::new();
    for d in docs {
        let base = crate::input::safe_id(&d.id);
        let mut name = base.clone();
        let mut k = 0;
        while !names.insert(name.clone()) {
            k += 1;
            name = format!("{base}-{k}");
        }
        if name != d.id {
            losses.note(loss::RENAMED, &d.id, 1);
        }
        let (ann, types, rels) = brat_ann(d, losses);
        entity_types.extend(types);
        relation_types.extend(rels);
        for (ext, bytes) in [("txt", d.text.as_bytes()), ("ann", ann.as_bytes())] {
            let p = dir.join(format!("{name}.{ext}"));
            crate::util::write_atomic(&p, bytes)?;
            written.push(p);
        }
    }
    let mut conf = String::from("# written by gleaner export --format brat\n[entities]\n");
    for t in &entity_types {
        conf.push_str(&format!("{t}\n"));
    }
    conf.push_str("\n[relations]\n");
    for t in &relation_types {
        conf.push_str(&format!("{t}\tArg1:<ENTITY>, Arg2:<ENTITY>\n"));
    }
    conf.push_str("\n[events]\n\n[attributes]\n");
    let p = dir.join("annotation.conf");
    crate::util::write_atomic(&p, conf.as_bytes())?;
    written.push(p);
    Ok(written)
}

/// Code-point fragments of [start, end) that contain no line break (brat spans cannot cross one).
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

fn doccano(doc: &Document, losses: &mut Losses) -> Value {
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

fn label_studio(doc: &Document, losses: &mut Losses) -> Value {
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
    use crate::document::{Arg, Entity, Meta, Relation, Span};

    fn entity(id: &str, label: &str, text: &str, start: usize) -> Entity {
        Entity { id: id.into(), label: label.into(), start, end: start + text.chars().count(), text: text.into(), score: None, source: None, canonical: None, value: None }
    }

    #[test]
    fn iob2_and_bilou_tags() {
        let s = TokenSentence { tokens: ["Prime", "Minister", "Sanae", "Takaichi", "met", "Lee", "."].map(String::from).to_vec(), entities: vec![(0, 2, "TITLE".into()), (2, 4, "PERSON".into()), (5, 6, "PERSON".into())] };
        assert_eq!(s.tags(Scheme::Iob2), ["B-TITLE", "I-TITLE", "B-PERSON", "I-PERSON", "O", "B-PERSON", "O"]);
        assert_eq!(s.tags(Scheme::Bilou), ["B-TITLE", "L-TITLE", "B-PERSON", "L-PERSON", "O", "U-PERSON", "O"]);
    }

    #[test]
    fn token_alignment_losses_are_counted() {
        //          0123456789012345678901234567
        let text = "Tokyo’s mayor met Lee. Seoul";
        let mut d = Document::new("d1", text, Meta::default());
        d.entities.push(entity("e1", "GPE", "Tokyo", 0)); // "Tokyo" is its own token before ’s
        d.entities.push(entity("e2", "PERSON", "Le", 18)); // not on a token end
        d.entities.push(entity("e3", "PERSON", "Lee. Seoul", 18)); // crosses the sentence break
        d.relations.push(Relation { id: "r1".into(), label: "located_in".into(), args: vec![], trigger: None, evidence: None, rule: None, score: None });
        let mut losses = Losses::default();
        let sents = token_sentences(&mut d, &mut losses);
        assert_eq!(sents.len(), 2, "{sents:?}");
        assert_eq!(sents[0].entities, [(0, 1, "GPE".to_string())]);
        assert_eq!(losses.count(loss::UNALIGNED), 1);
        assert_eq!(losses.count(loss::CROSSING), 1);
        assert_eq!(losses.count(loss::RELATIONS_NOT_CARRIED), 1);
        assert!(losses.warnings().iter().all(|w| w.contains("d1")), "{:?}", losses.warnings());
    }

    #[test]
    fn given_tokens_without_sentences_are_one_sentence() {
        let mut d = Document::new("d", "a b c", Meta::default());
        d.tokens = vec![Span { start: 0, end: 1 }, Span { start: 2, end: 3 }, Span { start: 4, end: 5 }];
        let mut losses = Losses::default();
        let s = token_sentences(&mut d, &mut losses);
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].tokens, ["a", "b", "c"]);
        assert!(losses.is_empty());
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
}
