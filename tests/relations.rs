//! The relation stage on real sentences, with entities given by hand (so no model is needed).

use gleaner::document::{CharIndex, Document, Entity, Meta, TextView};
use gleaner::stages::relations::{extract, RuleSet};
use gleaner::resources::Resources;

/// Segments `text`, adds the pattern and gazetteer entities by running the pipeline without a
/// model, and adds PERSON entities for the given names (every occurrence).
fn annotate(text: &str, people: &[&str]) -> Document {
    let res = Resources::builtin();
    let pipeline = gleaner::pipeline::Pipeline { res, ner: None, rules: RuleSet::default(), batch_tokens: 1024 };
    let mut times = Default::default();
    let mut doc = pipeline.annotate(vec![Document::new("t", text, Meta::default())], &mut times).remove(0).unwrap();
    let idx = CharIndex::new(text);
    for p in people {
        for (b, _) in text.match_indices(p) {
            let (s, e) = (idx.char_at_byte(b), idx.char_at_byte(b + p.len()));
            if doc.entities.iter().any(|x| x.start < e && s < x.end) {
                continue;
            }
            doc.entities.push(Entity { id: String::new(), label: "PERSON".into(), start: s, end: e, text: p.to_string(), score: None, source: None, canonical: None, value: None });
        }
    }
    doc.entities.sort_by_key(|e| e.start);
    for (i, e) in doc.entities.iter_mut().enumerate() {
        e.id = format!("e{}", i + 1);
    }
    gleaner::stages::link::link(&mut doc, &Resources::builtin());
    let view = TextView::new(&doc);
    extract(&mut doc, &view, &RuleSet::load(&[] as &[&str]).unwrap());
    assert!(doc.validate().is_empty(), "{:?}", doc.validate());
    doc
}

/// Relations as (type, [(role, filler text)]) for easy comparison.
fn rels(doc: &Document) -> Vec<(String, Vec<(String, String)>)> {
    doc.relations
        .iter()
        .map(|r| {
            let args = r
                .args
                .iter()
                .map(|a| (a.role.clone(), a.entity.as_ref().map(|id| doc.entity(id).unwrap().text.clone()).or(a.text.clone()).unwrap()))
                .collect();
            (r.label.clone(), args)
        })
        .collect()
}

fn has(doc: &Document, label: &str, want: &[(&str, &str)]) {
    let all = rels(doc);
    let ok = all.iter().any(|(l, args)| l == label && want.iter().all(|(r, t)| args.iter().any(|(ar, at)| ar == r && at == t)));
    assert!(ok, "no {label} with {want:?} in {all:#?}");
}

#[test]
fn titles_meetings_and_references_across_sentences() {
    let doc = annotate(
        "Prime Minister Sanae Takaichi met U.S. President Donald Trump in Tokyo on Tuesday. The two leaders signed the Critical Minerals Framework. \
         Later, she visited Yokosuka.",
        &["Sanae Takaichi", "Donald Trump"],
    );
    has(&doc, "holds_position", &[("person", "Sanae Takaichi"), ("title", "Prime Minister")]);
    has(&doc, "holds_position", &[("person", "Donald Trump"), ("title", "President"), ("organization", "U.S.")]);
    has(&doc, "meeting", &[("participant", "Sanae Takaichi"), ("participant", "Donald Trump"), ("location", "Tokyo"), ("date", "Tuesday")]);
    // "The two leaders" are the two most recent people; "she" the most recent.
    has(&doc, "agreement", &[("party", "Sanae Takaichi"), ("party", "Donald Trump")]);
    has(&doc, "visit", &[("visitor", "Donald Trump"), ("destination", "Yokosuka")]);
}

#[test]
fn quotes_are_attributed_to_their_speakers() {
    let doc = annotate(
        "“We will build a golden era,” Takaichi said. Trump called it \"the greatest alliance in the world.\" \"Trade matters,\" said Trump.",
        &["Takaichi", "Trump"],
    );
    has(&doc, "statement", &[("speaker", "Takaichi"), ("quote", "We will build a golden era")]);
    has(&doc, "statement", &[("speaker", "Trump"), ("quote", "the greatest alliance in the world")]);
    has(&doc, "statement", &[("speaker", "Trump"), ("quote", "Trade matters")]);
    assert_eq!(doc.relations.iter().filter(|r| r.label == "statement").count(), 3);
    for r in &doc.relations {
        assert!(r.rule.is_some() && r.trigger.is_some() && r.evidence.is_some() && r.score.is_some());
    }
}

#[test]
fn money_rates_and_places() {
    let doc = annotate(
        "Japan committed to investing $550 billion in the United States by 2029. Trump cut the tariff on Japanese cars from 27.5% to 15%. \
         The talks took place at the Akasaka Palace in Tokyo.",
        &["Trump"],
    );
    has(&doc, "commitment", &[("agent", "Japan"), ("value", "$550 billion"), ("deadline", "2029")]);
    has(&doc, "investment", &[("investor", "Japan"), ("amount", "$550 billion"), ("recipient", "United States")]);
    has(&doc, "tariff_change", &[("imposer", "Trump"), ("old_rate", "27.5%"), ("new_rate", "15%"), ("target", "Japanese")]);
}

#[test]
fn user_rules_add_relations_and_bad_files_fail_with_line() {
    let tmp = tempfile::tempdir().unwrap();
    let good = tmp.path().join("extra.toml");
    std::fs::write(
        &good,
        "[[rule]]\nid = \"visit.landed\"\ntype = \"visit\"\ntrigger = [\"touched down in\"]\nsplit = [\"visitor\"]\n[[rule.slot]]\nrole = \"visitor\"\ntypes = [\"PERSON\"]\nside = \"before\"\n[[rule.slot]]\nrole = \"destination\"\ntypes = [\"GPE\"]\nside = \"after\"\nmax_gap = 0\n",
    )
    .unwrap();
    let rules = RuleSet::load(&[&good]).unwrap();
    assert!(rules.rules.iter().any(|r| r.id == "visit.landed"));
    let bad = tmp.path().join("bad.toml");
    std::fs::write(&bad, "[[rule]]\nid = \"x\"\ntype = \"visit\"\ntrigger = [\"went\"]\n[[rule.slot]]\nrole = \"visitor\"\ntypes = [\"PEOPLE\"]\n").unwrap();
    let err = RuleSet::load(&[&bad]).unwrap_err().to_string();
    assert!(err.contains("bad.toml:1") && err.contains("PEOPLE"), "{err}");
}

/// Adds a syntax layer by hand, as the syntax heads would: NP chunks over the given phrases
/// (first occurrence of each) and a POS on every token (VB for the given verbs, NN otherwise).
fn with_syntax(doc: &mut Document, nps: &[&str], verbs: &[&str]) {
    let idx = CharIndex::new(&doc.text);
    for t in doc.tokens.iter_mut() {
        let w = idx.slice(&doc.text, t.start, t.end);
        t.pos = Some(if verbs.contains(&w) { "VB" } else { "NN" }.to_string());
    }
    for p in nps {
        let b = doc.text.find(p).unwrap_or_else(|| panic!("{p:?} not in the text"));
        let (start, end) = (idx.char_at_byte(b), idx.char_at_byte(b + p.len()));
        doc.chunks.push(gleaner::document::Chunk { start, end, kind: "NP".into() });
    }
    doc.chunks.sort_by_key(|c| c.start);
}

#[test]
fn chunk_slots_take_noun_phrases_as_text_spans() {
    let text = "Japan and India signed a memorandum of understanding on rare earths on Tuesday. \
                Takaichi pledged in a speech to raise Japan\u{2019}s defense spending to 2% by March 2026. \
                Trump cut the tariff on automobiles from 27.5% to 15%.";
    let mut doc = annotate(text, &["Takaichi", "Trump"]);
    // Without the syntax layer the chunk slots stay empty and the rest is found as before.
    has(&doc, "agreement", &[("party", "Japan"), ("party", "India")]);
    assert!(rels(&doc).iter().all(|(_, args)| args.iter().all(|(r, _)| !["topic", "product"].contains(&r.as_str()) && r != "agreement")), "{:#?}", rels(&doc));
    with_syntax(&mut doc, &["a memorandum", "understanding", "rare earths", "Tuesday", "Takaichi", "a speech", "Japan\u{2019}s defense spending", "2%", "Trump", "the tariff", "automobiles"], &["raise"]);
    let view = TextView::new(&doc);
    extract(&mut doc, &view, &RuleSet::load(&[] as &[&str]).unwrap());
    assert!(doc.validate().is_empty(), "{:?}", doc.validate());
    // Run on through "of" and "on"; the determiner left out.
    has(&doc, "agreement", &[("party", "Japan"), ("party", "India"), ("agreement", "memorandum of understanding on rare earths")]);
    // The object of the infinitive, not the nearer "a speech"; the possessor left out.
    has(&doc, "commitment", &[("agent", "Takaichi"), ("value", "2%"), ("topic", "defense spending")]);
    has(&doc, "tariff_change", &[("new_rate", "15%"), ("old_rate", "27.5%"), ("product", "automobiles")]);
}
