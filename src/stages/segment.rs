//! Stage 1: sentences and tokens, as code-point spans into the untouched text.
//!
//! Tokens: whitespace-separated chunks, with leading and trailing punctuation, quotes, currency
//! signs, `%`, dashes and possessive `'s` split off. Known abbreviations ("U.S.", "Nov.", "Mr.",
//! "a.m.") keep their periods, and `X-Y` splits at the hyphen where both sides are places
//! ("Japan-U.S.") so each can be its own entity.
//! Sentences end after `.`, `!` or `?` (and any closing quotes or brackets) when the next token
//! starts a sentence, never after an abbreviation that cannot end one, and always at a blank line
//! or a line break.

use super::{Annotation, DocumentStage};
use crate::document::{CharIndex, Document, Span, TextView, Token};
use crate::resources::Resources;

/// Splits `doc.text` into tokens and sentences, replacing those layers, and returns the token
/// view the later stages share.
pub fn segment(doc: &mut Document, res: &Resources) -> TextView {
    let idx = CharIndex::new(&doc.text);
    let tokens = tokenize(&doc.text, res);
    let sentences = split_sentences(&doc.text, &tokens, res);
    doc.tokens = tokens.iter().map(|t| Token::new(idx.char_at_byte(t.start), idx.char_at_byte(t.end))).collect();
    doc.sentences = sentences
        .iter()
        .map(|&(a, b)| Span { start: doc.tokens[a].start, end: doc.tokens[b - 1].end })
        .collect();
    let bytes = tokens.iter().map(|t| (t.start, t.end)).collect();
    TextView::from_parts(&doc.text, idx, bytes)
}

/// Stage 1 over a batch.
pub struct Segment<'a> {
    pub res: &'a Resources,
}

impl DocumentStage for Segment<'_> {
    const NAME: &'static str = "segment";

    fn annotate_one(&self, a: &mut Annotation) {
        a.view = segment(&mut a.doc, self.res);
    }
}

/// Token spans in bytes.
pub fn tokenize(text: &str, res: &Resources) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() || c == '\u{200b}' || c == '\u{feff}' {
            if let Some(s) = start.take() {
                split_chunk(text, s, i, res, &mut out);
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        split_chunk(text, s, text.len(), res, &mut out);
    }
    out
}

fn is_opening(c: char) -> bool {
    matches!(c, '"' | '\'' | '“' | '‘' | '«' | '(' | '[' | '{' | '`' | '$' | '€' | '£' | '¥' | '₩' | '¿' | '¡' | '*' | '#' | '<' | '„')
}

fn is_closing(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '»' | ')' | ']' | '}' | ',' | ';' | ':' | '!' | '?' | '%' | '…' | '*' | '>')
}

fn is_dash(c: char) -> bool {
    matches!(c, '—' | '–' | '―')
}

/// Splits one whitespace-free chunk `text[s..e]` into tokens.
fn split_chunk(text: &str, s: usize, e: usize, res: &Resources, out: &mut Vec<Span>) {
    let chunk = &text[s..e];
    // Dashes (em, en, "--") always separate words.
    if let Some((pos, len)) = find_dash(chunk) {
        if pos > 0 {
            split_chunk(text, s, s + pos, res, out);
        }
        out.push(Span { start: s + pos, end: s + pos + len });
        if pos + len < chunk.len() {
            split_chunk(text, s + pos + len, e, res, out);
        }
        return;
    }
    let (mut a, mut b) = (s, e);
    let mut head = Vec::new();
    let mut tail = Vec::new();
    // Leading punctuation.
    while a < b {
        let c = text[a..b].chars().next().unwrap();
        if is_opening(c) && b - a > c.len_utf8() && !is_possessive(&text[a..b]) {
            head.push(Span { start: a, end: a + c.len_utf8() });
            a += c.len_utf8();
        } else {
            break;
        }
    }
    // Trailing punctuation, periods (unless the word is an abbreviation) and possessives.
    loop {
        if a >= b {
            break;
        }
        let word = &text[a..b];
        let c = word.chars().next_back().unwrap();
        let cl = c.len_utf8();
        if word.len() > cl && is_closing(c) {
            tail.push(Span { start: b - cl, end: b });
            b -= cl;
            continue;
        }
        if c == '.' && word.len() > 1 {
            // "U.S." and "Japan-U.S." keep their final period.
            if res.is_abbreviation(word) || word.rsplit('-').next().map_or(false, |p| res.is_abbreviation(p)) {
                break;
            }
            // "..." stays one token.
            let dots = word.chars().rev().take_while(|&c| c == '.').count();
            if dots > 1 {
                if dots < word.len() {
                    tail.push(Span { start: b - dots, end: b });
                    b -= dots;
                }
                break;
            }
            tail.push(Span { start: b - 1, end: b });
            b -= 1;
            continue;
        }
        // Possessive 's / ’s, and the bare possessive apostrophe of "leaders'"
        for poss in ["'s", "’s", "'S", "’S"] {
            if word.len() > poss.len() && word.ends_with(poss) {
                tail.push(Span { start: b - poss.len(), end: b });
                b -= poss.len();
            }
        }
        break;
    }
    out.extend(head);
    if a < b {
        split_hyphenated(text, a, b, res, out);
    }
    out.extend(tail.into_iter().rev());
}

/// A token that opens a bulleted item ("-", "*", "•", "–").
pub fn is_bullet(word: &str) -> bool {
    matches!(word, "-" | "*" | "\u{2022}" | "\u{2013}")
}

/// A possessive token as the segmenter splits it off ("Japan", "’s").
pub fn is_possessive(word: &str) -> bool {
    matches!(word, "'s" | "’s" | "'S" | "’S")
}

fn find_dash(chunk: &str) -> Option<(usize, usize)> {
    for (i, c) in chunk.char_indices() {
        if is_dash(c) {
            return Some((i, c.len_utf8()));
        }
        if c == '-' && chunk[i..].starts_with("--") {
            let n = chunk[i..].chars().take_while(|&c| c == '-').count();
            return Some((i, n));
        }
    }
    None
}

/// "Japan-U.S." -> "Japan", "-", "U.S." when every part is a known place; otherwise one token.
fn split_hyphenated(text: &str, a: usize, b: usize, res: &Resources, out: &mut Vec<Span>) {
    let word = &text[a..b];
    if word.contains('-') && res.gazetteer.place(word).is_none() {
        let parts: Vec<&str> = word.split('-').collect();
        if parts.len() > 1 && parts.iter().all(|p| !p.is_empty() && res.gazetteer.is_place_name(p)) {
            let mut pos = a;
            for (i, p) in parts.iter().enumerate() {
                if i > 0 {
                    out.push(Span { start: pos, end: pos + 1 });
                    pos += 1;
                }
                out.push(Span { start: pos, end: pos + p.len() });
                pos += p.len();
            }
            return;
        }
    }
    out.push(Span { start: a, end: b });
}

/// Sentences as half-open ranges of token indices.
pub fn split_sentences(text: &str, tokens: &[Span], res: &Resources) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let n = tokens.len();
    let mut i = 0;
    while i < n {
        let tok = &text[tokens[i].start..tokens[i].end];
        let mut end_here = false;
        // A line break after this token ends the sentence.
        let gap_after = if i + 1 < n { &text[tokens[i].end..tokens[i + 1].start] } else { "" };
        if gap_after.contains('\n') {
            end_here = true;
        } else if i + 1 < n {
            let terminal = tok == "." || tok == "!" || tok == "?" || tok == "…" || tok.chars().all(|c| c == '.') && tok.len() > 1;
            let abbrev_end = tok.ends_with('.') && tok.len() > 1 && res.abbreviation_may_end_sentence(tok);
            if terminal || abbrev_end {
                // Swallow closing quotes and brackets that follow without a space.
                let mut j = i;
                while j + 1 < n && tokens[j + 1].start == tokens[j].end && is_closer_token(&text[tokens[j + 1].start..tokens[j + 1].end]) {
                    j += 1;
                }
                if j + 1 < n {
                    let next = &text[tokens[j + 1].start..tokens[j + 1].end];
                    let gap = &text[tokens[j].end..tokens[j + 1].start];
                    let starts = starts_sentence(next) && !gap.is_empty();
                    let ok = if abbrev_end && !terminal { starts && res.is_sentence_starter(next) } else { starts };
                    if ok {
                        i = j;
                        end_here = true;
                    }
                } else {
                    i = j;
                }
            }
        }
        if end_here {
            out.push((start, i + 1));
            start = i + 1;
        }
        i += 1;
    }
    if start < n {
        out.push((start, n));
    }
    out
}

fn is_closer_token(t: &str) -> bool {
    matches!(t, "\"" | "”" | "’" | "'" | ")" | "]" | "»")
}

fn starts_sentence(next: &str) -> bool {
    match next.chars().next() {
        Some(c) => c.is_uppercase() || c.is_numeric() || matches!(c, '"' | '“' | '‘' | '\'' | '(' | '[' | '—' | '-' | '«'),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Meta;

    fn words(text: &str) -> Vec<String> {
        let res = Resources::builtin();
        tokenize(text, &res).iter().map(|s| text[s.start..s.end].to_string()).collect()
    }

    fn sentences(text: &str) -> Vec<String> {
        let res = Resources::builtin();
        let mut doc = Document::new("t", text, Meta::default());
        segment(&mut doc, &res);
        let idx = CharIndex::new(text);
        doc.sentences.iter().map(|s| idx.slice(text, s.start, s.end).to_string()).collect()
    }

    #[test]
    fn splits_punctuation_but_keeps_abbreviations() {
        assert_eq!(words("U.S. President Donald Trump's visit"), ["U.S.", "President", "Donald", "Trump", "'s", "visit"]);
        assert_eq!(words("Japan’s $550 billion, (27.5%)."), ["Japan", "’s", "$", "550", "billion", ",", "(", "27.5", "%", ")", "."]);
        assert_eq!(words("a new “golden era” for"), ["a", "new", "“", "golden", "era", "”", "for"]);
        assert_eq!(words("Takaichi—who became"), ["Takaichi", "—", "who", "became"]);
        assert_eq!(words("March 2026--two years"), ["March", "2026", "--", "two", "years"]);
    }

    #[test]
    fn splits_hyphenated_place_pairs_only() {
        assert_eq!(words("the Japan-U.S. summit"), ["the", "Japan", "-", "U.S.", "summit"]);
        assert_eq!(words("a three-nation tour"), ["a", "three-nation", "tour"]);
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        let s = sentences("Mr. Abe met U.S. President Trump at 3 p.m. on Nov. 5. They spoke.");
        assert_eq!(s, ["Mr. Abe met U.S. President Trump at 3 p.m. on Nov. 5.", "They spoke."]);
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        let s = sentences("He called it “the greatest alliance in the world.” Then he left.");
        assert_eq!(s, ["He called it “the greatest alliance in the world.”", "Then he left."]);
    }

    #[test]
    fn line_breaks_end_sentences_and_abbreviation_at_end_can() {
        let s = sentences("TOKYO, Oct. 28 (Kyodo) -- Talks began\nThey moved to the U.S. The talks ended.");
        assert_eq!(s, ["TOKYO, Oct. 28 (Kyodo) -- Talks began", "They moved to the U.S.", "The talks ended."]);
    }
}
