//! Token formats: CoNLL-2003 columns, IOB2 and BILOU `token<TAB>tag`, and `hf-jsonl` sentences.
//!
//! Writing: a document's entities are aligned to its tokens ([`align`]; a document without tokens
//! is segmented first) and written as tags; what cannot be aligned is counted in [`Losses`].
//! Reading: [`read_conll`] turns CoNLL columns into documents (one per `-DOCSTART-` block, id
//! `<file stem>-<n>` from 1, four digits; its text is the tokens joined by single spaces, one
//! sentence a line, so `gleaner extract` can read the same articles back), and
//! [`read_sentences`] reads training sentences (CoNLL columns or `hf-jsonl`) for `gleaner train`.

use std::collections::HashMap;
use std::io::BufRead;
use std::path::Path;

use anyhow::{anyhow, bail, Context, Result};
use serde_json::Value;

use super::losses::{loss, Losses};
use crate::document::{CharIndex, Document, Entity, Meta, Span, Token};
use crate::tags::{decode_tags, to_iob2, Scheme, Sentence};

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

/// A document's valid tokens in text order (split where an entity boundary falls inside one),
/// the sentence each belongs to, and the entities that can be written as token ranges
/// `[start, end)`, in order and without overlaps; with the text's char index, for slicing token
/// texts.
pub struct Aligned {
    pub index: CharIndex,
    pub tokens: Vec<Span>,
    pub sentence_of: Vec<usize>,
    /// Token range and type of each aligned entity.
    pub entities: Vec<(usize, usize, String)>,
    /// For each of `entities`, its index in the document's `entities`.
    pub entity_index: Vec<usize>,
}

/// Aligns a document's entities to its tokens (segmenting it first when it has no tokens).
/// A token with an entity boundary inside it is split there ("Chinese-made" with the entity
/// "Chinese" becomes "Chinese" + "-made"), as spaCy's tokenizer splits at the hyphen, so no
/// entity is lost to tokenisation; the splits are counted in `losses`. Entities whose span does
/// not start and end inside tokens (on whitespace), overlap one already taken, or (with
/// `within_sentences`) cross a sentence boundary are dropped and counted, as are relations.
pub fn align(doc: &mut Document, within_sentences: bool, losses: &mut Losses) -> Aligned {
    if doc.tokens.is_empty() {
        crate::stages::segment::segment(doc, &crate::resources::Resources::builtin());
    }
    let idx = CharIndex::new(&doc.text);
    let n = idx.len();
    let id = doc.id.clone();
    let mut valid: Vec<Span> = doc.tokens.iter().map(Token::span).filter(|t| t.start < t.end && t.end <= n).collect();
    valid.sort();
    // Tokens overlapping the one before (duplicates included) are invalid too.
    let mut given: Vec<Span> = Vec::with_capacity(valid.len());
    for t in valid {
        if given.last().map_or(true, |p| p.end <= t.start) {
            given.push(t);
        }
    }
    losses.note(loss::INVALID_TOKENS, &id, doc.tokens.len() - given.len());
    let is_valid = |e: &Entity| e.start < e.end && e.end <= n && idx.slice(&doc.text, e.start, e.end) == e.text;
    let mut cuts: Vec<usize> = doc.entities.iter().filter(|e| is_valid(e)).flat_map(|e| [e.start, e.end]).collect();
    cuts.sort_unstable();
    cuts.dedup();
    let mut tokens: Vec<Span> = Vec::with_capacity(given.len());
    let mut split = 0;
    for t in given {
        let inside = &cuts[cuts.partition_point(|&c| c <= t.start)..cuts.partition_point(|&c| c < t.end)];
        let mut from = t.start;
        for &c in inside {
            tokens.push(Span { start: from, end: c });
            from = c;
        }
        tokens.push(Span { start: from, end: t.end });
        split += usize::from(!inside.is_empty());
    }
    losses.note(loss::SPLIT_TOKENS, &id, split);
    let mut sentences = doc.sentences.clone();
    sentences.sort();
    // Each token joins the last sentence starting at or before it (the first when none does).
    let sentence_of: Vec<usize> = tokens.iter().map(|t| sentences.partition_point(|s| s.start <= t.start).saturating_sub(1)).collect();
    let by_start: HashMap<usize, usize> = tokens.iter().enumerate().map(|(i, t)| (t.start, i)).collect();
    let by_end: HashMap<usize, usize> = tokens.iter().enumerate().map(|(i, t)| (t.end, i)).collect();
    let mut used = vec![false; tokens.len()];
    let mut entities: Vec<(usize, &Entity)> = doc.entities.iter().enumerate().collect();
    entities.sort_by_key(|(_, e)| (e.start, e.end));
    let mut aligned = Vec::new();
    for (k, e) in entities {
        if !is_valid(e) {
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
        aligned.push(((a, b + 1, label), k));
    }
    aligned.sort();
    losses.note(loss::RELATIONS_NOT_CARRIED, &id, doc.relations.len());
    let (entities, entity_index) = aligned.into_iter().unzip();
    Aligned { index: idx, tokens, sentence_of, entities, entity_index }
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

/// Reads CoNLL columns or JSON Lines, by content: a file whose first non-blank character is
/// `{` is JSON Lines.
pub fn read_sentences(path: &Path) -> Result<Vec<Sentence>> {
    let lines = read_lines(path)?;
    let jsonl = lines.iter().find(|l| !l.trim().is_empty()).map_or(false, |l| l.trim_start().starts_with('{'));
    let mut out = Vec::new();
    if jsonl {
        for (i, line) in lines.iter().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let v: Value = serde_json::from_str(line).with_context(|| format!("{}:{}: not JSON", path.display(), i + 1))?;
            let strings = |key: &str| -> Option<Vec<String>> { v.get(key)?.as_array()?.iter().map(|x| x.as_str().map(String::from)).collect() };
            let words = strings("tokens").ok_or_else(|| anyhow!("{}:{}: no \"tokens\" list of strings", path.display(), i + 1))?;
            let tags = strings("tags").ok_or_else(|| anyhow!("{}:{}: no \"tags\" list of strings", path.display(), i + 1))?;
            if words.len() != tags.len() {
                bail!("{}:{}: {} tokens but {} tags", path.display(), i + 1, words.len(), tags.len());
            }
            if !words.is_empty() {
                out.push(Sentence { words, tags });
            }
        }
        return Ok(out);
    }
    column_sentences(path, &lines, None)
}

/// Sentences of a CoNLL column file with column `column` (0-based; CoNLL-2003: 1 POS, 2 chunk)
/// as their tags.
pub fn read_tag_column(path: &Path, column: usize) -> Result<Vec<Sentence>> {
    let lines = read_lines(path)?;
    column_sentences(path, &lines, Some(column))
}

fn read_lines(path: &Path) -> Result<Vec<String>> {
    let f = std::fs::File::open(path).with_context(|| format!("opening {}", path.display()))?;
    std::io::BufReader::new(f).lines().collect::<std::io::Result<_>>().with_context(|| format!("reading {}", path.display()))
}

/// Token first, tag in `column` (None: the last column); blank lines and -DOCSTART- end sentences.
fn column_sentences(path: &Path, lines: &[String], column: Option<usize>) -> Result<Vec<Sentence>> {
    let mut out = Vec::new();
    let mut cur = Sentence { words: vec![], tags: vec![] };
    let need = column.map_or(2, |c| c + 1).max(2);
    for (i, line) in lines.iter().enumerate() {
        let cols: Vec<&str> = line.split_whitespace().collect();
        if cols.is_empty() || cols[0] == "-DOCSTART-" {
            if !cur.words.is_empty() {
                out.push(std::mem::replace(&mut cur, Sentence { words: vec![], tags: vec![] }));
            }
            continue;
        }
        if cols.len() < need {
            match column {
                None => bail!("{}:{}: expected a token and a tag", path.display(), i + 1),
                Some(c) => bail!("{}:{}: expected a token and a tag in column {}, found {} columns", path.display(), i + 1, c + 1, cols.len()),
            }
        }
        cur.words.push(cols[0].to_string());
        cur.tags.push(cols[column.unwrap_or(cols.len() - 1)].to_string());
    }
    if !cur.words.is_empty() {
        out.push(cur);
    }
    Ok(out)
}


pub(super) fn read_conll(path: &Path, text: &str) -> Result<Vec<Document>> {
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
            to_iob2(&mut tags);
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
            for e in decode_tags(&t, &vec![1.0; t.len()]) {
                let (s0, e0) = (spans[e.start].start, spans[e.end - 1].end);
                doc.entities.push(Entity { id: String::new(), label: e.label, start: s0, end: e0, text: String::new(), score: None, source: None, canonical: None, value: None });
            }
            doc.tokens.extend(spans.iter().map(|s| Token::new(s.start, s.end)));
        }
        let idx = CharIndex::new(&text);
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
    use crate::document::Relation;

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
        d.entities.push(entity("e2", "PERSON", "Le", 18)); // inside "Lee": the token is split
        d.entities.push(entity("e4", "PERSON", " Lee", 17)); // starts on a space: no token starts there
        d.entities.push(entity("e3", "PERSON", "Lee. Seoul", 18)); // crosses the sentence break
        d.relations.push(Relation { id: "r1".into(), label: "located_in".into(), args: vec![], trigger: None, evidence: None, rule: None, score: None });
        let mut losses = Losses::default();
        let sents = token_sentences(&mut d, &mut losses);
        assert_eq!(sents.len(), 2, "{sents:?}");
        assert_eq!(sents[0].entities, [(0, 1, "GPE".to_string()), (4, 5, "PERSON".to_string())]);
        assert_eq!(sents[0].tokens[4..], ["Le", "e", "."]);
        assert_eq!(losses.count(loss::SPLIT_TOKENS), 1);
        assert_eq!(losses.count(loss::UNALIGNED), 1);
        assert_eq!(losses.count(loss::CROSSING), 1);
        assert_eq!(losses.count(loss::RELATIONS_NOT_CARRIED), 1);
        assert!(losses.warnings().iter().all(|w| w.contains("d1")), "{:?}", losses.warnings());
    }

    #[test]
    fn entities_inside_hyphenated_words_split_their_token() {
        //          0         1         2         3         4
        //          0123456789012345678901234567890123456789012345
        let text = "Chinese-made drones, a 30-member team, Dubai-based";
        let mut d = Document::new("d", text, Meta::default());
        d.entities = vec![entity("e1", "NORP", "Chinese", 0), entity("e2", "CARDINAL", "30", 23), entity("e3", "GPE", "Dubai", 39)];
        let mut losses = Losses::default();
        let s = token_sentences(&mut d, &mut losses);
        assert_eq!(s[0].tokens, ["Chinese", "-made", "drones", ",", "a", "30", "-member", "team", ",", "Dubai", "-based"]);
        assert_eq!(s[0].tags(Scheme::Iob2), ["B-NORP", "O", "O", "O", "O", "B-CARDINAL", "O", "O", "O", "B-GPE", "O"]);
        assert_eq!(losses.count(loss::SPLIT_TOKENS), 3);
        assert_eq!(losses.count(loss::UNALIGNED), 0);
        assert!(d.tokens.iter().any(|t| (t.start, t.end) == (0, 12)), "the document's own tokens are not changed");
    }

    #[test]
    fn given_tokens_without_sentences_are_one_sentence() {
        let mut d = Document::new("d", "a b c", Meta::default());
        d.tokens = vec![Token::new(0, 1), Token::new(2, 3), Token::new(4, 5)];
        let mut losses = Losses::default();
        let s = token_sentences(&mut d, &mut losses);
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].tokens, ["a", "b", "c"]);
        assert!(losses.is_empty());
    }
}
