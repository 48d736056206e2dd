//! `gleaner view`: annotated documents as a static, self-contained site (inline CSS and script,
//! no network), with the gold diff when gold is given.
//!
//! The text is cut into elements here, in Rust, on code-point offsets, and every character of it
//! is HTML-escaped: the browser never slices strings (JavaScript counts UTF-16 units) and article
//! text can never become markup. Markup contract (docs/format.md, "Viewer markup"): each entity
//! mention is one element with `data-entity`, `data-type`, `data-start`, `data-end` (and, with
//! gold, `data-status`: correct, incorrect, partial, missed or spurious); a gold entity that no
//! prediction matches exactly is an element with `data-gold-entity` (split into parts, each with
//! `data-part`, where it crosses a predicted one); each relation is one table row with
//! `data-relation` and `data-type`.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde_json::json;

use super::eval::{self, EvalReport};
use crate::document::{link_head, CharIndex, Document, Entity, Relation, TYPES};
use crate::formats::articles::safe_id;

/// What `view` wrote.
pub struct ViewSummary {
    pub documents: usize,
    pub pages: Vec<PathBuf>,
    pub eval: Option<EvalReport>,
}

/// Writes `DIR/index.html` and one page per document.
pub fn run(docs: &[Document], gold: Option<&[Document]>, out: &Path) -> Result<ViewSummary> {
    std::fs::create_dir_all(out).with_context(|| format!("creating {}", out.display()))?;
    let gold_by_id: HashMap<&str, &Document> = gold.into_iter().flatten().map(|d| (d.id.as_str(), d)).collect();
    let report = match gold {
        Some(g) => Some(eval::evaluate_documents(g, docs, None, "--gold")?),
        None => None,
    };
    // Each document's figures come from the one evaluation of the whole set.
    let scores: HashMap<&str, (f64, f64)> = match &report {
        Some(r) => r.per_doc.iter().zip(&r.per_doc_relations).map(|((id, e), (_, rel))| (id.as_str(), (e.f1, rel.f1))).collect(),
        None => HashMap::new(),
    };
    let mut used = HashSet::new();
    let mut rows = Vec::with_capacity(docs.len());
    let mut pages = Vec::with_capacity(docs.len());
    for doc in docs {
        let base = safe_id(&doc.id);
        let mut name = base.clone();
        let mut n = 0;
        while !used.insert(name.to_lowercase()) {
            n += 1;
            name = format!("{base}-{n}");
        }
        let file = format!("{name}.html");
        let g = gold_by_id.get(doc.id.as_str()).copied().filter(|g| g.text == doc.text);
        let page = Page::new(doc, g, g.and_then(|_| scores.get(doc.id.as_str()).copied()));
        crate::util::write_atomic(&out.join(&file), page.html().as_bytes())?;
        rows.push(page.row(&file));
        pages.push(out.join(file));
    }
    crate::util::write_atomic(&out.join("index.html"), index_html(&rows, report.as_ref(), gold.is_some()).as_bytes())?;
    Ok(ViewSummary { documents: docs.len(), pages, eval: report })
}

/// HTML-escapes text and attribute values (`&`, `<`, `>`, `"`, `'`), and writes a carriage
/// return as a character reference, since an HTML parser turns a literal CR LF into LF.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\r' => out.push_str("&#13;"),
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// JSON safe inside a `<script>` element: no `<`, so no `</script>`.
fn script_json(v: &serde_json::Value) -> String {
    v.to_string().replace('<', "\\u003c")
}

/// The colour of an entity type (fixed for the 17 types).
fn colour(t: &str) -> String {
    const PALETTE: [&str; 17] = [
        "#7aecec", "#c887fb", "#7aa3ec", "#feca74", "#ff9561", "#9cc9cc", "#ffeb80", "#ff8197", "#bfeeb7", "#bfe1d9", "#e4e7d2", "#e4e7d2", "#f0d0e8", "#d8d0f0", "#e0e0a0", "#c0e0f0", "#aae8a0",
    ];
    match TYPES.iter().position(|x| *x == t) {
        Some(i) => PALETTE[i].to_string(),
        None => {
            let h = t.bytes().fold(7u32, |h, b| h.wrapping_mul(31).wrapping_add(b as u32)) % 360;
            format!("hsl({h}, 70%, 80%)")
        }
    }
}

/// One element to place in the text: [start, end) in code points and its opening tag.
#[derive(Debug, Clone)]
struct Marker {
    start: usize,
    end: usize,
    /// Outer first when two share a span.
    rank: u8,
    /// A predicted entity is never cut; the others are cut into parts where they cross one.
    splittable: bool,
    open: String,
}

/// Cuts `text` into nested elements for `markers`; a splittable marker that crosses another is
/// cut into parts at its boundaries (each part carries `data-part`).
fn render_text(text: &str, idx: &CharIndex, mut markers: Vec<Marker>) -> String {
    let n = idx.len();
    markers.retain(|m| m.start < m.end && m.end <= n);
    // Cut splittable markers where an unsplittable one crosses them.
    let fixed: Vec<(usize, usize)> = markers.iter().filter(|m| !m.splittable).map(|m| (m.start, m.end)).collect();
    let mut cut = Vec::new();
    for m in markers.drain(..) {
        if !m.splittable {
            cut.push(m);
            continue;
        }
        let mut points: BTreeSet<usize> = BTreeSet::new();
        for &(s, e) in &fixed {
            let crosses = (s > m.start && s < m.end && e > m.end) || (e > m.start && e < m.end && s < m.start);
            if crosses {
                points.extend([s, e].into_iter().filter(|&p| p > m.start && p < m.end));
            }
        }
        let mut from = m.start;
        let parts = points.len() + 1;
        for p in points.into_iter().chain([m.end]) {
            let mut part = m.clone();
            part.start = from;
            part.end = p;
            if parts > 1 {
                part.open = part.open.replacen('>', " data-part>", 1);
            }
            cut.push(part);
            from = p;
        }
    }
    let key = |m: &Marker| (m.start, std::cmp::Reverse(m.end), m.rank);
    cut.sort_by_key(key);
    let mut queue: std::collections::VecDeque<Marker> = cut.into();
    let mut out = String::with_capacity(text.len() * 2);
    let mut pos = 0;
    let mut stack: Vec<usize> = Vec::new(); // end of each open element
    let emit = |out: &mut String, a: usize, b: usize| out.push_str(&escape(idx.slice(text, a, b)));
    while let Some(mut m) = queue.pop_front() {
        while let Some(&end) = stack.last() {
            if end > m.start {
                break;
            }
            emit(&mut out, pos, end);
            pos = end;
            out.push_str("</span>");
            stack.pop();
        }
        emit(&mut out, pos, m.start);
        pos = m.start;
        if let Some(&end) = stack.last() {
            if m.end > end {
                // Crosses the open element: the rest becomes a part of its own.
                let mut rest = m.clone();
                rest.start = end;
                if !rest.open.contains(" data-part") {
                    rest.open = rest.open.replacen('>', " data-part>", 1);
                    m.open = m.open.replacen('>', " data-part>", 1);
                }
                m.end = end;
                let at = queue.iter().position(|q| key(q) > key(&rest)).unwrap_or(queue.len());
                queue.insert(at, rest);
            }
        }
        out.push_str(&m.open);
        stack.push(m.end);
    }
    while let Some(end) = stack.pop() {
        emit(&mut out, pos, end);
        pos = end;
        out.push_str("</span>");
    }
    emit(&mut out, pos, n);
    out
}

/// An entity's hover text: type, canonical name, value, score, source.
fn entity_title(e: &Entity) -> String {
    let mut t = e.label.clone();
    if let Some(c) = &e.canonical {
        if *c != e.text {
            t.push_str(&format!(" · canonical: {c}"));
        }
    }
    if let Some(v) = &e.value {
        t.push_str(&format!(" · value: {v}"));
    }
    if let Some(s) = e.score {
        t.push_str(&format!(" · score {s}"));
    }
    if let Some(s) = &e.source {
        t.push_str(&format!(" · source: {s}"));
    }
    t
}

/// One document's page.
struct Page<'a> {
    doc: &'a Document,
    gold: Option<&'a Document>,
    pred_status: Vec<&'static str>,
    gold_status: Vec<&'static str>,
    /// Predicted relation index -> (gold index, strict).
    matched: HashMap<usize, (usize, bool)>,
    entity_f1: Option<f64>,
    relation_f1: Option<f64>,
}

impl<'a> Page<'a> {
    /// `scores`: the document's entity strict F1 and relation lenient F1, with gold.
    fn new(doc: &'a Document, gold: Option<&'a Document>, scores: Option<(f64, f64)>) -> Page<'a> {
        let (mut gold_status, mut pred_status, mut matched) = (Vec::new(), Vec::new(), HashMap::new());
        let (entity_f1, relation_f1) = (scores.map(|s| s.0), scores.map(|s| s.1));
        if let Some(g) = gold {
            (gold_status, pred_status) = eval::entity_statuses(g, doc);
            for (gi, pi, strict) in eval::relation_pairs(g, doc) {
                matched.insert(pi, (gi, strict));
            }
        }
        Page { doc, gold, pred_status, gold_status, matched, entity_f1, relation_f1 }
    }

    fn markers(&self) -> Vec<Marker> {
        let mut markers = Vec::new();
        for (i, e) in self.doc.entities.iter().enumerate() {
            let status = self.pred_status.get(i).map(|s| format!(" data-status=\"{s}\"")).unwrap_or_default();
            markers.push(Marker {
                start: e.start,
                end: e.end,
                rank: 0,
                splittable: false,
                open: format!(
                    "<span class=\"ent\" style=\"--c:{}\" data-entity=\"{}\" data-type=\"{}\" data-start=\"{}\" data-end=\"{}\"{status} title=\"{}\">",
                    colour(&e.label),
                    escape(&e.id),
                    escape(&e.label),
                    e.start,
                    e.end,
                    escape(&entity_title(e))
                ),
            });
        }
        if let Some(g) = self.gold {
            for (i, e) in g.entities.iter().enumerate() {
                let status = self.gold_status.get(i).copied().unwrap_or("missed");
                if status == "correct" {
                    continue; // the predicted element stands for it
                }
                markers.push(Marker {
                    start: e.start,
                    end: e.end,
                    rank: 1,
                    splittable: true,
                    open: format!(
                        "<span class=\"gold\" style=\"--c:{}\" data-gold-entity=\"{}\" data-type=\"{}\" data-start=\"{}\" data-end=\"{}\" data-status=\"{status}\" title=\"gold {} · {status}\">",
                        colour(&e.label),
                        escape(&e.id),
                        escape(&e.label),
                        e.start,
                        e.end,
                        escape(&e.label)
                    ),
                });
            }
        }
        // Triggers and text-span arguments, one element per span, naming every relation using it.
        let mut spans: BTreeMap<(usize, usize, &str), Vec<String>> = BTreeMap::new();
        for r in &self.doc.relations {
            if let Some(t) = &r.trigger {
                spans.entry((t.start, t.end, "trigger")).or_default().push(r.id.clone());
            }
            for a in &r.args {
                if let (None, Some(s), Some(e)) = (&a.entity, a.start, a.end) {
                    spans.entry((s, e, "span-arg")).or_default().push(r.id.clone());
                }
            }
        }
        for ((s, e, kind), ids) in spans {
            let ids = ids.iter().map(|i| escape(i)).collect::<Vec<_>>().join(" ");
            // A text-span argument carries its span, so arcs can find it.
            let span = if kind == "span-arg" { format!(" data-s=\"{s}-{e}\"") } else { String::new() };
            markers.push(Marker { start: s, end: e, rank: if kind == "trigger" { 2 } else { 3 }, splittable: true, open: format!("<span class=\"{kind}\" data-{kind}-of=\"{ids}\"{span}>") });
        }
        markers
    }

    /// Binary links for the arcs: the head (first argument filling a core role) to each other
    /// entity argument, as in the link export formats.
    fn arcs(&self) -> serde_json::Value {
        let mut out = Vec::new();
        for r in &self.doc.relations {
            let target = |a: &crate::document::Arg| -> Option<String> {
                match (&a.entity, a.start, a.end) {
                    (Some(e), _, _) => Some(format!("[data-entity=\"{}\"]", css_escape(e))),
                    (None, Some(s), Some(e)) => Some(format!("[data-span-arg-of~=\"{}\"][data-s=\"{s}-{e}\"]", css_escape(&r.id))),
                    _ => None,
                }
            };
            let Some(head) = link_head(&r.label, r.args.iter().map(|a| a.role.as_str())) else { continue };
            let Some(from) = target(&r.args[head]) else { continue };
            for (k, a) in r.args.iter().enumerate() {
                if k != head && a.entity.is_some() {
                    if let Some(to) = target(a) {
                        out.push(json!({"relation": r.id, "type": r.label, "role": a.role, "from": from, "to": to}));
                    }
                }
            }
        }
        json!(out)
    }

    fn filler(&self, doc: &Document, a: &crate::document::Arg) -> String {
        match (&a.entity, &a.text) {
            (Some(id), _) => doc.entity(id).map(|e| format!("{} <span class=\"muted\">({})</span>", escape(&e.text), escape(&e.label))).unwrap_or_else(|| format!("<span class=\"bad\">unknown entity {}</span>", escape(id))),
            (None, Some(t)) => format!("“{}”", escape(t)),
            (None, None) => match (a.start, a.end) {
                (Some(s), Some(e)) => format!("[{s}, {e})"),
                _ => "<span class=\"bad\">no filler</span>".into(),
            },
        }
    }

    fn relation_row(&self, doc: &Document, r: &Relation, status: Option<&str>) -> String {
        let args: Vec<String> = r.args.iter().map(|a| format!("{} → {}", escape(&a.role), self.filler(doc, a))).collect();
        let ents: Vec<String> = r.args.iter().filter_map(|a| a.entity.as_deref().map(escape)).collect();
        let status_attr = status.map(|s| format!(" data-status=\"{s}\"")).unwrap_or_default();
        let trigger = r.trigger.as_ref().map(|t| escape(t.text.as_deref().unwrap_or(""))).unwrap_or_default();
        let evidence = r.evidence.as_ref().and_then(|t| t.text.as_deref()).map(|t| {
            let short: String = t.chars().take(120).collect();
            let more = if short.len() < t.len() { "…" } else { "" };
            format!("<span title=\"{}\">{}{more}</span>", escape(t), escape(&short))
        }).unwrap_or_default();
        format!(
            "<tr data-relation=\"{}\" data-type=\"{}\" data-args=\"{}\"{status_attr}><td>{}</td><td><span class=\"rtype\">{}</span></td><td>{}</td><td>{trigger}</td><td>{}</td><td>{}</td><td class=\"evidence\">{evidence}</td>{}</tr>\n",
            escape(&r.id),
            escape(&r.label),
            ents.join(" "),
            escape(&r.id),
            escape(&r.label),
            args.join("<br>"),
            escape(r.rule.as_deref().unwrap_or("")),
            r.score.map(|s| s.to_string()).unwrap_or_default(),
            status.map(|s| format!("<td>{s}</td>")).unwrap_or_default(),
        )
    }

    fn counts(doc: &Document) -> (BTreeMap<&str, usize>, BTreeMap<&str, usize>) {
        let mut e = BTreeMap::new();
        for x in &doc.entities {
            *e.entry(x.label.as_str()).or_default() += 1;
        }
        let mut r = BTreeMap::new();
        for x in &doc.relations {
            *r.entry(x.label.as_str()).or_default() += 1;
        }
        (e, r)
    }

    fn html(&self) -> String {
        let doc = self.doc;
        let idx = CharIndex::new(&doc.text);
        let body = render_text(&doc.text, &idx, self.markers());
        let (ecount, rcount) = Self::counts(doc);
        let mut legend = String::new();
        for (t, n) in &ecount {
            let _ = write!(legend, "<button class=\"type on\" data-toggle-type=\"{}\" style=\"--c:{}\">{} <b>{n}</b></button>", escape(t), colour(t), escape(t));
        }
        let mut rels = String::new();
        for (i, r) in doc.relations.iter().enumerate() {
            let status = self.gold.map(|_| match self.matched.get(&i) {
                Some((_, true)) => "matched",
                Some((_, false)) => "matched (lenient)",
                None => "spurious",
            });
            rels.push_str(&self.relation_row(doc, r, status));
        }
        let mut missed = String::new();
        if let Some(g) = self.gold {
            let taken: HashSet<usize> = self.matched.values().map(|(gi, _)| *gi).collect();
            for (i, r) in g.relations.iter().enumerate() {
                if !taken.contains(&i) {
                    missed.push_str(&self.relation_row(g, r, Some("missed")).replacen("<tr data-relation=", "<tr data-gold-relation=", 1));
                }
            }
        }
        let scores = match (self.entity_f1, self.relation_f1) {
            (Some(e), Some(r)) => format!(" · entity strict F1 <b>{e:.3}</b> · relation lenient F1 <b>{r:.3}</b>"),
            _ => String::new(),
        };
        let gold_controls = if self.gold.is_some() {
            "<label><input type=\"checkbox\" id=\"show-gold\" checked> gold differences</label> <span class=\"st correct\">correct</span><span class=\"st incorrect\">wrong type</span><span class=\"st partial\">partial</span><span class=\"st missed\">missed</span><span class=\"st spurious\">spurious</span>"
        } else {
            ""
        };
        let status_head = if self.gold.is_some() { "<th>gold</th>" } else { "" };
        let missed_table = if missed.is_empty() {
            String::new()
        } else {
            format!("<h2>Gold relations not found</h2><table class=\"relations\"><tr><th>id</th><th>type</th><th>arguments</th><th>trigger</th><th>rule</th><th>score</th><th>evidence</th><th>gold</th></tr>\n{missed}</table>")
        };
        format!(
            r#"<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} · gleaner</title><style>{CSS}</style></head>
<body>
<header><a href="index.html">← all documents</a><h1>{title}</h1>
<p class="muted">{ne} entities · {nr} relations{rtypes}{scores}</p></header>
<div class="controls">{legend} <label><input type="checkbox" id="show-arcs" checked> arcs</label> {gold_controls}</div>
<div id="viewer"><svg id="arcs" aria-hidden="true"></svg><div id="text" class="text">{body}</div></div>
<h2>Relations</h2>
<table class="relations"><tr><th>id</th><th>type</th><th>arguments</th><th>trigger</th><th>rule</th><th>score</th><th>evidence</th>{status_head}</tr>
{rels}</table>
{missed_table}
<script type="application/json" id="arc-data">{arcs}</script>
<script>{JS}</script>
</body></html>
"#,
            title = escape(&doc.id),
            ne = doc.entities.len(),
            nr = doc.relations.len(),
            arcs = script_json(&self.arcs()),
            rtypes = if rcount.is_empty() { String::new() } else { format!(" ({})", escape(&rcount.iter().map(|(t, n)| format!("{t} {n}")).collect::<Vec<_>>().join(", "))) },
        )
    }

    fn row(&self, file: &str) -> Row {
        let (e, r) = Self::counts(self.doc);
        Row {
            id: self.doc.id.clone(),
            file: file.to_string(),
            entities: self.doc.entities.len(),
            relations: self.doc.relations.len(),
            entity_types: e.iter().map(|(t, n)| format!("{t} {n}")).collect::<Vec<_>>().join(" · "),
            relation_types: r.iter().map(|(t, n)| format!("{t} {n}")).collect::<Vec<_>>().join(" · "),
            entity_f1: self.entity_f1,
            relation_f1: self.relation_f1,
        }
    }
}

/// Escapes a value for a CSS attribute selector in double quotes.
fn css_escape(s: &str) -> String {
    s.replace('\\', "\\\\").replace('"', "\\\"")
}

struct Row {
    id: String,
    file: String,
    entities: usize,
    relations: usize,
    entity_types: String,
    relation_types: String,
    entity_f1: Option<f64>,
    relation_f1: Option<f64>,
}

fn index_html(rows: &[Row], report: Option<&EvalReport>, with_gold: bool) -> String {
    let mut order: Vec<&Row> = rows.iter().collect();
    if with_gold {
        // Worst first: entity strict F1, then relation lenient F1 (no gold: last).
        order.sort_by(|a, b| {
            let k = |r: &Row| (r.entity_f1.unwrap_or(2.0), r.relation_f1.unwrap_or(2.0));
            k(a).partial_cmp(&k(b)).unwrap_or(std::cmp::Ordering::Equal)
        });
    }
    let mut body = String::new();
    for r in order {
        let f1 = |x: Option<f64>| x.map(|v| format!("{v:.3}")).unwrap_or_else(|| "—".into());
        let gold_cells = if with_gold { format!("<td>{}</td><td>{}</td>", f1(r.entity_f1), f1(r.relation_f1)) } else { String::new() };
        let _ = writeln!(
            body,
            "<tr data-doc-id=\"{}\"><td><a href=\"{}\">{}</a></td><td>{}</td><td>{}</td>{gold_cells}<td class=\"muted\">{}</td><td class=\"muted\">{}</td></tr>",
            escape(&r.id),
            escape(&url_escape(&r.file)),
            escape(&r.id),
            r.entities,
            r.relations,
            escape(&r.entity_types),
            escape(&r.relation_types)
        );
    }
    let table = report.map(|r| format!("<h2>gleaner eval</h2><pre class=\"eval\">{}</pre>", escape(&r.to_table(false)))).unwrap_or_default();
    let gold_head = if with_gold { "<th>entity strict F1</th><th>relation lenient F1</th>" } else { "" };
    format!(
        r#"<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>gleaner view · {n} documents</title><style>{CSS}</style></head>
<body><header><h1>{n} documents</h1>{sorted}</header>
{table}
<p><input id="filter" type="search" placeholder="filter by id or type" size="40"> <span id="shown"></span></p>
<table id="docs" class="relations"><tr><th>document</th><th>entities</th><th>relations</th>{gold_head}<th>entity types</th><th>relation types</th></tr>
{body}</table>
<script>{INDEX_JS}</script>
</body></html>
"#,
        n = rows.len(),
        sorted = if with_gold { "<p class=\"muted\">worst first (entity strict F1, then relation lenient F1)</p>" } else { "" },
    )
}

/// Percent-encodes the ASCII characters a relative link cannot hold as they are (non-ASCII
/// characters stay: links are UTF-8).
fn url_escape(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_ascii_alphanumeric() || "-_.~".contains(c) || !c.is_ascii() {
            out.push(c);
        } else {
            let _ = write!(out, "%{:02X}", c as u32);
        }
    }
    out
}

const CSS: &str = r#"
body{font:15px/1.45 system-ui,sans-serif;margin:1.5em auto;max-width:72em;padding:0 1em;color:#222}
h1{font-size:1.4em;margin:.3em 0}h2{font-size:1.1em;margin-top:1.5em}
.muted{color:#777}.bad{color:#b00}
.controls{position:sticky;top:0;background:#fff;padding:.4em 0;border-bottom:1px solid #ddd;z-index:3}
button.type{border:1px solid #bbb;border-radius:3px;background:var(--c);margin:2px;padding:1px 6px;cursor:pointer;font:inherit;font-size:.85em}
button.type:not(.on){background:#fff;color:#999;text-decoration:line-through}
#viewer{position:relative;margin-top:2.5em}
#arcs{position:absolute;left:0;top:0;width:100%;height:100%;pointer-events:none;overflow:visible;z-index:2}
#arcs path{fill:none;stroke:#556;stroke-width:1.2;opacity:.75}#arcs text{font-size:10px;fill:#334}
#arcs .sel path,#arcs path.sel{stroke:#d00;stroke-width:2.2;opacity:1}
.text{white-space:pre-wrap;line-height:3.1;font-size:1.02em;unicode-bidi:plaintext}
.ent{background:var(--c);border-radius:3px;padding:.15em .1em;box-decoration-break:clone;-webkit-box-decoration-break:clone}
.ent::after{content:attr(data-type);font-size:.55em;font-weight:600;vertical-align:super;margin-left:.2em;color:#444}
.hide-types .ent.off{background:none}.ent.off::after{content:none}
.gold{border-bottom:3px dotted var(--c);padding-bottom:.1em}
.hide-gold .gold{border:none}
.trigger{text-decoration:underline wavy #889}
.span-arg{border-bottom:1px dashed #889}
[data-status=correct].ent{outline:2px solid #2a2}
[data-status=incorrect]{outline:2px solid #e80}
[data-status=partial]{outline:2px dashed #e80}
[data-status=spurious].ent{outline:2px solid #d22}
[data-status=missed]{outline:2px dashed #d22}
.hide-gold [data-status]{outline:none}
#text .sel{outline:3px solid #d00 !important;background-color:#fdd}
.st{display:inline-block;margin:0 .3em;padding:0 .3em;font-size:.85em}
.st.correct{outline:2px solid #2a2}.st.incorrect{outline:2px solid #e80}.st.partial{outline:2px dashed #e80}.st.missed{outline:2px dashed #d22}.st.spurious{outline:2px solid #d22}
table.relations{border-collapse:collapse;width:100%;font-size:.9em}
table.relations td,table.relations th{border-bottom:1px solid #eee;padding:.25em .4em;text-align:left;vertical-align:top}
table.relations tr[data-relation],table.relations tr[data-gold-relation]{cursor:pointer}
tr.chosen{background:#fee}
tr[data-status=spurious] td:last-child,tr[data-status=missed] td:last-child{color:#c00}
td.evidence{color:#666;max-width:28em}
.rtype{font-weight:600}
pre.eval{background:#f7f7f7;padding:.6em;overflow:auto;font-size:.82em}
"#;

const JS: &str = r#"
(function(){
var text=document.getElementById('text'),svg=document.getElementById('arcs'),viewer=document.getElementById('viewer');
var arcs=JSON.parse(document.getElementById('arc-data').textContent);
var NS='http://www.w3.org/2000/svg';
function box(el){var r=el.getClientRects()[0]||el.getBoundingClientRect(),v=viewer.getBoundingClientRect();return {x:r.left-v.left+r.width/2,y:r.top-v.top,l:r.left-v.left,w:r.width};}
function draw(){
  while(svg.firstChild)svg.removeChild(svg.firstChild);
  if(!document.getElementById('show-arcs').checked)return;
  // Read every position first, then write: one layout, however long the text.
  var geo=[];
  arcs.forEach(function(a){
    var f=text.querySelector(a.from),t=text.querySelector(a.to);
    if(f&&t)geo.push([a,box(f),box(t)]);
  });
  var frag=document.createDocumentFragment();
  geo.forEach(function(x){
    var a=x[0],p=x[1],q=x[2],h=Math.min(60,18+Math.abs(q.x-p.x)/8),top=Math.min(p.y,q.y)-h;
    var g=document.createElementNS(NS,'g');g.setAttribute('data-relation',a.relation);
    var path=document.createElementNS(NS,'path');
    path.setAttribute('d','M'+p.x+','+p.y+' C'+p.x+','+top+' '+q.x+','+top+' '+q.x+','+q.y);
    var label=document.createElementNS(NS,'text');label.setAttribute('x',(p.x+q.x)/2);label.setAttribute('y',top+h*0.25);
    label.setAttribute('text-anchor','middle');label.textContent=a.type+':'+a.role;
    g.appendChild(path);g.appendChild(label);frag.appendChild(g);
  });
  svg.appendChild(frag);
}
function clear(){document.querySelectorAll('.sel').forEach(function(e){e.classList.remove('sel');});document.querySelectorAll('tr.chosen').forEach(function(e){e.classList.remove('chosen');});}
document.querySelectorAll('tr[data-relation]').forEach(function(tr){
  tr.addEventListener('click',function(){
    var id=tr.getAttribute('data-relation');clear();tr.classList.add('chosen');
    (tr.getAttribute('data-args')||'').split(' ').forEach(function(e){if(e)text.querySelectorAll('[data-entity="'+CSS.escape(e)+'"]').forEach(function(x){x.classList.add('sel');});});
    text.querySelectorAll('[data-trigger-of~="'+CSS.escape(id)+'"],[data-span-arg-of~="'+CSS.escape(id)+'"]').forEach(function(x){x.classList.add('sel');});
    svg.querySelectorAll('g[data-relation="'+CSS.escape(id)+'"]').forEach(function(x){x.classList.add('sel');});
    var first=text.querySelector('.sel');if(first)first.scrollIntoView({block:'center',behavior:'smooth'});
  });
});
document.querySelectorAll('button[data-toggle-type]').forEach(function(b){
  b.addEventListener('click',function(){
    var t=b.getAttribute('data-toggle-type'),on=!b.classList.contains('on');b.classList.toggle('on',on);
    text.classList.add('hide-types');
    text.querySelectorAll('.ent[data-type="'+CSS.escape(t)+'"]').forEach(function(e){e.classList.toggle('off',!on);});
  });
});
var g=document.getElementById('show-gold');if(g)g.addEventListener('change',function(){document.body.classList.toggle('hide-gold',!g.checked);});
document.getElementById('show-arcs').addEventListener('change',draw);
window.addEventListener('resize',draw);draw();
})();
"#;

const INDEX_JS: &str = r#"
(function(){
var input=document.getElementById('filter'),rows=[].slice.call(document.querySelectorAll('#docs tr[data-doc-id]')),shown=document.getElementById('shown');
function apply(){var q=input.value.toLowerCase(),n=0;rows.forEach(function(r){var hit=!q||r.textContent.toLowerCase().indexOf(q)>=0;r.style.display=hit?'':'none';if(hit)n++;});shown.textContent=n+' of '+rows.length+' shown';}
input.addEventListener('input',apply);apply();
})();
"#;
