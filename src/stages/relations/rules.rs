//! The rule language (docs/rules.md): TOML files of `[[rule]]`, `[[reference]]` and one
//! `[statement]` table. Parsed into plain data; a bad file fails with file, line and reason.

use std::path::Path;

use anyhow::{anyhow, bail, Result};
use serde::Deserialize;

use crate::document::{RELATION_TYPES, TYPES};

/// Which side of the trigger a slot's filler stands on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Side {
    Before,
    After,
    #[default]
    Either,
    /// Anywhere in the sentence, nearest to the trigger.
    Sentence,
    /// The subject of a verb trigger: the entity right before its verb group ("will", "has
    /// also", "was"), past at most two comma-enclosed parentheticals (an apposition "Rao, the
    /// ports minister, attended"; a relative clause "Takaichi, who took office in October,
    /// pledged"). Without the syntax layer: as `before`.
    Subject,
    /// The object of a verb trigger: an entity inside the first noun phrase after it, or with
    /// `through`, inside the noun phrase after one of those prepositions ("invest $6 billion in a
    /// chemicals complex in Ruwais" -> Ruwais). Without the syntax layer: as `after`.
    Object,
}

/// The voice a verb trigger must be in: passive is a past participle after a form of "be"
/// ("was signed by"), with adverbs between.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Voice {
    Active,
    Passive,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Slot {
    pub role: String,
    /// Entity types that may fill the slot (none for a `chunk` slot).
    #[serde(default)]
    pub types: Vec<String>,
    /// The filler is a phrase chunk of this type from the syntax layer ("NP"), as a text span
    /// without its leading determiner or possessive ("Japan's defense spending" -> "defense
    /// spending"); skipped when an earlier slot filled the same role with an entity, and never
    /// filled without the syntax layer.
    #[serde(default)]
    pub chunk: Option<String>,
    /// With `chunk`: prepositions across which the chunk runs on into the next one of its type
    /// ("memorandum of understanding on grid connections"); with side `object`: the
    /// prepositions that introduce the noun phrase holding the filler ("invest ... in X").
    #[serde(default)]
    pub through: Vec<String>,
    /// With `chunk`: the chunk may not contain an entity of these types.
    #[serde(default)]
    pub without: Vec<String>,
    /// With `chunk`: the chunk may not begin with an indefinite article or a possessive pronoun
    /// (a kind of thing, "African drug makers", not one thing, "a research campus").
    #[serde(default)]
    pub bare: bool,
    /// With `chunk`: the chunk's last word must have one of these lemmas ("agreement", "pact").
    #[serde(default)]
    pub heads: Vec<String>,
    /// With `chunk`: the chunk's last word may not have one of these lemmas (a facility or a
    /// place is no sector: "a new plant", "Riau province").
    #[serde(default)]
    pub not_heads: Vec<String>,
    /// With `chunk`: a possessor stays in the span ("Ukraine's power grid", "the plants' beans");
    /// else the span begins after it ("in Chile's copper smelting sector" -> "copper smelting
    /// sector").
    #[serde(default)]
    pub keep_possessor: bool,
    /// With `chunk`: a leading name of the `without` types stays as a modifier ("Korean
    /// development loans", "Boeing aircraft"); numbers and dates are still left out.
    #[serde(default)]
    pub keep_modifiers: bool,
    /// With `chunk`: the token right before the chunk must have one of these parts of speech
    /// ("VB": the object of an infinitive, "to raise defense spending").
    #[serde(default)]
    pub after_pos: Vec<String>,
    #[serde(default)]
    pub side: Side,
    /// Most tokens between the trigger and the filler.
    #[serde(default = "default_gap")]
    pub max_gap: usize,
    /// Collect a coordinated list ("Takaichi and Trump", "Malaysia, Japan and South Korea"); with
    /// `chunk`, coordinated noun phrases are one span ("steel and aluminium").
    #[serde(default)]
    pub multi: bool,
    /// The filler is an entity inside a chunk of this type ("NP"): `after_word` then applies to
    /// the word before that chunk, and the entity may be a modifier ("invest in key U.S.
    /// industries" -> U.S.; "signed by Energy Minister Suhail Al Nuaimi").
    #[serde(default)]
    pub in_chunk: Option<String>,
    /// The word right before the filler must be one of these ("to" 15%, "from" 27.5%).
    #[serde(default)]
    pub after_word: Vec<String>,
    /// The word right before the filler may not be one of these ("its 35 percent tariff" is the
    /// tariff in force, not a new rate).
    #[serde(default)]
    pub not_after_word: Vec<String>,
    /// The word right after the filler must be one of these ("," in "Lena Berg, the Norwegian
    /// energy minister").
    #[serde(default)]
    pub before_word: Vec<String>,
    /// Optional slots add an argument when found; required ones decide whether the rule fires.
    #[serde(default = "yes")]
    pub required: bool,
    /// A filler may not have an entity of these types between it and the trigger.
    #[serde(default)]
    pub blocked_by: Vec<String>,
    /// Prefer types in the order listed: a filler of an earlier type wins over a nearer one of
    /// a later type ("he visited Malaysia to attend": the attendee is the PERSON).
    #[serde(default)]
    pub prefer: bool,
    /// The word right after the filler may not be one of these ("Malaysia, Japan and ...").
    #[serde(default)]
    pub not_before: Vec<String>,
    /// The filler may not be a modifier of a following noun ("U.S." in "U.S. naval base").
    #[serde(default)]
    pub nominal: bool,
    /// DATE fillers must be calendar dates, not durations ("five years", "a month").
    #[serde(default)]
    pub calendar: bool,
    /// Words that may not stand between filler and trigger (clause breaks).
    #[serde(default)]
    pub stop_words: Vec<String>,
    /// A required slot left empty in its sentence takes the role's fillers from the nearest
    /// earlier relation of the same type within the two sentences before ("Indonesia will raise
    /// its export duty on nickel ore ... . A duty on ferronickel will rise to 10%": imposer
    /// Indonesia); with no such relation the rule does not fire.
    #[serde(default)]
    pub carry: bool,
    /// With `carry`: where no earlier relation has the role, the most recent entity of the slot's
    /// types within the carry window ("The APEC Ministers Responsible for Trade Meeting is the main
    /// session ... . Japan's trade minister ... also attended": that meeting; stop 25).
    #[serde(default)]
    pub carry_mention: bool,
    /// The filler stands in the trigger's own clause: no other verb, relative pronoun, ";" or
    /// ", and" between them, nor "to" when the filler comes first ("flew to Rabat on Wednesday
    /// to sign": the date is the flight's). Without the syntax layer only the words count.
    #[serde(default)]
    pub same_clause: bool,
    /// Fills the role only when no earlier slot of the rule filled it: a second place to look
    /// for a single-filler role ("Health Minister Amara Okafor of Nigeria": the organization
    /// after the name when none stands before the title).
    #[serde(default)]
    pub fallback: bool,
    /// With `chunk`: a condition, not an argument. The rule fires only when the phrase is found
    /// (when the slot is required), and the phrase fills nothing ("committed 3.5 billion euros
    /// to offshore wind farms": money committed to a facility is invested).
    #[serde(default)]
    pub silent: bool,
    /// On a slot of side `either` or `before`: for a verb trigger in the active voice (on a
    /// `before` slot also the passive), the verb's subject when it has one of the slot's types,
    /// before the nearest filler ("Aasland, Norway's fisheries minister, flew to Reykjavik and
    /// met Prime Minister Frostadóttir"; "Marcos ... was met ... by Motegi").
    #[serde(default)]
    pub subject_first: bool,
    /// Possessive references (`possessive = true` on the reference) may fill the slot; other
    /// slots never take them.
    #[serde(default)]
    pub possessive: bool,
    /// In an `elided` rule: the slot is filled in the conjunct itself, never from the relation
    /// before it; the rule does not fire without it ("South Korea $350 million").
    #[serde(default)]
    pub own: bool,
}

impl Slot {
    /// Whether a filler `dist` tokens from the trigger, before it or after it, is on the
    /// slot's side and within its gap.
    pub fn reaches(&self, before: bool, dist: usize) -> bool {
        match self.side {
            Side::Before => before && dist <= self.max_gap,
            Side::After => !before && dist <= self.max_gap,
            Side::Either => dist <= self.max_gap,
            Side::Sentence => true,
            Side::Subject => before && dist <= self.max_gap,
            Side::Object => !before && dist <= self.max_gap,
        }
    }
}

/// CoNLL-2000's chunk types, what the syntax layer writes.
pub const CHUNK_TYPES: [&str; 11] = ["NP", "VP", "PP", "ADJP", "ADVP", "SBAR", "PRT", "CONJP", "INTJ", "LST", "UCP"];

fn default_gap() -> usize {
    10
}
fn yes() -> bool {
    true
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    pub id: String,
    #[serde(rename = "type")]
    pub relation: String,
    /// Trigger phrases (lower-case words; any form listed matches).
    #[serde(default)]
    pub trigger: Vec<String>,
    /// Or trigger lemmas from the syntax layer ("sign" matches signed, signs, signing; "take
    /// part in": the first word by lemma, the rest as words).
    #[serde(default)]
    pub trigger_lemma: Vec<String>,
    /// With `trigger_lemma`: the trigger's part of speech starts with one of these ("VB" any
    /// verb form, "NN" a noun).
    #[serde(default)]
    pub trigger_pos: Vec<String>,
    /// With a verb trigger: only in this voice.
    #[serde(default)]
    pub voice: Option<Voice>,
    /// Or an entity type as the trigger (a TITLE triggers holds_position); the trigger entity
    /// also fills `trigger_role`.
    #[serde(default)]
    pub trigger_entity: Option<String>,
    #[serde(default)]
    pub trigger_role: Option<String>,
    #[serde(default = "default_score")]
    pub score: f64,
    pub slot: Vec<Slot>,
    /// One relation per filler of these roles (visitors, destinations, speakers).
    #[serde(default)]
    pub split: Vec<String>,
    /// Phrases that may not stand right before the trigger ("after the talks" looks back at a
    /// meeting already reported).
    #[serde(default)]
    pub not_after: Vec<String>,
    /// An entity trigger right before an entity of one of these types is no trigger ("Green
    /// Party co-leader Chlöe Swarbrick": the title is hers, not the name's before its comma).
    #[serde(default)]
    pub not_before_types: Vec<String>,
    /// Words that may not stand right after the trigger ("a 100% tariff threatened by").
    #[serde(default)]
    pub not_before: Vec<String>,
    /// A trigger right before a colon that ends its sentence ("The company committed to:")
    /// applies to each bulleted item that follows ("- invest 900 million kronor in ..."): slots
    /// on the `before` or `subject` side are filled in the trigger's sentence, the others in
    /// the item, one relation per item.
    #[serde(default)]
    pub bullets: bool,
    /// Roles that need at least this many distinct entities (a meeting has two participants).
    #[serde(default)]
    pub at_least: std::collections::BTreeMap<String, usize>,
    /// Or: at least one of these roles has so many distinct entities (a phrase from a chunk slot
    /// with `heads` counts as one): an agreement has two parties, or a named agreement (a LAW)
    /// or an agreement noun ("signed a long-term deal"); "SoftBank agreed to invest" and
    /// "Kenya Power agreed to buy more power" are none.
    #[serde(default)]
    pub any_of: std::collections::BTreeMap<String, usize>,
    /// An elided conjunct ("will fly to Montevideo on Thursday and to Brasília next week"): the
    /// rule fires only after a relation of its type earlier in the same sentence, and its
    /// required slots left empty take that relation's fillers (as `carry` does).
    #[serde(default)]
    pub elided: bool,
    /// How many sentences back (quotations not counted) a `carry` slot looks for its donor.
    #[serde(default = "default_carry_window")]
    pub carry_window: usize,
    /// Line in its file, for messages.
    #[serde(skip)]
    pub line: usize,
    #[serde(skip)]
    pub file: String,
}

fn default_score() -> f64 {
    0.8
}

/// A phrase that refers back to earlier entities ("the two leaders", "she").
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reference {
    pub words: Vec<String>,
    #[serde(rename = "type")]
    pub entity_type: String,
    #[serde(default = "one")]
    pub count: usize,
    /// With no entity of the type before it in its own sentence, the phrase refers to the
    /// first one of the nearest earlier sentence that has one (its subject, as a rule), not to
    /// the last: "Fontaine met Haddad on Monday. She promised ..." is Fontaine.
    #[serde(default)]
    pub prefer_subject: bool,
    /// The word after the phrase must have one of these parts of speech (as prefixes): "the two"
    /// stands for two people only before a verb ("The two agreed"), not in "the two companies".
    /// Without the syntax layer such a phrase is not looked for.
    #[serde(default)]
    pub next_pos: Vec<String>,
    /// An object pronoun right after its verb ("Marcos received him") does not refer to that
    /// verb's subject.
    #[serde(default)]
    pub object: bool,
    /// A possessive ("its", "whose", "the fund's"): it fills only slots that take possessives
    /// (`possessive = true` on the slot: the organization of a title).
    #[serde(default)]
    pub possessive: bool,
    /// A one-referent phrase refers to the most recent entity of its type that was salient where it
    /// stood (opening its sentence, before a verb, or after "said"), within the last
    /// `SALIENT_SENTENCES` sentences, rather than to the most recent one: "Novo Nordisk
    /// pledged ... ahead of a World Health Organization meeting. The drugmaker said it would
    /// invest" is Novo Nordisk.
    #[serde(default)]
    pub salient: bool,
    /// How many sentences back the referent may stand (its own sentence is 0); unbounded when
    /// absent. Past it the phrase refers to nothing.
    #[serde(default)]
    pub window: Option<usize>,
    /// With `salient`: a salient candidate or none (not the most recent one).
    #[serde(default)]
    pub only_salient: bool,
    /// Only a candidate whose name holds the phrase's last word ("the council" for the "AfCFTA
    /// Council of Ministers"; no other event).
    #[serde(default)]
    pub named_only: bool,
    /// No candidate whose name holds one of these words (lower-case): "the company" is no
    /// "European Investment Bank" and no "Public Investment Fund".
    #[serde(default)]
    pub not_named: Vec<String>,
    /// Only a candidate whose name holds one of these words (lower-case): "the bloc" is the
    /// European Union or ASEAN, never the European Commission named after it.
    #[serde(default)]
    pub named_among: Vec<String>,
    /// With `count` above one: the group that the last such reference of the type stood for, when
    /// there is one ("The two companies signed ... . By 2030 the companies aim": not the agency
    /// named in between).
    #[serde(default)]
    pub same_group: bool,
}

fn default_carry_window() -> usize {
    2
}

fn one() -> usize {
    1
}

#[derive(Debug, Clone, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct StatementRules {
    /// Speech verbs that attribute a quote to its speaker.
    pub verbs: Vec<String>,
    /// Reporting verbs for references: "it", "he" or "she" right after one is its subject ("X,
    /// which owns Y, said it would invest": X), and a name right after one is salient ("said
    /// Kanto Electric President Hayashi Ren").
    #[serde(default)]
    pub reporting: Vec<String>,
    #[serde(default = "default_score")]
    pub score: f64,
}

#[derive(Debug, Clone, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct RuleFile {
    #[serde(default)]
    pub rule: Vec<Rule>,
    #[serde(default)]
    pub reference: Vec<Reference>,
    #[serde(default)]
    pub statement: Option<StatementRules>,
    #[serde(default)]
    pub exclusive: Vec<Exclusive>,
}

/// A role whose filler belongs to one relation of its type: "15%" is the new rate of one
/// tariff change, not of every tariff trigger in its sentence.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Exclusive {
    #[serde(rename = "type")]
    pub relation: String,
    pub role: String,
}

/// Parses and checks one rules file.
pub fn parse(text: &str, name: &str) -> Result<RuleFile> {
    let mut file: RuleFile = toml::from_str(text).map_err(|e| {
        let line = e.span().map(|s| text[..s.start].lines().count().max(1)).unwrap_or(0);
        anyhow!("{name}:{line}: {}", e.message())
    })?;
    // Line of each [[rule]] header, in order, for messages.
    let headers: Vec<usize> = text.lines().enumerate().filter(|(_, l)| l.trim() == "[[rule]]").map(|(i, _)| i + 1).collect();
    for (i, r) in file.rule.iter_mut().enumerate() {
        r.line = headers.get(i).copied().unwrap_or(0);
        r.file = name.to_string();
        let at = format!("{name}:{}: rule {:?}", r.line, r.id);
        if !RELATION_TYPES.contains(&r.relation.as_str()) {
            bail!("{at}: unknown relation type {:?}", r.relation);
        }
        let kinds = [!r.trigger.is_empty(), !r.trigger_lemma.is_empty(), r.trigger_entity.is_some()];
        if kinds.iter().filter(|k| **k).count() != 1 {
            bail!("{at}: give one of `trigger` words, `trigger_lemma` or `trigger_entity`");
        }
        // Punctuation is a token of its own: "present," would never match.
        for phrase in r.trigger.iter().chain(&r.trigger_lemma).chain(&r.not_after) {
            if let Some(w) = phrase.split_whitespace().find(|w| w.chars().count() > 1 && (w.ends_with([',', ';', ':', '.']) || w.starts_with([',', ';', ':']))) {
                bail!("{at}: phrase {phrase:?}: {w:?} joins punctuation to a word; punctuation is a token of its own (write \"present , among\")");
            }
        }
        if !r.trigger_pos.is_empty() && r.trigger_lemma.is_empty() {
            bail!("{at}: `trigger_pos` goes with `trigger_lemma`");
        }
        if let Some(t) = &r.trigger_entity {
            if !TYPES.contains(&t.as_str()) {
                bail!("{at}: unknown entity type {t:?} in trigger_entity");
            }
        }
        for s in &r.slot {
            match &s.chunk {
                Some(c) if !CHUNK_TYPES.contains(&c.as_str()) => bail!("{at}: slot {:?}: unknown chunk type {c:?} (one of {})", s.role, CHUNK_TYPES.join(", ")),
                Some(_) if !s.types.is_empty() => bail!("{at}: slot {:?}: a chunk slot takes no `types`", s.role),
                Some(_) if matches!(s.side, Side::Subject | Side::Object) => bail!("{at}: slot {:?}: a chunk slot takes side before, after or either", s.role),
                None if s.types.is_empty() => bail!("{at}: slot {:?}: give `types` (or `chunk`)", s.role),
                None if !s.without.is_empty() || !s.after_pos.is_empty() || !s.heads.is_empty() || !s.not_heads.is_empty() || s.bare || s.keep_possessor || s.keep_modifiers || s.silent => bail!("{at}: slot {:?}: `without`, `after_pos`, `heads`, `not_heads`, `bare`, `keep_possessor`, `keep_modifiers` and `silent` go with `chunk`", s.role),
                None if !s.through.is_empty() && s.side != Side::Object => bail!("{at}: slot {:?}: `through` goes with `chunk` or side \"object\"", s.role),
                Some(_) if s.in_chunk.is_some() => bail!("{at}: slot {:?}: `in_chunk` takes entities (`types`), not a `chunk`", s.role),
                _ => {}
            }
            if let Some(c) = s.in_chunk.as_ref().filter(|c| !CHUNK_TYPES.contains(&c.as_str())) {
                bail!("{at}: slot {:?}: unknown chunk type {c:?} in `in_chunk` (one of {})", s.role, CHUNK_TYPES.join(", "));
            }
            for t in s.types.iter().chain(&s.blocked_by).chain(&s.without) {
                if !TYPES.contains(&t.as_str()) {
                    bail!("{at}: slot {:?}: unknown entity type {t:?}", s.role);
                }
            }
        }
        for s in &r.split {
            if !r.slot.iter().any(|x| &x.role == s) {
                bail!("{at}: split names role {s:?} that no slot fills");
            }
        }
        for s in r.at_least.keys().chain(r.any_of.keys()) {
            if !r.slot.iter().any(|x| &x.role == s) {
                bail!("{at}: `at_least` or `any_of` names role {s:?} that no slot fills");
            }
        }
    }
    for r in &file.reference {
        if !TYPES.contains(&r.entity_type.as_str()) {
            bail!("{name}: reference {:?}: unknown entity type {:?}", r.words, r.entity_type);
        }
    }
    for x in &file.exclusive {
        if !RELATION_TYPES.contains(&x.relation.as_str()) {
            bail!("{name}: [[exclusive]] {:?}: unknown relation type {:?}", x.role, x.relation);
        }
        let mut of_type = file.rule.iter().filter(|r| r.relation == x.relation).peekable();
        if x.role.is_empty() || of_type.peek().is_some() && !of_type.any(|r| r.slot.iter().any(|s| s.role == x.role)) {
            bail!("{name}: [[exclusive]] {:?}: no {} rule here fills role {:?}", x.role, x.relation, x.role);
        }
    }
    Ok(file)
}

pub fn parse_file(path: &Path) -> Result<RuleFile> {
    let text = std::fs::read_to_string(path).map_err(|e| anyhow!("rules file {}: {e}", path.display()))?;
    parse(&text, &path.display().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_rules_name_file_line_and_reason() {
        let text = "[[rule]]\nid = \"x\"\ntype = \"meeting\"\ntrigger = [\"met\"]\n\n[[rule]]\nid = \"y\"\ntype = \"dinner\"\ntrigger = [\"dined\"]\nslot = []\n";
        let err = parse(text, "my.toml").unwrap_err().to_string();
        assert!(err.starts_with("my.toml:"), "{err}");
        let text = "[[rule]]\nid = \"y\"\ntype = \"dinner\"\ntrigger = [\"dined\"]\nslot = []\n";
        let err = parse(text, "my.toml").unwrap_err().to_string();
        assert!(err.contains("my.toml:1: rule \"y\": unknown relation type \"dinner\""), "{err}");
        let text = "[[rule]]\nid = \"z\"\ntype = \"visit\"\ntrigger = [\"visited\"]\n[[rule.slot]]\nrole = \"visitor\"\ntypes = [\"PERSN\"]\n";
        let err = parse(text, "my.toml").unwrap_err().to_string();
        assert!(err.contains("unknown entity type \"PERSN\""), "{err}");
    }
    #[test]
    fn punctuation_joined_to_a_trigger_word_is_an_error() {
        let text = "[[rule]]\nid = \"p\"\ntype = \"attendance\"\ntrigger = [\"were present, among them\"]\n[[rule.slot]]\nrole = \"attendee\"\ntypes = [\"PERSON\"]\n";
        let err = parse(text, "p.toml").unwrap_err().to_string();
        assert!(err.contains("p.toml:1: rule \"p\": phrase \"were present, among them\": \"present,\" joins punctuation"), "{err}");
        assert!(parse(&text.replace("present, among", "present , among"), "p.toml").is_ok());
    }

    #[test]
    fn chunk_slots_are_checked() {
        let rule = |slot: &str| format!("[[rule]]\nid = \"c\"\ntype = \"agreement\"\ntrigger = [\"signed\"]\n[[rule.slot]]\nrole = \"party\"\ntypes = [\"GPE\"]\n[[rule.slot]]\nrole = \"agreement\"\n{slot}\n");
        assert!(parse(&rule("chunk = \"NP\"\nthrough = [\"of\"]\nafter_pos = [\"VB\"]\nwithout = [\"GPE\"]"), "ok.toml").is_ok());
        let err = parse(&rule("chunk = \"NX\""), "a.toml").unwrap_err().to_string();
        assert!(err.contains("a.toml:1") && err.contains("unknown chunk type \"NX\""), "{err}");
        let err = parse(&rule("chunk = \"NP\"\ntypes = [\"LAW\"]"), "b.toml").unwrap_err().to_string();
        assert!(err.contains("no `types`"), "{err}");
        let err = parse(&rule("types = [\"LAW\"]\nthrough = [\"of\"]"), "c.toml").unwrap_err().to_string();
        assert!(err.contains("`through` goes with `chunk`"), "{err}");
        let err = parse(&rule("types = [\"LAW\"]\nafter_pos = [\"VB\"]"), "c.toml").unwrap_err().to_string();
        assert!(err.contains("go with `chunk`"), "{err}");
        let err = parse(&rule("types = [\"LAW\"]\nin_chunk = \"NX\""), "e.toml").unwrap_err().to_string();
        assert!(err.contains("unknown chunk type \"NX\" in `in_chunk`"), "{err}");
        let err = parse(&rule("chunk = \"NP\"\nwithout = [\"PERSN\"]"), "d.toml").unwrap_err().to_string();
        assert!(err.contains("unknown entity type \"PERSN\""), "{err}");
        // A silent slot is a condition on a phrase; `any_of` names roles the rule fills.
        assert!(parse(&rule("chunk = \"NP\"\nsilent = true"), "ok.toml").is_ok());
        let err = parse(&rule("types = [\"LAW\"]\nsilent = true"), "f.toml").unwrap_err().to_string();
        assert!(err.contains("`silent` go with `chunk`"), "{err}");
        let err = parse(&rule("types = [\"LAW\"]").replace("[[rule.slot]]\nrole = \"party\"", "any_of = { parties = 2 }\n[[rule.slot]]\nrole = \"party\""), "g.toml").unwrap_err().to_string();
        assert!(err.contains("g.toml:1") && err.contains("names role \"parties\""), "{err}");
    }

}
