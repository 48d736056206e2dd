//! Stage 2: named entities from a BERT token classifier (rust-bert on libtorch).
//!
//! Words come from stage 1; the `tokenizers` crate turns each sentence's words into sub-tokens
//! with word ids, and the first sub-token of a word labels the word. Sentences longer than the
//! model's window are cut into overlapping windows (every word is labelled from the window
//! where it sits furthest from an edge), so nothing is truncated. Windows from all the articles
//! of a batch are sorted by length and run together.

pub mod fast;
pub mod heads;
pub mod model;

use std::path::Path;

use anyhow::{anyhow, bail, Result};
use rust_bert::bert::BertForTokenClassification;
use tch::{nn, Device, Kind, Tensor};
use tokenizers::Tokenizer;

pub use fast::Precision;
pub use heads::SyntaxHeads;
pub use model::{parse_device, ModelFiles};

use super::{Annotation, Mention, Stage};
use crate::document::Document;
use crate::resources::Resources;
use crate::tags::{decode_tags, split_tag};

/// Stage 2 over a batch: the model's entities per document, as token-index mentions with their
/// types mapped to the 17 (for `typing` to merge). The sentences of the whole batch are tagged
/// together; when that fails, documents are retried one by one so that only the one that
/// breaks fails. Without a model the stage adds nothing.
pub struct Ner<'a> {
    pub model: Option<&'a NerModel>,
    pub res: &'a Resources,
    /// Upper bound on padded sub-tokens per model batch.
    pub batch_tokens: usize,
}

impl Stage for Ner<'_> {
    fn name(&self) -> &'static str {
        "ner"
    }

    fn annotate(&self, batch: &mut [Annotation]) {
        let Some(ner) = self.model else { return };
        let live: Vec<usize> = (0..batch.len()).filter(|&i| batch[i].is_ok()).collect();
        let results: Vec<Result<Tagged, String>> = {
            let words: Vec<Vec<&str>> = live.iter().map(|&i| batch[i].view.words(&batch[i].doc.text)).collect();
            let sentences: Vec<Vec<(usize, Vec<&str>)>> = live.iter().zip(&words).map(|(&i, w)| sentence_words(&batch[i].doc, w)).collect();
            let flat: Vec<Vec<&str>> = sentences.iter().flatten().map(|(_, w)| w.clone()).collect();
            let tagged: Vec<Result<Vec<Vec<WordTag>>, String>> = match ner.tag(&flat, self.batch_tokens) {
                Ok(all) => {
                    let mut it = all.into_iter();
                    sentences.iter().map(|s| Ok(it.by_ref().take(s.len()).collect())).collect()
                }
                // Isolate the document that broke the batch: retry one by one.
                Err(_) => sentences
                    .iter()
                    .map(|s| {
                        let own: Vec<Vec<&str>> = s.iter().map(|(_, w)| w.clone()).collect();
                        ner.tag(&own, self.batch_tokens).map_err(|e| format!("NER failed: {e:#}"))
                    })
                    .collect(),
            };
            tagged.into_iter().zip(&sentences).zip(&words).map(|((tags, sents), words)| Ok(self.mentions(ner, tags?, sents, words))).collect()
        };
        for (i, r) in live.into_iter().zip(results) {
            match r {
                Ok(t) => {
                    batch[i].model = t.mentions;
                    batch[i].pos = t.pos;
                    batch[i].chunk_tags = t.chunk_tags;
                }
                Err(e) => batch[i].error = Some(e),
            }
        }
    }
}

/// What the model gives one document: entity mentions and, with syntax heads, per-token POS
/// and chunk tags (empty without them).
struct Tagged {
    mentions: Vec<Mention>,
    pos: Vec<String>,
    chunk_tags: Vec<String>,
}

impl Ner<'_> {
    fn mentions(&self, ner: &NerModel, tags: Vec<Vec<WordTag>>, sents: &[(usize, Vec<&str>)], words: &[&str]) -> Tagged {
        let mut mentions = Vec::new();
        let (mut pos, mut chunk_tags) = (Vec::new(), Vec::new());
        if let Some(h) = &ner.syntax {
            (pos, chunk_tags) = (vec![String::new(); words.len()], vec!["O".to_string(); words.len()]);
            for ((offset, _), sent_tags) in sents.iter().zip(&tags) {
                for (k, t) in sent_tags.iter().enumerate() {
                    pos[offset + k] = t.pos.map_or_else(String::new, |p| h.config.pos_labels[p].clone());
                    chunk_tags[offset + k] = t.chunk.map_or_else(|| "O".to_string(), |c| h.config.chunk_labels[c].clone());
                }
            }
        }
        for ((offset, _), sent_tags) in sents.iter().zip(tags) {
            let labels: Vec<&str> = sent_tags.iter().map(|t| ner.labels[t.label].as_str()).collect();
            let probs: Vec<f32> = sent_tags.iter().map(|t| t.prob).collect();
            for span in decode_tags(&labels, &probs) {
                let (s, e) = (offset + span.start, offset + span.end);
                if let Some(label) = super::typing::map_label(&span.label, &words[s..e], self.res) {
                    mentions.push(Mention { start: s, end: e, label: label.to_string(), score: Some(span.score), source: "model", value: None });
                }
            }
        }
        Tagged { mentions, pos, chunk_tags }
    }
}

/// Each sentence's first token index and its words.
fn sentence_words<'a>(doc: &Document, words: &[&'a str]) -> Vec<(usize, Vec<&'a str>)> {
    let mut out = Vec::new();
    let mut t = 0;
    for s in &doc.sentences {
        while t < doc.tokens.len() && doc.tokens[t].start < s.start {
            t += 1;
        }
        let first = t;
        while t < doc.tokens.len() && doc.tokens[t].end <= s.end {
            t += 1;
        }
        out.push((first, words[first..t].to_vec()));
    }
    out
}

/// One word's label: index into the model's labels, and its probability.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct WordTag {
    pub label: usize,
    pub prob: f32,
    /// With syntax heads: the part of speech and the chunk tag (indices into their labels).
    pub pos: Option<usize>,
    pub chunk: Option<usize>,
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

/// What turns padded id rows into per-token logits `[batch, len, labels]`.
pub trait TokenLogits {
    /// The logits, and the output of each encoder layer `keep` names (1 = the first layer's).
    fn outputs(&self, ids: &Tensor, mask: &Tensor, keep: &[usize]) -> (Tensor, Vec<Tensor>);
}

impl TokenLogits for BertForTokenClassification {
    /// `keep` needs the model built with `output_hidden_states` (NerModel does that when the
    /// model has syntax heads).
    fn outputs(&self, ids: &Tensor, mask: &Tensor, keep: &[usize]) -> (Tensor, Vec<Tensor>) {
        let out = self.forward_t(Some(ids), Some(mask), None, None, None, false);
        let all = out.all_hidden_states.unwrap_or_default();
        (out.logits, keep.iter().map(|&k| all[k - 1].shallow_clone()).collect())
    }
}

impl TokenLogits for fast::FastBert {
    fn outputs(&self, ids: &Tensor, mask: &Tensor, keep: &[usize]) -> (Tensor, Vec<Tensor>) {
        self.forward(ids, mask, keep)
    }
}

/// A loaded token classifier.
pub struct NerModel {
    /// fp32: rust-bert's model (its variables live in the store); otherwise gleaner's own pass.
    classifier: Box<dyn TokenLogits>,
    _vs: Option<nn::VarStore>,
    pub precision: Precision,
    pub encoder: WordEncoder,
    pub labels: Vec<String>,
    pub device: Device,
    /// Directory it came from and a digest of its weights, for run.json.
    pub name: String,
    pub digest: String,
    /// POS and chunk heads on the same encoder, when the model directory has them.
    pub syntax: Option<SyntaxHeads>,
    /// A digest of the heads' weights, for run.json and the resume key.
    pub syntax_digest: Option<String>,
}

/// gleaner's own pass over a model directory's checkpoint at `precision` (fp32 included: the
/// same computation as rust-bert's, up to float rounding).
pub fn fast_model(files: &ModelFiles, config: &rust_bert::bert::BertConfig, labels: usize, device: Device, precision: Precision) -> Result<fast::FastBert> {
    let vars: std::collections::HashMap<String, Tensor> = model::named_weights(&files.weights)?.into_iter().map(|(k, v)| (k, v.to_device(device))).collect();
    if !matches!(config.hidden_act, rust_bert::Activation::gelu) {
        bail!("{}: gleaner's own pass (--precision {}) supports hidden_act \"gelu\" only; use fp32", files.config.display(), precision.as_str());
    }
    // rust-bert's layer norms use 1e-12 whatever the config says; so does this pass.
    let eps = 1e-12;
    tch::no_grad(|| fast::FastBert::new(&vars, &fast::Dims::of(config, labels), eps, precision)).map_err(|e| anyhow!("{}: {e}", files.weights.display()))
}

impl NerModel {
    pub fn load(dir: &Path, device: Device, precision: Precision) -> Result<NerModel> {
        if precision == Precision::Int8 && device != Device::Cpu {
            bail!("--precision int8 runs on the CPU only (fbgemm); use bf16 or fp32 with --device cuda");
        }
        let files = ModelFiles::find(dir)?;
        let mut config = model::read_config(&files.config)?;
        let labels = model::labels_of(&config, &files.config)?;
        let syntax = SyntaxHeads::load(dir, config.num_hidden_layers as usize, config.hidden_size, device)?
            .map(|h| if precision == Precision::Bf16 { h.to_kind(Kind::BFloat16) } else { h });
        let syntax_digest = match &syntax {
            Some(_) => Some(crate::util::file_digest(&dir.join(heads::HEADS_WEIGHTS))?),
            None => None,
        };
        let (classifier, vs): (Box<dyn TokenLogits>, Option<nn::VarStore>) = match precision {
            Precision::Fp32 => {
                // The heads read intermediate layers: rust-bert hands them out when asked.
                config.output_hidden_states = Some(syntax.is_some());
                let mut vs = nn::VarStore::new(device);
                let bert = model::build_and_load(&mut vs, &config, &files.weights, false)?;
                (Box::new(bert), Some(vs))
            }
            // Straight from the checkpoint: no rust-bert model to build (and randomly
            // initialise) only to copy the weights over.
            _ => (Box::new(fast_model(&files, &config, labels.len(), device, precision)?), None),
        };
        let tokenizer = model::load_tokenizer(&files.tokenizer)?;
        let encoder = WordEncoder::new(tokenizer, config.max_position_embeddings as usize)?;
        let digest = crate::util::file_digest(&files.weights)?;
        Ok(NerModel { classifier, _vs: vs, precision, encoder, labels, device, name: dir.display().to_string(), digest, syntax, syntax_digest })
    }

    /// Per-token logits `[batch, len, labels]` for padded rows (see [`pad_batch`]).
    pub fn logits(&self, ids: &Tensor, mask: &Tensor) -> Tensor {
        tch::no_grad(|| self.classifier.outputs(ids, mask, &[]).0)
    }

    /// Labels every word of every sentence. `batch_tokens` bounds a batch's padded size.
    pub fn tag(&self, sentences: &[Vec<&str>], batch_tokens: usize) -> Result<Vec<Vec<WordTag>>> {
        tag_words(self.classifier.as_ref(), self.syntax.as_ref(), &self.encoder, self.device, &self.labels, sentences, batch_tokens)
    }
}

/// Which label may follow which, so that decoding yields only well-formed tag sequences.
/// IOB2: `I-X` only after `B-X` or `I-X`. BILOU/IOBES (any `L-`, `U-`, `E-` or `S-` label):
/// also, after `B-X` or `I-X` only `I-X` or `L-X`/`E-X`, and a sentence cannot end inside an
/// entity. Labels of other shapes are unconstrained.
pub struct Transitions {
    n: usize,
    allowed: Vec<bool>,
    start: Vec<bool>,
    end: Vec<bool>,
}

impl Transitions {
    pub fn new(labels: &[String]) -> Transitions {
        let parts: Vec<(&str, &str)> = labels.iter().map(|l| split_tag(l)).collect();
        let bilou = parts.iter().any(|(p, _)| matches!(*p, "L" | "U" | "E" | "S"));
        let inside = |p: &str| p == "I" || (bilou && (p == "L" || p == "E"));
        let open = |p: &str| bilou && (p == "B" || p == "I");
        let n = labels.len();
        let mut allowed = vec![true; n * n];
        for (a, (pa, ta)) in parts.iter().enumerate() {
            for (c, (pc, tc)) in parts.iter().enumerate() {
                let continues = (*pa == "B" || *pa == "I") && ta == tc;
                allowed[a * n + c] = if inside(pc) { continues } else if open(pa) { false } else { true };
            }
        }
        let start = parts.iter().map(|(p, _)| !inside(p)).collect();
        let end = parts.iter().map(|(p, _)| !open(p)).collect();
        Transitions { n, allowed, start, end }
    }

    /// The most probable well-formed label sequence for one sentence (Viterbi over the log
    /// probabilities), each word with its label's probability. `probs` holds one row of
    /// `labels.len()` probabilities per word.
    pub fn decode(&self, probs: &[f32]) -> Vec<WordTag> {
        let n = self.n;
        let words = probs.len() / n;
        if words == 0 {
            return Vec::new();
        }
        const NEVER: f32 = -1e30;
        let lp = |w: usize, l: usize| probs[w * n + l].max(1e-30).ln();
        let mut score: Vec<f32> = (0..n).map(|l| if self.start[l] { lp(0, l) } else { NEVER }).collect();
        let mut back = vec![0usize; words * n];
        for w in 1..words {
            let mut next = vec![NEVER; n];
            for c in 0..n {
                let (mut best, mut arg) = (f32::NEG_INFINITY, 0);
                for a in 0..n {
                    let v = if self.allowed[a * n + c] { score[a] } else { score[a] + NEVER };
                    if v > best {
                        best = v;
                        arg = a;
                    }
                }
                next[c] = best + lp(w, c);
                back[w * n + c] = arg;
            }
            score = next;
        }
        let mut last = 0;
        let mut best = f32::NEG_INFINITY;
        for (l, &v) in score.iter().enumerate() {
            let v = if self.end[l] { v } else { v + NEVER };
            if v > best {
                best = v;
                last = l;
            }
        }
        let mut labels = vec![last; words];
        for w in (1..words).rev() {
            labels[w - 1] = back[w * n + labels[w]];
        }
        labels.iter().enumerate().map(|(w, &l)| WordTag { label: l, prob: probs[w * n + l], pos: None, chunk: None }).collect()
    }
}

/// Per sentence, `width` values per word. `run` maps a padded batch (ids and mask, see
/// [`pad_batch`]) to `[batch, len, width]` values per sub-token. Windows from all sentences are
/// sorted by length and run in batches of at most `batch_tokens` padded sub-tokens; each word
/// takes its first sub-token's row from the window where it sits farthest from an edge (a word
/// without sub-tokens keeps `fill`).
pub fn word_rows(
run: &dyn Fn(&Tensor, &Tensor) -> Tensor,
encoder: &WordEncoder,
device: Device,
sentences: &[Vec<&str>],
batch_tokens: usize,
fill: &[f32],
) -> Result<Vec<Vec<f32>>> {
    let c = fill.len();
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

    // Per sentence: each word's row (`fill` until a window covers it), and per word the
    // distance from its window's edge where it was taken (None: not yet).
    let mut rows: Vec<Vec<f32>> = sentences.iter().map(|w| fill.repeat(w.len())).collect();
    let mut depth_of: Vec<Vec<Option<usize>>> = sentences.iter().map(|w| vec![None; w.len()]).collect();
    let mut i = 0;
    while i < order.len() {
        let longest = windows[order[i]].ids.len();
        let mut j = i + 1;
        while j < order.len() && (j - i + 1) * windows[order[j]].ids.len().max(longest) <= batch_tokens.max(longest) {
            j += 1;
        }
        let batch: Vec<&Window> = order[i..j].iter().map(|&k| &windows[k]).collect();
        let ids_rows: Vec<&[i64]> = batch.iter().map(|w| w.ids.as_slice()).collect();
        let (ids, mask) = pad_batch(&ids_rows, encoder.pad_id, device);
        let out = tch::no_grad(|| run(&ids, &mask).to_kind(Kind::Float).to_device(Device::Cpu));
        let (b, len, width) = out.size3()?;
        if width as usize != c {
            bail!("the model gives {width} values per token, {c} expected");
        }
        let flat: Vec<f32> = Vec::<f32>::try_from(out.reshape([b * len * width]))?;
        let len = len as usize;
        for (row, w) in batch.iter().enumerate() {
            let n = w.range.len();
            for (k, pos) in w.first.iter().enumerate() {
                let Some(pos) = pos else { continue };
                let word = w.range.start + k;
                let depth = k.min(n - 1 - k);
                let slot = &mut depth_of[w.sentence][word];
                if slot.map_or(true, |d| depth > d) {
                    *slot = Some(depth);
                    rows[w.sentence][word * c..(word + 1) * c].copy_from_slice(&flat[(row * len + pos) * c..(row * len + pos + 1) * c]);
                }
            }
        }
        i = j;
    }
    Ok(rows)
}

/// Labels every word of every sentence with `model` in eval mode (see [`word_rows`]): each
/// word takes the label distribution of its first sub-token (a word without sub-tokens is
/// `O`), and each sentence is decoded to the most probable well-formed tag sequence
/// ([`Transitions`]). With `heads`, each word also gets its part of speech (the most probable)
/// and its chunk tag (a well-formed IOB2 sequence, decoded the same way), from the same pass.
pub fn tag_words(
model: &(impl TokenLogits + ?Sized),
heads: Option<&SyntaxHeads>,
encoder: &WordEncoder,
device: Device,
labels: &[String],
sentences: &[Vec<&str>],
batch_tokens: usize,
) -> Result<Vec<Vec<WordTag>>> {
    let c = labels.len();
    let o_label = labels.iter().position(|l| l == "O").unwrap_or(0);
    let mut fill = vec![0.0f32; c + heads.map_or(0, |h| h.width())];
    fill[o_label] = 1.0;
    let keep: Vec<usize> = heads.map_or(Vec::new(), |h| h.config.layers.clone());
    let run = |ids: &Tensor, mask: &Tensor| -> Tensor {
        let (logits, layers) = model.outputs(ids, mask, &keep);
        let ner = logits.softmax(-1, Kind::Float);
        match heads {
            Some(h) => Tensor::cat(&[ner, h.probs(&layers)], -1),
            None => ner,
        }
    };
    let rows = word_rows(&run, encoder, device, sentences, batch_tokens, &fill)?;
    let width = fill.len();
    let transitions = Transitions::new(labels);
    let chunk_transitions = heads.map(|h| Transitions::new(&h.config.chunk_labels));
    Ok(rows
        .iter()
        .map(|r| {
            let words = r.len() / width.max(1);
            let ner: Vec<f32> = (0..words).flat_map(|w| r[w * width..w * width + c].iter().copied()).collect();
            let mut tags = transitions.decode(&ner);
            if let (Some(h), Some(t)) = (heads, &chunk_transitions) {
                let p = h.config.pos_labels.len();
                let chunk: Vec<f32> = (0..words).flat_map(|w| r[w * width + c + p..(w + 1) * width].iter().copied()).collect();
                let chunks = t.decode(&chunk);
                for (w, tag) in tags.iter_mut().enumerate() {
                    let pos = &r[w * width + c..w * width + c + p];
                    tag.pos = pos.iter().enumerate().max_by(|a, b| a.1.total_cmp(b.1)).map(|(i, _)| i);
                    tag.chunk = Some(chunks[w].label);
                }
            }
            tags
        })
        .collect())
}

/// A decoded entity over word indices [start, end) with the label's type and mean probability.
#[cfg(test)]
mod tests {
    use super::*;

    fn labels(names: &[&str]) -> Vec<String> {
        names.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn decoding_never_yields_an_inside_tag_without_its_beginning() {
        let l = labels(&["O", "B-PER", "I-PER", "B-LOC", "I-LOC"]);
        let t = Transitions::new(&l);
        // Word by word the argmax is O, I-PER, I-PER, I-LOC: ill-formed.
        let probs = [
            0.9, 0.02, 0.03, 0.03, 0.02, //
            0.1, 0.35, 0.45, 0.05, 0.05, //
            0.1, 0.05, 0.8, 0.03, 0.02, //
            0.2, 0.05, 0.05, 0.3, 0.4,
        ];
        let tags: Vec<&str> = t.decode(&probs).iter().map(|w| l[w.label].as_str()).collect();
        assert_eq!(tags, ["O", "B-PER", "I-PER", "B-LOC"]);
        let out = t.decode(&probs);
        assert!((out[1].prob - 0.35).abs() < 1e-6, "each word keeps its own label's probability");
        assert!(t.decode(&[]).is_empty());
        // A well-formed argmax sequence is kept as it is.
        let clear = [0.1, 0.8, 0.02, 0.05, 0.03, 0.1, 0.02, 0.8, 0.05, 0.03];
        let tags: Vec<&str> = t.decode(&clear).iter().map(|w| l[w.label].as_str()).collect();
        assert_eq!(tags, ["B-PER", "I-PER"]);
    }

    #[test]
    fn bilou_decoding_closes_what_it_opens() {
        let l = labels(&["O", "B-ORG", "I-ORG", "L-ORG", "U-ORG"]);
        let t = Transitions::new(&l);
        // Argmax: B-ORG then O (never closed) -> the best closed reading is U-ORG O or B-ORG L-ORG.
        let probs = [0.05, 0.6, 0.05, 0.05, 0.25, 0.5, 0.05, 0.05, 0.35, 0.05];
        let tags: Vec<&str> = t.decode(&probs).iter().map(|w| l[w.label].as_str()).collect();
        assert_eq!(tags, ["B-ORG", "L-ORG"]);
        let tags: Vec<&str> = t.decode(&[0.05, 0.7, 0.05, 0.05, 0.15]).iter().map(|w| l[w.label].as_str()).collect();
        assert_eq!(tags, ["U-ORG"], "a sentence cannot end inside an entity");
    }
}
