//! Syntax heads on the NER encoder: a part-of-speech classifier (Penn Treebank tags) and a
//! phrase-chunk classifier (CoNLL-2000 chunk types in IOB2), each a small feed-forward network
//! (one hidden ReLU layer, or none) over the concatenated outputs of some encoder layers at a
//! word's first sub-token. They are trained on the frozen encoder by `gleaner train --syntax`
//! and live beside the NER weights in the model directory: `syntax.json` (layers, hidden size,
//! label lists) and `syntax.safetensors` (`pos.0.weight`, `pos.0.bias`, `pos.1.weight`, ... and
//! the same for `chunk`). One forward pass gives NER and syntax; a model directory without these
//! files has no syntax layer.

use std::path::Path;

use anyhow::{anyhow, bail, Context, Result};
use serde::{Deserialize, Serialize};
use tch::{Device, Kind, Tensor};

/// The file names in a model directory.
pub const HEADS_JSON: &str = "syntax.json";
pub const HEADS_WEIGHTS: &str = "syntax.safetensors";

/// What `syntax.json` holds.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct HeadsConfig {
    /// Encoder layers whose outputs are concatenated (1 = the first layer's output).
    pub layers: Vec<usize>,
    /// Width of each head's hidden ReLU layer (0: a linear head).
    #[serde(default)]
    pub hidden: usize,
    pub pos_labels: Vec<String>,
    pub chunk_labels: Vec<String>,
    /// How they were trained and how they scored (for the model card), free-form.
    #[serde(default)]
    pub training: serde_json::Value,
}

/// A feed-forward head: (weight, bias) per layer, ReLU between layers.
pub type Head = Vec<(Tensor, Tensor)>;

/// Dropout after each hidden layer while training.
pub const DROPOUT: f64 = 0.1;

/// The head's output for `x`; `train` applies dropout (training reads the same function).
pub fn apply(head: &[(Tensor, Tensor)], x: &Tensor, train: bool) -> Tensor {
    let mut y = x.shallow_clone();
    for (i, (w, b)) in head.iter().enumerate() {
        y = y.linear(w, Some(b));
        if i + 1 < head.len() {
            y = y.relu().dropout(DROPOUT, train);
        }
    }
    y
}

pub struct SyntaxHeads {
    pub config: HeadsConfig,
    pos: Head,
    chunk: Head,
}

impl SyntaxHeads {
    pub fn new(config: HeadsConfig, pos: Head, chunk: Head) -> SyntaxHeads {
        SyntaxHeads { config, pos, chunk }
    }

    /// The heads of a model directory, or None when it has none. `layers` and `hidden` are the
    /// encoder's, to check the heads fit it.
    pub fn load(dir: &Path, layers: usize, hidden: i64, device: Device) -> Result<Option<SyntaxHeads>> {
        let (json, weights) = (dir.join(HEADS_JSON), dir.join(HEADS_WEIGHTS));
        if !json.is_file() && !weights.is_file() {
            return Ok(None);
        }
        let text = std::fs::read_to_string(&json).with_context(|| format!("reading {}", json.display()))?;
        let config: HeadsConfig = serde_json::from_str(&text).with_context(|| format!("{}: not a syntax heads config", json.display()))?;
        if config.layers.is_empty() || config.layers.iter().any(|&l| l == 0 || l > layers) {
            bail!("{}: layers {:?} outside the encoder's 1..={layers}", json.display(), config.layers);
        }
        let named = Tensor::read_safetensors(&weights).with_context(|| format!("reading {}", weights.display()))?;
        let get = |name: &str, shape: &[i64]| -> Result<Tensor> {
            let t = named.iter().find(|(n, _)| n == name).map(|(_, t)| t).ok_or_else(|| anyhow!("{}: no tensor {name}", weights.display()))?;
            if t.size() != shape {
                bail!("{}: tensor {name} has shape {:?}, expected {shape:?}", weights.display(), t.size());
            }
            Ok(t.to_kind(Kind::Float).to_device(device))
        };
        let features = hidden * config.layers.len() as i64;
        let head = |name: &str, out: i64| -> Result<Head> {
            let widths: Vec<i64> = if config.hidden > 0 { vec![features, config.hidden as i64, out] } else { vec![features, out] };
            (0..widths.len() - 1).map(|i| Ok((get(&format!("{name}.{i}.weight"), &[widths[i + 1], widths[i]])?, get(&format!("{name}.{i}.bias"), &[widths[i + 1]])?))).collect()
        };
        let pos = head("pos", config.pos_labels.len() as i64)?;
        let chunk = head("chunk", config.chunk_labels.len() as i64)?;
        Ok(Some(SyntaxHeads { config, pos, chunk }))
    }

    /// The heads with their weights in `kind` (bf16 heads for a bf16 encoder: its layer outputs
    /// stay bf16 and the heads' matrix products run where the encoder's do).
    pub fn to_kind(&self, kind: Kind) -> SyntaxHeads {
        let conv = |h: &Head| h.iter().map(|(w, b)| (w.to_kind(kind), b.to_kind(kind))).collect();
        SyntaxHeads { config: self.config.clone(), pos: conv(&self.pos), chunk: conv(&self.chunk) }
    }

    /// Features `[.., hidden * layers]` from the kept layer outputs.
    fn features(layers: &[Tensor]) -> Tensor {
        Tensor::cat(layers, -1)
    }

    /// POS and chunk logits for features `[.., F]`.
    pub fn logits(&self, features: &Tensor) -> (Tensor, Tensor) {
        (apply(&self.pos, features, false), apply(&self.chunk, features, false))
    }

    /// POS and chunk probabilities side by side, `[.., P + K]`, fp32.
    pub fn probs(&self, layers: &[Tensor]) -> Tensor {
        let kind = self.pos[0].0.kind();
        let (p, c) = self.logits(&Self::features(layers).to_kind(kind));
        Tensor::cat(&[p.softmax(-1, Kind::Float), c.softmax(-1, Kind::Float)], -1)
    }


    pub fn width(&self) -> usize {
        self.config.pos_labels.len() + self.config.chunk_labels.len()
    }

    /// Writes `syntax.json` and `syntax.safetensors` (fp16) into `dir`.
    pub fn save(&self, dir: &Path) -> Result<()> {
        let mut named = Vec::new();
        for (name, head) in [("pos", &self.pos), ("chunk", &self.chunk)] {
            for (i, (w, b)) in head.iter().enumerate() {
                // fp16 on disk (half the size), fp32 when loaded, as the NER weights.
                named.push((format!("{name}.{i}.weight"), w.to_kind(Kind::Half)));
                named.push((format!("{name}.{i}.bias"), b.to_kind(Kind::Half)));
            }
        }
        super::model::write_weights(&named, &dir.join(HEADS_WEIGHTS))?;
        crate::util::write_atomic(&dir.join(HEADS_JSON), &crate::util::to_json_pretty(&self.config)?)
    }
}
