//! Stage 3: the syntax layer. From the model's syntax heads (see `ner::heads`) each token gets
//! its Penn Treebank part of speech and a lemma, and each sentence its phrase chunks (NP, VP,
//! PP, ...), as code-point spans over whole tokens. A model without syntax heads leaves the
//! layer out (tokens stay plain spans, no `chunks`).
//!
//! Lemmas: proper nouns keep their form; other words are lower-cased; verbs and plural nouns
//! are looked up in `models/lexicon/lemmas.txt` (irregular forms and common news verbs), else
//! reduced by suffix rules (`-ies` -> `-y`, `-es` after ss/x/ch/sh, `-s`; `-ied` -> `-y`,
//! `-ed`/`-ing` with a doubled final consonant undone and a silent `e` restored after
//! `c`/`g`/`s`/`u`/`v`/`z`-endings).

use super::segment::is_bullet;
use super::{Annotation, DocumentStage};
use crate::document::Chunk;
use crate::resources::Resources;
use crate::tags::decode_tags;

pub struct Syntax<'a> {
    pub res: &'a Resources,
}

impl DocumentStage for Syntax<'_> {
    const NAME: &'static str = "syntax";

    fn annotate_one(&self, a: &mut Annotation) {
        if a.pos.is_empty() {
            return;
        }
        let words = a.view.words(&a.doc.text);
        let tags: Vec<&str> = a.chunk_tags.iter().map(String::as_str).collect();
        let mut spans = decode_tags(&tags, &vec![1.0; tags.len()]);
        // A one-word verb phrase the tagger called a noun is a verb in its base form: the
        // bulleted "- build 600 bunkers" after "committed to:" ([VP build], NN).
        for s in spans.iter().filter(|s| s.label == "VP" && s.end == s.start + 1) {
            if a.pos[s.start] == "NN" {
                a.pos[s.start] = "VB".to_string();
            }
        }
        // So is a noun that opens a bulleted item before a number or a determiner, which the
        // chunker put at the head of a noun phrase: "- train 20,000 farmers by 2028" ([VP train]
        // [NP 20,000 farmers]).
        for i in 1..a.pos.len().saturating_sub(1) {
            let bullet = is_bullet(words[i - 1]);
            let line_start = || i == 1 || a.view.chars.slice(&a.doc.text, a.doc.tokens[i - 2].end, a.doc.tokens[i - 1].start).contains('\n');
            let lower = words[i].chars().all(|c| c.is_lowercase());
            if bullet && lower && a.pos[i] == "NN" && matches!(a.pos[i + 1].as_str(), "CD" | "DT" | "PRP$") && line_start() {
                a.pos[i] = "VB".to_string();
                if let Some(k) = spans.iter().position(|s| s.start == i && s.end > i + 1 && s.label == "NP") {
                    let mut verb = spans[k].clone();
                    verb.end = i + 1;
                    verb.label = "VP".to_string();
                    spans[k].start = i + 1;
                    spans.insert(k, verb);
                }
            }
        }
        // A possessive ending the tagger read as punctuation (the curly "’s" is rare in its
        // training text) after a noun is POS: "Japan’s Mitsubishi Materials".
        for i in 1..a.pos.len() {
            let punct = !a.pos[i].starts_with(|c: char| c.is_ascii_alphabetic());
            if punct && matches!(words[i], "\u{2019}s" | "'s") && a.pos[i - 1].starts_with("NN") {
                a.pos[i] = "POS".to_string();
            }
        }
        for (i, t) in a.doc.tokens.iter_mut().enumerate() {
            let pos = &a.pos[i];
            t.lemma = Some(lemma(words[i], pos, self.res));
            t.pos = Some(pos.clone());
        }
        // A noun phrase of determiners and adjectives only, right before another one, begins it
        // ("[the] [mutual recognition]", "[offshore] [wind farms]"): the tagger's B-NP for I-NP.
        let mut k = 0;
        while k + 1 < spans.len() {
            let (d, n) = (&spans[k], &spans[k + 1]);
            let modifiers = (d.start..d.end).all(|i| matches!(a.pos[i].as_str(), "DT" | "PRP$" | "PDT" | "JJ" | "JJR" | "JJS"));
            if d.label == "NP" && n.label == "NP" && n.start == d.end && modifiers {
                spans[k + 1].start = spans[k].start;
                spans.remove(k);
            } else {
                k += 1;
            }
        }
        a.doc.chunks = spans.into_iter().map(|s| Chunk { start: a.doc.tokens[s.start].start, end: a.doc.tokens[s.end - 1].end, kind: s.label }).collect();
    }
}

/// The lemma of `word` tagged `pos` (Penn Treebank).
pub fn lemma(word: &str, pos: &str, res: &Resources) -> String {
    if pos.starts_with("NNP") {
        return word.to_string();
    }
    let lower = word.to_lowercase();
    let verb = pos.starts_with("VB");
    let plural = pos == "NNS";
    if !(verb || plural) {
        return lower;
    }
    if let Some(l) = res.listed_lemma(verb, &lower) {
        return l.to_string();
    }
    if plural {
        return noun_stem(&lower);
    }
    match pos {
        "VBZ" => noun_stem(&lower),
        "VBD" | "VBN" => strip_suffix(&lower, "ied", "y").or_else(|| verb_stem(&lower, "ed")).unwrap_or(lower),
        "VBG" => verb_stem(&lower, "ing").unwrap_or(lower),
        _ => lower,
    }
}

/// `word` without `suffix` and with `add`, when at least two letters are left.
fn strip_suffix(word: &str, suffix: &str, add: &str) -> Option<String> {
    word.strip_suffix(suffix).filter(|stem| stem.chars().count() >= 2).map(|stem| format!("{stem}{add}"))
}

/// countries -> country, taxes -> tax, churches -> church, plans -> plan (and third-person verbs).
fn noun_stem(word: &str) -> String {
    if word.ends_with("ss") || word.chars().count() <= 3 {
        return word.to_string();
    }
    if let Some(y) = strip_suffix(word, "ies", "y") {
        return y;
    }
    if ["sses", "xes", "ches", "shes"].iter().any(|s| word.ends_with(s)) {
        return word[..word.len() - 2].to_string(); // classes -> class, taxes -> tax
    }
    strip_suffix(word, "s", "").unwrap_or_else(|| word.to_string())
}

/// signed -> sign, planned -> plan, raised -> raise, agreed -> agree; signing -> sign.
fn verb_stem(word: &str, suffix: &str) -> Option<String> {
    let stem = word.strip_suffix(suffix)?;
    let chars: Vec<char> = stem.chars().collect();
    if chars.len() < 2 {
        return None;
    }
    if suffix == "ed" && stem.ends_with('e') {
        return Some(stem.to_string()); // agreed -> agree
    }
    let (a, b) = (chars[chars.len() - 2], chars[chars.len() - 1]);
    let vowel = |c: char| "aeiou".contains(c);
    if a == b && !vowel(b) && !"lsz".contains(b) {
        return Some(chars[..chars.len() - 1].iter().collect()); // planned -> plan
    }
    if "cgsuvz".contains(b) && !(b == 'g' && a == 'n') && !(b == 's' && a == 's') {
        return Some(format!("{stem}e")); // raised -> raise, pledged -> pledge, continued -> continue
    }
    Some(stem.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lemmas_of_news_words() {
        let res = Resources::builtin();
        for (word, pos, want) in [
            ("signed", "VBD", "sign"),
            ("signs", "VBZ", "sign"),
            ("signing", "VBG", "sign"),
            ("memoranda", "NNS", "memorandum"),
            ("pledged", "VBN", "pledge"),
            ("met", "VBD", "meet"),
            ("was", "VBD", "be"),
            ("planned", "VBN", "plan"),
            ("raised", "VBD", "raise"),
            ("agreed", "VBD", "agree"),
            ("invested", "VBN", "invest"),
            ("countries", "NNS", "country"),
            ("taxes", "NNS", "tax"),
            ("tariffs", "NNS", "tariff"),
            ("Japan", "NNP", "Japan"),
            ("The", "DT", "the"),
            ("continued", "VBD", "continue"),
            ("focused", "VBD", "focus"),
            ("prizes", "NNS", "prize"),
            ("classes", "NNS", "class"),
            ("passed", "VBD", "pass"),
            ("called", "VBD", "call"),
            ("bringing", "VBG", "bring"),
            ("churches", "NNS", "church"),
        ] {
            assert_eq!(lemma(word, pos, &res), want, "{word}/{pos}");
        }
    }
}
