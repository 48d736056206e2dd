//! Reading articles: files and folders (recursive, sorted, hidden entries skipped), `.txt`
//! (one article, id = file stem), `.json` (one document), `.jsonl` (one per line), `-` (stdin,
//! JSON Lines when it starts with `{`, else one text article with id `stdin`).
//!
//! Every input becomes a document or an error record; nothing is skipped silently. Text must
//! be UTF-8: invalid bytes are an error naming the byte offset, unless `lossy` is set, which
//! decodes with U+FFFD and flags the document's `meta.decoding`.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use serde::Serialize;
use serde_json::Value;

use crate::document::{Document, Meta};

/// One thing to read: a file, or stdin.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    File(PathBuf),
    Stdin,
}

impl Source {
    pub fn name(&self) -> String {
        match self {
            Source::File(p) => p.display().to_string(),
            Source::Stdin => "-".to_string(),
        }
    }
}

/// Something that could not be read or processed, reported in run.json.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct InputError {
    pub input: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    pub error: String,
}

/// A file in a folder that gleaner does not read (not .txt/.json/.jsonl), reported in run.json.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Skipped {
    pub input: String,
    pub reason: String,
}

const EXTENSIONS: [&str; 3] = ["txt", "json", "jsonl"];

/// Expands the command-line inputs into sources, in a deterministic order.
pub fn collect_sources(inputs: &[PathBuf]) -> Result<(Vec<Source>, Vec<Skipped>)> {
    let mut sources = Vec::new();
    let mut skipped = Vec::new();
    for input in inputs {
        if input.as_os_str() == "-" {
            sources.push(Source::Stdin);
            continue;
        }
        let meta = std::fs::metadata(input).with_context(|| format!("input {}", input.display()))?;
        if meta.is_file() {
            sources.push(Source::File(input.clone()));
            continue;
        }
        let walker = walkdir::WalkDir::new(input).sort_by_file_name().into_iter().filter_entry(|e| e.depth() == 0 || !is_hidden(e.file_name()));
        for entry in walker {
            let entry = entry.with_context(|| format!("walking {}", input.display()))?;
            if !entry.file_type().is_file() {
                continue;
            }
            let ext = entry.path().extension().and_then(|e| e.to_str()).unwrap_or("");
            if EXTENSIONS.contains(&ext) {
                sources.push(Source::File(entry.path().to_path_buf()));
            } else {
                skipped.push(Skipped { input: entry.path().display().to_string(), reason: "not .txt, .json or .jsonl".into() });
            }
        }
    }
    Ok((sources, skipped))
}

fn is_hidden(name: &std::ffi::OsStr) -> bool {
    name.to_str().map_or(false, |s| s.starts_with('.'))
}

/// Reading options.
#[derive(Debug, Clone, Default)]
pub struct ReadOptions {
    pub lossy: bool,
    /// Anchor date for relative dates when a document has none (`--date`).
    pub date: Option<String>,
}

/// Reads one source into documents and errors (a JSONL file may give both).
pub fn read_source(source: &Source, opts: &ReadOptions) -> (Vec<Document>, Vec<InputError>) {
    let name = source.name();
    let err = |line: Option<usize>, e: String| InputError { input: name.clone(), line, id: None, error: e };
    let bytes = match source {
        Source::File(p) => match std::fs::read(p) {
            Ok(b) => b,
            Err(e) => return (vec![], vec![err(None, format!("cannot read: {e}"))]),
        },
        Source::Stdin => {
            let mut b = Vec::new();
            if let Err(e) = std::io::Read::read_to_end(&mut std::io::stdin(), &mut b) {
                return (vec![], vec![err(None, format!("cannot read stdin: {e}"))]);
            }
            b
        }
    };
    let (text, lossy_flag) = match decode(&bytes, opts.lossy) {
        Ok(t) => t,
        Err(e) => return (vec![], vec![err(None, e.to_string())]),
    };
    let kind = match source {
        Source::File(p) => p.extension().and_then(|e| e.to_str()).unwrap_or("txt").to_string(),
        Source::Stdin if text.trim_start().starts_with('{') => "jsonl".to_string(),
        Source::Stdin => "txt".to_string(),
    };
    let stem = match source {
        Source::File(p) => p.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default(),
        Source::Stdin => "stdin".to_string(),
    };
    let mut docs = Vec::new();
    let mut errors = Vec::new();
    let mut add = |doc: Result<Document>, line: Option<usize>| match doc {
        Ok(mut d) => {
            if d.meta.source.is_none() {
                d.meta.source = Some(name.clone());
            }
            if let Some(n) = lossy_flag {
                d.meta.extra.insert("decoding".into(), serde_json::json!({"lossy": true, "replaced": n}));
            }
            if d.meta.date.is_none() {
                d.meta.date = opts.date.clone();
            }
            docs.push(d)
        }
        Err(e) => errors.push(err(line, format!("{e:#}"))),
    };
    match kind.as_str() {
        "json" => add(serde_json::from_str::<Value>(&text).map_err(anyhow::Error::from).and_then(|v| document_from_json(v, &stem)), None),
        "jsonl" => {
            for (i, line) in text.lines().enumerate() {
                if line.trim().is_empty() {
                    continue;
                }
                let doc = serde_json::from_str::<Value>(line)
                    .map_err(|e| anyhow::anyhow!("not JSON: {e}"))
                    .and_then(|v| document_from_json(v, &format!("{stem}-{}", i + 1)));
                add(doc, Some(i + 1));
            }
        }
        _ => add(document_from_text(&stem, text), None),
    }
    (docs, errors)
}

fn document_from_text(id: &str, text: String) -> Result<Document> {
    if text.trim().is_empty() {
        bail!("empty article (no text)");
    }
    Ok(Document::new(id, text, Meta::default()))
}

/// A `.json`/`.jsonl` record: a full document, or just `id`, `text` and optional `meta`.
fn document_from_json(v: Value, fallback_id: &str) -> Result<Document> {
    let Value::Object(mut obj) = v else { bail!("expected a JSON object with \"text\"") };
    let text = match obj.remove("text") {
        Some(Value::String(t)) => t,
        Some(_) => bail!("\"text\" is not a string"),
        None => bail!("no \"text\" field"),
    };
    if text.trim().is_empty() {
        bail!("empty article (no text)");
    }
    let id = match obj.remove("id") {
        Some(Value::String(s)) if !s.is_empty() => s,
        Some(Value::Number(n)) => n.to_string(),
        None | Some(Value::Null) => fallback_id.to_string(),
        Some(_) => bail!("\"id\" is not a string"),
    };
    let meta: Meta = match obj.remove("meta") {
        Some(m) => serde_json::from_value(m).context("\"meta\" is not an object of the document format")?,
        None => Meta::default(),
    };
    Ok(Document::new(id, text, meta))
}

/// Decodes bytes as UTF-8; a BOM, like every other character, stays in the text.
/// Returns the text and, when decoded lossily, how many replacements were made.
pub fn decode(bytes: &[u8], lossy: bool) -> Result<(String, Option<usize>)> {
    if let Some(pos) = bytes.iter().position(|&b| b == 0) {
        bail!("binary file (NUL byte at offset {pos})");
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok((s.to_string(), None)),
        Err(e) if lossy => {
            let s = String::from_utf8_lossy(bytes).into_owned();
            let n = s.matches('\u{FFFD}').count() - std::str::from_utf8(&bytes[..e.valid_up_to()]).map_or(0, |p| p.matches('\u{FFFD}').count());
            Ok((s, Some(n)))
        }
        Err(e) => bail!("invalid UTF-8 at byte offset {} (use --lossy to replace bad bytes with U+FFFD)", e.valid_up_to()),
    }
}

/// Makes ids safe as file names and unique within a run, in input order.
/// Returns the (original, new) pairs that changed.
#[derive(Default)]
pub struct IdRegistry {
    seen: HashMap<String, usize>,
}

impl IdRegistry {
    pub fn assign(&mut self, doc: &mut Document) -> Option<(String, String)> {
        let original = doc.id.clone();
        let base = safe_id(&original);
        let mut id = base.clone();
        let mut n = *self.seen.get(&base).unwrap_or(&0);
        while self.seen.contains_key(&id) {
            n += 1;
            id = format!("{base}-{n}");
        }
        self.seen.insert(base.clone(), n);
        self.seen.entry(id.clone()).or_insert(0);
        if id == original {
            return None;
        }
        doc.id = id.clone();
        doc.meta.extra.insert("id_original".into(), Value::String(original.clone()));
        Some((original, id))
    }
}

/// Replaces path separators, control characters and leading dots; never empty.
pub fn safe_id(id: &str) -> String {
    let mut s: String = id.chars().map(|c| if c == '/' || c == '\\' || c.is_control() || c == ':' { '_' } else { c }).collect();
    let dots = s.chars().take_while(|&c| c == '.').count();
    s.replace_range(0..dots, &"_".repeat(dots));
    if s.is_empty() {
        s.push('_');
    }
    if s.chars().count() > 200 {
        s = s.chars().take(200).collect();
    }
    s
}

pub fn output_path(dir: &Path, id: &str) -> PathBuf {
    dir.join(format!("{}.json", safe_id(id)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_utf8_names_the_offset() {
        let err = decode(b"abc\xffdef", false).unwrap_err().to_string();
        assert!(err.contains("byte offset 3"), "{err}");
        let (text, n) = decode(b"abc\xffdef", true).unwrap();
        assert_eq!((text.as_str(), n), ("abc\u{FFFD}def", Some(1)));
        assert!(decode(b"\x7fELF\0\0", false).unwrap_err().to_string().contains("binary"));
    }

    #[test]
    fn ids_are_made_safe_and_unique() {
        assert_eq!(safe_id("../../etc/passwd"), "___.._etc_passwd");
        assert_eq!(safe_id(".."), "__");
        let mut reg = IdRegistry::default();
        let mut a = Document::new("x", "t", Meta::default());
        let mut b = Document::new("x", "t", Meta::default());
        let mut c = Document::new("x-1", "t", Meta::default());
        assert_eq!(reg.assign(&mut a), None);
        assert_eq!(reg.assign(&mut b), Some(("x".into(), "x-1".into())));
        assert_eq!(reg.assign(&mut c), Some(("x-1".into(), "x-1-1".into())));
    }
}
