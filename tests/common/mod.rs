//! Test fixtures: a tiny randomly-initialised BERT token classifier written at test time
//! (config.json, model.safetensors, tokenizer.json), so the model stage runs for real with
//! no network and no trained weights.
#![allow(dead_code)]

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use rust_bert::bert::{BertConfig, BertForTokenClassification};
use serde_json::json;
use tch::{nn, Device, Tensor};
use tokenizers::models::wordpiece::WordPiece;
use tokenizers::normalizers::bert::BertNormalizer;
use tokenizers::pre_tokenizers::bert::BertPreTokenizer;
use tokenizers::processors::bert::BertProcessing;
use tokenizers::Tokenizer;

pub const LABELS: [&str; 9] = ["O", "B-LOC", "I-LOC", "B-MISC", "I-MISC", "B-ORG", "I-ORG", "B-PER", "I-PER"];

fn vocab() -> HashMap<String, u32> {
    let mut words: Vec<String> = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"].iter().map(|s| s.to_string()).collect();
    for w in "the a of and to in on at for with by from that is was he she it they said will would has have had be japan tokyo us u s prime minister president summit trade tariff meeting leaders two first new".split(' ') {
        words.push(w.to_string());
    }
    for c in "abcdefghijklmnopqrstuvwxyz0123456789.,;:'\"!?()$%-".chars() {
        words.push(c.to_string());
        words.push(format!("##{c}"));
    }
    let mut seen = std::collections::HashSet::new();
    words.retain(|w| seen.insert(w.clone()));
    words.into_iter().enumerate().map(|(i, w)| (w, i as u32)).collect()
}

/// Writes a tiny model directory. `head`: include the classifier (a full NER model) or not
/// (an encoder checkpoint for training), with keys lacking the `bert.` prefix like
/// sentence-transformers checkpoints.
pub fn write_tiny_model(dir: &Path, head: bool, seed: i64) -> PathBuf {
    std::fs::create_dir_all(dir).unwrap();
    let vocab = vocab();
    let wp = WordPiece::builder().vocab(vocab.clone().into_iter().collect()).unk_token("[UNK]".into()).build().unwrap();
    let mut tok = Tokenizer::new(wp);
    tok.with_normalizer(Some(BertNormalizer::new(true, true, None, true)));
    tok.with_pre_tokenizer(Some(BertPreTokenizer));
    tok.with_post_processor(Some(BertProcessing::new(("[SEP]".into(), 3), ("[CLS]".into(), 2))));
    tok.save(dir.join("tokenizer.json"), false).unwrap();

    let id2label: serde_json::Map<String, serde_json::Value> = LABELS.iter().enumerate().map(|(i, l)| (i.to_string(), json!(l))).collect();
    let config = json!({
        "model_type": "bert", "architectures": ["BertForTokenClassification"],
        "vocab_size": vocab.len(), "hidden_size": 32, "num_hidden_layers": 2, "num_attention_heads": 2,
        "intermediate_size": 64, "hidden_act": "gelu", "hidden_dropout_prob": 0.1,
        "attention_probs_dropout_prob": 0.1, "max_position_embeddings": 64, "type_vocab_size": 2,
        "initializer_range": 0.02, "layer_norm_eps": 1e-12, "pad_token_id": 0,
        "id2label": id2label
    });
    std::fs::write(dir.join("config.json"), serde_json::to_string_pretty(&config).unwrap()).unwrap();
    tch::manual_seed(seed);
    let cfg: BertConfig = serde_json::from_value(config).unwrap();
    let vs = nn::VarStore::new(Device::Cpu);
    let _model = BertForTokenClassification::new(vs.root(), &cfg).unwrap();
    let mut named: Vec<(String, Tensor)> = vs
        .variables()
        .into_iter()
        .filter(|(k, _)| head || !k.starts_with("classifier."))
        .map(|(k, v)| (if head { k } else { k.trim_start_matches("bert.").to_string() }, v))
        .collect();
    named.sort_by(|a, b| a.0.cmp(&b.0));
    Tensor::write_safetensors(&named, dir.join("model.safetensors")).unwrap();
    dir.to_path_buf()
}

/// The gleaner binary built for these tests.
pub fn gleaner() -> std::process::Command {
    std::process::Command::new(env!("CARGO_BIN_EXE_gleaner"))
}

/// The seed article, when ../shared is beside the checkout.
pub fn seed_article() -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seed/takaichi-trump.txt");
    p.is_file().then_some(p)
}
