//! The source tree's module graph has no circle.
//!
//! Every file under `src/` is a module (`src/a/b.rs` and `src/a/b/mod.rs` are `a::b`). A module
//! depends on another when it names it: `crate::a::b::...`, `super::...`, or a child module of
//! its own (`columns::align`). Declaring a child (`pub mod x;`) is not a use. Paths resolve to
//! the longest module prefix they name; test modules (from `#[cfg(test)]` on) and comments are
//! left out.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use regex::Regex;

fn module_of(rel: &Path) -> Vec<String> {
    let mut parts: Vec<String> = rel.iter().map(|p| p.to_string_lossy().into_owned()).collect();
    let last = parts.pop().unwrap();
    let stem = last.trim_end_matches(".rs");
    if stem != "mod" && stem != "lib" {
        parts.push(stem.to_string());
    }
    parts
}

/// Expands `a::{b, c::d}` into `a::b`, `a::c::d` (one level of braces is all gleaner uses).
fn expand(path: &str) -> Vec<String> {
    match (path.find('{'), path.rfind('}')) {
        (Some(open), Some(close)) if open < close => {
            let prefix = &path[..open];
            path[open + 1..close].split(',').map(|item| format!("{prefix}{}", item.trim())).filter(|p| !p.ends_with("::")).collect()
        }
        _ => vec![path.to_string()],
    }
}

fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = BTreeMap::new();
    for entry in walkdir::WalkDir::new(&src).sort_by_file_name() {
        let entry = entry.unwrap();
        let p = entry.path();
        if p.extension().map_or(false, |e| e == "rs") && p.file_name().unwrap() != "main.rs" {
            let text = std::fs::read_to_string(p).unwrap();
            // Code only: tests (from `#[cfg(test)]` on) and comments (doc links included) are left out.
            let code: String = text.split("#[cfg(test)]").next().unwrap().lines().map(|l| l.find("//").map_or(l, |i| &l[..i])).collect::<Vec<_>>().join("\n");
            files.insert(module_of(p.strip_prefix(&src).unwrap()), code);
        }
    }
    let modules: BTreeSet<Vec<String>> = files.keys().cloned().collect();
    let declared = Regex::new(r"(?m)^\s*(?:pub(?:\([a-z]+\))? )?mod ([a-z_]+);").unwrap();
    let path = Regex::new(r"(?:\b|^)((?:crate|super|self|[a-z_][a-z0-9_]*)::(?:[A-Za-z0-9_]+::)*(?:\{[^}]*\}|[A-Za-z0-9_*]+))").unwrap();
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (module, code) in &files {
        let children: BTreeSet<String> = declared.captures_iter(code).map(|c| c[1].to_string()).collect();
        let from = module.join("::");
        edges.entry(from.clone()).or_default();
        for m in path.find_iter(code) {
            let start = m.start();
            if start > 0 && code[..start].ends_with("::") {
                continue;
            }
            for p in expand(m.as_str()) {
                let segs: Vec<&str> = p.split("::").collect();
                let mut target: Vec<String> = match segs[0] {
                    "crate" => Vec::new(),
                    "super" => module[..module.len().saturating_sub(1)].to_vec(),
                    "self" => module.clone(),
                    child if children.contains(child) => {
                        let mut t = module.clone();
                        t.push(child.to_string());
                        t
                    }
                    _ => continue, // another crate (std, serde, ...) or a local name
                };
                for s in &segs[1..] {
                    let mut longer = target.clone();
                    longer.push(s.to_string());
                    if modules.contains(&longer) {
                        target = longer;
                    } else {
                        break;
                    }
                }
                let to = target.join("::");
                if to != from && modules.contains(&target) && !target.is_empty() {
                    edges.get_mut(&from).unwrap().insert(to);
                }
            }
        }
    }
    edges
}

/// A circle in the graph, if there is one.
fn find_cycle(edges: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(n: &str, edges: &BTreeMap<String, BTreeSet<String>>, state: &mut BTreeMap<String, u8>, stack: &mut Vec<String>) -> Option<Vec<String>> {
        state.insert(n.to_string(), 1);
        stack.push(n.to_string());
        for m in edges.get(n).into_iter().flatten() {
            match state.get(m.as_str()).copied().unwrap_or(0) {
                1 => {
                    let at = stack.iter().position(|s| s == m).unwrap();
                    let mut cycle = stack[at..].to_vec();
                    cycle.push(m.clone());
                    return Some(cycle);
                }
                0 => {
                    if let Some(c) = visit(m, edges, state, stack) {
                        return Some(c);
                    }
                }
                _ => {}
            }
        }
        stack.pop();
        state.insert(n.to_string(), 2);
        None
    }
    let mut state = BTreeMap::new();
    for n in edges.keys() {
        if state.get(n.as_str()).copied().unwrap_or(0) == 0 {
            if let Some(c) = visit(n, edges, &mut state, &mut Vec::new()) {
                return Some(c);
            }
        }
    }
    None
}

#[test]
fn module_graph_has_no_circle() {
    let edges = graph();
    // The graph is real: the known dependencies are found.
    for (from, to) in [("pipeline", "stages::ner"), ("commands::eval", "formats"), ("formats::spacy", "formats::columns"), ("stages::relations", "stages::relations::view"), ("stages::typing", "stages")] {
        assert!(edges[from].contains(to), "{from} -> {to} not found in {:?}", edges[from]);
    }
    if let Some(cycle) = find_cycle(&edges) {
        panic!("module circle: {}", cycle.join(" -> "));
    }
}

#[test]
fn the_cycle_finder_finds_circles() {
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (a, b) in [("eval", "formats"), ("formats", "export"), ("export", "eval"), ("document", "util")] {
        edges.entry(a.into()).or_default().insert(b.into());
        edges.entry(b.into()).or_default();
    }
    assert_eq!(find_cycle(&edges).unwrap(), ["eval", "formats", "export", "eval"]);
    edges.get_mut("export").unwrap().clear();
    assert_eq!(find_cycle(&edges), None);
}
