//! Readers and writers: every format gleaner reads or writes, one module per family.
//!
//! - [`articles`]: raw inputs for `gleaner extract` (`.txt`, `.json`, `.jsonl`, stdin).
//! - [`read_documents`]: annotated documents for `eval`, `export` and `view`, in any format below.
//! - [`export`]: annotated documents out, in any of [`FORMATS`].
//!
//! | format | module | output | carries |
//! |---|---|---|---|
//! | `jsonl` | here | one gleaner document a line | everything |
//! | `conll` | [`columns`] | CoNLL-2003 columns `token -X- _ TAG` (IOB2), `-DOCSTART- -X- -X- O` before each document | tokens, sentences, entities |
//! | `iob2`, `bilou` | [`columns`] | `token<TAB>tag`, `-DOCSTART-<TAB>O` before each document | tokens, sentences, entities |
//! | `hf-jsonl` | [`columns`] | one sentence a line `{"id","tokens","ner_tags","tags"}` + `<OUT>.labels.json` | tokens, sentences, entities |
//! | `spacy` | [`spacy`] | a `.spacy` file (spaCy 3 `DocBin`) | text, tokens, sentences, entities, document ids |
//! | `brat` | [`standoff`] | folder of `<id>.txt` + `<id>.ann` (+ `annotation.conf`) | text, entities, relations as binary links |
//! | `doccano` | [`standoff`] | JSON Lines `{"id","text","entities","relations"}` | text, entities, relations as binary links |
//! | `label-studio` | [`standoff`] | a JSON list of tasks with `predictions` | text, entities, relations as binary links |
//! | `tacred` | [`re_data`] | a JSON list of sentence examples, one per ordered entity pair | tokens, entity pairs, relation labels |
//! | `docred` | [`re_data`] | a JSON list of documents (`sents`, `vertexSet`, `labels`) | text, tokens, entity clusters, relations as binary links |
//!
//! Reading: gleaner JSON (a file, a folder of them, or JSON Lines), CoNLL-2003 columns (token
//! first, NER tag last; IOB1, IOB2 or BILOU; any extension other than those below,
//! `.conll`/`.iob`/`.iob2`/`.bilou` in folders), brat standoff (`.ann` with its `.txt`, or a
//! folder of them), doccano JSON Lines (`text` + `entities` with `start_offset`/`end_offset`, or
//! `label: [[start, end, label]]`), Label Studio task lists (a `.json` file holding a list) and
//! `.spacy` DocBins.
//!
//! Nothing is dropped silently: every lossy conversion is counted with the documents it touched
//! ([`Losses`]) and `gleaner export` prints those counts on stderr. A new format is a module here
//! (its reader and writer together), a name in [`FORMATS`] and one arm in [`export`] and
//! [`read_documents`].

pub mod articles;
pub mod columns;
pub mod losses;
pub mod re_data;
pub mod spacy;
pub mod standoff;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use serde_json::{json, Value};

use crate::document::Document;
use crate::tags::{label_set, Scheme, Sentence};
use columns::token_sentences;
pub use losses::{loss, Losses};
use standoff::{doccano, label_studio, read_brat, read_doccano, read_label_studio, write_brat};
use columns::read_conll;

pub const FORMATS: [&str; 11] = ["jsonl", "conll", "iob2", "bilou", "hf-jsonl", "spacy", "brat", "doccano", "label-studio", "tacred", "docred"];

/// Options some formats take.
#[derive(Debug, Clone, Default)]
pub struct ExportOptions {
    /// `tacred`: at most this many `no_relation` pairs per sentence (nearest first).
    pub max_negatives: Option<usize>,
}

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
        return spacy::read(path);
    }
    let text = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    match ext {
        "json" => {
            let v: Value = serde_json::from_str(&text).with_context(|| format!("{}: not JSON", path.display()))?;
            if re_data::is_docred(&v) {
                return re_data::read_docred(path, &v);
            }
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
        "tacred" => Some("tacred carries sentences of tokens, entity mention pairs with their types, and relations as binary links labelled type:head_role:tail_role (no_relation for the other pairs); the text's layout, meta, canonical names, values, scores, triggers, text-span arguments and links across sentences are not written"),
        "docred" => Some("docred carries the text (in its gleaner field), sentences of tokens, entity clusters (by type and canonical name) and relations as binary links labelled type:head_role:tail_role with evidence sentences; meta, values, scores, triggers and text-span arguments are not written"),
        "doccano" | "label-studio" => Some("doccano and Label Studio carry the text, entity spans and types, and relations as typed binary links without roles; meta, tokens, sentences, canonical names, values, relation triggers, evidence and rule ids are not written"),
        _ => None,
    }
}

/// Writes `docs` in `format` to `out` (a file; a folder for brat).
pub fn export(mut docs: Vec<Document>, format: &str, out: &Path, opts: &ExportOptions) -> Result<ExportSummary> {
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
            let sentences: Vec<Sentence> = rows.iter().map(|(_, s)| Sentence { words: s.tokens.clone(), tags: s.tags(Scheme::Iob2) }).collect();
            let labels = label_set(&sentences);
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
        "tacred" => re_data::write_tacred(&mut docs, opts.max_negatives, &mut losses)?,
        "docred" => re_data::write_docred(&mut docs, &mut losses)?,
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
