//! Loading a BERT token classifier from a model directory: config.json (with id2label),
//! weights (model.safetensors, fp32 or fp16; or rust_model.ot / pytorch_model.bin) and
//! tokenizer.json. The directory is the one value that names the model; nothing else is read.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::{anyhow, bail, Context, Result};
use rust_bert::bert::{BertConfig, BertForTokenClassification};
use tch::{nn, Device, Kind, Tensor};
use tokenizers::Tokenizer;

/// The files of a model directory.
pub struct ModelFiles {
    pub dir: PathBuf,
    pub config: PathBuf,
    pub weights: PathBuf,
    pub tokenizer: PathBuf,
}

impl ModelFiles {
    pub fn find(dir: &Path) -> Result<ModelFiles> {
        if !dir.is_dir() {
            bail!("model directory {} does not exist", dir.display());
        }
        let config = dir.join("config.json");
        let tokenizer = dir.join("tokenizer.json");
        for f in [&config, &tokenizer] {
            if !f.is_file() {
                bail!("model directory {} has no {}", dir.display(), f.file_name().unwrap().to_string_lossy());
            }
        }
        let weights = ["model.safetensors", "rust_model.ot", "pytorch_model.bin"]
            .iter()
            .map(|n| dir.join(n))
            .find(|p| p.is_file())
            .ok_or_else(|| anyhow!("model directory {} has no weights (model.safetensors, rust_model.ot or pytorch_model.bin)", dir.display()))?;
        Ok(ModelFiles { dir: dir.to_path_buf(), config, weights, tokenizer })
    }
}

pub fn read_config(path: &Path) -> Result<BertConfig> {
    let text = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    serde_json::from_str(&text).with_context(|| format!("{}: not a BERT config", path.display()))
}

/// Labels in id order, from config.json's id2label.
pub fn labels_of(config: &BertConfig, path: &Path) -> Result<Vec<String>> {
    let map = config.id2label.as_ref().ok_or_else(|| anyhow!("{}: no id2label (needed for token classification)", path.display()))?;
    let sorted: BTreeMap<i64, &String> = map.iter().map(|(k, v)| (*k, v)).collect();
    let labels: Vec<String> = sorted.values().map(|s| s.to_string()).collect();
    if sorted.keys().copied().ne(0..labels.len() as i64) {
        bail!("{}: id2label ids are not 0..{}", path.display(), labels.len());
    }
    Ok(labels)
}

pub fn load_tokenizer(path: &Path) -> Result<Tokenizer> {
    let mut tok = Tokenizer::from_file(path).map_err(|e| anyhow!("{}: {e}", path.display()))?;
    // Windows are made by gleaner; the tokenizer must neither cut nor pad.
    tok.with_truncation(None).map_err(|e| anyhow!("{e}"))?;
    tok.with_padding(None);
    Ok(tok)
}

/// Writes the tokenizer files a model directory needs to work in Hugging Face `transformers` as
/// it is, from the encoder's `tokenizer.json`:
/// - `tokenizer.json`, with a SentencePiece (`Metaspace`) pre-tokenizer preceded by a
///   whitespace split, so that a word-initial piece's offsets start at the word rather than at
///   the space before it (the ids are the same: each word still gets its "▁");
/// - `tokenizer_config.json` (`PreTrainedTokenizerFast`, the model's maximum length, and the
///   special tokens the vocabulary has: `<s>`/`</s>`/`<pad>`/`<unk>`/`<mask>` or BERT's
///   `[CLS]`/`[SEP]`/`[PAD]`/`[UNK]`/`[MASK]`) and `special_tokens_map.json`.
/// Without a pad token of its own `AutoTokenizer` would add one outside the embedding.
pub fn write_tokenizer_files(tokenizer_json: &Path, out_dir: &Path, max_length: usize) -> Result<()> {
    let text = std::fs::read_to_string(tokenizer_json).with_context(|| format!("reading {}", tokenizer_json.display()))?;
    let mut tok: serde_json::Value = serde_json::from_str(&text).with_context(|| format!("{}: not JSON", tokenizer_json.display()))?;
    if tok["pre_tokenizer"]["type"] == "Metaspace" {
        let metaspace = tok["pre_tokenizer"].take();
        tok["pre_tokenizer"] = serde_json::json!({"type": "Sequence", "pretokenizers": [{"type": "WhitespaceSplit"}, metaspace]});
    }
    let mut known: std::collections::HashSet<String> = tok["added_tokens"].as_array().into_iter().flatten().filter_map(|t| t["content"].as_str().map(String::from)).collect();
    match &tok["model"]["vocab"] {
        serde_json::Value::Object(m) => known.extend(m.keys().cloned()),
        serde_json::Value::Array(a) => known.extend(a.iter().filter_map(|p| p[0].as_str().map(String::from))),
        _ => {}
    }
    let pick = |names: &[&str]| names.iter().find(|n| known.contains(**n)).map(|n| n.to_string());
    let mut special = serde_json::Map::new();
    for (key, names) in [
        ("bos_token", &["<s>", "[CLS]"][..]),
        ("eos_token", &["</s>", "[SEP]"][..]),
        ("unk_token", &["<unk>", "[UNK]"][..]),
        ("sep_token", &["</s>", "[SEP]"][..]),
        ("pad_token", &["<pad>", "[PAD]"][..]),
        ("cls_token", &["<s>", "[CLS]"][..]),
        ("mask_token", &["<mask>", "[MASK]"][..]),
    ] {
        if let Some(t) = pick(names) {
            special.insert(key.to_string(), serde_json::Value::String(t));
        }
    }
    if !special.contains_key("pad_token") {
        bail!("{}: the vocabulary has no pad token (<pad> or [PAD])", tokenizer_json.display());
    }
    let mut config = serde_json::Map::new();
    config.insert("tokenizer_class".into(), "PreTrainedTokenizerFast".into());
    config.insert("model_max_length".into(), max_length.into());
    config.insert("clean_up_tokenization_spaces".into(), false.into());
    config.extend(special.clone());
    crate::util::write_atomic(&out_dir.join("tokenizer.json"), &crate::util::to_json_pretty(&tok)?)?;
    crate::util::write_atomic(&out_dir.join("tokenizer_config.json"), &crate::util::to_json_pretty(&config)?)?;
    crate::util::write_atomic(&out_dir.join("special_tokens_map.json"), &crate::util::to_json_pretty(&special)?)
}

/// Builds the classifier in `vs` and fills it from `weights`.
/// `allow_new_head`: a plain encoder checkpoint (for training) may lack the classifier.
/// Checkpoint names with or without the `bert.` prefix are accepted; every other missing
/// tensor is an error, never silently left at its random initial value.
pub fn build_and_load(vs: &mut nn::VarStore, config: &BertConfig, weights: &Path, allow_new_head: bool) -> Result<BertForTokenClassification> {
    let model = BertForTokenClassification::new(vs.root(), config).map_err(|e| anyhow!("building the model: {e}"))?;
    let by_name = named_weights(weights)?;
    let mut missing = Vec::new();
    tch::no_grad(|| -> Result<()> {
        for (name, mut var) in vs.variables() {
            match by_name.get(&name) {
                Some(src) => {
                    if src.size() != var.size() {
                        bail!("{}: tensor {name} has shape {:?}, the config wants {:?}", weights.display(), src.size(), var.size());
                    }
                    var.copy_(&src.to_kind(Kind::Float).to_device(var.device()));
                }
                None if allow_new_head && name.starts_with("classifier.") => {}
                None => missing.push(name),
            }
        }
        Ok(())
    })?;
    if !missing.is_empty() {
        missing.sort();
        bail!("{}: {} tensors missing, e.g. {}", weights.display(), missing.len(), missing.iter().take(3).cloned().collect::<Vec<_>>().join(", "));
    }
    Ok(model)
}

/// The checkpoint's tensors under rust-bert's names (`bert.…`, `classifier.…`), in their stored
/// kind: names with or without the `bert.` (or a `model.`) prefix are accepted.
pub fn named_weights(weights: &Path) -> Result<std::collections::HashMap<String, Tensor>> {
    let mut by_name = std::collections::HashMap::new();
    for (name, t) in read_weights(weights)? {
        let name = name.strip_prefix("model.").unwrap_or(&name).to_string();
        let name = if name.starts_with("bert.") || name.starts_with("classifier.") { name } else { format!("bert.{name}") };
        by_name.insert(name, t);
    }
    Ok(by_name)
}

fn read_weights(path: &Path) -> Result<Vec<(String, Tensor)>> {
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
    let r = match ext {
        "safetensors" => Tensor::read_safetensors(path),
        "ot" => Tensor::load_multi(path),
        _ => Tensor::loadz_multi(path),
    };
    r.with_context(|| format!("reading weights {}", path.display()))
}

/// Writes named tensors as `model.safetensors` the way Hugging Face `transformers` expects them:
/// sorted by name, with `{"format": "pt"}` metadata (without it `from_pretrained` refuses the
/// file), the header padded to 8 bytes. Tensors are written in their own kind (F32 or F16).
pub fn write_weights(named: &[(String, Tensor)], path: &Path) -> Result<()> {
    let mut named: Vec<&(String, Tensor)> = named.iter().collect();
    named.sort_by(|a, b| a.0.cmp(&b.0));
    let mut header = serde_json::Map::new();
    header.insert("__metadata__".into(), serde_json::json!({"format": "pt"}));
    let mut data: Vec<u8> = Vec::new();
    for (name, t) in named {
        let t = t.to_device(Device::Cpu).contiguous();
        let dtype = match t.kind() {
            Kind::Float => "F32",
            Kind::Half => "F16",
            Kind::BFloat16 => "BF16",
            Kind::Double => "F64",
            Kind::Int64 => "I64",
            k => bail!("{name}: cannot write tensors of kind {k:?}"),
        };
        let numel = t.numel();
        let start = data.len();
        data.resize(start + numel * t.kind().elt_size_in_bytes(), 0);
        t.copy_data_u8(&mut data[start..], numel);
        header.insert(name.clone(), serde_json::json!({"dtype": dtype, "shape": t.size(), "data_offsets": [start, data.len()]}));
    }
    let mut head = serde_json::to_vec(&header)?;
    while head.len() % 8 != 0 {
        head.push(b' ');
    }
    let mut bytes = Vec::with_capacity(8 + head.len() + data.len());
    bytes.extend((head.len() as u64).to_le_bytes());
    bytes.extend(head);
    bytes.extend(data);
    crate::util::write_atomic(path, &bytes)
}

pub fn parse_device(s: &str) -> Result<Device> {
    Ok(match s {
        "cpu" => Device::Cpu,
        "cuda" => {
            if !tch::Cuda::is_available() {
                bail!("--device cuda: libtorch has no CUDA or no GPU is present");
            }
            Device::Cuda(0)
        }
        "auto" => Device::cuda_if_available(),
        other => bail!("unknown device {other:?} (cpu, cuda or auto)"),
    })
}
