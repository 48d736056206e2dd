//! Stage 2: named entities from a BERT token classifier (rust-bert on libtorch).
//!
//! Words come from stage 1; the `tokenizers` crate turns each sentence's words into sub-tokens
//! with word ids, and the first sub-token of a word labels the word. Sentences longer than the
//! model's window are cut into overlapping windows (every word is labelled from the window
//! where it sits furthest from an edge), so nothing is truncated. Windows from all the articles
//! of a batch are sorted by length and run together.

pub mod model;

use std::path::Path;

use anyhow::{anyhow, Result};
use rust_bert::bert::BertForTokenClassification;
use tch::{nn, Device, Kind, Tensor};
use tokenizers::Tokenizer;

pub use model::{parse_device, ModelFiles};

/// One word's label: index into the model's labels, and its probability.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct WordTag {
    pub label: usize,
    pub prob: f32,
}

/// A word-aligned sub-token encoding of one sentence.
pub struct Encoded {
    /// Sub-token ids per word (without special tokens), capped at `MAX_PIECES_PER_WORD`.
    pub pieces: Vec<Vec<i64>>,
}

/// Pieces beyond this many in one word add nothing but cost: the first labels the word.
pub const MAX_PIECES_PER_WORD: usize = 64;

/// Sub-token encoding shared by tagging and training.
pub struct WordEncoder {
    pub tokenizer: Tokenizer,
    prefix: Vec<i64>,
    suffix: Vec<i64>,
    pub pad_id: i64,
    /// Most sub-tokens one window may hold, specials included.
    pub max_len: usize,
}

impl WordEncoder {
    pub fn new(tokenizer: Tokenizer, max_positions: usize) -> Result<WordEncoder> {
        let probe = tokenizer.encode(vec!["a"], true).map_err(|e| anyhow!("tokenizer: {e}"))?;
        let first = probe.get_word_ids().iter().position(|w| w.is_some()).unwrap_or(0);
        let last = probe.get_word_ids().iter().rposition(|w| w.is_some()).map_or(0, |i| i + 1);
        let ids: Vec<i64> = probe.get_ids().iter().map(|&i| i as i64).collect();
        let pad_id = ["[PAD]", "<pad>"].iter().find_map(|t| tokenizer.token_to_id(t)).unwrap_or(0) as i64;
        Ok(WordEncoder { prefix: ids[..first].to_vec(), suffix: ids[last..].to_vec(), pad_id, max_len: max_positions.min(512), tokenizer })
    }

    pub fn encode(&self, words: &[&str]) -> Result<Encoded> {
        let mut pieces = vec![Vec::new(); words.len()];
        if words.is_empty() {
            return Ok(Encoded { pieces });
        }
        let enc = self.tokenizer.encode(words.to_vec(), false).map_err(|e| anyhow!("tokenizer: {e}"))?;
        for (id, w) in enc.get_ids().iter().zip(enc.get_word_ids()) {
            if let Some(w) = w {
                let p = &mut pieces[*w as usize];
                if p.len() < MAX_PIECES_PER_WORD {
                    p.push(*id as i64);
                }
            }
        }
        Ok(Encoded { pieces })
    }

    /// Splits a sentence into windows of whole words that fit `max_len` with the specials;
    /// consecutive windows overlap by about half.
    pub fn windows(&self, enc: &Encoded) -> Vec<std::ops::Range<usize>> {
        let budget = self.max_len - self.prefix.len() - self.suffix.len();
        let n = enc.pieces.len();
        let cost = |w: usize| enc.pieces[w].len().min(budget);
        let mut out = Vec::new();
        let mut start = 0;
        while start < n {
            let mut end = start;
            let mut used = 0;
            while end < n && used + cost(end) <= budget {
                used += cost(end);
                end += 1;
            }
            if end == start {
                end = start + 1; // a single word wider than the budget is cut to fit
            }
            out.push(start..end);
            if end >= n {
                break;
            }
            start = (start + (end - start).div_ceil(2)).max(start + 1);
        }
        out
    }

    /// Input ids of one window, and each word's first sub-token position (None: no sub-token).
    pub fn window_ids(&self, enc: &Encoded, range: std::ops::Range<usize>) -> (Vec<i64>, Vec<Option<usize>>) {
        let budget = self.max_len - self.prefix.len() - self.suffix.len();
        let mut ids = self.prefix.clone();
        let mut first = Vec::with_capacity(range.len());
        for w in range {
            let p = &enc.pieces[w];
            let room = budget + self.prefix.len() - ids.len();
            if p.is_empty() || room == 0 {
                first.push(None);
                continue;
            }
            first.push(Some(ids.len()));
            ids.extend_from_slice(&p[..p.len().min(room)]);
        }
        ids.extend_from_slice(&self.suffix);
        (ids, first)
    }
}

/// Pads id rows into (ids, mask) tensors.
pub fn pad_batch(rows: &[&[i64]], pad_id: i64, device: Device) -> (Tensor, Tensor) {
    let len = rows.iter().map(|r| r.len()).max().unwrap_or(0);
    let mut ids = Vec::with_capacity(rows.len() * len);
    let mut mask = Vec::with_capacity(rows.len() * len);
    for r in rows {
        ids.extend_from_slice(r);
        ids.extend(std::iter::repeat(pad_id).take(len - r.len()));
        mask.extend(std::iter::repeat(1i64).take(r.len()));
        mask.extend(std::iter::repeat(0i64).take(len - r.len()));
    }
    let shape = [rows.len() as i64, len as i64];
    (Tensor::from_slice(&ids).view(shape).to(device), Tensor::from_slice(&mask).view(shape).to(device))
}

/// A loaded token classifier.
pub struct NerModel {
    _vs: nn::VarStore,
    model: BertForTokenClassification,
    pub encoder: WordEncoder,
    pub labels: Vec<String>,
    pub device: Device,
    /// Directory it came from and a digest of its weights, for run.json.
    pub name: String,
    pub digest: String,
}

impl NerModel {
    pub fn load(dir: &Path, device: Device) -> Result<NerModel> {
        let files = ModelFiles::find(dir)?;
        let config = model::read_config(&files.config)?;
        let labels = model::labels_of(&config, &files.config)?;
        let mut vs = nn::VarStore::new(device);
        let model = model::build_and_load(&mut vs, &config, &files.weights, false)?;
        let tokenizer = model::load_tokenizer(&files.tokenizer)?;
        let encoder = WordEncoder::new(tokenizer, config.max_position_embeddings as usize)?;
        let digest = crate::util::file_digest(&files.weights)?;
        Ok(NerModel { _vs: vs, model, encoder, labels, device, name: dir.display().to_string(), digest })
    }

    /// Labels every word of every sentence. `batch_tokens` bounds a batch's padded size.
    pub fn tag(&self, sentences: &[Vec<&str>], batch_tokens: usize) -> Result<Vec<Vec<WordTag>>> {
        tag_words(&self.model, &self.encoder, self.device, self.o_label(), sentences, batch_tokens)
    }

    fn o_label(&self) -> usize {
        self.labels.iter().position(|l| l == "O").unwrap_or(0)
    }
}

/// Labels every word of every sentence with `model` in eval mode: windows from all sentences,
/// sorted by length, in batches of at most `batch_tokens` padded sub-tokens.
pub fn tag_words(
model: &BertForTokenClassification,
encoder: &WordEncoder,
device: Device,
o_label: usize,
sentences: &[Vec<&str>],
batch_tokens: usize,
) -> Result<Vec<Vec<WordTag>>> {
    struct Window {
        sentence: usize,
        range: std::ops::Range<usize>,
        ids: Vec<i64>,
        first: Vec<Option<usize>>,
    }
    let mut windows = Vec::new();
    for (s, words) in sentences.iter().enumerate() {
        let enc = encoder.encode(words)?;
        for range in encoder.windows(&enc) {
            let (ids, first) = encoder.window_ids(&enc, range.clone());
            windows.push(Window { sentence: s, range, ids, first });
        }
    }
    let mut order: Vec<usize> = (0..windows.len()).collect();
    order.sort_by_key(|&i| (windows[i].ids.len(), i));

    // Per word: best tag so far and its distance from its window's edge.
    let mut out: Vec<Vec<(WordTag, usize)>> =
        sentences.iter().map(|w| vec![(WordTag { label: o_label, prob: 1.0 }, 0); w.len()]).collect();
    let mut seen: Vec<Vec<bool>> = sentences.iter().map(|w| vec![false; w.len()]).collect();
    let mut i = 0;
    while i < order.len() {
        let longest = windows[order[i]].ids.len();
        let mut j = i + 1;
        while j < order.len() && (j - i + 1) * windows[order[j]].ids.len().max(longest) <= batch_tokens.max(longest) {
            j += 1;
        }
        let batch: Vec<&Window> = order[i..j].iter().map(|&k| &windows[k]).collect();
        let rows: Vec<&[i64]> = batch.iter().map(|w| w.ids.as_slice()).collect();
        let (ids, mask) = pad_batch(&rows, encoder.pad_id, device);
        let probs = tch::no_grad(|| {
            let logits = model.forward_t(Some(&ids), Some(&mask), None, None, None, false).logits;
            logits.softmax(-1, Kind::Float).to_device(Device::Cpu)
        });
        let (b, len, c) = probs.size3()?;
        let flat: Vec<f32> = Vec::<f32>::try_from(probs.reshape([b * len * c]))?;
        let (len, c) = (len as usize, c as usize);
        for (row, w) in batch.iter().enumerate() {
            let n = w.range.len();
            for (k, pos) in w.first.iter().enumerate() {
                let Some(pos) = pos else { continue };
                let p = &flat[(row * len + pos) * c..(row * len + pos + 1) * c];
                let (label, prob) = p.iter().enumerate().fold((0, f32::MIN), |best, (l, &v)| if v > best.1 { (l, v) } else { best });
                let word = w.range.start + k;
                let depth = k.min(n - 1 - k);
                let slot = &mut out[w.sentence][word];
                if !seen[w.sentence][word] || depth > slot.1 {
                    *slot = (WordTag { label, prob }, depth);
                    seen[w.sentence][word] = true;
                }
            }
        }
        i = j;
    }
    Ok(out.into_iter().map(|s| s.into_iter().map(|(t, _)| t).collect()).collect())
}

/// A decoded entity over word indices [start, end) with the label's type and mean probability.
#[derive(Debug, Clone, PartialEq)]
pub struct WordSpan {
    pub start: usize,
    pub end: usize,
    pub label: String,
    pub score: f32,
}

/// Splits "B-PER" into ("B", "PER"); "O" gives ("O", "").
pub fn split_tag(tag: &str) -> (&str, &str) {
    match tag.split_once('-') {
        Some((p, t)) if p.len() == 1 => (p, t),
        _ if tag == "O" => ("O", ""),
        _ => ("B", tag),
    }
}

/// IOB2 (also IOB1, BIOES/BILOU) tags to spans. An I- that does not continue an entity of its
/// type starts one, as conlleval does.
pub fn decode_tags(tags: &[&str], probs: &[f32]) -> Vec<WordSpan> {
    let mut out: Vec<WordSpan> = Vec::new();
    let mut open: Option<(usize, String)> = None;
    let close = |open: &mut Option<(usize, String)>, end: usize, out: &mut Vec<WordSpan>| {
        if let Some((s, l)) = open.take() {
            let score = probs[s..end].iter().sum::<f32>() / (end - s) as f32;
            out.push(WordSpan { start: s, end, label: l, score });
        }
    };
    for (i, tag) in tags.iter().enumerate() {
        let (p, t) = split_tag(tag);
        match p {
            "O" => close(&mut open, i, &mut out),
            "I" | "E" | "L" if open.as_ref().map_or(false, |(_, l)| l == t) => {
                if p != "I" {
                    close(&mut open, i + 1, &mut out);
                }
            }
            _ => {
                close(&mut open, i, &mut out);
                open = Some((i, t.to_string()));
                if p == "S" || p == "U" || p == "E" || p == "L" {
                    close(&mut open, i + 1, &mut out);
                }
            }
        }
    }
    close(&mut open, tags.len(), &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_iob2_and_stray_inside_tags() {
        let tags = ["B-PER", "I-PER", "O", "I-LOC", "B-LOC", "B-LOC", "I-ORG"];
        let probs = [0.9, 0.7, 1.0, 0.5, 0.6, 0.8, 0.4];
        let spans = decode_tags(&tags, &probs);
        let got: Vec<(usize, usize, &str)> = spans.iter().map(|s| (s.start, s.end, s.label.as_str())).collect();
        assert_eq!(got, [(0, 2, "PER"), (3, 4, "LOC"), (4, 5, "LOC"), (5, 6, "LOC"), (6, 7, "ORG")]);
        assert!((spans[0].score - 0.8).abs() < 1e-6);
    }

    #[test]
    fn decodes_bilou() {
        let tags = ["U-GPE", "B-PERSON", "L-PERSON", "O"];
        let got: Vec<(usize, usize)> = decode_tags(&tags, &[1.0; 4]).iter().map(|s| (s.start, s.end)).collect();
        assert_eq!(got, [(0, 1), (1, 3)]);
    }
}
