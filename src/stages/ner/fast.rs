//! The BERT token classifier at reduced precision: the same weights as rust-bert's
//! `BertForTokenClassification`, run by a forward pass of gleaner's own on libtorch ops, with the
//! linear layers in bf16 or in int8 (fbgemm, weights quantised once at load, activations per
//! call), the query/key/value projections fused into one matrix product, and attention by
//! `scaled_dot_product_attention`. The fp32 setting of `--precision` does not come here: it stays
//! rust-bert's own forward pass, bit for bit.

use std::collections::HashMap;

use anyhow::{anyhow, bail, Result};
use tch::{Kind, Scalar, Tensor};

/// The arithmetic of the model's matrix products.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Precision {
    /// rust-bert's forward pass in fp32, as trained.
    Fp32,
    /// Weights and activations in bfloat16 (AMX / AVX-512 BF16 where the CPU has them).
    Bf16,
    /// Linear layers with int8 weights and dynamically quantised int8 activations (fbgemm);
    /// the rest (embeddings, layer norms, attention, classifier) in fp32.
    Int8,
}

impl Precision {
    /// What `--precision` takes.
    pub const NAMES: [&'static str; 4] = ["auto", "fp32", "bf16", "int8"];

    /// `auto` is bf16 where the hardware does bf16 arithmetic (a CUDA device, or a CPU with
    /// AVX-512 BF16, which every AMX CPU has), else fp32: bf16 without it is emulated and slower than fp32.
    pub fn parse(s: &str, device: tch::Device) -> Result<Precision> {
        Ok(match s {
            "auto" if device != tch::Device::Cpu || cpu_has_bf16() => Precision::Bf16,
            "auto" | "fp32" => Precision::Fp32,
            "bf16" => Precision::Bf16,
            "int8" => Precision::Int8,
            other => bail!("unknown precision {other:?} (auto, fp32, bf16 or int8)"),
        })
    }

    /// The `--batch-tokens` that runs fastest at this precision on CPU (measured with
    /// scripts/bench_batch_tokens.py; docs in models/ner/MODEL_CARD.md).
    pub fn default_batch_tokens(self) -> usize {
        match self {
            Precision::Fp32 => 1024,
            Precision::Bf16 => 512,
            Precision::Int8 => 512,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Fp32 => "fp32",
            Precision::Bf16 => "bf16",
            Precision::Int8 => "int8",
        }
    }
}

/// Whether this CPU has AVX-512 VNNI, where fbgemm accumulates int8 products in 32 bits.
pub fn cpu_has_vnni() -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        std::arch::is_x86_feature_detected!("avx512vnni")
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        false
    }
}

/// Whether this CPU does bf16 arithmetic natively.
pub fn cpu_has_bf16() -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        std::arch::is_x86_feature_detected!("avx512bf16")
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        false
    }
}

/// `y = x Wᵀ + b` in the chosen arithmetic.
enum Linear {
    Float { weight: Tensor, bias: Tensor },
    Int8 { weight: Tensor, packed: Tensor, col_offsets: Tensor, scale: f64, zero_point: i64, bias: Tensor },
}

impl Linear {
    fn new(weight: &Tensor, bias: &Tensor, precision: Precision) -> Linear {
        match precision {
            Precision::Int8 => {
                // Per-tensor asymmetric int8 over the weight's range (what libtorch's
                // fbgemm_linear_quantize_weight does); the column offsets fold in the zero point.
                // Without VNNI, fbgemm multiplies u8 activations by s8 weights with vpmaddubsw,
                // whose int16 pair sums saturate at full range (255 * 127 * 2 > 32767): there
                // the weights take 7 bits ([-64, 63]), as PyTorch's `reduce_range` does.
                let weight = weight.to_kind(Kind::Float).contiguous();
                let q = weight.quantize_per_tensor_dynamic(Kind::QInt8, !cpu_has_vnni());
                let (scale, zero_point) = (q.q_scale(), q.q_zero_point());
                let w8 = q.int_repr();
                let k = w8.size()[1];
                let col_offsets = (w8.to_kind(Kind::Int).sum_dim_intlist([1i64].as_slice(), false, Kind::Int) - zero_point * k).to_kind(Kind::Int);
                let packed = w8.fbgemm_pack_quantized_matrix();
                Linear::Int8 { weight: w8, packed, col_offsets, scale, zero_point, bias: bias.to_kind(Kind::Float) }
            }
            Precision::Bf16 => Linear::Float { weight: weight.to_kind(Kind::BFloat16), bias: bias.to_kind(Kind::BFloat16) },
            Precision::Fp32 => Linear::Float { weight: weight.to_kind(Kind::Float), bias: bias.to_kind(Kind::Float) },
        }
    }

    fn forward(&self, x: &Tensor) -> Tensor {
        match self {
            Linear::Float { weight, bias } => x.linear(weight, Some(bias)),
            Linear::Int8 { weight, packed, col_offsets, scale, zero_point, bias } => {
                x.fbgemm_linear_int8_weight_fp32_activation(weight, packed, col_offsets, Scalar::float(*scale), Scalar::int(*zero_point), bias)
            }
        }
    }
}

struct LayerNorm {
    weight: Tensor,
    bias: Tensor,
    eps: f64,
}

impl LayerNorm {
    fn forward(&self, x: &Tensor) -> Tensor {
        let h = *x.size().last().unwrap();
        x.layer_norm([h].as_slice(), Some(&self.weight), Some(&self.bias), self.eps, false)
    }
}

struct Layer {
    qkv: Linear,
    attention_out: Linear,
    attention_norm: LayerNorm,
    intermediate: Linear,
    output: Linear,
    output_norm: LayerNorm,
}

/// The shapes a checkpoint must have, from its config.
pub struct Dims {
    pub vocab: i64,
    pub positions: i64,
    pub type_vocab: i64,
    pub hidden: i64,
    pub intermediate: i64,
    pub layers: usize,
    pub heads: i64,
    pub labels: i64,
}

impl Dims {
    pub fn of(config: &rust_bert::bert::BertConfig, labels: usize) -> Dims {
        Dims {
            vocab: config.vocab_size,
            positions: config.max_position_embeddings,
            type_vocab: config.type_vocab_size,
            hidden: config.hidden_size,
            intermediate: config.intermediate_size,
            layers: config.num_hidden_layers as usize,
            heads: config.num_attention_heads,
            labels: labels as i64,
        }
    }
}

/// A BERT encoder with a token-classification head, ready for inference at one precision.
pub struct FastBert {
    /// Kind of the activations between layers.
    kind: Kind,
    word: Tensor,
    position: Tensor,
    token_type: Tensor,
    embedding_norm: LayerNorm,
    layers: Vec<Layer>,
    classifier: Linear,
    heads: i64,
}

impl FastBert {
    /// Builds the encoder from rust-bert's variables (at `Fp32` it is the same computation as
    /// rust-bert's up to float rounding; `NerModel` uses rust-bert's own pass for fp32) (`bert.embeddings.…`, `bert.encoder.layer.N.…`,
    /// `classifier.…`), copying them into the precision's form.
    /// Every tensor must be there with the shape `dims` implies; none is left at a default.
    pub fn new(vars: &HashMap<String, Tensor>, dims: &Dims, eps: f64, precision: Precision) -> Result<FastBert> {
        let (h, i) = (dims.hidden, dims.intermediate);
        let shape_of = |name: &str| -> Vec<i64> {
            let is_vector = name.ends_with(".bias") || name.contains("LayerNorm");
            let dense = |out: i64, inp: i64| if is_vector { vec![out] } else { vec![out, inp] };
            match name {
                n if n.ends_with("word_embeddings.weight") => vec![dims.vocab, h],
                n if n.ends_with("position_embeddings.weight") => vec![dims.positions, h],
                n if n.ends_with("token_type_embeddings.weight") => vec![dims.type_vocab, h],
                n if n.contains("intermediate.dense") => dense(i, h),
                n if n.contains(".output.dense") && !n.contains("attention") => dense(h, i),
                n if n.starts_with("classifier.") => dense(dims.labels, h),
                _ => dense(h, h),
            }
        };
        let get = |name: &str| -> Result<Tensor> {
            let t = vars.get(name).ok_or_else(|| anyhow!("the model has no tensor {name}"))?;
            let want = shape_of(name);
            if t.size() != want {
                bail!("tensor {name} has shape {:?}, the config wants {want:?}", t.size());
            }
            Ok(t.shallow_clone())
        };
        let (layers, heads) = (dims.layers, dims.heads);
        let kind = if precision == Precision::Bf16 { Kind::BFloat16 } else { Kind::Float };
        let norm = |prefix: &str| -> Result<LayerNorm> {
            Ok(LayerNorm { weight: get(&format!("{prefix}.weight"))?.to_kind(kind), bias: get(&format!("{prefix}.bias"))?.to_kind(kind), eps })
        };
        let linear = |prefix: &str| -> Result<Linear> { Ok(Linear::new(&get(&format!("{prefix}.weight"))?, &get(&format!("{prefix}.bias"))?, precision)) };
        let mut out = Vec::with_capacity(layers);
        for i in 0..layers {
            let p = format!("bert.encoder.layer.{i}");
            let part = |n: &str, w: &str| get(&format!("{p}.attention.self.{n}.{w}"));
            let qkv_w = Tensor::cat(&[part("query", "weight")?, part("key", "weight")?, part("value", "weight")?], 0);
            let qkv_b = Tensor::cat(&[part("query", "bias")?, part("key", "bias")?, part("value", "bias")?], 0);
            out.push(Layer {
                qkv: Linear::new(&qkv_w, &qkv_b, precision),
                attention_out: linear(&format!("{p}.attention.output.dense"))?,
                attention_norm: norm(&format!("{p}.attention.output.LayerNorm"))?,
                intermediate: linear(&format!("{p}.intermediate.dense"))?,
                output: linear(&format!("{p}.output.dense"))?,
                output_norm: norm(&format!("{p}.output.LayerNorm"))?,
            });
        }
        let float = |name: &str| -> Result<Tensor> { Ok(get(name)?.to_kind(Kind::Float)) };
        Ok(FastBert {
            kind,
            word: float("bert.embeddings.word_embeddings.weight")?,
            position: float("bert.embeddings.position_embeddings.weight")?,
            token_type: float("bert.embeddings.token_type_embeddings.weight")?,
            embedding_norm: LayerNorm {
                weight: float("bert.embeddings.LayerNorm.weight")?,
                bias: float("bert.embeddings.LayerNorm.bias")?,
                eps,
            },
            layers: out,
            // The head is small: fp32 in both settings (bf16 keeps its own kind).
            classifier: Linear::new(&get("classifier.weight")?, &get("classifier.bias")?, if precision == Precision::Bf16 { Precision::Bf16 } else { Precision::Fp32 }),
            heads,
        })
    }

    /// Logits `[batch, len, labels]` (fp32) for `ids` and `mask` (`[batch, len]`, int64, 1 =
    /// token); the same computation as rust-bert's BERT in eval mode, at this precision.
    pub fn logits(&self, ids: &Tensor, mask: &Tensor) -> Tensor {
        self.forward(ids, mask, &[]).0
    }

    /// The logits (fp32), and the output of each layer `keep` names (1 = the first layer's
    /// output, as rust-bert's `all_hidden_states[0]`) in the pass's own kind.
    pub fn forward(&self, ids: &Tensor, mask: &Tensor, keep: &[usize]) -> (Tensor, Vec<Tensor>) {
        let (b, len) = ids.size2().expect("ids are [batch, len]");
        let positions = Tensor::arange(len, (Kind::Int64, ids.device())).unsqueeze(0);
        let x = Tensor::embedding(&self.word, ids, -1, false, false)
            + Tensor::embedding(&self.position, &positions, -1, false, false)
            + self.token_type.get(0);
        let mut x = self.embedding_norm.forward(&x).to_kind(self.kind);
        // rust-bert's additive mask: 0 on tokens, -10000 on padding.
        let additive = ((mask.ones_like() - mask) * -10000.0).to_kind(self.kind).view([b, 1, 1, len]);
        let hidden = *x.size().last().unwrap();
        let d = hidden / self.heads;
        let mut kept: Vec<Option<Tensor>> = keep.iter().map(|_| None).collect();
        for (n, layer) in self.layers.iter().enumerate() {
            let qkv = layer.qkv.forward(&x).view([b, len, 3, self.heads, d]).permute([2, 0, 3, 1, 4]);
            let (q, k, v) = (qkv.get(0), qkv.get(1), qkv.get(2));
            let context = Tensor::scaled_dot_product_attention(&q, &k, &v, Some(&additive), 0.0, false, None);
            let context = context.transpose(1, 2).reshape([b, len, hidden]);
            let a = layer.attention_norm.forward(&(layer.attention_out.forward(&context) + &x));
            let h = layer.intermediate.forward(&a).gelu("none");
            x = layer.output_norm.forward(&(layer.output.forward(&h) + &a));
            for (slot, _) in kept.iter_mut().zip(keep).filter(|(_, &k)| k == n + 1) {
                *slot = Some(x.shallow_clone());
            }
        }
        let kept = kept.into_iter().map(|t| t.expect("layer numbers are checked at load")).collect();
        (self.classifier.forward(&x).to_kind(Kind::Float), kept)
    }
}
