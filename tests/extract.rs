//! `gleaner extract` end to end, with a tiny random model written at test time.

mod common;

use std::path::Path;

use common::{gleaner, seed_article, write_tiny_model};
use gleaner::document::Document;
use serde_json::Value;

fn read_doc(path: &Path) -> Document {
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn run_json(out: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(out.join("run.json")).unwrap()).unwrap()
}

#[test]
fn folder_of_articles_with_bad_files_among_them() {
    let tmp = tempfile::tempdir().unwrap();
    let model = write_tiny_model(&tmp.path().join("model"), true, 1);
    let input = tmp.path().join("in");
    std::fs::create_dir_all(input.join("sub")).unwrap();
    std::fs::write(input.join("a.txt"), "Prime Minister Sanae Takaichi met U.S. President Donald Trump in Tokyo on October 28. They spoke.").unwrap();
    std::fs::write(input.join("sub/a.txt"), "A second article with the same file name.").unwrap();
    std::fs::write(input.join("empty.txt"), "").unwrap();
    std::fs::write(input.join("latin1.txt"), b"Caf\xe9 talks").unwrap();
    std::fs::write(input.join("blob.txt"), b"\x7fELF\x02\x01\x00\x00binary").unwrap();
    std::fs::write(input.join(".hidden.txt"), "never read").unwrap();
    std::fs::write(input.join("notes.md"), "not an article").unwrap();
    std::fs::write(
        input.join("batch.jsonl"),
        "{\"id\": \"../../escape\", \"text\": \"Japan and South Korea agreed.\"}\nnot json\n{\"id\": \"k\", \"text\": \"Seoul.\", \"meta\": {\"date\": \"2026-01-02\"}}\n",
    )
    .unwrap();
    let out = tmp.path().join("out");
    let status = gleaner().args(["extract", "--model"]).arg(&model).arg(&input).arg("-o").arg(&out).status().unwrap();
    assert_eq!(status.code(), Some(1), "some inputs failed, so exit 1");

    let run = run_json(&out);
    let errors = run["errors"].as_array().unwrap();
    let msg = |name: &str| errors.iter().find(|e| e["input"].as_str().unwrap().ends_with(name)).map(|e| e["error"].as_str().unwrap().to_string());
    assert!(msg("empty.txt").unwrap().contains("empty"));
    assert!(msg("latin1.txt").unwrap().contains("invalid UTF-8 at byte offset 3"));
    assert!(msg("blob.txt").unwrap().contains("binary"));
    let bad_line = errors.iter().find(|e| e["line"] == 2).unwrap();
    assert!(bad_line["error"].as_str().unwrap().contains("not JSON"));
    assert_eq!(errors.len(), 4, "{errors:?}");
    assert_eq!(run["skipped"][0]["input"].as_str().unwrap(), input.join("notes.md").display().to_string());
    assert_eq!(run["documents"], 4);
    assert_eq!(run["failed"], 4);

    // Duplicate ids are both kept; unsafe ids never write outside OUTDIR.
    let renamed = run["renamed"].as_array().unwrap();
    assert!(renamed.iter().any(|r| r["id"] == "a" && r["renamed_to"] == "a-1"));
    assert!(out.join("a.json").is_file() && out.join("a-1.json").is_file());
    let escape = renamed.iter().find(|r| r["id"] == "../../escape").unwrap();
    let safe = escape["renamed_to"].as_str().unwrap();
    assert!(!safe.contains('/') && out.join(format!("{safe}.json")).is_file());
    assert!(!tmp.path().join("escape.json").exists());

    let doc = read_doc(&out.join("a.json"));
    assert!(doc.validate().is_empty(), "{:?}", doc.validate());
    assert_eq!(doc.sentences.len(), 2);
    // A random model labels at random; what must hold is the layer's shape.
    assert!(doc.entities.iter().any(|e| e.text == "October 28" && e.label == "DATE"));
    for e in &doc.entities {
        assert!(gleaner::document::TYPES.contains(&e.label.as_str()), "{e:?}");
        assert!(matches!(e.source.as_deref(), Some("model" | "rule" | "gazetteer")), "{e:?}");
        assert_eq!(e.score.is_some(), e.source.as_deref() == Some("model"), "{e:?}");
    }
    let k = read_doc(&out.join("k.json"));
    assert_eq!(k.meta.date.as_deref(), Some("2026-01-02"));
}

#[test]
fn output_is_byte_identical_across_runs_and_thread_counts() {
    let tmp = tempfile::tempdir().unwrap();
    let model = write_tiny_model(&tmp.path().join("model"), true, 2);
    let input = tmp.path().join("in");
    std::fs::create_dir_all(&input).unwrap();
    for i in 0..7 {
        let text = format!("Article {i}: Foreign Minister Wang met Japanese officials in Tokyo on Nov. 5 and pledged $5 billion. ").repeat(i + 1);
        std::fs::write(input.join(format!("n{i}.txt")), text).unwrap();
    }
    // At every precision: the thread count and the run change nothing, and run.json says which.
    for precision in ["fp32", "bf16", "int8"] {
        let mut outputs = Vec::new();
        for threads in ["1", "2", "1"] {
            let out = tmp.path().join(format!("out-{precision}-{}", outputs.len()));
            let ok = gleaner().args(["extract", "--threads", threads, "--batch-docs", "3", "--precision", precision, "--model"]).arg(&model).arg(&input).arg("-o").arg(&out).status().unwrap();
            assert!(ok.success());
            assert_eq!(run_json(&out)["model"]["precision"], precision);
            let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(&out)
                .unwrap()
                .map(|e| e.unwrap().path())
                .filter(|p| p.file_name().unwrap() != "run.json" && p.file_name().unwrap() != gleaner::commands::extract::MANIFEST)
                .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read(&p).unwrap()))
                .collect();
            files.sort();
            assert_eq!(files.len(), 7);
            outputs.push(files);
        }
        assert_eq!(outputs[0], outputs[1], "{precision}: 1 vs 2 threads");
        assert_eq!(outputs[0], outputs[2], "{precision}: run to run");
    }
}

#[test]
fn long_sentences_are_windowed_not_truncated() {
    let tmp = tempfile::tempdir().unwrap();
    let model = write_tiny_model(&tmp.path().join("model"), true, 3);
    // One 3,000-word sentence: the tiny model's window is 64 sub-tokens.
    let words: Vec<String> = (0..3000).map(|i| if i % 10 == 0 { "Tokyo".to_string() } else { format!("w{i}") }).collect();
    let text = words.join(" ") + ".";
    let input = tmp.path().join("long.txt");
    std::fs::write(&input, &text).unwrap();
    let out = gleaner().args(["extract", "--jsonl", "--model"]).arg(&model).arg(&input).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let doc: Document = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc.sentences.len(), 1);
    assert_eq!(doc.tokens.len(), 3001);
    // Every "Tokyo" is inside an entity (the model's or, where it is silent, the gazetteer's),
    // to the end of the sentence.
    let covered = doc.tokens.iter().filter(|t| &text[t.start..t.end] == "Tokyo").filter(|t| doc.entities.iter().any(|e| e.start <= t.start && t.end <= e.end)).count();
    assert_eq!(covered, 300);
    assert!(doc.validate().is_empty());
}

#[test]
fn twenty_megabyte_article() {
    // Without the model: the model stage's windows and batching are tested on long input in
    // tests/ner.rs; here the rest of the pipeline and the writer meet 20 MB.
    let tmp = tempfile::tempdir().unwrap();
    let para = "Japan and the U.S. signed a trade agreement in Tokyo on October 28, 2025, worth $550 billion.\n";
    let text = para.repeat(20_000_000 / para.len() + 1);
    assert!(text.len() >= 20_000_000);
    let input = tmp.path().join("big.txt");
    std::fs::write(&input, &text).unwrap();
    let out = tmp.path().join("out");
    let status = gleaner().args(["extract", "--no-model"]).arg(&input).arg("-o").arg(&out).status().unwrap();
    assert!(status.success());
    let doc = read_doc(&out.join("big.json"));
    assert_eq!(doc.text.len(), text.len(), "text kept whole");
    let n = text.len() / para.len();
    assert_eq!(doc.sentences.len(), n);
    assert_eq!(doc.entities.iter().filter(|e| e.label == "MONEY").count(), n);
}

#[test]
fn stdin_jsonl_and_usage_errors() {
    use std::io::Write;
    let mut child = gleaner()
        .args(["extract", "--no-model", "--jsonl", "--date", "2025-10-29", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all("{\"id\": \"s1\", \"text\": \"The summit was held yesterday.\"}\n".as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let doc: Document = serde_json::from_slice(&out.stdout).unwrap();
    let y = doc.entities.iter().find(|e| e.text == "yesterday").unwrap();
    assert_eq!(y.value.as_ref().unwrap()["iso"], "2025-10-28");

    let bad = gleaner().args(["extract", "--no-model", "--jsonl", "/no/such/input"]).output().unwrap();
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("/no/such/input"));
    let bad_date = gleaner().args(["extract", "--no-model", "--jsonl", "--date", "28/10/2025", "-"]).output().unwrap();
    assert_eq!(bad_date.status.code(), Some(2));
    let no_model = gleaner().args(["extract", "--model", "/no/model", "--jsonl", "-"]).output().unwrap();
    assert_eq!(no_model.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&no_model.stderr).contains("/no/model"));
}

#[test]
fn seed_article_patterns_and_names() {
    let Some(seed) = seed_article() else {
        eprintln!("skipped: ../shared/seed/takaichi-trump.txt not present");
        return;
    };
    let out = gleaner().args(["extract", "--no-model", "--jsonl", "--date", "2025-10-29"]).arg(&seed).output().unwrap();
    assert!(out.status.success());
    let doc: Document = serde_json::from_slice(&out.stdout).unwrap();
    assert!(doc.validate().is_empty());
    let has = |text: &str, label: &str| doc.entities.iter().find(|e| e.text == text && e.label == label);
    assert_eq!(has("October 28", "DATE").unwrap().value.as_ref().unwrap()["iso"], "2025-10-28");
    let money = has("$550 billion", "MONEY").unwrap().value.clone().unwrap();
    assert_eq!((money["amount"].as_i64(), money["currency"].as_str()), (Some(550_000_000_000), Some("USD")));
    assert!(has("27.5%", "PERCENT").is_some() && has("15%", "PERCENT").is_some());
    assert!(has("Prime Minister", "TITLE").is_some() && has("President", "TITLE").is_some());
    for gpe in ["Japan", "Tokyo", "Malaysia", "South Korea"] {
        assert!(has(gpe, "GPE").is_some(), "{gpe}");
    }
    assert!(has("Japanese", "NORP").is_some() && has("White House", "ORG").is_some());
    // "Japan-U.S." is two GPEs.
    let first = doc.entities.iter().position(|e| e.text == "Japan" && doc.text[..].chars().skip(e.end).take(1).collect::<String>() == "-").unwrap();
    assert_eq!(doc.entities[first + 1].text, "U.S.");
    assert_eq!(doc.entities[first + 1].canonical.as_deref(), Some("United States"));
}

#[test]
fn training_data_in_the_same_run_with_min_score() {
    let tmp = tempfile::tempdir().unwrap();
    let model = write_tiny_model(&tmp.path().join("model"), true, 9);
    let input = tmp.path().join("in");
    std::fs::create_dir_all(&input).unwrap();
    for i in 0..4 {
        std::fs::write(input.join(format!("d{i}.txt")), format!("Talks {i} opened in Tokyo on Monday. Japan pledged $1 billion.")).unwrap();
    }
    // Without a model every entity is a rule or gazetteer entity: all documents go out.
    let silver = tmp.path().join("silver.jsonl");
    let out = tmp.path().join("out");
    let st = gleaner().args(["extract", "--no-model", "--export", "hf-jsonl", "--export-out"]).arg(&silver).arg(&input).arg("-o").arg(&out).status().unwrap();
    assert!(st.success());
    let sentences = gleaner::formats::columns::read_sentences(&silver).unwrap();
    assert_eq!(sentences.len(), 8, "two sentences in each of 4 documents");
    assert!(sentences[0].tags.iter().any(|t| t == "B-GPE"));
    assert_eq!(run_json(&out)["export"]["documents"], 4);

    // With the model and an impossible threshold, documents with model entities are left out
    // and named in run.json.
    let out2 = tmp.path().join("out2");
    let st = gleaner()
        .args(["extract", "--export", "conll", "--min-score", "1.5", "--model"])
        .arg(&model)
        .arg("--export-out")
        .arg(tmp.path().join("silver.conll"))
        .arg(&input)
        .arg("-o")
        .arg(&out2)
        .status()
        .unwrap();
    assert!(st.success());
    let run = run_json(&out2);
    let kept = run["export"]["documents"].as_u64().unwrap() as usize;
    let left_out = run["export"]["below_min_score"].as_array().unwrap().len();
    assert_eq!(kept + left_out, 4);
    for id in run["export"]["below_min_score"].as_array().unwrap() {
        let doc = read_doc(&out2.join(format!("{}.json", id.as_str().unwrap())));
        assert!(doc.entities.iter().any(|e| e.score.is_some()), "left out only for a scored entity");
    }
    let bad = gleaner().args(["extract", "--no-model", "--jsonl", "--export", "spacy2", "--export-out", "x"]).arg(&input).output().unwrap();
    assert_eq!(bad.status.code(), Some(2));
}
