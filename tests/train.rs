//! `gleaner train` on a tiny encoder: the trained directory loads in `gleaner extract`.

mod common;

use std::path::Path;
use std::process::Output;

use common::{gleaner, write_tiny_model};

/// Runs `gleaner train` with its four paths and extra flags.
fn train(train: &Path, dev: &Path, encoder: &Path, out: &Path, flags: &[&str]) -> Output {
    gleaner().arg("train").args(flags).arg("--train").arg(train).arg("--dev").arg(dev).arg("--encoder").arg(encoder).arg("-o").arg(out).output().unwrap()
}

#[test]
fn trains_from_conll_and_jsonl_and_the_result_extracts() {
    let tmp = tempfile::tempdir().unwrap();
    let encoder = write_tiny_model(&tmp.path().join("encoder"), false, 5);
    let conll = "-DOCSTART- -X- -X- O\n\nTakaichi NNP B-NP I-PER\nmet VBD B-VP O\nTrump NNP B-NP I-PER\nin IN B-PP O\nTokyo NNP B-NP I-LOC\n. . O O\n\nThe DT B-NP O\nsummit NN I-NP O\nended VBD B-VP O\n. . O O\n";
    std::fs::write(tmp.path().join("train.txt"), conll.repeat(8)).unwrap();
    std::fs::write(tmp.path().join("dev.jsonl"), "{\"tokens\": [\"Trump\", \"left\", \"Tokyo\"], \"tags\": [\"B-PER\", \"O\", \"B-LOC\"]}\n").unwrap();
    let model = tmp.path().join("model");
    let out = train(&tmp.path().join("train.txt"), &tmp.path().join("dev.jsonl"), &encoder, &model, &["--epochs", "2", "--batch-size", "4", "--lr", "1e-3", "--threads", "1", "--fp16"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("epoch 1: loss"), "{stderr}");
    for f in ["config.json", "model.safetensors", "tokenizer.json", "tokenizer_config.json", "special_tokens_map.json", "MODEL_CARD.md"] {
        assert!(model.join(f).is_file(), "{f}");
    }
    // What transformers' AutoTokenizer needs: the vocabulary's own special tokens, pad included.
    let tc: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(model.join("tokenizer_config.json")).unwrap()).unwrap();
    assert_eq!(tc["tokenizer_class"], "PreTrainedTokenizerFast");
    assert_eq!((tc["pad_token"].as_str(), tc["cls_token"].as_str(), tc["unk_token"].as_str()), (Some("[PAD]"), Some("[CLS]"), Some("[UNK]")));
    assert!(tc["model_max_length"].as_u64().unwrap() > 0);
    let config: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(model.join("config.json")).unwrap()).unwrap();
    assert_eq!(config["id2label"]["0"], "O");
    assert_eq!(config["id2label"].as_object().unwrap().len(), 5, "O + B/I for LOC and PER");
    // The weights carry the metadata Hugging Face transformers requires to load them.
    let weights = std::fs::read(model.join("model.safetensors")).unwrap();
    let n = u64::from_le_bytes(weights[..8].try_into().unwrap()) as usize;
    let header: serde_json::Value = serde_json::from_slice(&weights[8..8 + n]).unwrap();
    assert_eq!(header["__metadata__"]["format"], "pt");
    assert_eq!(header["classifier.weight"]["dtype"], "F16");
    assert_eq!(n % 8, 0);
    let card = std::fs::read_to_string(model.join("MODEL_CARD.md")).unwrap();
    assert!(card.contains("| 1 |"));

    let text = tmp.path().join("a.txt");
    std::fs::write(&text, "Takaichi met Trump in Tokyo.").unwrap();
    let run = gleaner().args(["extract", "--jsonl", "--model"]).arg(&model).arg(&text).output().unwrap();
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let doc: gleaner::document::Document = serde_json::from_slice(&run.stdout).unwrap();
    assert_eq!(doc.tokens.len(), 6);
    let run_info = String::from_utf8_lossy(&run.stderr);
    assert!(run_info.contains("1 documents, 0 failed"), "{run_info}");
}

#[test]
fn bad_training_data_names_file_and_line() {
    let tmp = tempfile::tempdir().unwrap();
    let encoder = write_tiny_model(&tmp.path().join("encoder"), false, 6);
    std::fs::write(tmp.path().join("train.jsonl"), "{\"tokens\": [\"a\", \"b\"], \"tags\": [\"O\"]}\n").unwrap();
    let data = tmp.path().join("train.jsonl");
    let out = train(&data, &data, &encoder, &tmp.path().join("m"), &[]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("train.jsonl:1") && err.contains("2 tokens but 1 tags"), "{err}");
}

#[test]
fn trains_on_gleaner_s_own_conll_export_of_gold_documents() {
    let tmp = tempfile::tempdir().unwrap();
    let encoder = write_tiny_model(&tmp.path().join("encoder"), false, 7);
    let gold = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/gold/dev");
    let conll = tmp.path().join("dev.conll");
    let out = gleaner().args(["export", "--format", "conll"]).arg(&gold).arg("-o").arg(&conll).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let sentences = gleaner::formats::columns::read_sentences(&conll).unwrap();
    let labels = gleaner::tags::label_set(&sentences);
    assert!(labels.len() > 20, "B-/I- for most of the 17 types: {labels:?}");
    let model = tmp.path().join("model");
    let out = train(&conll, &conll, &encoder, &model, &["--epochs", "1", "--batch-size", "16", "--threads", "1"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let config: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(model.join("config.json")).unwrap()).unwrap();
    let id2label: Vec<&str> = (0..labels.len()).map(|i| config["id2label"][i.to_string()].as_str().unwrap()).collect();
    assert_eq!(id2label, labels.iter().map(String::as_str).collect::<Vec<_>>(), "the model's labels are the export's");
}

/// The shipped model carries exactly the tokenizer files `gleaner train` writes (applying the
/// writer to them changes nothing), with SentencePiece offsets that start on words.
#[test]
fn shipped_model_has_the_tokenizer_files_train_writes() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("models/ner");
    let tmp = tempfile::tempdir().unwrap();
    gleaner::stages::ner::model::write_tokenizer_files(&dir.join("tokenizer.json"), tmp.path(), 512).unwrap();
    for f in ["tokenizer.json", "tokenizer_config.json", "special_tokens_map.json"] {
        assert!(std::fs::read(dir.join(f)).unwrap() == std::fs::read(tmp.path().join(f)).unwrap(), "models/ner/{f} differs from what train writes");
    }
    let tc: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(dir.join("tokenizer_config.json")).unwrap()).unwrap();
    assert_eq!(tc["pad_token"], "<pad>");
    assert_eq!(tc["mask_token"], "<mask>");
    // Raw text: the word-initial piece of " JAPAN" starts at "J", not at the space.
    let tok = tokenizers::Tokenizer::from_file(dir.join("tokenizer.json")).unwrap();
    let text = "Prime Minister met JAPAN's leaders";
    let enc = tok.encode(text, false).unwrap();
    let (ids, offsets) = (enc.get_ids(), enc.get_offsets());
    assert!(offsets.iter().all(|&(a, b)| a < b && !text[a..b].starts_with(' ')), "{offsets:?}");
    assert!(offsets.contains(&(19, 20)) || offsets.iter().any(|&(a, _)| a == 19), "{offsets:?}");
    // Word by word (how gleaner encodes) gives the same pieces as the raw text.
    let words: Vec<&str> = text.split(' ').collect();
    assert_eq!(tok.encode(words, false).unwrap().get_ids(), ids);
}

#[test]
fn syntax_heads_train_on_the_frozen_encoder_and_fill_the_syntax_layer() {
    let tmp = tempfile::tempdir().unwrap();
    // A NER model (random, tiny) whose encoder the heads read; CoNLL-2003 columns: token POS chunk NER.
    let ner = write_tiny_model(&tmp.path().join("ner"), true, 6);
    let conll = "-DOCSTART- -X- -X- O\n\nTakaichi NNP B-NP I-PER\nmet VBD B-VP O\nTrump NNP B-NP I-PER\nin IN B-PP O\nTokyo NNP B-NP I-LOC\n. . O O\n\nThe DT B-NP O\nsummit NN I-NP O\nended VBD B-VP O\n. . O O\n";
    std::fs::write(tmp.path().join("train.txt"), conll.repeat(8)).unwrap();
    std::fs::write(tmp.path().join("dev.txt"), conll).unwrap();
    let model = tmp.path().join("with-syntax");
    let out = train(&tmp.path().join("train.txt"), &tmp.path().join("dev.txt"), &ner, &model, &["--syntax", "--syntax-layers", "1,2", "--syntax-hidden", "8", "--epochs", "3", "--threads", "1"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("dev POS accuracy"), "{stderr}");
    for f in ["config.json", "model.safetensors", "tokenizer.json", "syntax.json", "syntax.safetensors"] {
        assert!(model.join(f).is_file(), "{f}");
    }
    // The NER weights are copied, not retrained.
    assert_eq!(std::fs::read(model.join("model.safetensors")).unwrap(), std::fs::read(ner.join("model.safetensors")).unwrap());
    let heads: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(model.join("syntax.json")).unwrap()).unwrap();
    assert_eq!(heads["layers"], serde_json::json!([1, 2]));
    let pos_labels: Vec<String> = serde_json::from_value(heads["pos_labels"].clone()).unwrap();
    assert_eq!(pos_labels, [".", "DT", "IN", "NN", "NNP", "VBD"]);
    let chunk_labels: Vec<String> = serde_json::from_value(heads["chunk_labels"].clone()).unwrap();
    assert!(chunk_labels.contains(&"B-NP".to_string()) && chunk_labels.contains(&"I-NP".to_string()), "{chunk_labels:?}");

    let text = tmp.path().join("a.txt");
    std::fs::write(&text, "Takaichi met Trump in Tokyo. The summit ended.").unwrap();
    for precision in ["fp32", "bf16", "int8"] {
        let out_dir = tmp.path().join(format!("out-{precision}"));
        let run = gleaner().args(["extract", "--precision", precision, "--model"]).arg(&model).arg(&text).arg("-o").arg(&out_dir).output().unwrap();
        assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
        let doc: gleaner::document::Document = serde_json::from_str(&std::fs::read_to_string(out_dir.join("a.json")).unwrap()).unwrap();
        assert_eq!(doc.tokens.len(), 10);
        for t in &doc.tokens {
            assert!(pos_labels.contains(t.pos.as_ref().expect("every token has a POS")), "{t:?}");
            assert!(t.lemma.is_some(), "{t:?}");
        }
        // Chunks lie on token boundaries, in order, without overlap, with the heads' types.
        let mut last = 0;
        for c in &doc.chunks {
            assert!(c.start >= last && c.start < c.end, "{c:?}");
            assert!(doc.tokens.iter().any(|t| t.start == c.start) && doc.tokens.iter().any(|t| t.end == c.end), "{c:?}");
            assert!(chunk_labels.contains(&format!("B-{}", c.kind)), "{c:?}");
            last = c.end;
        }
        let run_json: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(out_dir.join("run.json")).unwrap()).unwrap();
        assert_eq!(run_json["model"]["syntax"]["layers"], serde_json::json!([1, 2]), "{precision}");
    }
    // A model without heads has no syntax layer and says so in run.json.
    let out_dir = tmp.path().join("out-plain");
    let run = gleaner().args(["extract", "--model"]).arg(&ner).arg(&text).arg("-o").arg(&out_dir).output().unwrap();
    assert!(run.status.success());
    let raw = std::fs::read_to_string(out_dir.join("a.json")).unwrap();
    assert!(!raw.contains("\"pos\"") && !raw.contains("\"chunks\"") && !raw.contains("\"lemma\""), "{raw}");
    let run_json: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(out_dir.join("run.json")).unwrap()).unwrap();
    assert!(run_json["model"]["syntax"]["none"].as_str().unwrap().contains("no syntax heads"));
    // Heads for another encoder are refused, naming the file.
    let bad = tmp.path().join("bad");
    std::fs::create_dir_all(&bad).unwrap();
    for f in std::fs::read_dir(&model).unwrap() {
        let f = f.unwrap().path();
        std::fs::copy(&f, bad.join(f.file_name().unwrap())).unwrap();
    }
    std::fs::write(bad.join("syntax.json"), serde_json::to_string(&serde_json::json!({"layers": [9], "hidden": 8, "pos_labels": pos_labels, "chunk_labels": chunk_labels})).unwrap()).unwrap();
    let run = gleaner().args(["extract", "--jsonl", "--model"]).arg(&bad).arg(&text).output().unwrap();
    assert!(!run.status.success());
    let err = String::from_utf8_lossy(&run.stderr);
    assert!(err.contains("syntax.json") && err.contains("layers [9]"), "{err}");
}
