//! Tag schemes: IOB1, IOB2, BILOU (and BIOES) tag sequences, and the spans they stand for.
//! Shared by the NER stage (decoding), the token formats (reading and writing) and training.

use std::collections::BTreeSet;

/// The schemes gleaner writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scheme {
    Iob2,
    Bilou,
}

/// One training sentence: words and their tags.
#[derive(Debug, Clone, PartialEq)]
pub struct Sentence {
    pub words: Vec<String>,
    pub tags: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct WordSpan {
    pub start: usize,
    pub end: usize,
    pub label: String,
    pub score: f32,
}

/// Splits "B-PER" into ("B", "PER"); "O" gives ("O", "").
pub fn split_tag(tag: &str) -> (&str, &str) {
    match tag.split_once('-') {
        Some((p, t)) if p.len() == 1 => (p, t),
        _ if tag == "O" => ("O", ""),
        _ => ("B", tag),
    }
}

/// IOB2 (also IOB1, BIOES/BILOU) tags to spans. An I- that does not continue an entity of its
/// type starts one, as conlleval does.
pub fn decode_tags(tags: &[&str], probs: &[f32]) -> Vec<WordSpan> {
    let mut out: Vec<WordSpan> = Vec::new();
    let mut open: Option<(usize, String)> = None;
    let close = |open: &mut Option<(usize, String)>, end: usize, out: &mut Vec<WordSpan>| {
        if let Some((s, l)) = open.take() {
            let score = probs[s..end].iter().sum::<f32>() / (end - s) as f32;
            out.push(WordSpan { start: s, end, label: l, score });
        }
    };
    for (i, tag) in tags.iter().enumerate() {
        let (p, t) = split_tag(tag);
        match p {
            "O" => close(&mut open, i, &mut out),
            "I" | "E" | "L" if open.as_ref().map_or(false, |(_, l)| l == t) => {
                if p != "I" {
                    close(&mut open, i + 1, &mut out);
                }
            }
            _ => {
                close(&mut open, i, &mut out);
                open = Some((i, t.to_string()));
                if p == "S" || p == "U" || p == "E" || p == "L" {
                    close(&mut open, i + 1, &mut out);
                }
            }
        }
    }
    close(&mut open, tags.len(), &mut out);
    out
}

/// IOB1 (CoNLL-2003's original scheme) to IOB2: an I- that starts an entity becomes B-.
pub fn to_iob2(tags: &mut [String]) {
    let mut prev = String::from("O");
    for t in tags.iter_mut() {
        if let Some(ty) = t.strip_prefix("I-") {
            let continues = prev.len() > 2 && &prev[2..] == ty;
            if !continues {
                *t = format!("B-{ty}");
            }
        }
        prev = t.clone();
    }
}

/// Labels in a fixed order: O, then B-/I- per type in alphabetical order.
pub fn label_set(sentences: &[Sentence]) -> Vec<String> {
    let types: BTreeSet<&str> = sentences.iter().flat_map(|s| s.tags.iter()).filter(|t| *t != "O").map(|t| t.get(2..).unwrap_or(t)).collect();
    let mut labels = vec!["O".to_string()];
    for t in types {
        labels.push(format!("B-{t}"));
        labels.push(format!("I-{t}"));
    }
    labels
}

/// A model input: ids, and the label of each position (-100 where not a word's first piece).

/// Precision, recall and F1 of strict span matching over sentences.
pub fn span_prf(gold: &[Vec<String>], pred: &[Vec<String>]) -> (f64, f64, f64) {
    let (mut tp, mut np, mut ng) = (0usize, 0usize, 0usize);
    for (g, p) in gold.iter().zip(pred) {
        let spans = |tags: &[String]| -> BTreeSet<(usize, usize, String)> {
            let t: Vec<&str> = tags.iter().map(String::as_str).collect();
            decode_tags(&t, &vec![1.0; t.len()]).into_iter().map(|s| (s.start, s.end, s.label)).collect()
        };
        let (gs, ps) = (spans(g), spans(p));
        tp += gs.intersection(&ps).count();
        np += ps.len();
        ng += gs.len();
    }
    let p = if np == 0 { 0.0 } else { tp as f64 / np as f64 };
    let r = if ng == 0 { 0.0 } else { tp as f64 / ng as f64 };
    let f = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
    (p, r, f)
}


#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_iob2_and_stray_inside_tags() {
        let tags = ["B-PER", "I-PER", "O", "I-LOC", "B-LOC", "B-LOC", "I-ORG"];
        let probs = [0.9, 0.7, 1.0, 0.5, 0.6, 0.8, 0.4];
        let spans = decode_tags(&tags, &probs);
        let got: Vec<(usize, usize, &str)> = spans.iter().map(|s| (s.start, s.end, s.label.as_str())).collect();
        assert_eq!(got, [(0, 2, "PER"), (3, 4, "LOC"), (4, 5, "LOC"), (5, 6, "LOC"), (6, 7, "ORG")]);
        assert!((spans[0].score - 0.8).abs() < 1e-6);
    }

    #[test]
    fn decodes_bilou() {
        let tags = ["U-GPE", "B-PERSON", "L-PERSON", "O"];
        let got: Vec<(usize, usize)> = decode_tags(&tags, &[1.0; 4]).iter().map(|s| (s.start, s.end)).collect();
        assert_eq!(got, [(0, 1), (1, 3)]);
    }

    #[test]
    fn iob1_becomes_iob2() {
        let mut tags: Vec<String> = ["I-PER", "I-PER", "O", "I-LOC", "B-LOC", "I-ORG"].iter().map(|s| s.to_string()).collect();
        to_iob2(&mut tags);
        assert_eq!(tags, ["B-PER", "I-PER", "O", "B-LOC", "B-LOC", "B-ORG"]);
    }

    #[test]
    fn span_f1_is_strict() {
        let g = vec![vec!["B-PER".to_string(), "I-PER".to_string(), "O".to_string(), "B-LOC".to_string()]];
        let p = vec![vec!["B-PER".to_string(), "O".to_string(), "O".to_string(), "B-LOC".to_string()]];
        let (p, r, f) = span_prf(&g, &p);
        assert_eq!((p, r, f), (0.5, 0.5, 0.5));
    }
}
