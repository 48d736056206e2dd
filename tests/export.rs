//! `gleaner export` round trips: corpus gold documents are exported to each format, read back
//! through `gleaner eval --json`, and must score 1.0 wherever the format is lossless; what a
//! format cannot carry must be reported on stderr.

use std::path::{Path, PathBuf};
use std::process::Command;

use gleaner::document::{Document, Entity, Meta, Span};
use serde_json::Value;

fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_gleaner")
}

fn dev_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/gold/dev")
}

fn dev_docs() -> Vec<Document> {
    gleaner::formats::read_documents(&dev_dir()).unwrap()
}

/// Runs `gleaner export` and returns its stderr.
fn export(format: &str, input: &Path, out: &Path) -> String {
    let o = Command::new(bin()).args(["export", "--format", format]).arg(input).arg("-o").arg(out).output().unwrap();
    let stderr = String::from_utf8_lossy(&o.stderr).into_owned();
    assert!(o.status.success(), "export {format} failed: {stderr}");
    stderr
}

fn eval(gold: &Path, pred: &Path) -> Value {
    let o = Command::new(bin()).args(["eval", "--json", "--gold"]).arg(gold).arg("--pred").arg(pred).output().unwrap();
    assert!(o.status.success(), "eval failed: {}", String::from_utf8_lossy(&o.stderr));
    serde_json::from_slice(&o.stdout).unwrap()
}

fn f(v: &Value, path: &[&str]) -> f64 {
    let mut x = v;
    for p in path {
        x = &x[*p];
    }
    x.as_f64().unwrap_or_else(|| panic!("{path:?} missing in {v}"))
}

fn assert_entities_exact(r: &Value, what: &str) {
    for mode in ["strict", "exact", "partial", "ent_type"] {
        assert_eq!(f(r, &["entities", "overall", mode, "f1"]), 1.0, "{what}: entity {mode} F1\n{r}");
    }
    assert!(r["missing_predictions"].as_array().unwrap().is_empty(), "{what}: {}", r["missing_predictions"]);
    assert!(r["unpaired_predictions"].as_array().unwrap().is_empty(), "{what}: {}", r["unpaired_predictions"]);
}

#[test]
fn jsonl_round_trip_is_lossless_for_entities_and_relations() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("dev.jsonl");
    let stderr = export("jsonl", &dev_dir(), &out);
    assert!(!stderr.contains("warning"), "{stderr}");
    let r = eval(&dev_dir(), &out);
    assert_entities_exact(&r, "jsonl");
    assert!(f(&r, &["relations", "lenient", "micro", "gold"]) > 0.0);
    for measure in ["lenient", "strict", "arguments"] {
        assert_eq!(f(&r, &["relations", measure, "micro", "f1"]), 1.0, "jsonl relations {measure}");
    }
}

#[test]
fn brat_round_trip_keeps_entities_and_rebuilds_relations() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("brat");
    let stderr = export("brat", &dev_dir(), &dir);
    let docs = dev_docs();
    for d in &docs {
        let txt = std::fs::read(dir.join(format!("{}.txt", d.id))).unwrap();
        assert_eq!(txt, d.text.as_bytes(), "{}: the .txt is the exact text", d.id);
        let ann = std::fs::read_to_string(dir.join(format!("{}.ann", d.id))).unwrap();
        // T lines quote the text at code-point offsets.
        let chars: Vec<char> = d.text.chars().collect();
        for line in ann.lines().filter(|l| l.starts_with('T')) {
            let cols: Vec<&str> = line.split('\t').collect();
            let offs: Vec<&str> = cols[1].split(' ').collect();
            if cols[1].contains(';') {
                continue;
            }
            let (s, e): (usize, usize) = (offs[1].parse().unwrap(), offs[2].parse().unwrap());
            assert_eq!(chars[s..e].iter().collect::<String>(), cols[2], "{}: {line}", d.id);
        }
    }
    assert!(dir.join("annotation.conf").exists());

    // Relations with fewer than two arguments cannot be binary links; every other one comes back.
    let single: usize = docs.iter().map(|d| d.relations.iter().filter(|r| r.args.len() < 2).count()).sum();
    let total: usize = docs.iter().map(|d| d.relations.len()).sum();
    if single > 0 {
        assert!(stderr.contains(&format!("{single} relations with fewer than two arguments dropped")), "{stderr}");
    }
    let nary: usize = docs.iter().map(|d| d.relations.iter().filter(|r| r.args.len() > 2).count()).sum();
    assert!(nary > 0 && stderr.contains(&format!("{nary} relations with more than two arguments split")), "{stderr}");

    let r = eval(&dev_dir(), &dir);
    assert_entities_exact(&r, "brat");
    assert_eq!(f(&r, &["relations", "lenient", "micro", "gold"]), total as f64);
    assert_eq!(f(&r, &["relations", "lenient", "micro", "predicted"]), (total - single) as f64);
    for measure in ["lenient", "strict"] {
        assert_eq!(f(&r, &["relations", measure, "micro", "precision"]), 1.0, "brat relations {measure}\n{}", r["relations"]);
        assert_eq!(f(&r, &["relations", measure, "micro", "correct"]), (total - single) as f64, "brat relations {measure}");
    }
    assert_eq!(f(&r, &["relations", "arguments", "micro", "f1"]), 1.0);

    // One .ann path (with its .txt beside it) works as well as the folder.
    let one = &docs[0];
    let gold = tmp.path().join("one.json");
    std::fs::write(&gold, serde_json::to_vec(one).unwrap()).unwrap();
    let r = eval(&gold, &dir.join(format!("{}.ann", one.id)));
    assert_entities_exact(&r, "brat .ann");
}

#[test]
fn doccano_and_label_studio_keep_entities() {
    let tmp = tempfile::tempdir().unwrap();
    for (format, name) in [("doccano", "dev.jsonl"), ("label-studio", "dev.json")] {
        let out = tmp.path().join(name);
        let stderr = export(format, &dev_dir(), &out);
        assert!(stderr.contains("split into binary links"), "{format}: {stderr}");
        let r = eval(&dev_dir(), &out);
        assert_entities_exact(&r, format);
    }
    // doccano's shape.
    let line = std::fs::read_to_string(tmp.path().join("dev.jsonl")).unwrap();
    let v: Value = serde_json::from_str(line.lines().next().unwrap()).unwrap();
    let e = &v["entities"][0];
    assert!(e["id"].is_u64() && e["label"].is_string() && e["start_offset"].is_u64() && e["end_offset"].is_u64(), "{e}");
    let rel = &v["relations"][0];
    assert!(rel["from_id"].is_u64() && rel["to_id"].is_u64() && rel["type"].is_string(), "{rel}");
    // Label Studio's shape.
    let v: Value = serde_json::from_str(&std::fs::read_to_string(tmp.path().join("dev.json")).unwrap()).unwrap();
    let task = &v[0];
    assert!(task["data"]["text"].is_string());
    let result = task["predictions"][0]["result"].as_array().unwrap();
    assert!(result.iter().any(|x| x["type"] == "labels" && x["value"]["labels"][0].is_string()));
    assert!(result.iter().any(|x| x["type"] == "relation" && x["from_id"].is_string()));
}

/// A document whose text is its tokens joined by spaces, one sentence a line (the text a CoNLL
/// file reads back as), keeping the entities that sit on token boundaries inside a sentence.
/// Returns it with the number of entities left out.
fn token_aligned(doc: &Document, id: &str) -> (Document, usize) {
    let mut d = doc.clone();
    gleaner::stages::segment::segment(&mut d, &gleaner::resources::Resources::builtin());
    let chars: Vec<char> = d.text.chars().collect();
    let mut text = String::new();
    let mut n = 0;
    let mut map_start = std::collections::HashMap::new();
    let mut map_end = std::collections::HashMap::new();
    let mut out = Document::new(id, "", Meta::default());
    for (si, s) in d.sentences.iter().enumerate() {
        if si > 0 {
            text.push('\n');
            n += 1;
        }
        let start = n;
        for (ti, t) in d.tokens.iter().filter(|t| t.start >= s.start && t.end <= s.end).enumerate() {
            if ti > 0 {
                text.push(' ');
                n += 1;
            }
            map_start.insert(t.start, (si, n));
            text.extend(&chars[t.start..t.end]);
            n += t.end - t.start;
            map_end.insert(t.end, (si, n));
            out.tokens.push(Span { start: n - (t.end - t.start), end: n });
        }
        out.sentences.push(Span { start, end: n });
    }
    let new_chars: Vec<char> = text.chars().collect();
    let mut dropped = 0;
    for e in &doc.entities {
        match (map_start.get(&e.start), map_end.get(&e.end)) {
            (Some(&(sa, a)), Some(&(sb, b))) if sa == sb && a < b => out.entities.push(Entity {
                id: format!("e{}", out.entities.len() + 1),
                label: e.label.clone(),
                start: a,
                end: b,
                text: new_chars[a..b].iter().collect(),
                score: None,
                source: None,
                canonical: None,
                value: None,
            }),
            _ => dropped += 1,
        }
    }
    out.text = text;
    (out, dropped)
}

#[test]
fn token_formats_round_trip_on_token_aligned_gold() {
    let tmp = tempfile::tempdir().unwrap();
    let docs = dev_docs();

    // Exported straight from the corpus gold: entities off token boundaries ("Korean" in
    // "Korean-backed") are dropped and reported with the document ids; relations are reported as
    // not carried.
    let conll = tmp.path().join("dev.conll");
    let stderr = export("conll", &dev_dir(), &conll);
    let back = gleaner::formats::read_documents(&conll).unwrap();
    assert_eq!(back.len(), docs.len());
    let mut aligned_docs = Vec::new();
    let mut total_dropped = 0;
    for (i, (doc, b)) in docs.iter().zip(&back).enumerate() {
        let (aligned, dropped) = token_aligned(doc, &format!("x-{:04}", i + 1));
        assert_eq!(b.id, format!("dev-{:04}", i + 1));
        assert_eq!(b.text, aligned.text, "{}", doc.id);
        assert_eq!(b.entities.len(), doc.entities.len() - dropped, "{}: {stderr}", doc.id);
        if dropped > 0 {
            assert!(stderr.contains(&doc.id), "{}: {stderr}", doc.id);
        }
        total_dropped += dropped;
        aligned_docs.push(aligned);
    }
    if total_dropped > 0 {
        assert!(stderr.contains(&format!("{total_dropped} entities not on token boundaries dropped")), "{stderr}");
    }
    let relations: usize = docs.iter().map(|d| d.relations.len()).sum();
    assert!(stderr.contains(&format!("{relations} relations not carried")), "{stderr}");

    // Gold documents built on tokens come back exactly from every token format.
    let gold = tmp.path().join("gold.jsonl");
    let lines: Vec<String> = aligned_docs.iter().map(|d| serde_json::to_string(d).unwrap()).collect();
    std::fs::write(&gold, lines.join("\n") + "\n").unwrap();
    for (format, ext) in [("conll", "conll"), ("iob2", "iob2"), ("bilou", "bilou"), ("iob2", "iob")] {
        let out = tmp.path().join(format!("x.{ext}"));
        let stderr = export(format, &gold, &out);
        assert!(!stderr.contains("warning"), "{format}: {stderr}");
        let r = eval(&gold, &out);
        assert_entities_exact(&r, &format!("token-aligned gold as {format} (.{ext})"));
        assert_eq!(f(&r, &["documents"]), docs.len() as f64);
    }
}

#[test]
fn conll_layout() {
    let tmp = tempfile::tempdir().unwrap();
    let mut d = Document::new("a", "Takaichi met Lee in Seoul. Both spoke.", Meta::default());
    let ent = |id: &str, label: &str, start: usize, text: &str| Entity { id: id.into(), label: label.into(), start, end: start + text.len(), text: text.into(), score: None, source: None, canonical: None, value: None };
    d.entities = vec![ent("e1", "PERSON", 0, "Takaichi"), ent("e2", "PERSON", 13, "Lee"), ent("e3", "GPE", 20, "Seoul")];
    let mut d2 = d.clone();
    d2.id = "b".into();
    let input = tmp.path().join("in.jsonl");
    std::fs::write(&input, format!("{}\n{}\n", serde_json::to_string(&d).unwrap(), serde_json::to_string(&d2).unwrap())).unwrap();
    let out = tmp.path().join("out.conll");
    export("conll", &input, &out);
    let doc = "-DOCSTART- -X- -X- O\n\nTakaichi -X- _ B-PERSON\nmet -X- _ O\nLee -X- _ B-PERSON\nin -X- _ O\nSeoul -X- _ B-GPE\n. -X- _ O\n\nBoth -X- _ O\nspoke -X- _ O\n. -X- _ O\n\n";
    assert_eq!(std::fs::read_to_string(&out).unwrap(), format!("{doc}{doc}"));
    let out = tmp.path().join("out.bilou");
    export("bilou", &input, &out);
    assert!(std::fs::read_to_string(&out).unwrap().starts_with("-DOCSTART-\tO\n\nTakaichi\tU-PERSON\nmet\tO\n"));
}

#[test]
fn train_reads_the_hf_jsonl_export() {
    let tmp = tempfile::tempdir().unwrap();
    let hf = tmp.path().join("dev.hf.jsonl");
    let conll = tmp.path().join("dev.conll");
    export("hf-jsonl", &dev_dir(), &hf);
    export("conll", &dev_dir(), &conll);
    let from_hf = gleaner::formats::columns::read_sentences(&hf).unwrap();
    let from_conll = gleaner::formats::columns::read_sentences(&conll).unwrap();
    assert!(!from_hf.is_empty());
    assert_eq!(from_hf, from_conll, "hf-jsonl and conll carry the same sentences and tags");
    let labels: Vec<String> = serde_json::from_str(&std::fs::read_to_string(tmp.path().join("dev.hf.jsonl.labels.json")).unwrap()).unwrap();
    assert_eq!(labels, gleaner::tags::label_set(&from_hf));
    for (line, s) in std::fs::read_to_string(&hf).unwrap().lines().zip(&from_hf) {
        let v: Value = serde_json::from_str(line).unwrap();
        assert!(v["id"].is_string());
        let ints: Vec<usize> = v["ner_tags"].as_array().unwrap().iter().map(|x| x.as_u64().unwrap() as usize).collect();
        let tags: Vec<&str> = ints.iter().map(|&i| labels[i].as_str()).collect();
        assert_eq!(tags, s.tags);
    }
}

#[test]
fn spacy_round_trip_keeps_text_tokens_sentences_entities_and_ids() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("dev.spacy");
    let stderr = export("spacy", &dev_dir(), &out);
    let back = gleaner::formats::read_documents(&out).unwrap();
    let docs = dev_docs();
    assert_eq!(back.len(), docs.len());
    let mut dropped = 0;
    let mut kept_gold = Vec::new();
    for (doc, b) in docs.iter().zip(&back) {
        let mut seg = doc.clone();
        gleaner::stages::segment::segment(&mut seg, &gleaner::resources::Resources::builtin());
        assert_eq!(b.id, doc.id);
        assert_eq!(b.text, doc.text, "{}: the text comes back byte for byte", doc.id);
        assert_eq!(b.tokens, seg.tokens, "{}", doc.id);
        assert_eq!(b.sentences, seg.sentences, "{}", doc.id);
        // Entities come back unless reported as dropped (off token boundaries).
        let mut gold = doc.clone();
        gold.entities.retain(|e| b.entities.iter().any(|x| (x.start, x.end, &x.label) == (e.start, e.end, &e.label)));
        assert_eq!(gold.entities.len(), b.entities.len(), "{}", doc.id);
        if gold.entities.len() < doc.entities.len() {
            assert!(stderr.contains(&doc.id), "{}: {stderr}", doc.id);
            dropped += doc.entities.len() - gold.entities.len();
        }
        gold.relations.clear();
        kept_gold.push(serde_json::to_string(&gold).unwrap());
    }
    assert!(dropped > 0 && stderr.contains(&format!("{dropped} entities not on token boundaries dropped")), "{stderr}");
    let relations: usize = docs.iter().map(|d| d.relations.len()).sum();
    assert!(stderr.contains(&format!("{relations} relations not carried")), "{stderr}");
    let gold = tmp.path().join("kept.jsonl");
    std::fs::write(&gold, kept_gold.join("\n") + "\n").unwrap();
    assert_entities_exact(&eval(&gold, &out), "spacy");
}

#[test]
fn unknown_formats_are_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let o = Command::new(bin()).args(["export", "--format", "docx"]).arg(dev_dir()).arg("-o").arg(tmp.path().join("x.docx")).output().unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("unknown export format \"docx\""));
}
