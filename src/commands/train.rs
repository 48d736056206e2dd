//! `gleaner train`: fine-tunes a BERT-architecture token classifier from Rust (tch).
//!
//! AdamW, linear warm-up then linear decay, gradient clipping, a fixed seed, early stopping on
//! dev entity F1 (strict, IOB2 spans). Training files: CoNLL-2003 columns (token first, NER tag
//! last) or JSON Lines of `{"tokens": [...], "tags": [...]}` (gleaner's `hf-jsonl` export).
//! Writes config.json (with id2label), model.safetensors, tokenizer.json, tokenizer_config.json,
//! special_tokens_map.json (what Hugging Face `transformers` needs to load it as it is) and
//! MODEL_CARD.md.

use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{anyhow, bail, Context, Result};
use serde_json::{json, Value};
use tch::{nn, nn::OptimizerConfig, Device, Kind, Tensor};

use crate::formats::columns::read_sentences;
use crate::stages::ner::model::{build_and_load, load_tokenizer, ModelFiles};
use crate::stages::ner::{pad_batch, WordEncoder};
use crate::tags::{label_set, span_prf, to_iob2, Sentence};

#[derive(Debug, Clone)]
pub struct TrainOptions {
    pub train: PathBuf,
    pub dev: PathBuf,
    pub encoder: PathBuf,
    pub out: PathBuf,
    pub epochs: usize,
    pub batch_size: usize,
    pub lr: f64,
    pub warmup: f64,
    pub weight_decay: f64,
    pub clip: f64,
    pub patience: usize,
    pub max_len: usize,
    pub seed: u64,
    pub device: Device,
    pub fp16: bool,
    /// Use only the first N training sentences (smoke tests).
    pub limit: Option<usize>,
    /// Stop after this many optimiser steps in all (smoke tests and time budgets).
    pub max_steps: Option<usize>,
    pub command_line: String,
}

struct Example {
    ids: Vec<i64>,
    labels: Vec<i64>,
}

fn examples(sentences: &[Sentence], enc: &WordEncoder, labels: &[String]) -> Result<Vec<Example>> {
    let mut out = Vec::new();
    for s in sentences {
        let words: Vec<&str> = s.words.iter().map(String::as_str).collect();
        let e = enc.encode(&words)?;
        for range in enc.windows(&e) {
            let (ids, first) = enc.window_ids(&e, range.clone());
            let mut y = vec![-100i64; ids.len()];
            for (k, pos) in first.iter().enumerate() {
                if let Some(p) = pos {
                    let tag = &s.tags[range.start + k];
                    y[*p] = labels.iter().position(|l| l == tag).ok_or_else(|| anyhow!("tag {tag} not in the label set"))? as i64;
                }
            }
            out.push(Example { ids, labels: y });
        }
    }
    Ok(out)
}

/// Deterministic xorshift for shuffling batches.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

/// Batches of example indices of similar length.
fn batches(examples: &[Example], batch_size: usize, rng: &mut Rng) -> Vec<Vec<usize>> {
    let mut order: Vec<usize> = (0..examples.len()).collect();
    rng.shuffle(&mut order);
    // Sort within chunks of 50 batches: similar lengths together, still random overall.
    let chunk = batch_size * 50;
    for c in order.chunks_mut(chunk) {
        c.sort_by_key(|&i| examples[i].ids.len());
    }
    let mut out: Vec<Vec<usize>> = order.chunks(batch_size).map(|c| c.to_vec()).collect();
    rng.shuffle(&mut out);
    out
}

pub struct EpochLog {
    pub epoch: usize,
    pub loss: f64,
    pub dev_p: f64,
    pub dev_r: f64,
    pub dev_f1: f64,
    pub seconds: f64,
}

pub fn train(opts: &TrainOptions) -> Result<Vec<EpochLog>> {
    let started = Instant::now();
    tch::manual_seed(opts.seed as i64);
    let mut train_set = read_sentences(&opts.train)?;
    if let Some(n) = opts.limit {
        train_set.truncate(n);
    }
    let mut dev_set = read_sentences(&opts.dev)?;
    if let Some(n) = opts.limit {
        dev_set.truncate(n);
    }
    if train_set.is_empty() {
        bail!("{}: no training sentences", opts.train.display());
    }
    for s in train_set.iter_mut().chain(dev_set.iter_mut()) {
        to_iob2(&mut s.tags);
    }
    let labels = label_set(&train_set);
    for s in &dev_set {
        if let Some(t) = s.tags.iter().find(|t| !labels.contains(t)) {
            bail!("{}: tag {t} does not occur in the training data", opts.dev.display());
        }
    }

    let files = ModelFiles::find(&opts.encoder)?;
    let mut config_json: Value = serde_json::from_str(&std::fs::read_to_string(&files.config)?).with_context(|| format!("{}", files.config.display()))?;
    let id2label: serde_json::Map<String, Value> = labels.iter().enumerate().map(|(i, l)| (i.to_string(), json!(l))).collect();
    let label2id: serde_json::Map<String, Value> = labels.iter().enumerate().map(|(i, l)| (l.clone(), json!(i))).collect();
    config_json["id2label"] = Value::Object(id2label);
    config_json["label2id"] = Value::Object(label2id);
    config_json["architectures"] = json!(["BertForTokenClassification"]);
    let config: rust_bert::bert::BertConfig = serde_json::from_value(config_json.clone()).context("encoder config.json is not a BERT config")?;
    let mut vs = nn::VarStore::new(opts.device);
    let model = build_and_load(&mut vs, &config, &files.weights, true)?;
    let tokenizer = load_tokenizer(&files.tokenizer)?;
    let enc = WordEncoder::new(tokenizer, opts.max_len.min(config.max_position_embeddings as usize))?;
    let train_ex = examples(&train_set, &enc, &labels)?;
    eprintln!(
        "gleaner train: {} sentences ({} windows), {} dev sentences, {} labels, encoder {} ({} parameters)",
        train_set.len(),
        train_ex.len(),
        dev_set.len(),
        labels.len(),
        opts.encoder.display(),
        vs.variables().values().map(|t| t.numel()).sum::<usize>()
    );

    let steps_per_epoch = train_ex.len().div_ceil(opts.batch_size);
    let total_steps = opts.max_steps.unwrap_or(usize::MAX).min(steps_per_epoch * opts.epochs).max(1);
    let warmup = ((total_steps as f64) * opts.warmup).round() as usize;
    let mut opt = nn::AdamW { wd: opts.weight_decay, ..Default::default() }.build(&vs, opts.lr)?;
    let mut rng = Rng(opts.seed.wrapping_mul(0x9E3779B97F4A7C15) | 1);
    let mut log = Vec::new();
    let mut best = f64::NEG_INFINITY;
    let mut since_best = 0;
    let mut step = 0;
    std::fs::create_dir_all(&opts.out).with_context(|| format!("creating {}", opts.out.display()))?;
    // The directory is loadable after every epoch: config and tokenizer first, weights at each best epoch.
    std::fs::write(opts.out.join("config.json"), crate::util::to_json_pretty(&config_json)?)?;
    crate::stages::ner::model::write_tokenizer_files(&files.tokenizer, &opts.out, config.max_position_embeddings as usize)?;
    let params: usize = vs.variables().values().map(|t| t.numel()).sum();
    'epochs: for epoch in 1..=opts.epochs {
        let t0 = Instant::now();
        let plan = batches(&train_ex, opts.batch_size, &mut rng);
        let bar = indicatif::ProgressBar::new(plan.len() as u64);
        bar.set_style(indicatif::ProgressStyle::with_template("epoch {prefix} {bar:30} {pos}/{len} loss {msg} [{elapsed_precise}<{eta_precise}]").expect("static template"));
        bar.set_prefix(epoch.to_string());
        let (mut loss_sum, mut loss_n) = (0.0, 0);
        for b in &plan {
            if step >= total_steps {
                bar.finish_and_clear();
                break;
            }
            let lr = if step < warmup { opts.lr * (step + 1) as f64 / warmup as f64 } else { opts.lr * (total_steps - step) as f64 / (total_steps - warmup).max(1) as f64 };
            opt.set_lr(lr);
            let rows: Vec<&[i64]> = b.iter().map(|&i| train_ex[i].ids.as_slice()).collect();
            let (ids, mask) = pad_batch(&rows, enc.pad_id, opts.device);
            let ys: Vec<&[i64]> = b.iter().map(|&i| train_ex[i].labels.as_slice()).collect();
            let (y, _) = pad_batch(&ys, -100, opts.device);
            let logits = model.forward_t(Some(&ids), Some(&mask), None, None, None, true).logits;
            let c = logits.size()[2];
            let loss = logits.view([-1, c]).cross_entropy_loss::<Tensor>(&y.view([-1]), None, tch::Reduction::Mean, -100, 0.0);
            opt.backward_step_clip_norm(&loss, opts.clip);
            let l = loss.double_value(&[]);
            loss_sum += l;
            loss_n += 1;
            step += 1;
            bar.set_message(format!("{:.4}", loss_sum / loss_n as f64));
            bar.inc(1);
            if bar.is_hidden() && loss_n % 100 == 0 {
                eprintln!("epoch {epoch} step {loss_n}/{}: loss {:.4} ({:.0}s)", plan.len(), loss_sum / loss_n as f64, t0.elapsed().as_secs_f64());
            }
        }
        bar.finish_and_clear();
        let (p, r, f) = evaluate(&model, &enc, &labels, &dev_set, opts.device)?;
        let entry = EpochLog { epoch, loss: loss_sum / loss_n.max(1) as f64, dev_p: p, dev_r: r, dev_f1: f, seconds: t0.elapsed().as_secs_f64() };
        eprintln!("epoch {epoch}: loss {:.4}, dev P {:.4} R {:.4} F1 {:.4} ({:.0}s)", entry.loss, p, r, f, entry.seconds);
        log.push(entry);
        write_card(opts, &labels, &log, train_set.len(), dev_set.len(), started.elapsed().as_secs_f64(), params)?;
        if f > best {
            best = f;
            since_best = 0;
            save(&vs, &opts.out, opts.fp16)?;
        } else {
            since_best += 1;
            if since_best >= opts.patience {
                eprintln!("no dev improvement for {} epochs: stopping", opts.patience);
                break 'epochs;
            }
        }
        if step >= total_steps {
            break;
        }
    }
    write_card(opts, &labels, &log, train_set.len(), dev_set.len(), started.elapsed().as_secs_f64(), params)?;
    Ok(log)
}

fn save(vs: &nn::VarStore, out: &Path, fp16: bool) -> Result<()> {
    let named: Vec<(String, Tensor)> = vs.variables().into_iter().map(|(k, v)| (k, if fp16 { v.to_kind(Kind::Half) } else { v.to_kind(Kind::Float) })).collect();
    crate::stages::ner::model::write_weights(&named, &out.join("model.safetensors"))
}

/// Dev-set strict span F1 with the model in eval mode.
fn evaluate(model: &rust_bert::bert::BertForTokenClassification, enc: &WordEncoder, labels: &[String], dev: &[Sentence], device: Device) -> Result<(f64, f64, f64)> {
    let words: Vec<Vec<&str>> = dev.iter().map(|s| s.words.iter().map(String::as_str).collect()).collect();
    let tagged = crate::stages::ner::tag_words(model, None, enc, device, labels, &words, 4096)?;
    let pred: Vec<Vec<String>> = tagged.iter().map(|s| s.iter().map(|t| labels[t.label].clone()).collect()).collect();
    let gold: Vec<Vec<String>> = dev.iter().map(|s| s.tags.clone()).collect();
    Ok(span_prf(&gold, &pred))
}

fn write_card(opts: &TrainOptions, labels: &[String], log: &[EpochLog], n_train: usize, n_dev: usize, seconds: f64, params: usize) -> Result<()> {
    let mut s = String::new();
    s.push_str("# Model card\n\nA BERT token classifier trained by `gleaner train`.\n\n");
    s.push_str(&format!("- Command: `{}`\n", opts.command_line));
    s.push_str(&format!("- Encoder: `{}`\n- Training data: `{}` ({n_train} sentences)\n- Dev data: `{}` ({n_dev} sentences)\n", opts.encoder.display(), opts.train.display(), opts.dev.display()));
    s.push_str(&format!("- Labels: {}\n- Parameters: {params}\n", labels.join(", ")));
    s.push_str(&format!(
        "- Hyper-parameters: epochs {} (patience {}), batch {}, lr {}, warm-up {}, weight decay {}, clip {}, max length {}, seed {}, weights {}\n",
        opts.epochs, opts.patience, opts.batch_size, opts.lr, opts.warmup, opts.weight_decay, opts.clip, opts.max_len, opts.seed, if opts.fp16 { "fp16" } else { "fp32" }
    ));
    s.push_str(&format!("- Training time: {:.0} s on {:?} with {} threads\n\n", seconds, opts.device, tch::get_num_threads()));
    s.push_str("| epoch | train loss | dev P | dev R | dev F1 | seconds |\n|---|---|---|---|---|---|\n");
    for e in log {
        s.push_str(&format!("| {} | {:.4} | {:.4} | {:.4} | {:.4} | {:.0} |\n", e.epoch, e.loss, e.dev_p, e.dev_r, e.dev_f1, e.seconds));
    }
    std::fs::write(opts.out.join("MODEL_CARD.md"), s)?;
    Ok(())
}


/// `gleaner train --syntax`: POS and chunk heads on the frozen encoder of a NER model.
#[derive(Debug, Clone)]
pub struct SyntaxTrainOptions {
    /// The NER model whose encoder the heads read (left unchanged).
    pub model: PathBuf,
    /// CoNLL-2003 columns: token, POS, chunk, NER.
    pub train: PathBuf,
    pub dev: PathBuf,
    /// Where the model (copied when it is another directory) and its heads are written.
    pub out: PathBuf,
    /// Encoder layers whose outputs the heads read (1 = the first layer's output).
    pub layers: Vec<usize>,
    pub epochs: usize,
    pub lr: f64,
    /// Words per optimiser step.
    pub batch_size: usize,
    /// Width of each head's hidden ReLU layer (0: linear heads).
    pub hidden: usize,
    pub seed: u64,
    pub device: Device,
    pub limit: Option<usize>,
    pub command_line: String,
}

/// One epoch of the heads' training, scored on dev.
#[derive(Debug, Clone, serde::Serialize)]
pub struct SyntaxEpoch {
    pub epoch: usize,
    pub loss: f64,
    pub dev_pos_accuracy: f64,
    pub dev_chunk_f1: f64,
    pub seconds: f64,
}

/// Words of sentences as the encoder's features: `[words, hidden * layers]`, one row per word.
fn syntax_features(bert: &crate::stages::ner::fast::FastBert, enc: &WordEncoder, sentences: &[Sentence], layers: &[usize], width: usize, device: Device) -> Result<Tensor> {
    let words: Vec<Vec<&str>> = sentences.iter().map(|s| s.words.iter().map(String::as_str).collect()).collect();
    let run = |ids: &Tensor, mask: &Tensor| Tensor::cat(&bert.forward(ids, mask, layers).1, -1);
    let rows = crate::stages::ner::word_rows(&run, enc, device, &words, 4096, &vec![0.0; width])?;
    let flat: Vec<f32> = rows.concat();
    Ok(Tensor::from_slice(&flat).view([-1, width as i64]).to(device))
}

fn label_ids(sentences: &[Sentence], labels: &[String], path: &Path) -> Result<Tensor> {
    let mut ids = Vec::new();
    for s in sentences {
        for t in &s.tags {
            ids.push(labels.iter().position(|l| l == t).ok_or_else(|| anyhow!("{}: tag {t} does not occur in the training data", path.display()))? as i64);
        }
    }
    Ok(Tensor::from_slice(&ids))
}

/// Dev POS accuracy (argmax) and chunk span F1 (well-formed IOB2 decoding, strict spans).
fn score_syntax(heads: &crate::stages::ner::SyntaxHeads, x: &Tensor, pos: &Tensor, chunk_gold: &[Sentence]) -> Result<(f64, f64)> {
    let (p, c) = tch::no_grad(|| heads.logits(x));
    let acc = p.argmax(-1, false).eq_tensor(pos).to_kind(Kind::Float).mean(Kind::Float).double_value(&[]);
    let probs: Vec<f32> = Vec::<f32>::try_from(c.softmax(-1, Kind::Float).to_device(Device::Cpu).reshape([-1]))?;
    let k = heads.config.chunk_labels.len();
    let transitions = crate::stages::ner::Transitions::new(&heads.config.chunk_labels);
    let (mut pred, mut offset) = (Vec::new(), 0);
    for s in chunk_gold {
        let n = s.words.len();
        pred.push(transitions.decode(&probs[offset * k..(offset + n) * k]).iter().map(|t| heads.config.chunk_labels[t.label].clone()).collect());
        offset += n;
    }
    let gold: Vec<Vec<String>> = chunk_gold.iter().map(|s| s.tags.clone()).collect();
    Ok((acc, span_prf(&gold, &pred).2))
}

pub fn train_syntax(opts: &SyntaxTrainOptions) -> Result<Vec<SyntaxEpoch>> {
    use crate::formats::columns::read_tag_column;
    use crate::stages::ner::heads::{HeadsConfig, SyntaxHeads};
    let started = Instant::now();
    tch::manual_seed(opts.seed as i64);
    let read = |path: &Path, column: usize| -> Result<Vec<Sentence>> {
        let mut s = read_tag_column(path, column)?;
        if let Some(n) = opts.limit {
            s.truncate(n);
        }
        Ok(s)
    };
    let (mut train_pos, mut dev_pos) = (read(&opts.train, 1)?, read(&opts.dev, 1)?);
    // CoNLL-2003 has a few ambiguity tags ("NN|SYM"): the first reading is kept.
    for s in train_pos.iter_mut().chain(dev_pos.iter_mut()) {
        for t in &mut s.tags {
            if let Some((first, _)) = t.split_once('|') {
                *t = first.to_string();
            }
        }
    }
    let (mut train_chunk, mut dev_chunk) = (read(&opts.train, 2)?, read(&opts.dev, 2)?);
    if train_pos.is_empty() {
        bail!("{}: no training sentences", opts.train.display());
    }
    for s in train_chunk.iter_mut().chain(dev_chunk.iter_mut()) {
        to_iob2(&mut s.tags);
    }
    // POS tags are plain labels (sorted); chunk tags are IOB2 spans like NER's.
    let pos_labels: Vec<String> = train_pos.iter().flat_map(|s| s.tags.iter().cloned()).collect::<std::collections::BTreeSet<_>>().into_iter().collect();
    let chunk_labels = label_set(&train_chunk);

    let files = ModelFiles::find(&opts.model)?;
    let config = crate::stages::ner::model::read_config(&files.config)?;
    let ner_labels = crate::stages::ner::model::labels_of(&config, &files.config)?;
    let layers = config.num_hidden_layers as usize;
    if opts.layers.is_empty() || opts.layers.iter().any(|&l| l == 0 || l > layers) {
        bail!("--syntax-layers {:?}: the encoder has layers 1..={layers}", opts.layers);
    }
    let bert = crate::stages::ner::fast_model(&files, &config, ner_labels.len(), opts.device, crate::stages::ner::Precision::Fp32)?;
    let enc = WordEncoder::new(load_tokenizer(&files.tokenizer)?, config.max_position_embeddings as usize)?;
    let width = config.hidden_size as usize * opts.layers.len();
    eprintln!("gleaner train --syntax: encoding {} training and {} dev sentences with {} (layers {:?}, frozen)", train_pos.len(), dev_pos.len(), opts.model.display(), opts.layers);
    let x_train = syntax_features(&bert, &enc, &train_pos, &opts.layers, width, opts.device)?;
    let x_dev = syntax_features(&bert, &enc, &dev_pos, &opts.layers, width, opts.device)?;
    drop(bert);
    let (yp_train, yc_train) = (label_ids(&train_pos, &pos_labels, &opts.train)?.to(opts.device), label_ids(&train_chunk, &chunk_labels, &opts.train)?.to(opts.device));
    let yp_dev = label_ids(&dev_pos, &pos_labels, &opts.dev)?.to(opts.device);
    eprintln!("features: {} training words, {} dev words, {width} values each ({:.0} s)", x_train.size()[0], x_dev.size()[0], started.elapsed().as_secs_f64());

    let vs = nn::VarStore::new(opts.device);
    let f = width as i64;
    let head = |name: &str, out: usize| -> Vec<nn::Linear> {
        let widths: Vec<i64> = if opts.hidden > 0 { vec![f, opts.hidden as i64, out as i64] } else { vec![f, out as i64] };
        (0..widths.len() - 1).map(|i| nn::linear(vs.root() / name / i.to_string(), widths[i], widths[i + 1], Default::default())).collect()
    };
    let (pos_head, chunk_head) = (head("pos", pos_labels.len()), head("chunk", chunk_labels.len()));
    // The trained variables themselves (shallow: gradients reach them), run by the heads' own
    // forward function.
    let live = |layers: &[nn::Linear]| -> crate::stages::ner::heads::Head { layers.iter().map(|l| (l.ws.shallow_clone(), l.bs.as_ref().expect("bias").shallow_clone())).collect() };
    let (pos_live, chunk_live) = (live(&pos_head), live(&chunk_head));
    let mut opt = nn::Adam::default().build(&vs, opts.lr)?;
    let n = x_train.size()[0];
    let mut rng = Rng(opts.seed.wrapping_mul(0x9E3779B97F4A7C15) | 1);
    let copy = |head: &[(Tensor, Tensor)]| -> crate::stages::ner::heads::Head { head.iter().map(|(w, b)| (w.detach().copy(), b.detach().copy())).collect() };
    let heads_of = |config: HeadsConfig| SyntaxHeads::new(config, copy(&pos_live), copy(&chunk_live));
    let config_of = |log: &[SyntaxEpoch]| HeadsConfig {
        layers: opts.layers.clone(),
        hidden: opts.hidden,
        pos_labels: pos_labels.clone(),
        chunk_labels: chunk_labels.clone(),
        training: json!({
            "command": opts.command_line, "train": opts.train.display().to_string(), "dev": opts.dev.display().to_string(),
            "train_sentences": train_pos.len(), "epochs": log, "lr": opts.lr, "batch_words": opts.batch_size, "seed": opts.seed,
        }),
    };
    let mut log: Vec<SyntaxEpoch> = Vec::new();
    let mut best: Option<(f64, SyntaxHeads)> = None;
    for epoch in 1..=opts.epochs {
        let t0 = Instant::now();
        let mut order: Vec<i64> = (0..n).collect();
        rng.shuffle(&mut order);
        let (mut loss_sum, mut steps) = (0.0, 0);
        for b in order.chunks(opts.batch_size) {
            let idx = Tensor::from_slice(b).to(opts.device);
            let x = x_train.index_select(0, &idx);
            let loss = crate::stages::ner::heads::apply(&pos_live, &x, true).cross_entropy_for_logits(&yp_train.index_select(0, &idx))
                + crate::stages::ner::heads::apply(&chunk_live, &x, true).cross_entropy_for_logits(&yc_train.index_select(0, &idx));
            opt.backward_step(&loss);
            loss_sum += loss.double_value(&[]);
            steps += 1;
        }
        let heads = heads_of(config_of(&log));
        let (acc, f1) = score_syntax(&heads, &x_dev, &yp_dev, &dev_chunk)?;
        log.push(SyntaxEpoch { epoch, loss: loss_sum / steps.max(1) as f64, dev_pos_accuracy: acc, dev_chunk_f1: f1, seconds: t0.elapsed().as_secs_f64() });
        eprintln!("epoch {epoch}: loss {:.4}, dev POS accuracy {acc:.4}, chunk F1 {f1:.4} ({:.0}s)", log.last().unwrap().loss, t0.elapsed().as_secs_f64());
        if best.as_ref().map_or(true, |(s, _)| acc + f1 > *s) {
            best = Some((acc + f1, heads));
        }
    }
    let (_, mut heads) = best.ok_or_else(|| anyhow!("--epochs 0: nothing trained"))?;
    heads.config = config_of(&log);
    std::fs::create_dir_all(&opts.out).with_context(|| format!("creating {}", opts.out.display()))?;
    if opts.out.canonicalize()? != opts.model.canonicalize()? {
        for name in ["config.json", "tokenizer.json", "tokenizer_config.json", "special_tokens_map.json", "MODEL_CARD.md"] {
            let from = opts.model.join(name);
            if from.is_file() {
                std::fs::copy(&from, opts.out.join(name)).with_context(|| format!("copying {}", from.display()))?;
            }
        }
        let weights = files.weights.file_name().expect("a file");
        std::fs::copy(&files.weights, opts.out.join(weights)).with_context(|| format!("copying {}", files.weights.display()))?;
    }
    heads.save(&opts.out)?;
    Ok(log)
}
