//! Stage 5: alias linking. Every name-like entity gets a `canonical` naming its document-level
//! cluster: a surname takes the fullest PERSON name it ends or begins ("Takaichi" -> "Sanae
//! Takaichi"), known places and organisations take the gazetteer's name ("U.S." -> "United
//! States"), upper-case datelines take title case ("SEOUL" -> "Seoul"), and any other name
//! takes the longest same-type mention it is a whole-word prefix or suffix of.

use std::collections::HashMap;

use super::{Annotation, DocumentStage};
use crate::document::Document;
use crate::resources::Resources;

/// Stage 5 over a batch.
pub struct Link<'a> {
    pub res: &'a Resources,
}

impl DocumentStage for Link<'_> {
    const NAME: &'static str = "link";

    fn annotate_one(&self, a: &mut Annotation) {
        link(&mut a.doc, self.res);
    }
}

const NAME_TYPES: [&str; 9] = ["PERSON", "NORP", "ORG", "GPE", "LOC", "FAC", "EVENT", "LAW", "PRODUCT"];

pub fn link(doc: &mut Document, res: &Resources) {
    // (type, words) of every proper whole-word prefix and suffix -> the longest (then
    // earliest) mention that has it.
    let mut longer: HashMap<(String, Vec<String>), (usize, usize)> = HashMap::new();
    let names: Vec<(usize, Vec<String>)> = doc
        .entities
        .iter()
        .enumerate()
        .filter(|(_, e)| NAME_TYPES.contains(&e.label.as_str()))
        .map(|(i, e)| (i, e.text.split_whitespace().map(str::to_string).collect()))
        .collect();
    for (i, words) in &names {
        let label = &doc.entities[*i].label;
        for j in 1..words.len() {
            for part in [&words[..j], &words[words.len() - j..]] {
                let slot = longer.entry((label.clone(), part.to_vec())).or_insert((*i, words.len()));
                if words.len() > slot.1 {
                    *slot = (*i, words.len());
                }
            }
        }
    }
    for (i, words) in &names {
        let e = &doc.entities[*i];
        let known = match e.label.as_str() {
            "GPE" | "LOC" | "ORG" | "FAC" => res.gazetteer.canonical(&e.text).or_else(|| res.gazetteer.canonical(&title_case(&e.text))).map(str::to_string),
            _ => None,
        };
        let canonical = known.unwrap_or_else(|| match longer.get(&(e.label.clone(), words.clone())) {
            Some((j, _)) => doc.entities[*j].text.clone(),
            None if is_upper_word(&e.text) && e.label != "ORG" => title_case(&e.text),
            None => e.text.clone(),
        });
        doc.entities[*i].canonical = Some(canonical);
    }
}

fn is_upper_word(s: &str) -> bool {
    s.chars().filter(|c| c.is_alphabetic()).count() > 3 && !s.chars().any(char::is_lowercase)
}

fn title_case(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(f) => f.to_uppercase().chain(c.flat_map(char::to_lowercase)).collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Entity, Meta};

    fn ent(id: &str, label: &str, text: &str) -> Entity {
        Entity { id: id.into(), label: label.into(), start: 0, end: 0, text: text.into(), score: None, source: None, canonical: None, value: None }
    }

    #[test]
    fn surnames_and_places_share_canonical_names() {
        let mut doc = Document::new("d", "", Meta::default());
        doc.entities = vec![
            ent("e1", "PERSON", "Sanae Takaichi"),
            ent("e2", "GPE", "U.S."),
            ent("e3", "PERSON", "Takaichi"),
            ent("e4", "GPE", "SEOUL"),
            ent("e5", "GPE", "United States"),
            ent("e6", "DATE", "October 28"),
        ];
        link(&mut doc, &Resources::builtin());
        let c: Vec<Option<&str>> = doc.entities.iter().map(|e| e.canonical.as_deref()).collect();
        assert_eq!(c, [Some("Sanae Takaichi"), Some("United States"), Some("Sanae Takaichi"), Some("Seoul"), Some("United States"), None]);
    }
}
