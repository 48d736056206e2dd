//! spaCy's binary training format: a `.spacy` file holding a `DocBin` (spaCy 3).
//!
//! A `DocBin` is zlib-compressed MessagePack: a map with `version` (2), `attrs` (the attribute ids
//! of the token columns), `tokens` (a C-order `uint64` array of one row per token, one column per
//! attribute), `spaces` (one byte per token: is it followed by a space?), `lengths` (`int32`
//! tokens per document), `strings` (every string the columns hash), `cats`, `flags`,
//! `span_groups` and `user_data` (one MessagePack blob per document).
//!
//! gleaner writes the columns `ORTH`, `ENT_IOB`, `ENT_TYPE` and `SENT_START`. Strings are stored as
//! spaCy stores them: the id of one of spaCy's built-in symbols when the string is one
//! (`spacy_symbols.tsv`, generated from spaCy 3.8 by `scripts/spacy_check.py symbols`), otherwise
//! its 64-bit MurmurHash2 (`MurmurHash64A`, seed 1) of the UTF-8 bytes.
//!
//! spaCy rebuilds a document's text from its tokens and their trailing spaces, so gleaner writes
//! the text between tokens as spaCy's tokenizer would: one space after a token is that token's
//! trailing space; any other whitespace (line breaks, runs of spaces) becomes a token of its own.
//! `doc.text` therefore equals the gleaner text and every entity keeps its character offsets.
//! The document id travels in `user_data` as `{"id": ...}`. Entities that overlap one already
//! written or are not on token boundaries are dropped and counted, as in the token formats;
//! spaCy's `doc.ents` holds no relations, so relations are counted as not carried.

use std::collections::{BTreeSet, HashMap};
use std::io::{Read, Write};
use std::path::Path;

use anyhow::{anyhow, bail, Context, Result};
use once_cell::sync::Lazy;
use rmpv::Value;

use super::columns::align;
use super::losses::Losses;
use crate::document::{CharIndex, Document, Entity, Meta, Span};

/// spaCy's built-in symbols: name -> id (attribute names, POS tags, dependency and entity labels).
static SYMBOLS: Lazy<HashMap<&'static str, u64>> = Lazy::new(|| {
    include_str!("spacy_symbols.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .map(|l| {
            let (name, id) = l.split_once('\t').expect("spacy_symbols.tsv: name<TAB>id");
            (name, id.parse().expect("spacy_symbols.tsv: numeric id"))
        })
        .collect()
});

fn attr(name: &str) -> u64 {
    SYMBOLS[name]
}

/// Token `ENT_IOB` values: 0 missing, 1 inside, 2 outside, 3 beginning.
const IOB_I: u64 = 1;
const IOB_O: u64 = 2;
const IOB_B: u64 = 3;
/// `SENT_START` -1 (not a sentence start) as the unsigned column stores it.
const NOT_SENT_START: u64 = u64::MAX;

/// spaCy's 64-bit string hash: MurmurHash64A of the UTF-8 bytes with seed 1.
pub fn hash_string(s: &str) -> u64 {
    const M: u64 = 0xc6a4_a793_5bd1_e995;
    const R: u32 = 47;
    let data = s.as_bytes();
    let mut h: u64 = 1 ^ (data.len() as u64).wrapping_mul(M);
    let mut blocks = data.chunks_exact(8);
    for block in &mut blocks {
        let mut k = u64::from_le_bytes(block.try_into().unwrap());
        k = k.wrapping_mul(M);
        k ^= k >> R;
        k = k.wrapping_mul(M);
        h ^= k;
        h = h.wrapping_mul(M);
    }
    let tail = blocks.remainder();
    if !tail.is_empty() {
        for (i, b) in tail.iter().enumerate() {
            h ^= (*b as u64) << (8 * i);
        }
        h = h.wrapping_mul(M);
    }
    h ^= h >> R;
    h = h.wrapping_mul(M);
    h ^= h >> R;
    h
}

/// The id spaCy's `StringStore` gives a string: 0 for "", a symbol's id, or the hash.
pub fn string_id(s: &str) -> u64 {
    if s.is_empty() {
        0
    } else if let Some(id) = SYMBOLS.get(s) {
        *id
    } else {
        hash_string(s)
    }
}

fn string(s: &str) -> Value {
    Value::String(s.into())
}

fn map(pairs: Vec<(&str, Value)>) -> Value {
    Value::Map(pairs.into_iter().map(|(k, v)| (string(k), v)).collect())
}

fn msgpack(v: &Value) -> Vec<u8> {
    let mut b = Vec::new();
    rmpv::encode::write_value(&mut b, v).expect("writing to memory");
    b
}

/// One spaCy token: its character range in the text and whether one space follows it.
struct Token {
    start: usize,
    end: usize,
    space: bool,
}

/// Writes `docs` as the bytes of a `.spacy` file.
pub fn write(docs: &mut [Document], losses: &mut Losses) -> Result<Vec<u8>> {
    let mut w = DocBinWriter::new(&std::env::temp_dir())?;
    for doc in docs.iter_mut() {
        w.add(doc, losses)?;
    }
    let mut out = Vec::new();
    w.finish(&mut out)?;
    Ok(out)
}

/// A column of bytes written to a temporary file as it grows, removed when dropped.
struct Column {
    path: std::path::PathBuf,
    w: Option<std::io::BufWriter<std::fs::File>>,
    len: usize,
}

impl Column {
    fn new(dir: &Path, name: &str) -> Result<Column> {
        static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let path = dir.join(format!(".gleaner-docbin-{name}-{}-{n}.tmp", std::process::id()));
        let f = std::fs::File::create(&path).with_context(|| format!("creating {}", path.display()))?;
        Ok(Column { path, w: Some(std::io::BufWriter::new(f)), len: 0 })
    }

    fn write(&mut self, bytes: &[u8]) -> Result<()> {
        self.len += bytes.len();
        self.w.as_mut().expect("open until copied").write_all(bytes).with_context(|| format!("writing {}", self.path.display()))
    }

    /// Writes the column to `out` as one MessagePack binary.
    fn copy_as_bin(&mut self, out: &mut dyn Write) -> Result<()> {
        let w = self.w.take().expect("copied once");
        w.into_inner().map_err(|e| anyhow!("writing {}: {}", self.path.display(), e.error()))?;
        rmp::encode::write_bin_len(&mut &mut *out, u32::try_from(self.len).map_err(|_| anyhow!("a DocBin column over 4 GB"))?).map_err(|e| anyhow!("{e}"))?;
        std::io::copy(&mut std::fs::File::open(&self.path)?, out)?;
        Ok(())
    }
}

impl Drop for Column {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

/// A DocBin built a document at a time. The token columns (four numbers and a space flag per
/// token) wait in temporary files; only the string table, the lengths and the ids stay in
/// memory, so memory does not grow with the documents.
pub struct DocBinWriter {
    rows: Column,
    spaces: Column,
    lengths: Vec<u8>,
    strings: BTreeSet<String>,
    user_data: Vec<Value>,
    n_docs: usize,
}

impl DocBinWriter {
    /// Temporary columns go in `dir` (the output's folder).
    pub fn new(dir: &Path) -> Result<DocBinWriter> {
        Ok(DocBinWriter { rows: Column::new(dir, "rows")?, spaces: Column::new(dir, "spaces")?, lengths: Vec::new(), strings: BTreeSet::new(), user_data: Vec::new(), n_docs: 0 })
    }

    pub fn add(&mut self, doc: &mut Document, losses: &mut Losses) -> Result<()> {
        let DocBinWriter { rows, spaces, lengths, strings, user_data, n_docs } = self;
        *n_docs += 1;
        {
            let aligned = align(doc, false, losses);
            let idx = &aligned.index;
            let chars = idx.len();
            // spaCy tokens: gleaner's, plus the text between them that is not a single space.
            let mut toks: Vec<Token> = Vec::with_capacity(aligned.tokens.len() + 8);
            let mut index_of = Vec::with_capacity(aligned.tokens.len()); // gleaner token -> spaCy token
            let mut pos = 0;
            let gap = |toks: &mut Vec<Token>, mut from: usize, to: usize| {
                if from < to {
                    if let Some(prev) = toks.last_mut() {
                        if idx.slice(&doc.text, from, from + 1) == " " {
                            prev.space = true;
                            from += 1;
                        }
                    }
                    if from < to {
                        toks.push(Token { start: from, end: to, space: false });
                    }
                }
            };
            for t in &aligned.tokens {
                gap(&mut toks, pos, t.start);
                index_of.push(toks.len());
                toks.push(Token { start: t.start, end: t.end, space: false });
                pos = t.end;
            }
            gap(&mut toks, pos, chars);

            let mut iob = vec![IOB_O; toks.len()];
            let mut types = vec![0u64; toks.len()];
            for (a, b, label) in &aligned.entities {
                let (first, last) = (index_of[*a], index_of[b - 1]);
                let id = string_id(label);
                strings.insert(label.clone());
                for i in first..=last {
                    iob[i] = if i == first { IOB_B } else { IOB_I };
                    types[i] = id;
                }
            }
            let mut starts = vec![if doc.sentences.is_empty() { 0 } else { NOT_SENT_START }; toks.len()];
            if !doc.sentences.is_empty() {
                for (i, &k) in index_of.iter().enumerate() {
                    if i == 0 || aligned.sentence_of[i] != aligned.sentence_of[i - 1] {
                        starts[k] = 1;
                    }
                }
                if let Some(first) = starts.first_mut() {
                    // spaCy's first token always starts a sentence: leading whitespace joins the first.
                    *first = 1;
                }
                if let Some(&k) = index_of.first() {
                    if k > 0 {
                        starts[k] = NOT_SENT_START;
                    }
                }
            }
            for (i, t) in toks.iter().enumerate() {
                let text = idx.slice(&doc.text, t.start, t.end);
                strings.insert(text.to_string());
                for v in [string_id(text), iob[i], types[i], starts[i]] {
                    rows.write(&v.to_le_bytes())?;
                }
                spaces.write(&[t.space as u8])?;
            }
            let n = i32::try_from(toks.len()).map_err(|_| anyhow!("document {}: too many tokens for a DocBin", doc.id))?;
            lengths.extend(n.to_le_bytes());
            user_data.push(Value::Binary(msgpack(&map(vec![("id", string(&doc.id))]))));
        }
        Ok(())
    }

    /// Writes the `.spacy` file (zlib-compressed MessagePack) to `out`, the token columns
    /// copied from their temporary files.
    pub fn finish(mut self, out: &mut dyn Write) -> Result<()> {
        let (orth, ent_iob, ent_type, sent_start) = (attr("ORTH"), attr("ENT_IOB"), attr("ENT_TYPE"), attr("SENT_START"));
        let n_docs = self.n_docs;
        let mut z = flate2::write::ZlibEncoder::new(out, flate2::Compression::default());
        let put = |z: &mut flate2::write::ZlibEncoder<&mut _>, v: &Value| -> Result<()> { Ok(z.write_all(&msgpack(v))?) };
        rmp::encode::write_map_len(&mut z, 10).map_err(|e| anyhow!("{e}"))?;
        put(&mut z, &string("version"))?;
        put(&mut z, &Value::from(2))?;
        put(&mut z, &string("attrs"))?;
        put(&mut z, &Value::Array(vec![Value::from(orth), Value::from(ent_iob), Value::from(ent_type), Value::from(sent_start)]))?;
        put(&mut z, &string("tokens"))?;
        self.rows.copy_as_bin(&mut z)?;
        put(&mut z, &string("spaces"))?;
        self.spaces.copy_as_bin(&mut z)?;
        for (key, value) in [
            ("lengths", Value::Binary(std::mem::take(&mut self.lengths))),
            ("strings", Value::Array(self.strings.iter().map(|s| string(s)).collect())),
            ("cats", Value::Array(vec![Value::Map(vec![]); n_docs])),
            ("flags", Value::Array(vec![map(vec![("has_unknown_spaces", Value::Boolean(false))]); n_docs])),
            ("span_groups", Value::Array(vec![Value::Binary(vec![]); n_docs])),
            ("user_data", Value::Array(std::mem::take(&mut self.user_data))),
        ] {
            put(&mut z, &string(key))?;
            put(&mut z, &value)?;
        }
        z.finish()?;
        Ok(())
    }
}

fn field<'a>(msg: &'a Value, key: &str) -> Option<&'a Value> {
    msg.as_map()?.iter().find(|(k, _)| k.as_str() == Some(key)).map(|(_, v)| v)
}

/// Reads a `.spacy` file (written by gleaner or by spaCy) back into documents: the text rebuilt
/// from tokens and spaces, tokens (whitespace tokens left out), sentences from `SENT_START` and
/// entities from `ENT_IOB`/`ENT_TYPE`. Ids come from `user_data["id"]`, else `<file stem>-0001`, ...
pub fn read(path: &Path) -> Result<Vec<Document>> {
    let what = path.display().to_string();
    let compressed = std::fs::read(path).with_context(|| format!("reading {what}"))?;
    let mut raw = Vec::new();
    flate2::read::ZlibDecoder::new(&compressed[..]).read_to_end(&mut raw).with_context(|| format!("{what}: not a .spacy file (not zlib data)"))?;
    let msg = rmpv::decode::read_value(&mut &raw[..]).with_context(|| format!("{what}: not a .spacy file (not MessagePack)"))?;
    let need = |key: &str| field(&msg, key).ok_or_else(|| anyhow!("{what}: not a .spacy file (no {key:?})"));
    let bytes = |key: &str| -> Result<&[u8]> { need(key)?.as_slice().ok_or_else(|| anyhow!("{what}: {key:?} is not binary")) };
    let attrs: Vec<u64> = need("attrs")?.as_array().ok_or_else(|| anyhow!("{what}: \"attrs\" is not a list"))?.iter().map(|a| a.as_u64().ok_or_else(|| anyhow!("{what}: an attribute id is not a number"))).collect::<Result<_>>()?;
    let col = |name: &str| attrs.iter().position(|a| *a == attr(name));
    let orth_col = col("ORTH").ok_or_else(|| anyhow!("{what}: the DocBin has no ORTH column"))?;
    let (iob_col, type_col, start_col) = (col("ENT_IOB"), col("ENT_TYPE"), col("SENT_START"));
    let values: Vec<u64> = bytes("tokens")?.chunks_exact(8).map(|c| u64::from_le_bytes(c.try_into().unwrap())).collect();
    let lengths: Vec<usize> = bytes("lengths")?.chunks_exact(4).map(|c| i32::from_le_bytes(c.try_into().unwrap()).max(0) as usize).collect();
    let spaces = bytes("spaces")?;
    let total: usize = lengths.iter().sum();
    if attrs.is_empty() || values.len() != total * attrs.len() || spaces.len() != total {
        bail!("{what}: the token table does not match the document lengths");
    }
    let mut names: HashMap<u64, String> = SYMBOLS.iter().map(|(k, v)| (*v, k.to_string())).collect();
    for s in need("strings")?.as_array().into_iter().flatten().filter_map(Value::as_str) {
        names.insert(string_id(s), s.to_string());
    }
    let name = |id: u64, doc: usize| names.get(&id).map(String::as_str).ok_or_else(|| anyhow!("{what}: document {}: string id {id} is not in the file's strings", doc + 1));
    let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let flags = field(&msg, "flags").and_then(Value::as_array);
    let user_data = field(&msg, "user_data").and_then(Value::as_array);
    let mut docs = Vec::with_capacity(lengths.len());
    let mut row = 0;
    for (d, &len) in lengths.iter().enumerate() {
        let unknown_spaces = flags.and_then(|f| f.get(d)).and_then(|f| field(f, "has_unknown_spaces")).and_then(Value::as_bool).unwrap_or(false);
        let id = user_data
            .and_then(|u| u.get(d))
            .and_then(Value::as_slice)
            .and_then(|b| rmpv::decode::read_value(&mut &b[..]).ok())
            .and_then(|v| field(&v, "id").and_then(Value::as_str).map(str::to_string))
            .unwrap_or_else(|| format!("{stem}-{:04}", d + 1));
        let mut doc = Document::new(id, "", Meta { source: Some(what.clone()), ..Meta::default() });
        let mut text = String::new();
        let mut chars = 0;
        let mut spans = Vec::with_capacity(len);
        let mut blanks = Vec::with_capacity(len);
        for i in 0..len {
            let t = name(values[(row + i) * attrs.len() + orth_col], d)?;
            let start = chars;
            text.push_str(t);
            chars += t.chars().count();
            spans.push(Span { start, end: chars });
            blanks.push(t.chars().all(char::is_whitespace));
            if unknown_spaces || spaces[row + i] != 0 {
                text.push(' ');
                chars += 1;
            }
        }
        let value = |i: usize, c: Option<usize>| c.map_or(0, |c| values[(row + i) * attrs.len() + c]);
        let blank = |i: usize| blanks[i];
        // Sentences: runs starting at SENT_START = 1, trimmed to their non-whitespace tokens.
        if (0..len).any(|i| value(i, start_col) != 0) {
            let mut begin = 0;
            for i in 1..=len {
                if i == len || value(i, start_col) == 1 {
                    let kept: Vec<usize> = (begin..i).filter(|&k| !blank(k)).collect();
                    if let (Some(&a), Some(&b)) = (kept.first(), kept.last()) {
                        doc.sentences.push(Span { start: spans[a].start, end: spans[b].end });
                    }
                    begin = i;
                }
            }
        }
        // Entities: the IOB column as tags, chunked as everywhere else in gleaner.
        let tags: Vec<String> = (0..len)
            .map(|i| {
                Ok(match (value(i, iob_col), value(i, type_col)) {
                    (IOB_B, ty) if ty != 0 => format!("B-{}", name(ty, d)?),
                    (IOB_I, ty) if ty != 0 => format!("I-{}", name(ty, d)?),
                    _ => "O".to_string(),
                })
            })
            .collect::<Result<_>>()?;
        let tag_refs: Vec<&str> = tags.iter().map(String::as_str).collect();
        let idx = CharIndex::new(&text);
        for (n, e) in crate::tags::decode_tags(&tag_refs, &vec![1.0; len]).into_iter().enumerate() {
            let (start, end) = (spans[e.start].start, spans[e.end - 1].end);
            doc.entities.push(Entity { id: format!("e{}", n + 1), label: e.label, start, end, text: idx.slice(&text, start, end).to_string(), score: None, source: None, canonical: None, value: None });
        }
        doc.tokens = (0..len).filter(|&i| !blank(i)).map(|i| crate::document::Token::new(spans[i].start, spans[i].end)).collect();
        doc.text = text;
        docs.push(doc);
        row += len;
    }
    Ok(docs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_hash_as_spacy_does() {
        // Reference ids printed by spaCy 3.8 (`scripts/spacy_check.py symbols`).
        let expected: serde_json::Map<String, serde_json::Value> = serde_json::from_str(include_str!("spacy_string_ids.json")).unwrap();
        assert!(expected.len() >= 10);
        for (s, id) in &expected {
            assert_eq!(string_id(s), id.as_u64().unwrap(), "{s:?}");
        }
    }

    #[test]
    fn whitespace_between_tokens_becomes_spaces_and_tokens_as_spacy_makes_them() {
        let text = "  Takaichi  met\n\nTrump. ";
        let mut doc = Document::new("d", text, Meta::default());
        doc.tokens = [(2, 10), (12, 15), (17, 22), (22, 23)].iter().map(|&(start, end)| crate::document::Token::new(start, end)).collect();
        doc.sentences = vec![Span { start: 2, end: 15 }, Span { start: 17, end: 23 }];
        doc.entities.push(Entity { id: "e1".into(), label: "PERSON".into(), start: 17, end: 22, text: "Trump".into(), score: None, source: None, canonical: None, value: None });
        let mut losses = Losses::default();
        let bytes = write(std::slice::from_mut(&mut doc), &mut losses).unwrap();
        assert!(losses.is_empty());
        let mut raw = Vec::new();
        flate2::read::ZlibDecoder::new(&bytes[..]).read_to_end(&mut raw).unwrap();
        let msg = rmpv::decode::read_value(&mut &raw[..]).unwrap();
        let attrs: Vec<u64> = field(&msg, "attrs").unwrap().as_array().unwrap().iter().map(|v| v.as_u64().unwrap()).collect();
        assert_eq!(attrs, [65, 77, 78, 80], "ORTH, ENT_IOB, ENT_TYPE, SENT_START as spaCy numbers them");
        let cells: Vec<u64> = field(&msg, "tokens").unwrap().as_slice().unwrap().chunks_exact(8).map(|c| u64::from_le_bytes(c.try_into().unwrap())).collect();
        let words = ["  ", "Takaichi", " ", "met", "\n\n", "Trump", "."];
        let rows: Vec<&[u64]> = cells.chunks(4).collect();
        assert_eq!(rows.len(), words.len());
        for (row, w) in rows.iter().zip(words) {
            assert_eq!(row[0], string_id(w), "{w:?}");
        }
        assert_eq!(field(&msg, "spaces").unwrap().as_slice().unwrap(), [0, 1, 0, 0, 0, 0, 1]);
        assert_eq!(rows.iter().map(|r| r[1]).collect::<Vec<_>>(), [2, 2, 2, 2, 2, 3, 2]);
        assert_eq!(rows[5][2], string_id("PERSON"));
        let starts: Vec<i64> = rows.iter().map(|r| r[3] as i64).collect();
        assert_eq!(starts, [1, -1, -1, -1, -1, 1, -1], "leading whitespace joins the first sentence");
        assert_eq!(field(&msg, "lengths").unwrap().as_slice().unwrap(), 7i32.to_le_bytes());

        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("d.spacy");
        std::fs::write(&path, &bytes).unwrap();
        let back = read(&path).unwrap();
        assert_eq!(back.len(), 1);
        assert_eq!((back[0].id.as_str(), back[0].text.as_str()), ("d", text));
        assert_eq!(back[0].tokens, doc.tokens);
        assert_eq!(back[0].sentences, doc.sentences);
        assert_eq!((back[0].entities[0].start, back[0].entities[0].end, back[0].entities[0].label.as_str()), (17, 22, "PERSON"));
    }

    #[test]
    fn a_file_that_is_not_a_docbin_is_an_error_naming_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.spacy");
        std::fs::write(&path, b"not zlib").unwrap();
        let err = format!("{:#}", read(&path).unwrap_err());
        assert!(err.contains("x.spacy") && err.contains("not a .spacy file"), "{err}");
    }
}
