//! Stage 5: alias linking. Every name-like entity gets a `canonical` naming its document-level
//! cluster: a surname takes the fullest PERSON name it ends or begins ("Takaichi" -> "Sanae
//! Takaichi"), known places and organisations take the gazetteer's name ("U.S." -> "United
//! States"), upper-case datelines take title case ("SEOUL" -> "Seoul"), and any other name
//! takes the longest same-type mention it is a whole-word prefix or suffix of.

use crate::document::Document;
use crate::resources::Resources;

const NAME_TYPES: [&str; 9] = ["PERSON", "NORP", "ORG", "GPE", "LOC", "FAC", "EVENT", "LAW", "PRODUCT"];

pub fn link(doc: &mut Document, res: &Resources) {
    let names: Vec<(usize, String, Vec<String>)> = doc
        .entities
        .iter()
        .enumerate()
        .filter(|(_, e)| NAME_TYPES.contains(&e.label.as_str()))
        .map(|(i, e)| (i, e.label.clone(), e.text.split_whitespace().map(str::to_string).collect()))
        .collect();
    for (i, label, words) in &names {
        let text = doc.entities[*i].text.clone();
        let known = match label.as_str() {
            "GPE" | "LOC" | "ORG" | "FAC" => res.gazetteer.canonical(&text).or_else(|| res.gazetteer.canonical(&title_case(&text))).map(str::to_string),
            "NORP" => None,
            _ => None,
        };
        let canonical = known.unwrap_or_else(|| {
            // The longest same-type mention this one is a whole-word prefix or suffix of.
            let longest = names
                .iter()
                .filter(|(_, l, w)| l == label && w.len() > words.len() && (w.ends_with(words) || w.starts_with(words)))
                .max_by_key(|(j, _, w)| (w.len(), std::cmp::Reverse(*j)));
            match longest {
                Some((j, _, _)) => doc.entities[*j].text.clone(),
                None if is_upper_word(&text) && label != "ORG" => title_case(&text),
                None => text,
            }
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
