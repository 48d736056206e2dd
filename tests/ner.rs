//! The model stage on a tiny random model: windows cover every word, none exceeds the model's
//! length, and every word of a long sentence gets a label.

mod common;

use gleaner::stages::ner::{NerModel, Precision};
use tch::{Device, Tensor};

#[test]
fn long_sentences_are_split_into_overlapping_windows() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = common::write_tiny_model(&tmp.path().join("m"), true, 7);
    let model = NerModel::load(&dir, Device::Cpu, Precision::Fp32).unwrap();
    let words: Vec<String> = (0..3000).map(|i| format!("word{i}")).collect();
    let refs: Vec<&str> = words.iter().map(String::as_str).collect();
    let enc = model.encoder.encode(&refs).unwrap();
    let windows = model.encoder.windows(&enc);
    assert!(windows.len() > 100, "{} windows", windows.len());
    assert_eq!(windows[0].start, 0);
    assert_eq!(windows.last().unwrap().end, 3000);
    for pair in windows.windows(2) {
        assert!(pair[1].start < pair[0].end, "consecutive windows overlap: {:?}", pair);
    }
    for w in &windows {
        let (ids, _) = model.encoder.window_ids(&enc, w.clone());
        assert!(ids.len() <= 64, "window of {} sub-tokens", ids.len());
    }
    let tags = model.tag(&[refs.clone(), vec!["Tokyo"]], 512).unwrap();
    assert_eq!(tags[0].len(), 3000);
    assert_eq!(tags[1].len(), 1);
    // Batching does not change results: the sentence alone gives the same labels.
    let alone = model.tag(&[refs], 4096).unwrap();
    assert_eq!(alone[0].iter().map(|t| t.label).collect::<Vec<_>>(), tags[0].iter().map(|t| t.label).collect::<Vec<_>>());
}

#[test]
fn missing_tensors_are_an_error_not_random_weights() {
    let tmp = tempfile::tempdir().unwrap();
    // An encoder checkpoint has no classifier: loading it as a NER model must fail.
    let dir = common::write_tiny_model(&tmp.path().join("enc"), false, 8);
    let err = NerModel::load(&dir, Device::Cpu, Precision::Fp32).err().expect("must fail").to_string();
    assert!(err.contains("missing") && err.contains("classifier"), "{err}");
    // The reduced precisions read the checkpoint themselves: the same refusal, naming the file.
    let err = NerModel::load(&dir, Device::Cpu, Precision::Bf16).err().expect("must fail").to_string();
    assert!(err.contains("model.safetensors") && err.contains("no tensor classifier."), "{err}");
}

/// Largest absolute difference between two logit tensors over the tokens `mask` marks.
fn max_diff(a: &Tensor, b: &Tensor, mask: &Tensor) -> f64 {
    let m = mask.unsqueeze(-1).to_kind(tch::Kind::Float);
    ((a - b).abs() * m).max().double_value(&[])
}

#[test]
fn reduced_precision_passes_compute_what_rust_bert_computes() {
    use gleaner::stages::ner::{fast::FastBert, model, pad_batch};
    let tmp = tempfile::tempdir().unwrap();
    let dir = common::write_tiny_model(&tmp.path().join("m"), true, 9);
    let reference = NerModel::load(&dir, Device::Cpu, Precision::Fp32).unwrap();
    // Rows of different lengths, so that padding and the attention mask take part.
    let sentences = [vec!["Tokyo", "hosted", "the", "summit", "with", "Trump", "and", "Takaichi"], vec!["Japan"], vec!["the", "minister", "said"]];
    let rows: Vec<Vec<i64>> = sentences
        .iter()
        .map(|s| {
            let enc = reference.encoder.encode(s).unwrap();
            reference.encoder.window_ids(&enc, 0..s.len()).0
        })
        .collect();
    let refs: Vec<&[i64]> = rows.iter().map(Vec::as_slice).collect();
    let (ids, mask) = pad_batch(&refs, reference.encoder.pad_id, Device::Cpu);
    let want = reference.logits(&ids, &mask);
    let scale = want.abs().max().double_value(&[]);
    assert!(scale > 0.0);

    // gleaner's own pass at fp32 is rust-bert's computation, up to float rounding.
    let files = model::ModelFiles::find(&dir).unwrap();
    let config = model::read_config(&files.config).unwrap();
    let mut vs = tch::nn::VarStore::new(Device::Cpu);
    let _bert = model::build_and_load(&mut vs, &config, &files.weights, false).unwrap();
    let own = tch::no_grad(|| FastBert::new(&vs.variables(), &gleaner::stages::ner::fast::Dims::of(&config, 9), 1e-12, Precision::Fp32).unwrap().logits(&ids, &mask));
    let d = max_diff(&own, &want, &mask);
    assert!(d < 1e-5 * scale.max(1.0), "own fp32 pass differs from rust-bert's by {d}");

    // Padding does not leak into real tokens: each row alone gives what it gave in the batch.
    let fast = NerModel::load(&dir, Device::Cpu, Precision::Bf16).unwrap();
    let batched = fast.logits(&ids, &mask);
    for (r, row) in rows.iter().enumerate() {
        let (one, one_mask) = pad_batch(&[row.as_slice()], reference.encoder.pad_id, Device::Cpu);
        let alone = fast.logits(&one, &one_mask);
        let n = row.len() as i64;
        let d = (alone.get(0) - batched.get(r as i64).narrow(0, 0, n)).abs().max().double_value(&[]);
        assert!(d < 0.02 * scale, "row {r} alone differs from its batched logits by {d}");
    }

    // bf16 and int8 stay close to fp32 (bf16 keeps 8 bits of mantissa; int8 quantises weights
    // per tensor and activations per call).
    for (precision, tolerance) in [(Precision::Bf16, 0.05), (Precision::Int8, 0.1)] {
        let m = NerModel::load(&dir, Device::Cpu, precision).unwrap();
        assert_eq!(m.precision, precision);
        let got = m.logits(&ids, &mask);
        assert_eq!(got.size(), want.size());
        assert_eq!(got.kind(), tch::Kind::Float);
        let d = max_diff(&got, &want, &mask);
        assert!(d > 0.0, "{precision:?} cannot be bit-identical to fp32");
        assert!(d < tolerance * scale, "{precision:?} logits differ from fp32 by {d} (largest logit {scale})");
    }
}

#[test]
fn auto_precision_follows_the_hardware() {
    let want = if gleaner::stages::ner::fast::cpu_has_bf16() { Precision::Bf16 } else { Precision::Fp32 };
    assert_eq!(Precision::parse("auto", Device::Cpu).unwrap(), want);
    assert_eq!(Precision::parse("fp32", Device::Cpu).unwrap(), Precision::Fp32);
    assert_eq!(Precision::parse("int8", Device::Cpu).unwrap(), Precision::Int8);
    let err = Precision::parse("fp16", Device::Cpu).unwrap_err().to_string();
    assert!(err.contains("fp16") && err.contains("bf16"), "{err}");
}
