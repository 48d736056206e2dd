//! Readers and writers: every format gleaner reads or writes, one module per family.
//!
//! - [`articles`]: raw inputs for `gleaner extract` (`.txt`, `.json`, `.jsonl`, stdin).
//! - [`read_documents`]: annotated documents for `eval`, `export` and `view`, in any format below.
//! - [`Exporter`]: annotated documents out, a document at a time, in any of [`FORMATS`].
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
//! (its reader and writer together), a name in [`FORMATS`] and one arm in [`Exporter`] and
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
use crate::util::AtomicFile;
use columns::token_sentences;
pub use losses::{loss, Losses};
use standoff::{doccano, label_studio, read_brat, read_doccano, read_label_studio};
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

/// An export written a document at a time, so memory does not grow with the number of
/// documents: each format's output goes to a temporary file beside `out` as documents come
/// and is renamed into place by [`Exporter::finish`]. What must see every document first is
/// kept small: hf-jsonl's label list (its rows wait in the temporary file, with tag strings,
/// and get their `ner_tags` at the end), the DocBin's token columns and strings
/// ([`spacy::DocBinWriter`]), brat's `annotation.conf` types.
pub struct Exporter {
    format: String,
    out: PathBuf,
    opts: ExportOptions,
    losses: Losses,
    documents: usize,
    sink: Sink,
}

enum Sink {
    /// A file written as it goes (`items`: in a JSON list, how many so far).
    File { f: AtomicFile, items: usize },
    /// hf-jsonl rows with their tags as strings, and the entity types seen.
    Hf { rows: AtomicFile, rows_path: PathBuf, types: std::collections::BTreeSet<String> },
    Spacy(spacy::DocBinWriter),
    Brat(standoff::BratWriter),
}

impl Exporter {
    pub fn new(format: &str, out: &Path, opts: &ExportOptions) -> Result<Exporter> {
        let sink = match format {
            "jsonl" | "conll" | "iob2" | "bilou" | "doccano" | "label-studio" | "tacred" | "docred" => {
                Sink::File { f: AtomicFile::create(out)?, items: 0 }
            }
            "hf-jsonl" => {
                // The rows wait beside OUT until the label list is known.
                let mut rows = out.as_os_str().to_owned();
                rows.push(".rows");
                let rows_path = PathBuf::from(rows);
                Sink::Hf { rows: AtomicFile::create(&rows_path)?, rows_path, types: Default::default() }
            }
            "spacy" => {
                let dir = out.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
                std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
                Sink::Spacy(spacy::DocBinWriter::new(dir)?)
            }
            "brat" => Sink::Brat(standoff::BratWriter::new(out)?),
            other => bail!("unknown export format {other:?} (one of: {})", FORMATS.join(", ")),
        };
        Ok(Exporter { format: format.to_string(), out: out.to_path_buf(), opts: opts.clone(), losses: Losses::default(), documents: 0, sink })
    }

    pub fn add(&mut self, mut d: Document) -> Result<()> {
        use std::io::Write;
        self.documents += 1;
        let losses = &mut self.losses;
        match &mut self.sink {
            Sink::File { f, items } => {
                let w = &mut f.w;
                let mut list_item = |w: &mut std::io::BufWriter<std::fs::File>, v: &Value| -> Result<()> {
                    // One item a line, as `[\n{...},\n{...}\n]\n`.
                    w.write_all(if *items == 0 { b"[\n" } else { b",\n" })?;
                    serde_json::to_writer(&mut *w, v)?;
                    *items += 1;
                    Ok(())
                };
                match self.format.as_str() {
                    "jsonl" => {
                        serde_json::to_writer(&mut *w, &d)?;
                        w.write_all(b"\n")?;
                    }
                    "conll" | "iob2" | "bilou" => {
                        let scheme = if self.format == "bilou" { Scheme::Bilou } else { Scheme::Iob2 };
                        let conll = self.format == "conll";
                        w.write_all(if conll { b"-DOCSTART- -X- -X- O\n\n" } else { b"-DOCSTART-\tO\n\n" })?;
                        for sent in token_sentences(&mut d, losses) {
                            for (tok, tag) in sent.tokens.iter().zip(sent.tags(scheme)) {
                                if conll {
                                    writeln!(w, "{tok} -X- _ {tag}")?;
                                } else {
                                    writeln!(w, "{tok}\t{tag}")?;
                                }
                            }
                            w.write_all(b"\n")?;
                        }
                    }
                    "doccano" => {
                        serde_json::to_writer(&mut *w, &doccano(&d, losses))?;
                        w.write_all(b"\n")?;
                    }
                    "label-studio" => {
                        // The pretty-printed list, one task at a time: each line indented once.
                        let task = serde_json::to_string_pretty(&label_studio(&d, losses))?;
                        w.write_all(if *items == 0 { b"[\n" } else { b",\n" })?;
                        for (i, line) in task.lines().enumerate() {
                            if i > 0 {
                                w.write_all(b"\n")?;
                            }
                            write!(w, "  {line}")?;
                        }
                        *items += 1;
                    }
                    "tacred" => {
                        for x in re_data::tacred_examples(&mut d, self.opts.max_negatives, losses)? {
                            list_item(w, &x)?;
                        }
                    }
                    "docred" => list_item(w, &re_data::docred_document(&mut d, losses)?)?,
                    _ => unreachable!("formats with a file sink"),
                }
            }
            Sink::Hf { rows, types, .. } => {
                let w = &mut rows.w;
                for (i, sent) in token_sentences(&mut d, losses).into_iter().enumerate() {
                    types.extend(sent.entities.iter().map(|(_, _, t)| t.clone()));
                    serde_json::to_writer(&mut *w, &json!({"id": format!("{}:{i}", d.id), "tokens": sent.tokens, "tags": sent.tags(Scheme::Iob2)}))?;
                    w.write_all(b"\n")?;
                }
            }
            Sink::Spacy(s) => s.add(&mut d, losses)?,
            Sink::Brat(b) => b.add(&d, losses)?,
        }
        Ok(())
    }

    pub fn finish(self) -> Result<ExportSummary> {
        use std::io::{BufRead, Write};
        let Exporter { format, out, mut losses, documents, sink, .. } = self;
        let mut written = vec![out.clone()];
        match sink {
            Sink::File { mut f, items } => {
                match format.as_str() {
                    "label-studio" => f.w.write_all(if items == 0 { b"[]\n" } else { b"\n]\n" })?,
                    "tacred" | "docred" => f.w.write_all(if items == 0 { b"[\n]\n" } else { b"\n]\n" })?,
                    _ => {}
                }
                f.commit()?;
            }
            Sink::Hf { rows, rows_path, types } => {
                // O, then B-/I- per type alphabetically (`tags::label_set`'s order).
                let labels = label_set(&[Sentence { words: vec![], tags: types.iter().map(|t| format!("B-{t}")).collect() }]);
                let index: HashMap<&str, usize> = labels.iter().enumerate().map(|(i, l)| (l.as_str(), i)).collect();
                rows.commit()?;
                let mut final_file = AtomicFile::create(&out)?;
                let fw = &mut final_file.w;
                for line in std::io::BufReader::new(std::fs::File::open(&rows_path)?).lines() {
                    let v: Value = serde_json::from_str(&line?)?;
                    let ner_tags: Vec<usize> = v["tags"].as_array().into_iter().flatten().filter_map(Value::as_str).map(|t| index[t]).collect();
                    serde_json::to_writer(&mut *fw, &json!({"id": v["id"], "tokens": v["tokens"], "ner_tags": ner_tags, "tags": v["tags"]}))?;
                    fw.write_all(b"\n")?;
                }
                std::fs::remove_file(&rows_path).with_context(|| format!("removing {}", rows_path.display()))?;
                final_file.commit()?;
                let labels_path = labels_path(&out);
                crate::util::write_atomic(&labels_path, &crate::util::to_json_pretty(&labels)?)?;
                written.push(labels_path);
            }
            Sink::Spacy(s) => crate::util::write_atomic_with(&out, |w| s.finish(w))?,
            Sink::Brat(b) => written = b.finish(&mut losses)?,
        }
        Ok(ExportSummary { documents, note: format_note(&format), written, losses })
    }
}

/// Where `hf-jsonl` writes its label list: `<OUT>.labels.json`.
pub fn labels_path(out: &Path) -> PathBuf {
    let mut s = out.as_os_str().to_owned();
    s.push(".labels.json");
    PathBuf::from(s)
}
