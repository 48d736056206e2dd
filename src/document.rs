//! The annotated document: the one value that flows through every stage.
//!
//! The format is `gleaner.document/1` (docs/format.md). All offsets are Unicode code points,
//! end-exclusive, into `text`, which no stage ever alters.

use serde::{Deserialize, Serialize};
use serde_json::Value;

pub const SCHEMA: &str = "gleaner.document/1";

// The contract's vocabularies (ANNOTATION.md): shared by the stages, the formats and eval.

/// The 17 entity types.
pub const TYPES: [&str; 17] = [
    "PERSON", "NORP", "ORG", "GPE", "LOC", "FAC", "EVENT", "LAW", "PRODUCT", "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL", "TITLE",
];

/// The 10 relation types.
pub const RELATION_TYPES: [&str; 10] =
    ["holds_position", "meeting", "visit", "attendance", "agreement", "commitment", "investment", "tariff_change", "statement", "located_in"];

/// The core roles of each relation type (ANNOTATION.md "Relation types", the bold roles). A type
/// outside the contract has no declared core roles, so every role it uses counts as core.
pub fn core_roles(relation_type: &str) -> Option<&'static [&'static str]> {
    Some(match relation_type {
        "holds_position" => &["person", "title"],
        "meeting" => &["participant"],
        "visit" => &["visitor", "destination"],
        "attendance" => &["attendee", "event"],
        "agreement" => &["party"],
        "commitment" => &["agent", "value"],
        "investment" => &["investor", "amount"],
        "tariff_change" => &["imposer", "new_rate"],
        "statement" => &["speaker", "quote"],
        "located_in" => &["place", "container"],
        _ => return None,
    })
}

/// The head of a relation written as binary links (one from the head to each other argument):
/// the first of `roles` that is a core role of the type (any role for a type outside the
/// contract), else the first; None when there are no roles. Every link format and the viewer's
/// arcs use it.
pub fn link_head<'a>(relation_type: &str, roles: impl IntoIterator<Item = &'a str>) -> Option<usize> {
    let core = core_roles(relation_type);
    let mut any = false;
    for (i, role) in roles.into_iter().enumerate() {
        any = true;
        if core.map_or(true, |c| c.contains(&role)) {
            return Some(i);
        }
    }
    any.then_some(0)
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Document {
    #[serde(default = "schema_name")]
    pub schema: String,
    pub id: String,
    pub text: String,
    #[serde(default)]
    pub meta: Meta,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sentences: Vec<Span>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tokens: Vec<Token>,
    /// Phrase chunks (the syntax layer), in text order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub chunks: Vec<Chunk>,
    #[serde(default)]
    pub entities: Vec<Entity>,
    #[serde(default)]
    pub relations: Vec<Relation>,
}

fn schema_name() -> String {
    SCHEMA.to_string()
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Meta {
    #[serde(default)]
    pub source: Option<String>,
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub date: Option<String>,
    /// Anything else the input carried (kept as read) and flags stages add (`decoding`, `id_original`).
    #[serde(flatten)]
    pub extra: serde_json::Map<String, Value>,
}

/// A plain stretch of the text: sentences and tokens.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

/// A token: its span, and from the syntax layer (when the model has syntax heads) its Penn
/// Treebank part of speech and its lemma. Without them it is written as a plain span.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, Hash)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pos: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lemma: Option<String>,
}

impl Token {
    pub fn new(start: usize, end: usize) -> Token {
        Token { start, end, pos: None, lemma: None }
    }

    pub fn span(&self) -> Span {
        Span { start: self.start, end: self.end }
    }
}

/// A phrase chunk (CoNLL-2000 types: NP, VP, PP, ADJP, ADVP, SBAR, PRT, CONJP, INTJ, LST, UCP)
/// over whole tokens, as code points.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Chunk {
    pub start: usize,
    pub end: usize,
    #[serde(rename = "type")]
    pub kind: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Entity {
    pub id: String,
    #[serde(rename = "type")]
    pub label: String,
    pub start: usize,
    pub end: usize,
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub canonical: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<Value>,
}

impl Entity {
    pub fn span(&self) -> Span {
        Span { start: self.start, end: self.end }
    }
}

/// A span with its text: relation triggers, evidence and text-span arguments.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct TextSpan {
    pub start: usize,
    pub end: usize,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Relation {
    #[serde(default)]
    pub id: String,
    #[serde(rename = "type")]
    pub label: String,
    pub args: Vec<Arg>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trigger: Option<TextSpan>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<TextSpan>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<f64>,
}

/// A relation argument: an entity reference or a text span (quotes, topics, sectors).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Arg {
    pub role: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

impl Document {
    pub fn new(id: impl Into<String>, text: impl Into<String>, meta: Meta) -> Document {
        Document {
            schema: SCHEMA.to_string(),
            id: id.into(),
            text: text.into(),
            meta,
            sentences: Vec::new(),
            tokens: Vec::new(),
            chunks: Vec::new(),
            entities: Vec::new(),
            relations: Vec::new(),
        }
    }

    pub fn entity(&self, id: &str) -> Option<&Entity> {
        self.entities.iter().find(|e| e.id == id)
    }

    /// Checks that every span lies inside the text and quotes it exactly.
    /// Returns one message per problem, naming the span.
    pub fn validate(&self) -> Vec<String> {
        let chars = CharIndex::new(&self.text);
        let n = chars.len();
        let mut problems = Vec::new();
        let check = |what: &str, start: usize, end: usize, text: Option<&str>| -> Option<String> {
            if start > end || end > n {
                return Some(format!("{what}: offsets {start}..{end} outside the text (length {n})"));
            }
            let actual = chars.slice(&self.text, start, end);
            match text {
                Some(t) if actual != t => Some(format!("{what}: text {t:?} does not match text[{start}:{end}] = {actual:?}")),
                _ => None,
            }
        };
        for s in &self.sentences {
            problems.extend(check("sentence", s.start, s.end, None));
        }
        for t in &self.tokens {
            problems.extend(check("token", t.start, t.end, None));
        }
        for e in &self.entities {
            problems.extend(check(&format!("entity {}", e.id), e.start, e.end, Some(&e.text)));
        }
        for r in &self.relations {
            for a in &r.args {
                match (&a.entity, a.start, a.end) {
                    (Some(id), _, _) => {
                        if self.entity(id).is_none() {
                            problems.push(format!("relation {}: argument {} names unknown entity {id:?}", r.id, a.role));
                        }
                    }
                    (None, Some(s), Some(e)) => problems.extend(check(&format!("relation {} argument {}", r.id, a.role), s, e, a.text.as_deref())),
                    _ => problems.push(format!("relation {}: argument {} has neither entity nor span", r.id, a.role)),
                }
            }
        }
        problems
    }
}

/// Maps code-point offsets to byte offsets and back, for one text.
/// ASCII texts (the common case) need no table.
#[derive(Default)]
pub struct CharIndex {
    /// Byte offset of each char, plus the text length at the end; empty for ASCII text.
    bytes: Vec<usize>,
    len: usize,
}

impl CharIndex {
    pub fn new(text: &str) -> CharIndex {
        if text.is_ascii() {
            return CharIndex { bytes: Vec::new(), len: text.len() };
        }
        let mut bytes: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        let len = bytes.len();
        bytes.push(text.len());
        CharIndex { bytes, len }
    }

    /// Number of code points.
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn byte(&self, char_offset: usize) -> usize {
        if self.bytes.is_empty() {
            char_offset
        } else {
            self.bytes[char_offset]
        }
    }

    /// The code-point offset of a byte offset that lies on a char boundary.
    pub fn char_at_byte(&self, byte_offset: usize) -> usize {
        if self.bytes.is_empty() {
            byte_offset
        } else {
            self.bytes.partition_point(|&b| b < byte_offset)
        }
    }

    pub fn slice<'t>(&self, text: &'t str, start: usize, end: usize) -> &'t str {
        &text[self.byte(start)..self.byte(end)]
    }
}

/// A segmented document's tokens, indexed once and shared by every stage after `segment`: the
/// text's char index, each token's byte range, and each token's lower-cased text.
#[derive(Default)]
pub struct TextView {
    pub chars: CharIndex,
    bytes: Vec<(usize, usize)>,
    /// Each token's text, lower-cased.
    pub lower: Vec<String>,
}

impl TextView {
    pub fn new(doc: &Document) -> TextView {
        let chars = CharIndex::new(&doc.text);
        let bytes = doc.tokens.iter().map(|t| (chars.byte(t.start), chars.byte(t.end))).collect();
        TextView::from_parts(&doc.text, chars, bytes)
    }

    /// From a char index of `text` and the tokens' byte ranges in it.
    pub fn from_parts(text: &str, chars: CharIndex, bytes: Vec<(usize, usize)>) -> TextView {
        let lower = bytes.iter().map(|&(s, e)| text[s..e].to_lowercase()).collect();
        TextView { chars, bytes, lower }
    }

    /// Every token's text, borrowed from `text` (the document's text).
    pub fn words<'t>(&self, text: &'t str) -> Vec<&'t str> {
        self.bytes.iter().map(|&(s, e)| &text[s..e]).collect()
    }

    /// Token `i`'s byte range.
    pub fn byte_span(&self, i: usize) -> (usize, usize) {
        self.bytes[i]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_index_counts_code_points_not_bytes() {
        let text = "Takaichi—who became Japan’s first";
        let idx = CharIndex::new(text);
        assert_eq!(idx.len(), text.chars().count());
        let start = text.chars().position(|c| c == 'J').unwrap();
        assert_eq!(idx.slice(text, start, start + 5), "Japan");
        assert_eq!(idx.char_at_byte(idx.byte(start)), start);
    }

    #[test]
    fn validate_names_the_bad_span() {
        let mut doc = Document::new("d", "Tokyo hosts.", Meta::default());
        doc.entities.push(Entity {
            id: "e1".into(),
            label: "GPE".into(),
            start: 0,
            end: 4,
            text: "Tokyo".into(),
            score: None,
            source: None,
            canonical: None,
            value: None,
        });
        let problems = doc.validate();
        assert_eq!(problems.len(), 1);
        assert!(problems[0].contains("entity e1"), "{problems:?}");
    }
}
