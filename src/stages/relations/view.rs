//! The document as the rules see it: tokens (lower-cased), sentences as token ranges, and
//! mentions (entities and resolved reference phrases) over token indices.

use std::collections::HashSet;

use super::rules::{Reference, Slot};
use crate::document::{CharIndex, Document, TextSpan, TextView};
use crate::resources::Resources;
use crate::stages::segment::{is_bullet, is_possessive};
use crate::stages::syntax::lemma;

/// Forms of "be" before a passive participle.
const BE: [&str; 8] = ["is", "are", "was", "were", "be", "been", "being", "'s"];
/// Words of a verb group before its main verb (without the syntax layer's parts of speech).
const AUXILIARIES: [&str; 20] = [
    "will", "would", "shall", "should", "can", "could", "may", "might", "must", "has", "have", "had", "is", "are", "was", "were", "also", "not", "already", "jointly",
];
/// Words that end a clause: a subject or object is not looked for past them.
const CLAUSE_BREAKS: [&str; 7] = [".", ";", ":", "which", "who", "whose", "where"];
/// Adjectives between a copula and an infinitive whose subject is the copula's ("is due to
/// address", "are set to sign").
const PREDICATE_TO: [&str; 9] = ["due", "set", "scheduled", "slated", "likely", "poised", "about", "going", "ready"];
/// How many tokens a parenthetical between a subject and its verb may have.
const PARENTHETICAL: usize = 24;

/// How many sentences back a `salient` reference looks for a salient referent.
const SALIENT_SENTENCES: usize = 6;
/// How many entities back a reference looks for its referents.
const LOOK_BACK: usize = 400;

/// An entity, or a reference phrase resolved to entities, over token indices.
#[derive(Debug, Clone)]
pub(super) struct Mention {
    pub start: usize,
    pub end: usize,
    pub label: String,
    /// Entity ids it stands for (one for an entity; the referents for a reference).
    pub ids: Vec<String>,
    /// A reference phrase rather than an entity.
    pub is_ref: bool,
    /// A possessive reference ("its chief executive"): only slots that take possessives.
    pub possessive: bool,
}

/// The document seen as tokens, sentences and mentions.
pub(super) struct View<'d> {
    pub doc: &'d Document,
    pub idx: &'d CharIndex,
    /// Lower-cased token texts.
    pub words: &'d [String],
    pub sentences: Vec<(usize, usize)>,
    pub mentions: Vec<Mention>,
    /// Phrase chunks of the syntax layer over token indices: (start, end, type).
    pub chunks: Vec<(usize, usize, String)>,
    /// Token -> the real entity covering it.
    pub entity_at: Vec<Option<usize>>,
    /// Entity id -> its index in the document (the first, should ids repeat).
    by_id: std::collections::HashMap<&'d str, usize>,
    /// Reporting verbs (the rule file's `[statement] reporting`).
    reporting: &'d [String],
    /// Quoted segments: (opening mark, closing mark) tokens, straight or curly quotes, never
    /// across a paragraph break.
    pub quotes: Vec<(usize, usize)>,
}

impl<'d> View<'d> {
    pub fn new(doc: &'d Document, text: &'d TextView, refs: &[Reference], reporting: &'d [String]) -> View<'d> {
        let (idx, words) = (&text.chars, &text.lower[..]);
        let tok_of_start = |c: usize| doc.tokens.partition_point(|t| t.start < c);
        let tok_of_end = |c: usize| doc.tokens.partition_point(|t| t.end <= c);
        let sentences = doc.sentences.iter().map(|s| (tok_of_start(s.start), tok_of_end(s.end))).collect();
        let mut entity_at = vec![None; words.len()];
        let mut mentions: Vec<Mention> = Vec::new();
        for (i, e) in doc.entities.iter().enumerate() {
            let (s, t) = (tok_of_start(e.start), tok_of_end(e.end));
            if s >= t {
                continue;
            }
            for slot in &mut entity_at[s..t] {
                *slot = Some(i);
            }
            mentions.push(Mention { start: s, end: t, label: e.label.clone(), ids: vec![e.id.clone()], is_ref: false, possessive: false });
        }
        let mut by_id = std::collections::HashMap::with_capacity(doc.entities.len());
        for (i, e) in doc.entities.iter().enumerate() {
            by_id.entry(e.id.as_str()).or_insert(i);
        }
        let chunks: Vec<(usize, usize, String)> = doc.chunks.iter().map(|c| (tok_of_start(c.start), tok_of_end(c.end), c.kind.clone())).filter(|(s, e, _)| s < e).collect();
        // Two noun phrases that split an entity are one ("Secretary" | "General Mark Rutte").
        let mut merged: Vec<(usize, usize, String)> = Vec::with_capacity(chunks.len());
        for c in chunks {
            match merged.last_mut() {
                Some(last) if last.1 == c.0 && last.2 == "NP" && c.2 == "NP" && c.0 > 0 && entity_at[c.0].is_some() && entity_at[c.0 - 1] == entity_at[c.0] => last.1 = c.1,
                _ => merged.push(c),
            }
        }
        let chunks = merged;
        let quotes = quote_segments(doc, idx, words);
        let mut view = View { doc, idx, words, sentences, mentions, chunks, entity_at, by_id, reporting, quotes };
        view.add_references(refs);
        view
    }

    /// Finds reference phrases on free tokens and resolves each to the `count` most recent
    /// distinct (by canonical name) entities of its type before it.
    fn add_references(&mut self, refs: &[Reference]) {
        let mut found = Vec::new();
        for r in refs {
            for phrase in &r.words {
                let p: Vec<&str> = phrase.split_whitespace().collect();
                for i in 0..self.words.len().saturating_sub(p.len() - 1) {
                    // Numbers inside the phrase ("the two leaders") and a bare title ("the
                    // minister") may be entities; nothing else.
                    // (Nor an entity that runs on past the phrase: "the secretary" of "the
                    // secretary general of COMESA" is no bare title.)
                    let last = self.entity_at[i + p.len() - 1];
                    let runs_on = last.is_some() && self.entity_at.get(i + p.len()).copied().flatten() == last;
                    let free = !runs_on && self.entity_at[i..i + p.len()].iter().flatten().all(|&e| matches!(self.doc.entities[e].label.as_str(), "CARDINAL" | "ORDINAL" | "TITLE"));
                    // (Past an adverb: "Both then attended".)
                    let after = (i + p.len()..self.words.len()).find(|&j| !self.pos(j).starts_with("RB"));
                    let next_ok = r.next_pos.is_empty() || self.has_syntax() && after.is_some_and(|j| r.next_pos.iter().any(|t| self.pos(j).starts_with(t.as_str())));
                    if self.words[i..i + p.len()].iter().zip(&p).all(|(w, q)| w == q) && free && next_ok {
                        found.push((i, i + p.len(), r));
                    } else if let Some(end) = self.length_in(i, &p) {
                        // "the two-day summit": a length after "the".
                        found.push((i, end, r));
                    } else if let Some(end) = self.nationality_in(i, &p) {
                        // "the Lao leader", "The Danish drugmaker": a nationality after "the".
                        found.push((i, end, r));
                    }
                }
            }
        }
        found.sort_by_key(|(s, e, _)| (*s, std::cmp::Reverse(*e)));
        let n_real = self.mentions.len();
        // The dateline's names are the filing's: no phrase of the story refers to them.
        let dateline = self.dateline_end();
        let mut last_end = 0;
        // (start, type, entity id) of the references resolved so far, in text order.
        let mut resolved: Vec<(usize, String, String)> = Vec::new();
        // The last feminine and masculine pronoun resolved: (sentence index, entity id).
        let mut last_gendered: [Option<(usize, String)>; 2] = [None, None];
        // (type, entity ids) of the group references resolved so far ("the two companies").
        let mut groups: Vec<(String, Vec<String>)> = Vec::new();
        for (s, e, r) in found {
            if s < last_end {
                continue;
            }
            last_end = e;
            // Entities only (references are appended after them), nearest first, within a bound
            // so that a long document stays linear.
            let real = &self.mentions[..n_real];
            let before = real.partition_point(|m| m.start < s);
            // A name in parentheses is a byline or an acronym ("(Gleaner Wire)", "(IEA)"), not
            // what a later phrase refers to.
            let bracketed = |m: &Mention| m.start > 0 && self.words[m.start - 1] == "(" && self.words.get(m.end).is_some_and(|w| w == ")");
            let (ss, _) = self.sentence_of(s);
            // An object pronoun right after its verb, or after a preposition after it ("spoke to her").
            let verb = if s > ss + 1 && matches!(self.pos(s - 1), "IN" | "TO") { s - 2 } else { s.saturating_sub(1) };
            // ("her" right after a verb and before no noun is an object too: "who congratulated
            // her by phone".)
            let object_her = e == s + 1 && self.words[s] == "her" && self.has_syntax() && !(e < self.words.len() && matches!(self.pos(e), "NN" | "NNS" | "NNP" | "JJ" | "JJS" | "CD"));
            let own_subject = if (r.object || object_her) && s > ss && self.pos(verb).starts_with("VB") { self.subject_ends(verb, ss, PARENTHETICAL).unwrap_or_default() } else { Vec::new() };
            // "X, whom he met": the pronoun is not the relative's antecedent.
            let antecedent = (s >= 2 && self.words[s - 1] == "whom" && self.words[s - 2] == ",").then(|| s - 2);
            // "its foreign minister" is a country's ("Lithuania ... Its foreign minister,
            // Kęstutis Budrys"); "its chief executive" an organisation's.
            let minister = r.possessive && e == s + 1 && self.words[s] == "its" && self.entity_at.get(e).copied().flatten().is_some_and(|x| self.doc.entities[x].label == "TITLE" && self.doc.entities[x].text.to_lowercase().ends_with("minister"));
            let want = if minister { "GPE" } else { r.entity_type.as_str() };
            let candidates: Vec<&Mention> = real[..before]
                .iter()
                .rev()
                .take(LOOK_BACK)
                .filter(|m| m.end <= s && m.start >= dateline && m.label == want && !bracketed(m) && !(m.start >= ss && own_subject.contains(&m.end)) && Some(m.end) != antecedent)
                .filter(|m| r.window.map_or(true, |w| self.sentence_index(s) - self.sentence_index(m.start) <= w))
                .filter(|m| !self.words[m.start..m.end].iter().any(|w| r.not_named.contains(&w.to_lowercase())))
                .filter(|m| r.named_among.is_empty() || self.words[m.start..m.end].iter().any(|w| r.named_among.contains(&w.to_lowercase())))
                .collect();
            let name_of = |id: &str| {
                let ent = &self.doc.entities[self.by_id[id]];
                ent.canonical.clone().unwrap_or_else(|| ent.text.clone())
            };
            // The first `count` entities of the list with different names, if there are so many.
            let distinct = |ids: &mut dyn Iterator<Item = String>| {
                let mut names = HashSet::new();
                let ids: Vec<String> = ids.filter(|id| names.insert(name_of(id))).take(r.count).collect();
                (ids.len() == r.count).then_some(ids)
            };
            // A phrase whose noun is a word of a candidate's name stands for the most recent
            // such candidate: "the fund's executive director" after the Global Fund and the
            // Gates Foundation; "the conference" for the "Eighth Replenishment Conference".
            let head = &self.words[e - 1];
            let named = (r.count == 1 && e - s > 1 && head.chars().all(char::is_alphabetic)).then(|| candidates.iter().find(|m| self.words[m.start..m.end].iter().any(|w| w == head))).flatten();
            if r.named_only && named.is_none() {
                continue;
            }
            // (Only across sentences: within its own sentence the most recent one stands.)
            let local = candidates.first().is_some_and(|m| m.start >= ss);
            // (With none so near, the nearest salient one further back: an article's company,
            // named in its lead, is "the company" eight sentences later.)
            // (A reference that takes only salient names looks for one in its own sentence too.)
            let salient = (r.salient && r.count == 1 && named.is_none() && (!local || r.only_salient))
                .then(|| {
                    let near = candidates.iter().take_while(|m| self.sentence_index(s) - self.sentence_index(m.start) <= SALIENT_SENTENCES).find(|m| self.is_salient(m, dateline));
                    near.or_else(|| candidates.iter().find(|m| self.is_salient(m, dateline)))
                })
                .flatten();
            // The subject of "said" after it is the sayer: "Japan's Fast Retailing, which owns
            // Uniqlo, said it would invest" (not the name in the relative clause).
            let reporter = (e == s + 1 && matches!(self.words[s].as_str(), "it" | "he" | "she")).then(|| self.reporter_subject(s, ss)).flatten();
            let reported = reporter.as_ref().and_then(|ends| candidates.iter().find(|m| m.start >= ss && ends.contains(&m.end)));
            // A pronoun goes on from the last pronoun of its gender in its own sentence or the one
            // before, when that one's referent is still a candidate: "Merz telephoned Zielińska to
            // congratulate her, and ..., her campaign said. Zelensky spoke to her by phone" (her:
            // Zielińska, not Merz, the subject).
            let gender = match (e == s + 1).then(|| self.words[s].as_str()) {
                Some("she" | "her") => Some(0),
                Some("he" | "him" | "his") => Some(1),
                _ => None,
            };
            let here = self.sentence_index(s);
            let chain = gender
                .and_then(|g| last_gendered[g].as_ref())
                .filter(|(at, id)| (*at == here || *at + 1 == here) && candidates.iter().any(|m| m.ids.contains(id)))
                .map(|(_, id)| vec![id.clone()]);
            // "Turkey said it would impose": "it" is the country that said so.
            let reported_country = reporter
                .as_ref()
                .filter(|_| reported.is_none() && self.words[s] == "it")
                .and_then(|ends| real[..before].iter().rev().find(|m| m.start >= ss && m.label == "GPE" && ends.contains(&m.end)));
            let label = if reported_country.is_some() || minister { "GPE".to_string() } else { r.entity_type.clone() };
            // A bare title stands for the last person named with it: "will hold talks with the
            // crown prince" after "Crown Prince Mohammed bin Salman" (not Lee, named since).
            let titled = (r.entity_type == "PERSON" && r.count == 1 && e > s + 1 && self.words[s] == "the")
                .then(|| {
                    let title = &self.words[s + 1..e];
                    let holder = candidates.iter().find(|m| m.start >= title.len() && self.words[m.start - title.len()..m.start] == *title)?;
                    // (Its most recent mention: "Wiratmoko" after "Defence Minister Bambang Wiratmoko".)
                    let name = name_of(&holder.ids[0]);
                    candidates.iter().find(|m| name_of(&m.ids[0]) == name)
                })
                .flatten();
            // (A country's minister: the country that opens its sentence, in this sentence or the
            // one before, over a city in a relative clause: "Lithuania, whose port of Klaipėda
            // ..., welcomed the decision. Its foreign minister".)
            let opening = minister
                .then(|| {
                    candidates.iter().take_while(|m| self.sentence_index(s) - self.sentence_index(m.start) <= 1).find(|m| {
                        let (ms, _) = self.sentence_of(m.start);
                        m.start == ms || m.start == ms + 1 && self.words[ms] == "the"
                    })
                })
                .flatten();
            let chosen = reported.or(reported_country.as_ref()).or(titled).or(opening).or(named).or(salient).map(|m| m.ids.clone()).or(chain);
            if r.only_salient && chosen.is_none() {
                continue;
            }
            // The first ones of the type in the sentence of the last one, counting references
            // already resolved there ("She ... . She ..." is a chain).
            let subjects = match candidates.first() {
                Some(last) if r.prefer_subject && last.start < ss => {
                    let (ps, _) = self.sentence_of(last.start);
                    let mut there: Vec<(usize, String)> = candidates.iter().filter(|m| m.start >= ps).map(|m| (m.start, m.ids[0].clone())).collect();
                    there.extend(resolved.iter().filter(|(at, t, _)| *at >= ps && *at < ss && *t == r.entity_type).map(|(at, _, id)| (*at, id.clone())));
                    there.sort();
                    distinct(&mut there.into_iter().map(|(_, id)| id))
                }
                _ => None,
            };
            // A possessive pronoun inside the sentence of its last candidate is the subject's
            // ("Xi ... will hold talks with Lee on Saturday, his first visit": Xi).
            let possessive_pronoun = e == s + 1 && (self.words[s] == "his" || self.words[s] == "her" && self.has_syntax() && e < self.words.len() && matches!(self.pos(e), "NN" | "NNS" | "JJ" | "JJS" | "CD"));
            let subjects = subjects.or_else(|| {
                let last = candidates.first().filter(|m| r.prefer_subject && r.count == 1 && possessive_pronoun && m.start >= ss)?;
                let first_verb = (ss.max(dateline)..s).find(|&i| self.is_finite_verb(i))?;
                let subject = candidates.iter().rev().find(|m| m.start >= ss && m.end <= first_verb)?;
                (subject.start != last.start).then(|| vec![subject.ids[0].clone()])
            });
            // A group named before stays the group: "The two companies signed ... . By 2030 the
            // companies aim" (not the agency named in between).
            let group = (r.count > 1 && r.same_group).then(|| groups.iter().rev().find(|(t, ids)| *t == r.entity_type && ids.len() == r.count).map(|(_, ids)| ids.clone())).flatten();
            // Else the most recent ones with different names, put back in text order.
            let ids = chosen.or(group).or(subjects).or_else(|| {
                distinct(&mut candidates.iter().map(|m| m.ids[0].clone())).map(|mut ids| {
                    ids.reverse();
                    ids
                })
            });
            if let Some(ids) = ids {
                if let Some(g) = gender {
                    last_gendered[g] = Some((here, ids[0].clone()));
                }
                if r.count == 1 {
                    resolved.push((s, label.clone(), ids[0].clone()));
                } else {
                    groups.push((r.entity_type.clone(), ids.clone()));
                }
                self.mentions.push(Mention { start: s, end: e, label, ids, is_ref: true, possessive: r.possessive });
            }
        }
        // A number or a bare title inside a reference phrase is part of the phrase, not a filler
        // of its own (the title is still the trigger of holds_position rules).
        let refs: Vec<(usize, usize)> = self.mentions.iter().filter(|m| m.is_ref).map(|m| (m.start, m.end)).collect();
        self.mentions.retain(|m| m.is_ref || m.label == "TITLE" || !refs.iter().any(|&(a, b)| m.start >= a && m.end <= b));
        self.mentions.sort_by_key(|m| (m.start, m.end));
    }

    /// The ends of the subject of a reporting verb right before token `s` ("said", "said on
    /// Tuesday that", "said separately that"), when there is one.
    fn reporter_subject(&self, s: usize, ss: usize) -> Option<Vec<usize>> {
        let mut v = s.checked_sub(1)?;
        if self.words[v] == "that" {
            v = v.checked_sub(1)?;
        }
        while v > ss && self.has_syntax() && self.pos(v) == "RB" {
            v -= 1;
        }
        if v <= ss || !self.is_reporting(v) {
            return None;
        }
        self.subject_ends(v, ss, PARENTHETICAL)
    }

    /// Whether token `i` is a reporting verb ("said", "announced").
    pub fn is_reporting(&self, i: usize) -> bool {
        self.reporting.iter().any(|v| *v == self.words[i])
    }

    /// Where the reference phrase `p` ("the summit") ends when it matches at token `i` with a
    /// length after its "the" ("the two-day summit"); None otherwise.
    fn length_in(&self, i: usize, p: &[&str]) -> Option<usize> {
        if p.len() < 2 || p[0] != "the" || self.words[i] != "the" || i + 1 + p.len() > self.words.len() {
            return None;
        }
        let e = self.entity_at[i + 1].filter(|&e| self.doc.entities[e].label == "DATE" && self.doc.entities[e].value.is_none())?;
        let length = is_length_word(&self.words[i + 1]);
        let rest = &p[1..];
        let free = self.entity_at[i + 2..i + 1 + p.len()].iter().all(|x| x.is_none() || *x == Some(e));
        (length && free && self.words[i + 2..i + 1 + p.len()].iter().zip(rest).all(|(w, q)| w == q)).then_some(i + 1 + p.len())
    }

    /// Where the reference phrase `p` ("the leader") ends when it matches at token `i` with a
    /// NORP entity after its "the" ("the Lao leader"); None otherwise.
    fn nationality_in(&self, i: usize, p: &[&str]) -> Option<usize> {
        if p.len() < 2 || p[0] != "the" || self.words[i] != "the" {
            return None;
        }
        let e = self.entity_at.get(i + 1).copied().flatten().filter(|&e| self.doc.entities[e].label == "NORP")?;
        let mut j = i + 1;
        while j < self.words.len() && self.entity_at[j] == Some(e) {
            j += 1;
        }
        let rest = &p[1..];
        (j + rest.len() <= self.words.len() && self.words[j..j + rest.len()].iter().zip(rest).all(|(w, q)| w == q) && self.entity_at[j..j + rest.len()].iter().flatten().all(|&x| self.doc.entities[x].label == "TITLE")).then_some(j + rest.len())
    }

    /// Whether a mention is salient where it stands: it opens its sentence (after "the" or a
    /// possessor) or stands before the sentence's first finite verb, a finite verb follows it,
    /// or "said" comes before it.
    fn is_salient(&self, m: &Mention, dateline: usize) -> bool {
        let st = self.sentence_of(m.start).0.max(dateline);
        let b = self.past_possessor(m.start, st);
        let opens = b == st || b == st + 1 && self.words[st] == "the";
        // Before the sentence's first finite verb: the subject or its apposition ("Rahul Mehra,
        // the chief executive of Tata Steel, said").
        let in_subject = !(st..b).any(|i| self.is_finite_verb(i));
        let verb_after = m.end < self.words.len() && self.is_finite_verb(m.end);
        let said_before = m.start > 0 && self.is_reporting(m.start - 1);
        opens || in_subject || verb_after || said_before
    }

    /// Where the phrase at token `i` begins when a name that possesses it stands right before,
    /// at or after token `floor` ("India's Jagat Prakash Nadda", "in Chile's copper smelting
    /// sector"): that name's first token; else `i`.
    pub fn past_possessor(&self, i: usize, floor: usize) -> usize {
        match (i >= floor + 2 && is_possessive(&self.words[i - 1])).then(|| self.entity_at[i - 2]).flatten() {
            Some(e) => self.doc.tokens.partition_point(|t| t.start < self.doc.entities[e].start),
            None => i,
        }
    }

    /// Whether token `i` is a finite verb or a modal outside any entity.
    fn is_finite_verb(&self, i: usize) -> bool {
        self.entity_at[i].is_none() && matches!(self.pos(i), "VBD" | "VBZ" | "VBP" | "MD")
    }

    /// Whether token `j` is a verb outside any entity and outside a verb group (no auxiliary,
    /// modal or adverb): the main verb of a clause.
    fn is_main_verb(&self, j: usize) -> bool {
        self.pos(j).starts_with("VB") && self.entity_at[j].is_none() && !self.in_verb_group(j)
    }

    /// Whether a paragraph break lies between the end of token `a` and the start of token `b`.
    pub fn paragraph_between(&self, a: usize, b: usize) -> bool {
        self.doc.text[self.idx.byte(self.doc.tokens[a].end)..self.idx.byte(self.doc.tokens[b].start)].contains("\n\n")
    }

    /// Whether token `i` lies inside a quotation (between its marks).
    pub fn in_quote(&self, i: usize) -> bool {
        let k = self.quotes.partition_point(|(open, _)| *open < i);
        k > 0 && i < self.quotes[k - 1].1
    }

    /// Indices of the mentions that start in tokens [a, b) (mentions are sorted by start).
    pub fn starting_in(&self, a: usize, b: usize) -> std::ops::Range<usize> {
        self.mentions.partition_point(|m| m.start < a)..self.mentions.partition_point(|m| m.start < b)
    }

    /// Whether a mention of one of `types` lies within tokens [a, b).
    pub fn has_type_within(&self, a: usize, b: usize, types: &[String]) -> bool {
        self.mentions[self.starting_in(a, b)].iter().any(|m| m.end <= b && types.contains(&m.label))
    }

    /// Whether the document has the syntax layer (parts of speech, lemmas, chunks).
    pub fn has_syntax(&self) -> bool {
        self.doc.tokens.first().is_some_and(|t| t.pos.is_some())
    }

    pub fn pos(&self, i: usize) -> &str {
        self.doc.tokens[i].pos.as_deref().unwrap_or("")
    }

    /// Whether token `i` has lemma `want`. Without the syntax layer, whether one of its readings
    /// as a verb form or a plural noun has it (the part of speech is not known).
    pub fn lemma_is(&self, i: usize, want: &str, res: &Resources) -> bool {
        if let Some(l) = &self.doc.tokens[i].lemma {
            return l == want;
        }
        let w = &self.words[i];
        w == want || (w.get(..2) == want.get(..2) && ["VBD", "VBZ", "VBG", "NNS"].iter().any(|p| lemma(w, p, res) == want))
    }

    /// Whether token `i`'s part of speech starts with one of `tags` (any when `tags` is empty or
    /// there is no syntax layer).
    pub fn pos_is(&self, i: usize, tags: &[String]) -> bool {
        tags.is_empty() || !self.has_syntax() || tags.iter().any(|t| self.pos(i).starts_with(t.as_str()))
    }

    /// Whether the verb at token `i` is a passive participle: "was signed", "were jointly
    /// announced", "has been approved".
    pub fn is_passive(&self, i: usize) -> bool {
        if self.has_syntax() && self.pos(i) != "VBN" {
            return false;
        }
        let mut k = i;
        while k > 0 && i - k < 3 && (self.pos(k - 1).starts_with("RB") || matches!(self.words[k - 1].as_str(), "also" | "not" | "jointly" | "formally")) {
            k -= 1;
        }
        if k > 0 && BE.contains(&self.words[k - 1].as_str()) {
            return true;
        }
        // Coordinated with a passive participle before it: "was opened by Kashim Shettima, and
        // attended by Jean Kaseya".
        let after_and = k > 0 && self.words[k - 1] == "and";
        let ss = self.sentence_of(i).0;
        after_and
            && (ss..k - 1).rev().take(PARENTHETICAL).take_while(|&j| !CLAUSE_BREAKS.contains(&self.words[j].as_str())).any(|j| {
                self.pos(j) == "VBN" && j > 0 && BE.contains(&self.words[j - 1].as_str()) && self.words.get(j + 1).is_some_and(|w| w == "by")
            })
    }

    /// Whether a clause boundary lies in tokens [a, b): a verb that is no auxiliary, a relative
    /// pronoun, ";" or ", and" / ", but", and with `to_breaks` an infinitive's "to". Without
    /// `to_breaks` (a filler after its trigger), ", and" with no verb after it in the range joins
    /// a list, not a clause ("met her Canadian counterpart, Marc Gagnon, and Australian Trade
    /// Minister Jack Dawson in Ottawa").
    pub fn clause_break_within(&self, a: usize, b: usize, to_breaks: bool) -> bool {
        (a..b).any(|j| {
            let w = self.words[j].as_str();
            let clause_and = w == "," && j + 1 < b && matches!(self.words[j + 1].as_str(), "and" | "but") && (to_breaks || (j + 2..b).any(|k| self.is_main_verb(k)));
            self.is_main_verb(j)
                || matches!(w, ";" | "which" | "who" | "whose" | "where")
                || clause_and
                || to_breaks && (self.pos(j) == "TO" && j + 1 < self.words.len() && self.pos(j + 1) == "VB")
                // ("flew in on Monday and will hold talks": the date is the flight's.)
                || to_breaks && w == "and" && j + 1 < b && self.pos(j + 1) == "MD"
        })
    }

    /// Whether token `j` lies inside a DATE or TIME entity.
    fn dated(&self, j: usize) -> bool {
        self.entity_at[j].is_some_and(|e| matches!(self.doc.entities[e].label.as_str(), "DATE" | "TIME"))
    }

    /// Where a date that ends right before token `k` begins, with one of `preps` before it
    /// ("on Thursday"), staying after the sentence start `ss`; `k` when no date ends there.
    fn before_date(&self, mut k: usize, ss: usize, preps: &[&str]) -> usize {
        if !(k > ss + 1 && self.dated(k - 1)) {
            return k;
        }
        while k > ss + 1 && self.dated(k - 1) {
            k -= 1;
        }
        if k > ss + 1 && preps.contains(&self.words[k - 1].as_str()) {
            k -= 1;
        }
        k
    }

    /// Whether token `j` belongs to the verb group before a main verb: a modal, an auxiliary
    /// or an adverb.
    fn in_verb_group(&self, j: usize) -> bool {
        self.entity_at[j].is_none() && (AUXILIARIES.contains(&self.words[j].as_str()) || BE.contains(&self.words[j].as_str()) || matches!(self.pos(j), "MD" | "RB" | "RBR" | "RBS"))
    }

    /// Where the subject of the verb trigger at token `ts` may end (exclusive), nearest first:
    /// right before its verb group, and past at most two comma-enclosed parentheticals, which
    /// may themselves be the subject's name ("Rao, the ports minister, attended"; "Northwind's
    /// chief executive, Sarah Lindgren, flew"; "Takaichi, who took office in October,
    /// pledged"). The verb of a relative clause has the antecedent as its subject ("The
    /// conference, which was opened by ..."). Empty when a clause break comes first or the
    /// subject would be more than `max_gap` tokens away; None when the trigger is no verb.
    /// A noun trigger that heads the object of a verb has that verb's subject ("India will cut
    /// its import duty ... and lower tariffs on motorcycles": India); None when no verb governs
    /// it or that verb's subject is not found.
    pub fn subject_ends(&self, ts: usize, ss: usize, max_gap: usize) -> Option<Vec<usize>> {
        if let Some(ends) = self.fronted_subject(ts, ss) {
            return Some(ends);
        }
        if self.pos(ts).starts_with("VB") {
            return Some(self.subject_ends_at(ts, ss, max_gap, 0));
        }
        // The noun heads its phrase ("its import duty"; not "a joint investment committee").
        let ci = self.chunk_at(ts).filter(|&ci| self.chunks[ci].2 == "NP" && self.chunks[ci].1 == ts + 1 && self.pos(ts).starts_with("NN"))?;
        let cs = self.chunks[ci].0;
        // The verb right before the phrase, or before a date there ("announced on Tuesday a 6
        // billion kronor plan").
        let mut end = cs;
        loop {
            let past = self.before_date(end, ss, &["on", "in"]);
            if past == end {
                break;
            }
            end = past;
        }
        let verb = end.checked_sub(1).filter(|&v| v > ss && self.is_main_verb(v))?;
        Some(self.subject_ends_at(verb, ss, max_gap, 0)).filter(|ends| !ends.is_empty())
    }

    /// A participle that opens its sentence has the main clause's subject, after the comma that
    /// closes the participle's clause: "Speaking at the summit, Kenyan President William Ruto
    /// said" (the ends of the mentions between that comma and the main verb).
    fn fronted_subject(&self, ts: usize, ss: usize) -> Option<Vec<usize>> {
        let start = ss.max(self.dateline_end());
        let opener = ts == start || ts == start + 1 && matches!(self.words[start].as_str(), "while" | "after" | "before" | "when" | "since");
        if !opener || self.pos(ts) != "VBG" {
            return None;
        }
        let se = self.sentence_of(ts).1;
        let comma = (ts + 1..se).take(PARENTHETICAL).find(|&j| self.words[j] == ",")?;
        let verb = (comma + 1..se).find(|&j| self.pos(j).starts_with("VB") || self.pos(j) == "MD")?;
        let ends: Vec<usize> = self.mentions[self.starting_in(comma + 1, verb)].iter().map(|m| m.end).filter(|&e| e <= verb).collect();
        Some(ends)
    }

    fn subject_ends_at(&self, ts: usize, ss: usize, max_gap: usize, depth: usize) -> Vec<usize> {
        let mut k = ts;
        // The verb group, and a date between it and its subject ("The U.S. Department of
        // Commerce last year raised"; "The European Commission on Thursday imposed").
        loop {
            while k > ss && self.in_verb_group(k - 1) {
                k -= 1;
            }
            let past = self.before_date(k, ss, &["on", "in", "last", "this", "earlier"]);
            if past == k {
                break;
            }
            k = past;
        }
        // "is due to address", "are set to sign", "is to spend": the subject is the copula's.
        let before_to = if k >= ss + 3 && self.words[k - 1] == "to" && PREDICATE_TO.contains(&self.words[k - 2].as_str()) && BE.contains(&self.words[k - 3].as_str()) {
            2
        } else if k >= ss + 2 && self.words[k - 1] == "to" && matches!(self.words[k - 2].as_str(), "is" | "are" | "was" | "were") {
            1
        } else {
            0
        };
        if before_to > 0 {
            k -= before_to;
            while k > ss && self.in_verb_group(k - 1) {
                k -= 1;
            }
        }
        // A second verb shares the first one's subject: coordinated ("met in Busan and agreed
        // to"), or an infinitive ("flew to Wroclaw on Tuesday to sign"; "is expected to
        // attend").
        // An adverbial participle shares the subject of the clause it hangs on: "Mehta announced
        // the plan while addressing the summit".
        let gerund = self.pos(ts) == "VBG" || self.pos(ts).starts_with("VB") && self.words[ts].ends_with("ing");
        let adverbial = k > ss + 1 && k == ts && gerund && matches!(self.words[k - 1].as_str(), "while" | "when" | "after" | "before" | "since" | "by");
        if depth < 2 && k > ss && (self.words[k - 1] == "and" || self.pos(k - 1) == "TO" || adverbial) {
            // (A finite verb after "and" coordinates with a finite one, past an infinitive's
            // verbs: "opened the plant, the first to make vaccines from start to finish, and then
            // opened the forum".)
            let finite = |j: usize| matches!(self.pos(j), "VBD" | "VBZ" | "VBP");
            let mut verbs = (ss..k - 1).rev().take(PARENTHETICAL).filter(|&j| self.is_main_verb(j));
            let nearest = verbs.next();
            let verb = if finite(ts) && self.words[k - 1] == "and" { nearest.filter(|&j| finite(j)).or_else(|| verbs.find(|&j| finite(j))).or(nearest) } else { nearest };
            // ", and" after a relative clause coordinates with the verb before that clause: "The
            // two leaders signed a partnership under which miners will supply lithium, and agreed
            // to conclude" (signed, not supply).
            let comma_and = k >= ss + 2 && self.words[k - 1] == "and" && self.words[k - 2] == ",";
            let relative = nearest.filter(|_| comma_and).and_then(|j| (ss..j).rev().find(|&x| matches!(self.words[x].as_str(), "which" | "who" | "whom" | "where")));
            let outer = relative.and_then(|r| (ss.max(self.dateline_end())..r).find(|&j| self.is_main_verb(j)).filter(|&j| !CLAUSE_BREAKS.iter().any(|b| self.words[j..r].iter().any(|w| w == b))));
            if let Some(j) = outer {
                return self.subject_ends_at(j, ss, max_gap, depth + 1);
            }
            // ", and" after a reporting clause coordinates with the verb the report is about:
            // "Australia will set aside ..., Resources Minister Madeleine King said on Tuesday, and
            // aims to hold" (Australia aims, not King).
            let reported = verb.filter(|&j| comma_and && self.is_reporting(j)).and_then(|j| (ss..j).rev().find(|&x| self.words[x] == ",")).and_then(|c| (ss.max(self.dateline_end())..c).rev().find(|&x| self.is_main_verb(x)));
            if let Some(j) = reported {
                return self.subject_ends_at(j, ss, max_gap, depth + 1);
            }
            if let Some(j) = verb.filter(|&j| !CLAUSE_BREAKS.iter().any(|b| self.words[j..k].iter().any(|w| w == b))) {
                return self.subject_ends_at(j, ss, max_gap, depth + 1);
            }
        }
        let mut appositive = None;
        // (where a skipped descriptive apposition began, its length)
        let mut described_len: Option<(usize, usize)> = None;
        // "X and Y were among the delegates who attended": the subject of the copula.
        if depth < 2 && k >= ss + 3 && matches!(self.words[k - 1].as_str(), "who" | "that") {
            let among = self.chunk_start(k - 2, "NP").filter(|&cs| cs > ss + 1 && self.words[cs - 1] == "among" && BE.contains(&self.words[cs - 2].as_str()));
            if let Some(cs) = among {
                return self.subject_ends_at(cs - 2, ss, max_gap, depth + 1);
            }
        }
        if k >= ss + 2 && matches!(self.words[k - 1].as_str(), "which" | "who" | "that") && self.words[k - 2] == "," {
            k -= 2;
            // The antecedent in apposition before a descriptive phrase: "Sania Nishtar, Gavi's
            // chief executive, who flew" is Nishtar.
            let mut cs = self.chunk_start(k - 1, "NP");
            // Past a possessor's own phrase ("[Gavi] 's [chief executive]").
            while let Some(c) = cs.filter(|&c| c > ss + 1 && is_possessive(&self.words[c - 1])) {
                cs = self.chunk_start(c - 2, "NP");
            }
            appositive = cs.filter(|&cs| cs > ss + 1 && self.words[cs - 1] == ",").map(|cs| cs - 1);
            // A longer descriptive apposition, with phrases of its own, closed by the relative's
            // comma: "Humain, the artificial-intelligence company owned by the Public Investment
            // Fund, which will invest" is Humain (the relative is the name's, not the fund's).
            if appositive.is_none() {
                let open = (ss + 1..k).rev().take(PARENTHETICAL).find(|&j| self.words[j] == ",");
                let described = open.filter(|&c| {
                    // (A past form before "by" is a participle: "controlled by the state".)
                    matches!(self.words[c + 1].as_str(), "the" | "a" | "an")
                        && !(c + 1..k).any(|j| self.is_finite_verb(j) && !(self.pos(j) == "VBD" && self.words.get(j + 1).is_some_and(|w| w == "by")))
                        && self.mentions[self.starting_in(ss, c)].iter().any(|m| m.end == c && !m.is_ref)
                });
                if let Some(c) = described {
                    described_len = Some((c, k - c));
                    k = c;
                }
            }
        }
        let mut ends = vec![k];
        ends.extend(appositive);
        // A participle in apposition to its subject: "President Donald Trump, attending the
        // summit for the first time, witnessed ...". After a clause with a verb of its own, the
        // participle hangs on that clause and shares its subject: "Siemens Energy said it
        // would build a factory in Texas, investing $500 million" (an active clause: after a
        // passive one the doer is not its subject).
        if k == ts && k > ss + 1 && self.words[k - 1] == "," && matches!(self.pos(ts), "VBG" | "VBN") {
            let main = (ss..k - 1).rev().find(|&j| self.is_main_verb(j));
            match main {
                Some(j) if depth < 2 && self.pos(ts) == "VBG" && !self.is_passive(j) => return self.subject_ends_at(j, ss, max_gap, depth + 1),
                _ => ends.push(k - 1),
            }
        }
        // (where a skipped relative clause began, its length)
        let mut skipped: Option<(usize, usize)> = None;
        for _ in 0..2 {
            if k == ss || self.words[k - 1] != "," {
                break;
            }
            // The comma that opens the parenthetical; a list of examples opens at its
            // "including" ("Health ministers from 30 countries, including A, B and C, attended":
            // the names are the subject).
            let examples = (ss..k - 1).rev().take(PARENTHETICAL).find(|&j| j > ss && self.words[j - 1] == "," && matches!(self.words[j].as_str(), "including" | "among"));
            if let Some(j) = examples {
                ends.push(k - 1);
                k = j - 1;
                ends.push(k);
                continue;
            }
            // A relative clause may hold commas of its own ("The two leaders, who last met at a
            // forum in Luanda, Angola, in 2024, agreed"): it opens at ", who" / ", which".
            let relative = (ss + 1..k - 1).rev().take(PARENTHETICAL).take_while(|&j| !matches!(self.words[j].as_str(), ";" | ":" | "." | "\"" | "\u{201c}" | "\u{201d}")).find(|&j| self.words[j - 1] == "," && matches!(self.words[j].as_str(), "who" | "which" | "whose"));
            // Without a verb of its own before the trigger, the relative clause is the
            // trigger's: "The Gates Foundation, whose chief executive, Mark Suzman, addressed
            // the conference" (the holder in apposition, or the possessed title).
            let own_verb = |j: usize| (j + 1..k - 1).any(|x| self.is_main_verb(x));
            if let Some(j) = relative.filter(|&j| self.words[j] == "whose" && !own_verb(j)) {
                ends.retain(|&e| e > j);
                ends.push(k - 1);
                break;
            }
            if let Some(j) = relative {
                // The clause does not count against the subject's distance.
                skipped = Some((j - 1, k - (j - 1)));
                ends.push(j - 1);
                k = j - 1;
                continue;
            }
            let Some(open) = (ss..k - 1).rev().take(PARENTHETICAL).find(|&j| self.words[j] == ",") else { break };
            if open + 1 == k - 1 || self.words[open + 1..k - 1].iter().any(|w| matches!(w.as_str(), ";" | ":" | "." | "\"" | "\u{201c}" | "\u{201d}")) {
                break;
            }
            // A name in apposition at the end of a participle's phrase is that phrase's, and the
            // subject stands before the participle: "Marcos, accompanied by his defence
            // secretary, Gilberto Teodoro, was met" is Marcos.
            let participle = (ss + 1..open).rev().take(PARENTHETICAL).find(|&j| self.words[j] == ",").filter(|&c| matches!(self.pos(c + 1), "VBN" | "VBG") && !(c + 2..open).any(|j| self.is_finite_verb(j)));
            if let Some(c) = participle {
                ends.push(c);
                k = c;
                continue;
            }
            // The parenthetical is the subject's name when it is one mention and nothing else
            // ("Northwind's chief executive, Sarah Lindgren, flew"), or two joined by "and"
            // ("Their foreign ministers, Toshimitsu Motegi and Cho Hyun, signed"); else the head
            // before it is.
            let one = self.mentions[self.starting_in(open + 1, open + 2)].iter().any(|m| m.end == k - 1);
            let pair = (open + 2..k - 2).find(|&j| self.words[j] == "and").is_some_and(|j| {
                self.mentions[self.starting_in(open + 1, open + 2)].iter().any(|m| m.end == j) && self.mentions[self.starting_in(j + 1, j + 2)].iter().any(|m| m.end == k - 1)
            });
            if one || pair {
                ends.push(k - 1);
            }
            ends.push(open);
            k = open;
        }
        let allowed = |e: usize| max_gap + skipped.filter(|&(at, _)| e <= at).map_or(0, |(_, n)| n) + described_len.filter(|&(at, _)| e <= at).map_or(0, |(_, n)| n + 2);
        ends.retain(|&e| e > ss && ts - e <= allowed(e) && !CLAUSE_BREAKS.contains(&self.words[e - 1].as_str()));
        // The head of "X of Y" is X ("Health Minister Amara Okafor of Nigeria told").
        let heads: Vec<usize> = ends.iter().filter_map(|&e| self.chunk_start(e - 1, "NP")).filter(|&cs| cs > ss + 1 && self.words[cs - 1] == "of" && self.chunk_start(cs - 2, "NP").is_some()).map(|cs| cs - 1).collect();
        ends.extend(heads);
        // The subject's noun phrase may go on past its name ("the Mercosur bloc").
        // A name followed by a possessive is the phrase's determiner, not its head ("Gavi's chief
        // executive").
        let inner: Vec<usize> = ends
            .iter()
            .filter_map(|&e| self.chunk_start(e - 1, "NP").map(|cs| (cs + 1..e).filter(|&i| !is_possessive(&self.words[i])).collect::<Vec<_>>()))
            .flatten()
            .collect();
        ends.extend(inner);
        ends
    }

    /// Whether the verb at token `i` is negated: "not" or "never" in its verb group ("was not
    /// signed", "did not attend", "has never visited").
    pub fn is_negated(&self, i: usize) -> bool {
        let mut k = i;
        while k > 0 && i - k < 4 && (self.in_verb_group(k - 1) || matches!(self.words[k - 1].as_str(), "not" | "never" | "n't")) {
            k -= 1;
            if matches!(self.words[k].as_str(), "not" | "never" | "n't") {
                return true;
            }
        }
        false
    }

    /// Whether token `i` lies inside a relative clause (", which ... ,") that closes before
    /// token `ts`.
    pub fn in_relative_before(&self, i: usize, ts: usize) -> bool {
        let ss = self.sentence_of(i).0;
        let opens = (ss + 1..i).rev().take_while(|&j| self.words[j] != ",").find(|&j| matches!(self.words[j].as_str(), "which" | "who" | "whose") && self.words[j - 1] == ",");
        opens.is_some() && (i..ts).any(|j| self.words[j] == ",")
    }

    /// Whether the verb at token `ts` follows "and" after another verb of its sentence, its
    /// subject left out: "will fly to Brasília ..., and will visit Washington".
    pub fn elided_subject(&self, ts: usize, ss: usize) -> bool {
        if !self.pos(ts).starts_with("VB") {
            return false;
        }
        let mut k = ts;
        while k > ss && self.in_verb_group(k - 1) {
            k -= 1;
        }
        k > ss + 1 && self.words[k - 1] == "and" && (ss..k - 1).rev().take(PARENTHETICAL).any(|j| self.is_main_verb(j))
    }

    /// The mention that possesses the noun phrase of token `i`: an entity before "'s"
    /// ("Colombia" of "Colombia's export duty") or a possessive pronoun that stands for a
    /// person ("his first visit").
    pub fn possessor_of(&self, i: usize) -> Option<usize> {
        let cs = self.chunk_start(i, "NP")?;
        let m = self.starting_in(cs, cs + 1).find(|&j| self.mentions[j].end <= i)?;
        let (mm, end) = (&self.mentions[m], self.mentions[m].end);
        let pronoun = mm.is_ref && !mm.possessive && end == mm.start + 1 && matches!(self.words[mm.start].as_str(), "his" | "her" | "their");
        let named = !mm.is_ref && end < i && is_possessive(&self.words[end]);
        (pronoun && end <= i || named).then_some(m)
    }

    /// For a non-person mention that possesses a title followed by a person in apposition
    /// ("Western Australia's premier, Roger Cook"), that person's mention.
    pub fn apposed_holder(&self, i: usize) -> Option<usize> {
        let m = &self.mentions[i];
        if m.label == "PERSON" || !self.words.get(m.end).is_some_and(|w| is_possessive(w)) {
            return None;
        }
        let title = self.mentions[self.starting_in(m.end + 1, m.end + 2)].iter().find(|t| t.label == "TITLE")?;
        let next = self.words.get(title.end).map(String::as_str);
        if !matches!(next, Some("," | "." | ";") | None) {
            return None;
        }
        // The holder after the title's comma: "Western Australia's premier, Roger Cook" (never
        // across the end of a sentence).
        let after = (next == Some(",")).then(|| self.starting_in(title.end + 1, title.end + 2).find(|&j| self.mentions[j].label == "PERSON" && !self.mentions[j].is_ref)).flatten();
        // Or the holder before it: "Sania Nishtar, Gavi's chief executive".
        after.or_else(|| {
            let comma = m.start.checked_sub(1).filter(|&c| self.words[c] == ",")?;
            self.starting_in(comma.saturating_sub(8), comma).rev().find(|&j| self.mentions[j].end == comma && self.mentions[j].label == "PERSON" && !self.mentions[j].is_ref)
        })
    }

    /// The tokens of the object of the verb trigger ending at `te`: the first noun phrase after
    /// it (past adverbs and particles), or with the slot's `through` prepositions the noun
    /// phrase after the first of them within `max_gap` tokens, run on through further
    /// prepositions of the list ("in a chemicals complex in Ruwais").
    pub fn object_run(&self, te: usize, se: usize, slot: &Slot) -> Option<(usize, usize)> {
        let limit = (te + slot.max_gap + 1).min(se);
        let mut k = te;
        if slot.through.is_empty() {
            while k < limit && (self.pos(k).starts_with("RB") || self.pos(k) == "RP") {
                k += 1;
            }
        } else {
            while k < limit && !slot.through.iter().any(|w| *w == self.words[k]) {
                if CLAUSE_BREAKS.contains(&self.words[k].as_str()) {
                    return None;
                }
                k += 1;
            }
            if k == limit {
                return None; // no such preposition
            }
            k += 1;
        }
        // The noun phrase starting there, or the rest of one the tagger began earlier ("[NP
        // appointed Ravi Sandhu]").
        let ci = self.chunk_at(k).filter(|&ci| self.chunks[ci].2 == "NP")?;
        let mut end = self.chunks[ci].1;
        let mut next = ci + 1;
        // Run on: "<NP> in <NP>", "<NP> of <NP>".
        while end < se && (self.words[end] == "of" || slot.through.iter().any(|w| *w == self.words[end])) {
            match (self.chunks.get(next), self.chunks.get(next + 1)) {
                (Some((ps, _, _)), Some((ns, ne, nk))) if *ps == end && *ns == end + 1 && nk == "NP" && *ne <= se => {
                    end = *ne;
                    next += 2;
                }
                _ => break,
            }
        }
        // "with the bank's governor, Nobumitsu Hayashi": a title with its holder in apposition.
        if end + 1 < se && self.words[end] == "," && self.entity_at[end - 1].is_some_and(|e| self.doc.entities[e].label == "TITLE") {
            if let Some(p) = self.mentions[self.starting_in(end + 1, end + 2)].iter().find(|m| m.label == "PERSON" && !m.is_ref) {
                end = p.end;
            }
        }
        Some((k, end))
    }

    /// The start of a descriptive noun phrase (common nouns, no entity) that the noun phrase at
    /// `cs` stands in apposition to, after token `from`: "[the two energy ministers] , [Sofia
    /// Reis]", "[its chief executive] , [Miguel Costa]".
    pub fn apposition_start(&self, cs: usize, from: usize) -> Option<usize> {
        // A list of examples after the phrase: "by health ministers from 54 countries, among
        // them India's Jagat Prakash Nadda" (the phrase may then run on through prepositions).
        // A possessor before the name is part of its phrase ("India's Jagat Prakash Nadda").
        let cs = self.past_possessor(cs, from);
        let examples = match self.words.get(cs.wrapping_sub(2)..cs).unwrap_or_default() {
            [a, b] if a == "among" && b == "them" => Some(cs - 2),
            [_, b] if b == "including" => Some(cs - 1),
            _ => None,
        };
        let cs = examples.unwrap_or(cs);
        if cs < from + 2 || self.words[cs - 1] != "," {
            return None;
        }
        let descriptive = |ps: usize, pe: usize| {
            self.entity_at[ps..pe].iter().flatten().all(|&e| matches!(self.doc.entities[e].label.as_str(), "CARDINAL" | "ORDINAL" | "TITLE"))
                && (ps..pe).any(|i| self.pos(i).starts_with("NN") && !self.pos(i).starts_with("NNP") || self.entity_at[i].is_some_and(|e| self.doc.entities[e].label == "TITLE"))
        };
        let (mut ps, mut pe, kind) = self.chunks[self.chunk_at(cs - 2)?].clone();
        // A descriptive phrase may run on through "of" and a name: "the director general of
        // Africa CDC, Jean Kaseya".
        if kind == "NP" && pe == cs - 1 && ps >= from + 2 && self.words[ps - 1] == "of" && !descriptive(ps, pe) {
            if let Some((qs, qe, _)) = self.chunk_at(ps - 2).map(|ci| &self.chunks[ci]).filter(|(qs, qe, k)| k == "NP" && *qe == ps - 1 && *qs >= from && descriptive(*qs, *qe)) {
                (ps, pe) = (*qs, *qe);
            }
        }
        if !(kind == "NP" && (pe == cs - 1 || self.words[pe] == "of") && ps >= from && descriptive(ps, pe)) {
            return None;
        }
        let mut start = ps;
        while examples.is_some() && start >= from + 2 && self.pos(start - 1) == "IN" {
            match self.chunk_at(start - 2).map(|ci| &self.chunks[ci]) {
                Some((qs, qe, k)) if k == "NP" && *qe == start - 1 && *qs >= from && descriptive(*qs, *qe) => start = *qs,
                _ => break,
            }
        }
        Some(start)
    }

    /// The index of the chunk that holds token `i` (chunks are sorted and do not overlap).
    pub fn chunk_at(&self, i: usize) -> Option<usize> {
        let ci = self.chunks.partition_point(|(cs, _, _)| *cs <= i).checked_sub(1)?;
        (i < self.chunks[ci].1).then_some(ci)
    }

    /// The index of the first chunk that starts at or after token `i`.
    pub fn chunk_from(&self, i: usize) -> usize {
        self.chunks.partition_point(|(cs, _, _)| *cs < i)
    }

    /// The start of the chunk of `kind` that holds token `i`.
    pub fn chunk_start(&self, i: usize, kind: &str) -> Option<usize> {
        let (cs, _, k) = &self.chunks[self.chunk_at(i)?];
        (k == kind).then_some(*cs)
    }

    /// The bulleted items after a trigger whose sentence ends with a colon: the token ranges of
    /// the sentences that follow and open with a bullet ("-", "*", "•"), without the bullet.
    /// Where the trigger is not the word before the colon ("made the following pledges on
    /// Thursday, according to a list:"), only the items that open with a label (`item_label`).
    pub fn bullet_items(&self, te: usize, (_, se): (usize, usize)) -> Vec<(usize, usize)> {
        if !(te < se && self.words[se - 1] == ":") {
            return Vec::new();
        }
        let adjacent = self.words[te] == ":" && te + 1 >= se;
        let first = self.sentences.partition_point(|(s, _)| *s < se);
        self.sentences[first..]
            .iter()
            .take_while(|(s, e)| s < e && is_bullet(&self.words[*s]))
            .map(|&(s, e)| (s + 1, e))
            .filter(|&item| adjacent || self.item_label(item).is_some())
            .collect()
    }

    /// The name that labels a bulleted item: a mention that opens it and is followed by a colon
    /// ("- India: 38,000 more graphics processors").
    pub fn item_label(&self, (s, e): (usize, usize)) -> Option<usize> {
        self.starting_in(s, s + 1).find(|&i| self.mentions[i].end + 1 < e && self.words[self.mentions[i].end] == ":")
    }

    /// Where the dateline ends: the token after the dash of "CITY, Month D, YYYY (Agency) —" at
    /// the start of the text, when a date stands before that dash (0 without a dateline). Its
    /// names are the filing's, not the story's: no slot takes them.
    pub fn dateline_end(&self) -> usize {
        let Some(dash) = self.words.iter().take(16).position(|w| matches!(w.as_str(), "\u{2014}" | "\u{2013}" | "--")) else { return 0 };
        let dated = self.mentions[self.starting_in(0, dash)].iter().any(|m| m.end <= dash && m.label == "DATE");
        if dated { dash + 1 } else { 0 }
    }

    /// Whether a DATE mention is a duration ("five years", "a month", "over three years"), not a
    /// calendar date.
    pub fn is_duration(&self, m: &Mention) -> bool {
        const UNITS: [&str; 12] = ["day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades", "hours", "minutes"];
        let words = &self.words[m.start..m.end];
        let counted = words.first().is_some_and(|w| w.chars().all(|c| c.is_ascii_digit() || c == ',') || matches!(w.as_str(), "a" | "an" | "one" | "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten" | "twenty" | "over" | "about" | "nearly" | "several" | "for" | "within"));
        m.label == "DATE" && (counted && words.last().is_some_and(|w| UNITS.contains(&w.as_str())) || self.is_length_modifier(m))
    }

    /// Whether a mention is a length that modifies a noun: "a four-day visit", "a 10-year
    /// agreement", "a 46-year-old senator".
    pub fn is_length_modifier(&self, m: &Mention) -> bool {
        m.label == "DATE" && m.end == m.start + 1 && is_length_word(self.words[m.start].trim_end_matches("-old"))
    }

    pub fn text_span(&self, start_tok: usize, end_tok: usize) -> TextSpan {
        let (s, e) = (self.doc.tokens[start_tok].start, self.doc.tokens[end_tok - 1].end);
        TextSpan { start: s, end: e, text: Some(self.idx.slice(&self.doc.text, s, e).to_string()) }
    }

    pub fn sentence_of(&self, tok: usize) -> (usize, usize) {
        self.sentences.get(self.sentence_index(tok)).copied().unwrap_or((0, self.words.len()))
    }

    /// The index of the sentence that holds token `tok`.
    pub fn sentence_index(&self, tok: usize) -> usize {
        self.sentences.partition_point(|(_, e)| *e <= tok)
    }
}


/// The quoted segments of a document: (opening mark, closing mark) token pairs. Quote marks are
/// tokens of their own (stage 1 splits them off); an unclosed mark is dropped at a paragraph
/// break.
/// Whether a word is a length: a number joined to a unit of time ("four-day", "10-year").
fn is_length_word(w: &str) -> bool {
    ["-day", "-week", "-month", "-year"].iter().any(|u| w.len() > u.len() && w.ends_with(u))
}

fn quote_segments(doc: &Document, idx: &CharIndex, w: &[String]) -> Vec<(usize, usize)> {
    let mut open: Option<(usize, &str)> = None;
    let mut segments = Vec::new();
    for (i, t) in w.iter().enumerate() {
        match (t.as_str(), open) {
            ("\u{201c}", _) => open = Some((i, "\u{201d}")),
            ("\"", None) => open = Some((i, "\"")),
            ("\u{201d}", Some((s, "\u{201d}"))) | ("\"", Some((s, "\""))) => {
                segments.push((s, i));
                open = None;
            }
            _ => {}
        }
        if i + 1 < w.len() && doc.text[idx.byte(doc.tokens[i].end)..idx.byte(doc.tokens[i + 1].start)].contains("\n\n") {
            open = None;
        }
    }
    segments
}
