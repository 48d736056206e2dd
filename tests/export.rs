//! `gleaner export` round trips: corpus gold documents are exported to each format, read back
//! through `gleaner eval --json`, and must score 1.0 wherever the format is lossless; what a
//! format cannot carry must be reported on stderr.

use std::path::{Path, PathBuf};
use std::process::Command;

use gleaner::document::{Document, Entity, Meta, Token};
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

/// `(type, text)` of each entity, whitespace collapsed (a token format's text joins tokens by
/// single spaces).
fn typed_texts(doc: &Document) -> Vec<(String, String)> {
    let mut v: Vec<(usize, String, String)> = doc.entities.iter().map(|e| (e.start, e.label.clone(), e.text.split_whitespace().collect::<String>())).collect();
    v.sort();
    v.into_iter().map(|(_, l, t)| (l, t)).collect()
}

#[test]
fn token_formats_keep_every_gold_entity_and_round_trip() {
    let tmp = tempfile::tempdir().unwrap();
    let docs = dev_docs();

    // Exported straight from the corpus gold: a token with an entity boundary inside it
    // ("Korean" in "Korean-backed") is split there, so every entity is written; relations are
    // reported as not carried.
    let conll = tmp.path().join("dev.conll");
    let stderr = export("conll", &dev_dir(), &conll);
    assert!(!stderr.contains("dropped"), "{stderr}");
    assert!(stderr.contains("tokens split at an entity boundary"), "the dev gold has entities inside hyphenated words: {stderr}");
    let back = gleaner::formats::read_documents(&conll).unwrap();
    assert_eq!(back.len(), docs.len());
    for (i, (doc, b)) in docs.iter().zip(&back).enumerate() {
        assert_eq!(b.id, format!("dev-{:04}", i + 1));
        assert_eq!(typed_texts(b), typed_texts(doc), "{}: every gold entity, in order", doc.id);
    }
    let relations: usize = docs.iter().map(|d| d.relations.len()).sum();
    assert!(stderr.contains(&format!("{relations} relations not carried")), "{stderr}");

    // Documents built on tokens (the CoNLL read-back) come back exactly from every token format.
    let gold = tmp.path().join("gold.jsonl");
    let lines: Vec<String> = back
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let mut d = d.clone();
            d.id = format!("x-{:04}", i + 1); // the ids x.conll reads back as
            serde_json::to_string(&d).unwrap()
        })
        .collect();
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
    assert!(!stderr.contains("dropped"), "{stderr}");
    let back = gleaner::formats::read_documents(&out).unwrap();
    let docs = dev_docs();
    assert_eq!(back.len(), docs.len());
    let mut kept_gold = Vec::new();
    let mut split = 0;
    for (doc, b) in docs.iter().zip(&back) {
        let mut seg = doc.clone();
        gleaner::stages::segment::segment(&mut seg, &gleaner::resources::Resources::builtin());
        assert_eq!(b.id, doc.id);
        assert_eq!(b.text, doc.text, "{}: the text comes back byte for byte", doc.id);
        assert_eq!(b.sentences, seg.sentences, "{}", doc.id);
        // gleaner's tokens, some split at an entity boundary: the same characters, and every
        // boundary of gleaner's is one of the DocBin's.
        let chars = |ts: &[Token]| ts.iter().flat_map(|t| t.start..t.end).collect::<Vec<_>>();
        assert_eq!(chars(&b.tokens), chars(&seg.tokens), "{}", doc.id);
        assert!(seg.tokens.iter().all(|t| b.tokens.iter().any(|x| x.start == t.start) && b.tokens.iter().any(|x| x.end == t.end)), "{}", doc.id);
        split += b.tokens.len() - seg.tokens.len();
        // Every gold entity comes back.
        let spans = |d: &Document| d.entities.iter().map(|e| (e.start, e.end, e.label.clone())).collect::<Vec<_>>();
        assert_eq!(spans(b), spans(doc), "{}", doc.id);
        let mut gold = doc.clone();
        gold.relations.clear();
        kept_gold.push(serde_json::to_string(&gold).unwrap());
    }
    assert!(split > 0 && stderr.contains(&format!("{split} tokens split at an entity boundary")), "{split}: {stderr}");
    let relations: usize = docs.iter().map(|d| d.relations.len()).sum();
    assert!(stderr.contains(&format!("{relations} relations not carried")), "{stderr}");
    let gold = tmp.path().join("kept.jsonl");
    std::fs::write(&gold, kept_gold.join("\n") + "\n").unwrap();
    assert_entities_exact(&eval(&gold, &out), "spacy");
}

/// The gold relations that are one binary link between two entities (what DocRED carries). A
/// fact stated twice ("Faye attended the forum ... Faye told the forum") is one DocRED label:
/// its entities are one vertex each, so the repeat is left out here too.
fn binary_gold(doc: &Document) -> Document {
    let mut d = doc.clone();
    d.relations.retain(|r| r.args.len() == 2 && r.args.iter().all(|a| a.entity.is_some()));
    let name = |id: &str| doc.entity(id).map(|e| e.canonical.clone().unwrap_or_else(|| e.text.clone())).unwrap_or_default();
    let mut seen = std::collections::HashSet::new();
    d.relations.retain(|r| {
        let mut key: Vec<(String, String)> = r.args.iter().map(|a| (a.role.clone(), name(a.entity.as_deref().unwrap()))).collect();
        key.sort();
        seen.insert((r.label.clone(), key))
    });
    d
}

#[test]
fn docred_round_trip_scores_binary_relations_exactly() {
    let tmp = tempfile::tempdir().unwrap();
    // The gold documents with the relations DocRED can express: two entity arguments.
    let gold = tmp.path().join("binary.jsonl");
    let docs: Vec<Document> = dev_docs().iter().map(binary_gold).collect();
    let binary: usize = docs.iter().map(|d| d.relations.len()).sum();
    assert!(binary > 20, "{binary}");
    std::fs::write(&gold, docs.iter().map(|d| serde_json::to_string(d).unwrap()).collect::<Vec<_>>().join("\n") + "\n").unwrap();
    let out = tmp.path().join("dev.docred.json");
    let stderr = export("docred", &gold, &out);
    assert!(!stderr.contains("dropped") && !stderr.contains("split into binary"), "{stderr}");
    let v: Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    // The fields and types DocRED loaders read.
    let mut labels = 0;
    for d in v.as_array().unwrap() {
        assert!(d["title"].is_string());
        let sents = d["sents"].as_array().unwrap();
        assert!(sents.iter().all(|s| s.as_array().unwrap().iter().all(Value::is_string)));
        for vertex in d["vertexSet"].as_array().unwrap() {
            for m in vertex.as_array().unwrap() {
                let (s, pos) = (m["sent_id"].as_u64().unwrap() as usize, m["pos"].as_array().unwrap());
                let (a, b) = (pos[0].as_u64().unwrap() as usize, pos[1].as_u64().unwrap() as usize);
                assert!(a < b && b <= sents[s].as_array().unwrap().len(), "{m}");
                assert!(m["name"].is_string() && m["type"].is_string());
            }
        }
        for l in d["labels"].as_array().unwrap() {
            assert!(l["h"].is_u64() && l["t"].is_u64() && l["r"].as_str().unwrap().split(':').count() == 3, "{l}");
            assert!(l["evidence"].as_array().unwrap().iter().all(Value::is_u64));
            labels += 1;
        }
    }
    assert!(labels > 0 && labels <= binary, "{labels} labels for {binary} relations (equal ones merge)");
    let r = eval(&gold, &out);
    assert_entities_exact(&r, "docred");
    for mode in ["lenient", "strict"] {
        assert_eq!(f(&r, &["relations", mode, "micro", "f1"]), 1.0, "docred relations {mode}\n{}", r["relations"]);
    }
    // From the full gold, the n-ary relations become links and text-span arguments are reported.
    let stderr = export("docred", &dev_dir(), &tmp.path().join("all.json"));
    assert!(stderr.contains("text-span arguments") && stderr.contains("split into binary links"), "{stderr}");
}

#[test]
fn tacred_has_one_example_per_ordered_mention_pair() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("dev.tacred.json");
    export("tacred", &dev_dir(), &out);
    let all: Vec<Value> = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    let positives: Vec<&Value> = all.iter().filter(|x| x["relation"] != "no_relation").collect();
    assert!(positives.len() > 50, "{}", positives.len());
    for x in &all {
        let n = x["token"].as_array().unwrap().len() as u64;
        for k in ["subj_start", "subj_end", "obj_start", "obj_end"] {
            assert!(x[k].as_u64().unwrap() < n, "{k} in {x}");
        }
        assert!(x["subj_start"].as_u64() <= x["subj_end"].as_u64() && x["obj_start"].as_u64() <= x["obj_end"].as_u64());
        assert!(x["subj_type"].is_string() && x["obj_type"].is_string() && x["id"].is_string() && x["docid"].is_string());
    }
    // "Prime Minister" holds_position for its person, in the sentence where both stand.
    assert!(positives.iter().any(|x| x["relation"] == "holds_position:person:title" && x["subj_type"] == "PERSON" && x["obj_type"] == "TITLE"));
    // Ordered pairs: n mentions in a sentence give n(n-1) examples.
    let mut per_sentence: std::collections::BTreeMap<String, usize> = Default::default();
    for x in &all {
        let id = x["id"].as_str().unwrap();
        let sentence = id.rsplitn(3, ':').nth(2).unwrap().to_string();
        *per_sentence.entry(sentence).or_default() += 1;
    }
    assert!(per_sentence.values().all(|&k| (1..200).any(|n| n * (n - 1) == k)), "{per_sentence:?}");
    // --max-negatives caps no_relation examples per sentence and says so.
    let capped = tmp.path().join("capped.json");
    let o = Command::new(bin()).args(["export", "--format", "tacred", "--max-negatives", "2"]).arg(dev_dir()).arg("-o").arg(&capped).output().unwrap();
    assert!(o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("no_relation pairs left out by --max-negatives"));
    let few: Vec<Value> = serde_json::from_slice(&std::fs::read(&capped).unwrap()).unwrap();
    assert_eq!(few.iter().filter(|x| x["relation"] != "no_relation").count(), positives.len());
    assert!(few.len() < all.len());
}

#[test]
fn unknown_formats_are_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let o = Command::new(bin()).args(["export", "--format", "docx"]).arg(dev_dir()).arg("-o").arg(tmp.path().join("x.docx")).output().unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("unknown export format \"docx\""));
}
