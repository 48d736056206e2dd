//! Reading annotated documents for eval and export: gleaner JSON (a file, a folder of them,
//! or JSON Lines) and CoNLL-2003 columns (token first, NER tag last; IOB1 or IOB2).
//!
//! A CoNLL file becomes one document per `-DOCSTART-` block, id `<file stem>-<n>` (from 1,
//! four digits); its text is the tokens joined by single spaces, one sentence a line, so
//! `gleaner extract` can read the same articles back (`gleaner export --format jsonl`).

use std::path::Path;

use anyhow::{bail, Context, Result};

use crate::document::{Document, Entity, Meta, Span};

pub fn read_documents(path: &Path) -> Result<Vec<Document>> {
    if path.is_dir() {
        let mut out = Vec::new();
        for entry in walkdir::WalkDir::new(path).sort_by_file_name() {
            let entry = entry?;
            let p = entry.path();
            let ext = p.extension().and_then(|e| e.to_str()).unwrap_or("");
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if entry.file_type().is_file() && (ext == "json" || ext == "jsonl") && name != "run.json" && !name.starts_with('.') {
                out.extend(read_documents(p)?);
            }
        }
        return Ok(out);
    }
    let text = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
    match ext {
        "json" => Ok(vec![serde_json::from_str(&text).with_context(|| format!("{}: not a gleaner document", path.display()))?]),
        "jsonl" => text
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
            .map(|(i, l)| serde_json::from_str(l).with_context(|| format!("{}:{}: not a gleaner document", path.display(), i + 1)))
            .collect(),
        _ => read_conll(path, &text),
    }
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
