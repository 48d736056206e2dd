//! `gleaner eval` agrees with nervaluate 1.2.1 and seqeval (strict IOB2) on committed cases.
//! The expected figures come from scripts/eval_reference.py, which runs those packages.

use gleaner::document::{Document, Entity, Meta};
use gleaner::commands::eval::evaluate_documents;
use serde_json::Value;

fn fixture(name: &str) -> Value {
    let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/eval").join(name);
    serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap()
}

/// A document whose text is the tokens joined by spaces, with spans in characters.
fn document(id: &str, tokens: &[&str], spans: &Value) -> (Document, Vec<String>) {
    let text = tokens.join(" ");
    let mut starts = Vec::new();
    let mut pos = 0;
    for t in tokens {
        starts.push(pos);
        pos += t.chars().count() + 1;
    }
    let mut doc = Document::new(id, text.clone(), Meta::default());
    let mut tags = vec!["O".to_string(); tokens.len()];
    for (i, s) in spans.as_array().unwrap().iter().enumerate() {
        let (a, b, label) = (s[0].as_u64().unwrap() as usize, s[1].as_u64().unwrap() as usize, s[2].as_str().unwrap());
        let (start, end) = (starts[a], starts[b - 1] + tokens[b - 1].chars().count());
        doc.entities.push(Entity {
            id: format!("e{}", i + 1),
            label: label.into(),
            start,
            end,
            text: text.chars().skip(start).take(end - start).collect(),
            score: None,
            source: None,
            canonical: None,
            value: None,
        });
        tags[a] = format!("B-{label}");
        for t in &mut tags[a + 1..b] {
            *t = format!("I-{label}");
        }
    }
    (doc, tags)
}

fn close(a: f64, b: &Value, what: &str) {
    let b = b.as_f64().unwrap();
    assert!((a - b).abs() < 1e-9, "{what}: gleaner {a} vs reference {b}");
}

#[test]
fn entity_figures_equal_nervaluate_and_seqeval() {
    let cases = fixture("cases.json");
    let expected = fixture("expected.json");
    let mut checked = 0;
    for case in cases.as_array().unwrap() {
        let name = case["name"].as_str().unwrap();
        let (mut gold, mut pred, mut gold_tags, mut pred_tags) = (vec![], vec![], vec![], vec![]);
        for d in case["docs"].as_array().unwrap() {
            let tokens: Vec<&str> = d["tokens"].as_array().unwrap().iter().map(|t| t.as_str().unwrap()).collect();
            let id = d["id"].as_str().unwrap();
            let (g, gt) = document(id, &tokens, &d["gold"]);
            let (p, pt) = document(id, &tokens, &d["pred"]);
            gold.push(g);
            pred.push(p);
            gold_tags.push(gt);
            pred_tags.push(pt);
        }
        let report = evaluate_documents(&gold, &pred, None, name).unwrap();
        let got = serde_json::to_value(&report.entities).unwrap();
        let want = &expected[name]["nervaluate"];
        for mode in ["strict", "exact", "partial", "ent_type"] {
            for field in ["correct", "incorrect", "partial", "missed", "spurious", "possible", "actual"] {
                assert_eq!(got["overall"][mode][field], want["overall"][mode][field], "{name} overall {mode} {field}");
            }
            for field in ["precision", "recall", "f1"] {
                close(got["overall"][mode][field].as_f64().unwrap(), &want["overall"][mode][field], &format!("{name} overall {mode} {field}"));
                close(got["macro_avg"][mode][field].as_f64().unwrap(), &want["macro"][mode][field], &format!("{name} macro {mode} {field}"));
            }
            for (tag, modes) in want["per_tag"].as_object().unwrap() {
                for field in ["correct", "incorrect", "partial", "missed", "spurious"] {
                    assert_eq!(got["per_type"][tag][mode][field], modes[mode][field], "{name} {tag} {mode} {field}");
                }
                close(got["per_type"][tag][mode]["f1"].as_f64().unwrap(), &modes[mode]["f1"], &format!("{name} {tag} {mode} f1"));
            }
        }
        let seq = &expected[name]["seqeval"];
        if !seq.is_null() {
            let (p, r, f) = gleaner::tags::span_prf(&gold_tags, &pred_tags);
            close(p, &seq["micro"]["precision"], &format!("{name} seqeval precision"));
            close(r, &seq["micro"]["recall"], &format!("{name} seqeval recall"));
            close(f, &seq["micro"]["f1"], &format!("{name} seqeval f1"));
        }
        checked += 1;
    }
    assert_eq!(checked, 20);
}

#[test]
fn invalid_predicted_spans_are_spurious_and_invalid_gold_fails() {
    let (gold, _) = document("d", &["Tokyo", "hosts", "talks"], &serde_json::json!([[0, 1, "GPE"]]));
    let (mut pred, _) = document("d", &["Tokyo", "hosts", "talks"], &serde_json::json!([[0, 1, "GPE"], [1, 2, "ORG"]]));
    pred.entities[1].end = 999;
    let r = evaluate_documents(&[gold.clone()], &[pred], None, "gold").unwrap();
    assert_eq!(r.entities.overall["strict"].counts.spurious, 1);
    assert_eq!(r.entities.overall["strict"].counts.correct, 1);
    assert_eq!(r.invalid_predicted_spans.len(), 1);
    let mut bad = gold.clone();
    bad.entities[0].text = "Kyoto".into();
    let err = evaluate_documents(&[bad], &[gold.clone()], None, "gold.json").unwrap_err().to_string();
    assert!(err.contains("gold.json") && err.contains("e1"), "{err}");
    let r = evaluate_documents(&[gold], &[], None, "gold").unwrap();
    assert_eq!(r.missing_predictions, ["d"]);
    assert_eq!(r.entities.overall["strict"].counts.missed, 1);
}
