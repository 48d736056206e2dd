//! Quotations: one statement per contiguous quoted segment (straight or curly quotes), the
//! quote being the inside of the marks without a final comma or period, attributed to the
//! subject of a speech verb in the sentence where the quote starts or the one its closing
//! mark ends ("...," she said): with the syntax layer the verb's subject past appositions, else
//! the nearest PERSON or ORG (or a reference to one) before the verb, else the person in the
//! noun phrase right after it ("said Kanto Electric President Hayashi Ren"). A quote without a
//! speech verb that goes on from an attributed one in the same paragraph has its speaker, and so
//! does one that opens its sentence right after a sentence with a speech verb and its speaker.

use crate::document::{Arg, Relation, TextSpan};
use super::rules::StatementRules;
use super::view::{Mention, View};

/// (trigger token, relation) for every attributed quote.
pub(super) fn find(view: &View, rules: &StatementRules) -> Vec<(usize, Relation)> {
    let mut out = Vec::new();
    let w = &view.words;

    // The last attributed quote: (its closing mark, its speech verb, its speakers).
    let mut previous: Option<(usize, usize, Vec<String>)> = None;
    for &(open_tok, close_tok) in &view.quotes {
        if close_tok <= open_tok + 1 {
            continue;
        }
        // The inside, without a final comma or period.
        let mut last = close_tok;
        while last > open_tok + 1 && matches!(w[last - 1].as_str(), "," | "." | ";") {
            last -= 1;
        }
        if last <= open_tok + 1 {
            continue;
        }
        let quote = view.text_span(open_tok + 1, last);
        // Sentences to search for the speech verb: the one where the quote starts, and the one
        // its closing mark ends when that differs.
        let first = view.sentence_of(open_tok);
        let second = view.sentence_of(close_tok);
        let mut speaker = None;
        for (ss, se) in [first, second] {
            if let Some(found) = attribute(view, rules, ss, se, open_tok, close_tok) {
                speaker = Some(found);
                break;
            }
        }
        // A quote with no speech verb of its own that goes on from the last one in the same
        // paragraph has its speaker: "“...,” Vogel said. “That ends now.”"
        let speaker = speaker.or_else(|| {
            let (close, verb, ids) = previous.as_ref()?;
            // The next sentence at the latest ("“...,” said X, who ... . “...”").
            (view.sentence_index(open_tok) <= view.sentence_index(*close) + 1 && !view.paragraph_between(*close, open_tok)).then(|| (*verb, ids.clone()))
        });
        // A quote that opens its sentence right after an attributed sentence of the same
        // paragraph is that sentence's speaker's: "..., wrote Marina Teixeira of Itaú BBA. “The
        // price gap is still wide enough ...”"
        let speaker = speaker.or_else(|| {
            let k = view.sentence_index(open_tok);
            let &(ps, pe) = view.sentences.get(k.checked_sub(1)?)?;
            (open_tok == first.0 && pe > ps && !view.paragraph_between(pe - 1, open_tok) && !view.in_quote(pe - 1)).then(|| attribute(view, rules, ps, pe, pe, pe)).flatten()
        });
        let Some((verb, ids)) = speaker else { continue };
        previous = Some((close_tok, verb, ids.clone()));
        let evidence = view.text_span(first.0.min(open_tok), second.1.max(close_tok + 1));
        for id in ids {
            let args = vec![
                Arg { role: "speaker".into(), entity: Some(id), start: None, end: None, text: None },
                Arg { role: "quote".into(), entity: None, start: Some(quote.start), end: Some(quote.end), text: quote.text.clone() },
            ];
            out.push((
                verb,
                Relation {
                    id: String::new(),
                    label: "statement".into(),
                    args,
                    trigger: Some(view.text_span(verb, verb + 1)),
                    evidence: Some(TextSpan { start: evidence.start, end: evidence.end, text: evidence.text.clone() }),
                    rule: Some("statement.quote".into()),
                    score: Some(rules.score),
                },
            ));
        }
    }
    out
}

const OBJECT_MARKERS: [&str; 10] = ["with", "to", "for", "by", "of", "from", "against", "on", "about", "than"];

/// The speech verb in [ss, se) outside the quote, and its speaker's entity ids.
fn attribute(view: &View, rules: &StatementRules, ss: usize, se: usize, open_tok: usize, close_tok: usize) -> Option<(usize, Vec<String>)> {
    let is_verb = |i: usize| rules.verbs.iter().any(|v| *v == view.words[i]) && (i < open_tok || i > close_tok);
    // Verbs before the quote, nearest first; then after it.
    let before = (ss..open_tok.min(se)).rev();
    let after = (close_tok + 1).max(ss)..se;
    let verbs: Vec<usize> = before.chain(after).filter(|&i| is_verb(i)).collect();
    for &v in &verbs {
        // A participle ("..., while affirming that ...") shares its clause's subject: use the
        // main verb before it when there is one.
        if view.words[v].ends_with("ing") && verbs.iter().any(|&u| u < v && !view.words[u].ends_with("ing")) {
            continue;
        }
        let dateline = view.dateline_end();
        let speakerish = |m: &&Mention| matches!(m.label.as_str(), "PERSON" | "ORG") && m.start >= ss.max(dateline) && m.end <= se && (m.end <= open_tok || m.start > close_tok);
        // Subject: the nearest speaker-type mention before the verb that is not the object of a
        // preposition ("work with Trump"), else one right after the verb ("said Trump").
        let object = |m: &Mention| m.start > 0 && OBJECT_MARKERS.contains(&view.words[m.start - 1].as_str());
        let here = &view.mentions[view.starting_in(ss, se)];
        // With the syntax layer, the verb's subject past appositions ("Dewi Kartika, a member of
        // ... from the Indonesian Democratic Party of Struggle, said").
        let ends = view.subject_ends(v, ss, 20).unwrap_or_default();
        let parsed = here.iter().filter(speakerish).filter(|m| m.end <= v && ends.contains(&m.end)).max_by_key(|m| m.end);
        let subject = here.iter().filter(speakerish).filter(|m| m.end <= v && !object(m)).max_by_key(|m| m.end);
        // After the verb, the person in the noun phrase that follows ("said Kanto Electric
        // President Hayashi Ren").
        let np_end = view.chunk_at(v + 1).map(|ci| &view.chunks[ci]).filter(|(cs, _, k)| *cs == v + 1 && k == "NP").map_or(v + 4, |c| c.1);
        let after: Vec<&Mention> = here.iter().filter(speakerish).filter(|m| m.start > v && m.start < np_end.max(v + 4)).collect();
        let inverted = after.iter().find(|m| m.label == "PERSON" && m.end <= np_end).or(after.iter().filter(|m| m.start <= v + 3).min_by_key(|m| m.start)).copied();
        // Quote first, speaker after: a verb right after the closing mark ("“...,” said Camila
        // Rojas") has its speaker after it, not a name before the quote.
        let quote_first = v > close_tok && (close_tok + 1..v).all(|i| !view.words[i].chars().any(char::is_alphanumeric));
        let found = if quote_first { inverted.or(parsed).or(subject) } else { parsed.or(subject).or(inverted) };
        if let Some(m) = found {
            // "said the company's chief executive, Kwon Ji-hye": the title's holder speaks.
            let at = view.mentions.iter().position(|x| std::ptr::eq(x, m));
            if let Some(h) = at.and_then(|i| view.apposed_holder(i)).filter(|&h| speakerish(&&view.mentions[h])) {
                return Some((v, view.mentions[h].ids.clone()));
            }
            return Some((v, m.ids.clone()));
        }
    }
    None
}
