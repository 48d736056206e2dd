//! `gleaner view` markup, checked on the HTML itself (scripts/view_check.sh checks the same
//! pages in a real browser): every entity is one element over exactly its text, the text
//! container holds exactly the document text, article text cannot become markup, and with gold
//! every status is one of eval's categories.

use std::path::Path;
use std::process::Command;

use gleaner::document::{Document, Entity, Meta};

fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_gleaner")
}

fn entity(id: &str, label: &str, text: &str, sub: &str, nth: usize) -> Entity {
    let mut from = 0;
    let mut byte = 0;
    for _ in 0..=nth {
        byte = from + text[from..].find(sub).unwrap();
        from = byte + 1;
    }
    let start = text[..byte].chars().count();
    Entity { id: id.into(), label: label.into(), start, end: start + sub.chars().count(), text: sub.into(), score: None, source: None, canonical: None, value: None }
}

/// The text container's markup (article text holds no literal `<`, so its first `</div>` ends it).
fn text_markup(html: &str) -> &str {
    let open = "<div id=\"text\" class=\"text\">";
    let start = html.find(open).unwrap() + open.len();
    &html[start..start + html[start..].find("</div>").unwrap()]
}

/// The text container's content with tags removed and references decoded.
fn visible_text(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in text_markup(html).chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&#13;", "\r").replace("&amp;", "&")
}

fn view(pred: &Path, gold: Option<&Path>, out: &Path) -> String {
    let mut c = Command::new(bin());
    c.arg("view").arg(pred).arg("-o").arg(out);
    if let Some(g) = gold {
        c.arg("--gold").arg(g);
    }
    let o = c.output().unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn pages_carry_every_entity_over_its_exact_text() {
    let tmp = tempfile::tempdir().unwrap();
    let text = "<script>window.__pwned=1</script> Smith & Sons </div> met \"Zoë\" 👩\u{200d}💻 in القاهرة.\r\nThen Amélie left.";
    let mut doc = Document::new("x\"><script>alert(1)</script>", text, Meta::default());
    doc.entities = vec![
        entity("e1", "ORG", text, "<script>", 0),
        entity("e2", "ORG", text, "Smith & Sons", 0),
        entity("e3", "PERSON", text, "Zoë", 0),
        entity("e4", "GPE", text, "القاهرة", 0),
        entity("e5", "PERSON", text, "Amélie", 0),
    ];
    let mut gold = doc.clone();
    gold.entities[1] = entity("e2", "ORG", text, "Sons </div>", 0); // crosses a prediction
    gold.entities[2].label = "NORP".into(); // wrong type
    gold.entities.remove(4); // spurious prediction
    gold.entities.push(entity("e9", "DATE", text, "Then", 0)); // missed
    let (p, g) = (tmp.path().join("pred.jsonl"), tmp.path().join("gold.jsonl"));
    std::fs::write(&p, serde_json::to_string(&doc).unwrap() + "\n").unwrap();
    std::fs::write(&g, serde_json::to_string(&gold).unwrap() + "\n").unwrap();
    let site = tmp.path().join("site");
    let stderr = view(&p, Some(&g), &site);
    assert!(stderr.contains("1 documents"), "{stderr}");
    let page = std::fs::read_dir(&site).unwrap().map(|e| e.unwrap().path()).find(|p| p.file_name().unwrap() != "index.html").unwrap();
    let html = std::fs::read_to_string(&page).unwrap();
    // The text cannot inject markup: only the page's own two scripts.
    assert_eq!(html.matches("<script").count(), 2, "{html}");
    assert!(text_markup(&html).contains("&lt;script&gt;</span>window.__pwned=1&lt;/script&gt;"));
    assert!(html.contains("x&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"), "the id is escaped too");
    assert_eq!(visible_text(&html), text, "the visible text is the document text, CR LF included");
    assert_eq!(text_markup(&html).matches("data-entity=\"").count(), doc.entities.len());
    for e in &doc.entities {
        let tag = format!("data-entity=\"{}\"", e.id);
        let at = html.find(&tag).unwrap_or_else(|| panic!("no element for {}", e.id));
        assert!(html[at..].contains(&format!("data-start=\"{}\" data-end=\"{}\"", e.start, e.end)));
    }
    for status in ["incorrect", "spurious", "missed", "partial"] {
        assert!(html.contains(&format!("data-status=\"{status}\"")), "{status} in {html}");
    }
    assert!(html.contains("data-gold-entity=\"e2\"") && html.contains("data-part"), "the crossing gold span is shown in parts");
    let index = std::fs::read_to_string(site.join("index.html")).unwrap();
    assert!(index.contains("gleaner eval") && index.contains("entity strict F1"));
    assert_eq!(index.matches("<script").count(), 1);
}

#[test]
fn the_corpus_views_with_its_gold() {
    let tmp = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let gold_dir = root.join("corpus/gold/dev");
    let pred = tmp.path().join("pred");
    let o = Command::new(bin()).args(["extract", "--no-model"]).arg(root.join("corpus/articles/dev")).arg("-o").arg(&pred).output().unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let site = tmp.path().join("site");
    view(&pred, Some(&gold_dir), &site);
    let docs = gleaner::formats::read_documents(&pred).unwrap();
    let index = std::fs::read_to_string(site.join("index.html")).unwrap();
    // Worst first: the entity F1 column never decreases down the table.
    let f1s: Vec<f64> = index.lines().filter(|l| l.starts_with("<tr data-doc-id")).map(|l| l.split("<td>").nth(4).unwrap().trim_end_matches("</td>").parse().unwrap()).collect();
    assert_eq!(f1s.len(), docs.len());
    assert!(f1s.windows(2).all(|w| w[0] <= w[1]), "{f1s:?}");
    for d in &docs {
        let html = std::fs::read_to_string(site.join(format!("{}.html", gleaner::formats::articles::safe_id(&d.id)))).unwrap();
        assert_eq!(visible_text(&html), d.text, "{}", d.id);
        assert_eq!(text_markup(&html).matches("data-entity=\"").count(), d.entities.len(), "{}", d.id);
        assert_eq!(html.matches("<tr data-relation=").count(), d.relations.len(), "{}", d.id);
        for s in html.split("data-status=\"").skip(1) {
            let s = &s[..s.find('"').unwrap()];
            assert!(["correct", "incorrect", "partial", "missed", "spurious", "matched", "matched (lenient)"].contains(&s), "{}: {s}", d.id);
        }
    }
}
