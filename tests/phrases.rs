//! Rules over phrases (issue 10) through the shipped default model and its syntax heads, on an
//! article written for this test in the styles the rules must carry to: a passive agreement, an
//! apposition before the verb, examples listed with "including", a relative clause, a continued
//! quote, a pronoun investor, bulleted pledges, coordinated verbs. Skips when the model is absent.

mod common;

use gleaner::document::{Document, Relation};

fn article() -> Option<Document> {
    fixture("phrases.txt")
}

/// A fixture of `tests/fixtures` through the shipped model, or None without its syntax heads.
fn fixture(name: &str) -> Option<Document> {
    let model = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("models/ner");
    if !model.join("syntax.json").is_file() {
        eprintln!("skipped: models/ner has no syntax heads");
        return None;
    }
    let input = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name);
    let out = common::gleaner().args(["extract", "--jsonl", "--model"]).arg(&model).arg(&input).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let doc: Document = serde_json::from_slice(&out.stdout).unwrap();
    assert!(doc.validate().is_empty(), "{:?}", doc.validate());
    Some(doc)
}

/// The fillers of `role` in `r`: entity texts, or the text of a span.
fn fillers(doc: &Document, r: &Relation, role: &str) -> Vec<String> {
    let mut v: Vec<String> = r.args.iter().filter(|a| a.role == role).map(|a| a.entity.as_ref().map(|id| doc.entity(id).unwrap().text.clone()).or(a.text.clone()).unwrap()).collect();
    v.sort();
    v
}

/// Asserts a relation of `label` whose roles have exactly these fillers (roles not named are
/// not checked), and returns its rule.
fn has(doc: &Document, label: &str, want: &[(&str, &[&str])]) -> String {
    let found = doc.relations.iter().find(|r| {
        r.label == label
            && want.iter().all(|(role, texts)| {
                let mut t: Vec<String> = texts.iter().map(|s| s.to_string()).collect();
                t.sort();
                fillers(doc, r, role) == t
            })
    });
    let all: Vec<String> = doc.relations.iter().map(|r| format!("{} {:?}", r.label, r.args.iter().map(|a| (a.role.clone(), fillers(doc, r, &a.role))).collect::<Vec<_>>())).collect();
    found.unwrap_or_else(|| panic!("no {label} with {want:?} in\n{}", all.join("\n"))).rule.clone().unwrap()
}

#[test]
fn rules_over_phrases_on_unseen_styles() {
    let Some(doc) = article() else { return };
    // The POS, lemma and chunk layer is there.
    assert!(doc.tokens.iter().all(|t| t.pos.is_some() && t.lemma.is_some()) && !doc.chunks.is_empty());
    let signed = doc.tokens.iter().find(|t| doc.text.chars().skip(t.start).take(t.end - t.start).collect::<String>() == "signed").unwrap();
    assert_eq!(signed.lemma.as_deref(), Some("sign"));

    // Passive voice: the parties after "by", the agreement the subject's noun phrase.
    let rule = has(&doc, "agreement", &[("party", &["Norway", "Denmark"]), ("agreement", &["Nordic grid pact"]), ("date", &["Monday"])]);
    assert_eq!(rule, "agreement.passive");
    // An apposition between the subject and its verb; the title in apposition after the name.
    has(&doc, "attendance", &[("attendee", &["Lena Berg"]), ("event", &["Baltic Energy Forum"]), ("location", &["Riga"])]);
    has(&doc, "holds_position", &[("person", &["Lena Berg"]), ("title", &["energy minister"]), ("organization", &["Norwegian"])]);
    // Examples listed with "including" are the subject, one attendance each.
    for name in ["Karl Nyström", "Aino Virtanen"] {
        has(&doc, "attendance", &[("attendee", &[name]), ("event", &["Baltic Energy Forum"])]);
    }
    // A relative clause in the passive: the agent after "by", the event its antecedent.
    assert_eq!(has(&doc, "attendance", &[("attendee", &["Edgars Ozols"]), ("event", &["Baltic Energy Forum"])]), "attendance.passive");
    // A quote that goes on from an attributed one keeps its speaker.
    has(&doc, "statement", &[("speaker", &["Berg"]), ("quote", &["It is the base of our industry"])]);
    // "it" after "Siemens Energy said"; the recipient the place inside the noun phrase after "in".
    has(&doc, "investment", &[("investor", &["Siemens Energy"]), ("amount", &["2 billion euros"]), ("recipient", &["Bergen"])]);
    // Bulleted pledges: the agent from the lead-in ("The company"), the rest from each item.
    assert_eq!(has(&doc, "commitment", &[("agent", &["Siemens Energy"]), ("value", &["60%"]), ("deadline", &["2030"]), ("topic", &["carbon emissions"])]), "commitment.bullets");
    has(&doc, "commitment", &[("agent", &["Siemens Energy"]), ("value", &["3 gigawatts"]), ("topic", &["offshore wind farms"])]);
    // Title before the name; the second of two coordinated verbs shares the subject.
    has(&doc, "holds_position", &[("person", &["Maria Holt"]), ("title", &["chief executive"])]);
    assert_eq!(has(&doc, "visit", &[("visitor", &["Maria Holt"]), ("destination", &["Warsaw"])]), "visit.subject-verb");
    // A coordinated subject and a second party after "with"; the agreement a text span.
    has(&doc, "agreement", &[("party", &["Sweden", "Norway", "European Commission"]), ("agreement", &["memorandum on hydrogen pipelines"])]);
    // Every relation names its rule, trigger, evidence and score.
    assert!(doc.relations.iter().all(|r| r.rule.is_some() && r.trigger.is_some() && r.evidence.is_some() && r.score.is_some()));
}

/// Constructions of stop 20 (`tests/fixtures/constructions.txt`, written for this test): titles
/// by portfolio, organisations by possessives, the holder in apposition, gapping, phone calls,
/// participles, places by "the state of", "X-based" and rates.
#[test]
fn constructions_that_carry_to_unseen_articles() {
    let Some(doc) = fixture("constructions.txt") else { return };
    let text = |e: &gleaner::document::Entity| e.text.clone();
    // A participle that opens the sentence, or one after "while", has the main clause's subject.
    assert_eq!(has(&doc, "attendance", &[("attendee", &["William Ruto"]), ("event", &["Africa Climate Summit"])]), "attendance.at-event");
    has(&doc, "attendance", &[("attendee", &["Sánchez"]), ("event", &["Ibero-American Summit"])]);
    // Lower-case portfolio titles and "minister of A, B and C", the owner before the title.
    has(&doc, "holds_position", &[("person", &["Aurora Williams"]), ("title", &["mining minister"]), ("organization", &["Chile"])]);
    has(&doc, "holds_position", &[("person", &["Luis Planas"]), ("title", &["minister of agriculture, fisheries and food"]), ("organization", &["Spain"])]);
    // "Its chairman": the organization of the possessive.
    has(&doc, "holds_position", &[("person", &["Natarajan Chandrasekaran"]), ("title", &["chairman"]), ("organization", &["Tata Steel"])]);
    // Gapping: each "<agent> <money>" after a pledge is a commitment of its own.
    for (agent, value) in [("France", "300 million euros"), ("Italy", "200 million euros"), ("Spain", "150 million euros")] {
        has(&doc, "commitment", &[("agent", &[agent]), ("value", &[value])]);
    }
    // The things a number counts are the topic.
    has(&doc, "commitment", &[("agent", &["Australia"]), ("value", &["40"]), ("topic", &["armoured vehicles"])]);
    // "Tokyo-based": the place is the entity; "a year" after a quantity is a rate, no date.
    assert!(doc.entities.iter().any(|e| e.label == "GPE" && e.text == "Tokyo"), "{:?}", doc.entities.iter().map(text).collect::<Vec<_>>());
    assert!(!doc.entities.iter().any(|e| e.label == "DATE" && e.text.contains("year")), "{:?}", doc.entities.iter().map(text).collect::<Vec<_>>());
    // An investment noun with its investor after "by"; a trailing participle shares the subject.
    assert_eq!(has(&doc, "investment", &[("investor", &["Saudi Aramco"]), ("amount", &["$1.2 billion"]), ("recipient", &["Mombasa"])]), "investment.by");
    has(&doc, "investment", &[("investor", &["Siemens Energy"]), ("amount", &["$500 million"])]);
    // The holders in apposition stand for the possessors of their titles.
    has(&doc, "agreement", &[("party", &["Ahmed Bouari", "Luis Planas"])]);
    // Never a holder across the end of a sentence: the owner of the title stays the party.
    has(&doc, "agreement", &[("party", &["Britain"])]);
    assert!(!doc.relations.iter().any(|r| r.label == "agreement" && fillers(&doc, r, "party").contains(&"Yvette Cooper".to_string())));
    // A phone call by its verb; a place after "the state of"; going back home is no visit.
    assert_eq!(has(&doc, "meeting", &[("participant", &["Sánchez", "Lula"]), ("date", &["Friday"])]), "meeting.called");
    has(&doc, "located_in", &[("place", &["Monterrey"]), ("container", &["Nuevo León"])]);
    assert!(!doc.relations.iter().any(|r| r.label == "visit" && fillers(&doc, r, "destination") == ["Brasília"]));
    // "X, Vattenfall's chief executive, who flew": X; the company that owns the title is no person.
    has(&doc, "visit", &[("visitor", &["Sarah Lindqvist"]), ("destination", &["Oslo"])]);
    assert!(!doc.relations.iter().any(|r| r.label == "visit" && fillers(&doc, r, "visitor") == ["Vattenfall"]));
    has(&doc, "holds_position", &[("person", &["Sarah Lindqvist"]), ("organization", &["Vattenfall"])]);
    // The object of the infinitive after "agreed"; a person preferred in a passive's agent.
    has(&doc, "agreement", &[("party", &["Merz", "Li Qiang"]), ("agreement", &["annual government consultations"])]);
    has(&doc, "attendance", &[("attendee", &["Julia Klöckner"]), ("event", &["Munich Security Conference"])]);
}

/// Whether some relation of `label` has exactly these fillers for each role named.
fn any(doc: &Document, label: &str, want: &[(&str, &[&str])]) -> bool {
    doc.relations.iter().any(|r| {
        r.label == label
            && want.iter().all(|(role, texts)| {
                let mut t: Vec<String> = texts.iter().map(|s| s.to_string()).collect();
                t.sort();
                fillers(doc, r, role) == t
            })
    })
}

/// Clause structure decides the fillers (stop 21, from the errors of the third held-out part):
/// relative clauses, lists of examples, copulas before infinitives, possessors in lists and
/// before phrases, salient references, coordinated verbs, passives with the rate before.
#[test]
fn clause_structure_decides_fillers() {
    let Some(doc) = fixture("clauses.txt") else { return };
    // An unclaimed capitalised name ending in an event word is an EVENT.
    assert!(doc.entities.iter().any(|e| e.label == "EVENT" && e.text == "Ninth Malaria Partnership Conference"));
    // "whose director, X, addressed": X; "among them A and B" after a passive's "by"; "is due to".
    has(&doc, "attendance", &[("attendee", &["John-Arne Røttingen"]), ("event", &["Ninth Malaria Partnership Conference"])]);
    for name in ["Jane Aceng", "Kwabena Akandoh"] {
        assert_eq!(has(&doc, "attendance", &[("attendee", &[name]), ("event", &["Ninth Malaria Partnership Conference"])]), "attendance.passive");
    }
    has(&doc, "attendance", &[("attendee", &["Elijah Muchima"]), ("date", &["Wednesday"])]);
    // A possessor is no list member; a phrase slot looks past a possessor for its preposition.
    for investor in ["Sanofi", "Takeda"] {
        has(&doc, "investment", &[("investor", &[investor]), ("recipient", &["Kenya"]), ("sector", &["vaccine manufacturing sector"])]);
    }
    assert!(!any(&doc, "investment", &[("investor", &["Japan"])]));
    // "The company" and "Its" across sentences: the salient Novartis, not the WHO of a modifier.
    has(&doc, "investment", &[("investor", &["Novartis"]), ("amount", &["$80 million"])]);
    has(&doc, "holds_position", &[("person", &["Giovanni Caforio"]), ("organization", &["Novartis"])]);
    // "the fund's executive director": the ORG whose name holds "fund".
    has(&doc, "holds_position", &[("person", &["Peter Sands"]), ("organization", &["Global Fund"])]);
    has(&doc, "statement", &[("speaker", &["Peter Sands"])]);
    // "X, whom he met"; a gapped second investment.
    assert_eq!(has(&doc, "meeting", &[("participant", &["Vas Narasimhan", "Tedros Adhanom Ghebreyesus"])]), "meeting.whom");
    assert_eq!(has(&doc, "investment", &[("investor", &["Novartis"]), ("amount", &["1 billion francs"]), ("recipient", &["Brazil"])]), "investment.elided");
    // "..., and will visit": the shared subject, not the object of the first verb.
    has(&doc, "visit", &[("visitor", &["Amina Wekesa"]), ("destination", &["Dar es Salaam"]), ("date", &["July"])]);
    assert!(!any(&doc, "visit", &[("visitor", &["Yoweri Museveni"])]));
    // The possessor of the tariff is its imposer; a passive with the rate before the verb.
    has(&doc, "tariff_change", &[("imposer", &["Kenya"]), ("new_rate", &["8%"]), ("product", &["tea"])]);
    assert_eq!(has(&doc, "tariff_change", &[("imposer", &["East African Community"]), ("new_rate", &["up to 120%"])]), "tariff_change.passive");
    // A phone call and a later meeting in a clause of its own are two meetings.
    assert_eq!(has(&doc, "meeting", &[("participant", &["Friedrich Merz", "Wekesa"]), ("location", &[])]), "meeting.called");
    has(&doc, "meeting", &[("participant", &["Friedrich Merz", "Wekesa"]), ("location", &["Berlin"])]);
    // A former office is not held; "named X as" (the lemma of "named" is "name").
    assert!(!any(&doc, "holds_position", &[("title", &["governor"])]));
    has(&doc, "holds_position", &[("person", &["Ruth Otieno"]), ("title", &["finance minister"])]);
    // A second infinitive of a pledge with its own value; a value before the clause that pledges it.
    assert_eq!(has(&doc, "commitment", &[("agent", &["Wekesa"]), ("value", &["40,000"]), ("deadline", &["2030"])]), "commitment.and-to");
    assert_eq!(has(&doc, "commitment", &[("agent", &["Gulf Fund"]), ("value", &["$3 billion"])]), "commitment.relative");
    // No container that possesses what follows; no country inside a city.
    assert!(!doc.relations.iter().any(|r| r.label == "located_in"), "{:?}", doc.relations);
}

/// Stop 22's constructions, on a fixture written for them: gapped conjuncts, relative clauses
/// after appositions and after a coordinated verb's object, a passive coordinated with another,
/// an object name that modifies a title, a date inside a trigger phrase, a rate kept.
#[test]
fn gapped_conjuncts_and_relative_clauses() {
    let Some(doc) = fixture("gapping.txt") else { return };
    // Gapped tariffs: "and 8% on manganese ore", "and on diesel to 3% from 6%"; a product after the rate.
    has(&doc, "tariff_change", &[("imposer", &["Zambia"]), ("new_rate", &["5%"]), ("product", &["cobalt hydroxide"])]);
    assert_eq!(has(&doc, "tariff_change", &[("imposer", &["Zambia"]), ("new_rate", &["8%"]), ("product", &["manganese ore"])]), "tariff_change.elided-rate");
    assert_eq!(has(&doc, "tariff_change", &[("imposer", &["Zambia"]), ("new_rate", &["3%"]), ("old_rate", &["6%"]), ("product", &["diesel"])]), "tariff_change.elided-product");
    // A levy kept at its rate is no change.
    assert!(!any(&doc, "tariff_change", &[("imposer", &["Malawi"])]));
    // "and Vale Base Metals $250 million": a gapped investment with its own investor.
    assert_eq!(has(&doc, "investment", &[("investor", &["Vale Base Metals"]), ("amount", &["$250 million"])]), "investment.elided-investor");
    // "X, the company controlled by the Chinese state, which will invest": X.
    has(&doc, "investment", &[("investor", &["Sinomine"]), ("amount", &["$90 million"])]);
    // "Glencore, which owns the Mopani mine, said separately that it would invest": Glencore.
    has(&doc, "investment", &[("investor", &["Glencore"]), ("amount", &["$120 million"]), ("recipient", &["Zambia"])]);
    has(&doc, "located_in", &[("place", &["Kitwe"]), ("container", &["Copperbelt Province"])]);
    // "The government" is the country of the sentence before.
    has(&doc, "commitment", &[("agent", &["Zambia"]), ("value", &["2,000"])]);
    // "The minerals agreement, which A and B reached": the parties of the relative clause.
    assert_eq!(has(&doc, "agreement", &[("party", &["Hakainde Hichilema", "Emmanuel Macron"]), ("agreement", &["minerals agreement"])]), "agreement.relative");
    // ", and agreed" after a relative clause: the subject of "signed".
    has(&doc, "agreement", &[("party", &["Hichilema"]), ("agreement", &["Lobito Corridor Treaty"])]);
    // "was opened by A, and attended by the secretary general of COMESA, B".
    for name in ["João Lourenço", "Chileshe Kapwepwe"] {
        assert_eq!(has(&doc, "attendance", &[("attendee", &[name]), ("event", &["Lobito Investment Summit"])]), "attendance.passive");
    }
    // "on Thursday and on Friday to Brussels": the date inside the gapped trigger.
    assert_eq!(has(&doc, "visit", &[("visitor", &["Hichilema"]), ("destination", &["Brussels"]), ("date", &["Friday"])]), "visit.elided");
    // "with AfDB President Sidi Ould Tah": the holder; "after meeting": the subject of "signed".
    has(&doc, "agreement", &[("party", &["Musokotwane", "Sidi Ould Tah"]), ("agreement", &["loan agreement"])]);
    has(&doc, "meeting", &[("participant", &["Musokotwane", "Emmanuel Macron"])]);
    // Attending with no object attends the event before it; a negated signing signs nothing.
    assert_eq!(has(&doc, "attendance", &[("attendee", &["Ibrahim Matola"]), ("event", &["Copperbelt Energy Forum"])]), "attendance.intransitive");
    assert!(!any(&doc, "agreement", &[("party", &["Tanzania"])]));
    // "X, accompanied by his deputy, Y, was met ... by Z": X met Z.
    has(&doc, "meeting", &[("participant", &["Chikote", "Hakainde Hichilema"])]);
    assert!(!any(&doc, "meeting", &[("participant", &["Felix Mutati", "Hakainde Hichilema"])]));
    // "thanked ... for “...”" reports a quote.
    has(&doc, "statement", &[("speaker", &["Hichilema"]), ("quote", &["a decade of patience"])]);
    // A signing expected is no agreement yet.
    assert!(!any(&doc, "agreement", &[("party", &["Malawi"])]));
}

#[test]
fn references_trips_and_places_of_stop_23() {
    let Some(doc) = fixture("references.txt") else { return };
    // "The session was opened by X": the session is the forum; "also addressed the forum".
    assert_eq!(has(&doc, "attendance", &[("attendee", &["Opiyo Wandayi"]), ("event", &["East African Energy Forum"])]), "attendance.passive");
    has(&doc, "attendance", &[("attendee", &["Ruth Nankabirwa"]), ("event", &["East African Energy Forum"])]);
    // "attended as a guest" past two quoted sentences: the forum.
    assert_eq!(has(&doc, "attendance", &[("attendee", &["Doto Biteko"]), ("event", &["East African Energy Forum"])]), "attendance.intransitive");
    // "were present, among them X"; "and by officials of A and B" after a passive.
    assert_eq!(has(&doc, "attendance", &[("attendee", &["George Elombi"]), ("event", &["East African Energy Forum"])]), "attendance.present-among");
    for org in ["African Development Bank", "World Bank"] {
        assert_eq!(has(&doc, "attendance", &[("attendee", &[org]), ("event", &["East African Energy Forum"])]), "attendance.and-by");
    }
    // "the country had pledged": the country salient in its own sentence.
    has(&doc, "commitment", &[("agent", &["Ethiopia"]), ("value", &["$300 million"])]);
    // Two names in apposition to the subject are its parties.
    has(&doc, "agreement", &[("party", &["Opiyo Wandayi", "Ruth Nankabirwa"]), ("agreement", &["transmission accord"])]);
    // "reached in Kampala during a visit by President William Ruto": a visit, and no party Ruto.
    assert_eq!(has(&doc, "visit", &[("visitor", &["William Ruto"]), ("destination", &["Kampala"])]), "visit.visit-by");
    assert!(!any(&doc, "agreement", &[("party", &["William Ruto"])]));
    // A call on Monday and a meeting on Friday, in two clauses: two meetings.
    has(&doc, "meeting", &[("participant", &["Yoweri Museveni", "Ruto"]), ("date", &["Monday"])]);
    has(&doc, "meeting", &[("participant", &["Yoweri Museveni", "Ruto"]), ("date", &["Friday"])]);
    // "talks with Washington": a place, no person and no meeting.
    assert!(doc.entities.iter().any(|e| e.text == "Washington" && e.label == "GPE"));
    assert!(!any(&doc, "meeting", &[("participant", &["Ruto", "Washington"])]));
    // "Ruto's first trip abroad this year was to Addis Ababa"; "a tour that will take him to
    // Kigali and Bujumbura"; "stopped in"; "went on to".
    assert_eq!(has(&doc, "visit", &[("visitor", &["Ruto"]), ("destination", &["Addis Ababa"])]), "visit.trip-would-be");
    for place in ["Kigali", "Bujumbura"] {
        assert_eq!(has(&doc, "visit", &[("visitor", &["Ruto"]), ("destination", &[place])]), "visit.take-to");
    }
    has(&doc, "visit", &[("visitor", &["Ruto"]), ("destination", &["Dodoma"]), ("date", &["Wednesday"])]);
    has(&doc, "visit", &[("visitor", &["Ruto"]), ("destination", &["Lusaka"])]);
    // "Mombasa, Kenya's main port".
    assert_eq!(has(&doc, "located_in", &[("place", &["Mombasa"]), ("container", &["Kenya"])]), "located_in.owned-place");
    // "the council" stands only for an event so named: here for none; "the state" before a noun
    // is no country.
    assert!(!any(&doc, "attendance", &[("attendee", &["Museveni"])]));
    assert!(!doc.relations.iter().any(|r| r.label == "commitment" && fillers(&doc, r, "value") == ["$50 million"] && !fillers(&doc, r, "agent").is_empty() && doc.entities.iter().any(|e| e.label == "GPE" && fillers(&doc, r, "agent").contains(&e.text))));
    // A numbered conference is an EVENT; "Gulf of Aden" is one LOC.
    has(&doc, "attendance", &[("attendee", &["Ruto"]), ("event", &["COP31"])]);
    assert!(doc.entities.iter().any(|e| e.text == "Gulf of Aden" && e.label == "LOC"));
}

#[test]
fn pledges_investments_and_references_of_stop_24() {
    let Some(doc) = fixture("pledges.txt") else { return };
    // Bulleted items labelled with their agent under "made the following pledges ...:".
    assert_eq!(has(&doc, "commitment", &[("agent", &["Kenya"]), ("value", &["2 million"]), ("deadline", &["end of 2027"])]), "commitment.bullets");
    has(&doc, "commitment", &[("agent", &["Equity Bank"]), ("value", &["$40 million"])]);
    // "and then opened" shares the subject of "opened" past the infinitive's verbs.
    has(&doc, "attendance", &[("attendee", &["William Ruto"]), ("event", &["Nairobi Clean Cooking Summit"])]);
    // "The company aims" after a bank lent: the company; "the bank would commit": the World Bank.
    has(&doc, "commitment", &[("agent", &["Kenya Power"]), ("value", &["500,000"])]);
    has(&doc, "commitment", &[("agent", &["World Bank"]), ("value", &["$2 billion"]), ("deadline", &["2030"])]);
    // A company that commits money to solar farms invests it; a country that commits money to
    // training does not; "is to spend ... expanding its plant" invests.
    assert_eq!(has(&doc, "investment", &[("investor", &["Sunfield Energy"]), ("amount", &["300 million euros"])]), "investment.commit-to");
    assert!(!any(&doc, "investment", &[("investor", &["Norway"])]));
    assert_eq!(has(&doc, "investment", &[("investor", &["Kivu Cement"]), ("amount", &["4 billion shillings"])]), "investment.spend-on");
    // A title with its region after "for", the name after the comma.
    has(&doc, "holds_position", &[("person", &["Mohamed Janabi"]), ("title", &["regional director"]), ("organization", &["World Health Organization"])]);
    // Growth cut by tariffs is no tariff change.
    assert!(!doc.relations.iter().any(|r| r.label == "tariff_change"));
    // "briefed X by phone"; a list before a relative clause that closes before the verb.
    has(&doc, "meeting", &[("participant", &["Opiyo Wandayi", "Ruth Nankabirwa"]), ("date", &["Monday"])]);
    has(&doc, "agreement", &[("party", &["Wandayi", "Doto Biteko"])]);
    // A quote right after an attributed sentence.
    has(&doc, "statement", &[("speaker", &["Amina Yusuf"])]);
    // "Kampala, Uganda": one destination.
    has(&doc, "visit", &[("visitor", &["Ruto"]), ("destination", &["Kampala"])]);
    assert!(!any(&doc, "visit", &[("destination", &["Uganda"])]));
    // "By 2030 the companies aim": the deadline before the clause.
    has(&doc, "commitment", &[("agent", &["Sunfield Energy"]), ("value", &["40%"]), ("deadline", &["2030"])]);
    assert_eq!(has(&doc, "located_in", &[("place", &["Lake Turkana"]), ("container", &["Marsabit"])]), "located_in.where-lies");
    // "Tanzania signed, after ...": the accord signed before; "agreed to invest" is no agreement.
    assert_eq!(has(&doc, "agreement", &[("party", &["Tanzania"]), ("agreement", &["Nairobi Clean Cooking Accord"])]), "agreement.intransitive");
    assert!(!any(&doc, "agreement", &[("party", &["Safaricom"])]));
    // "... to congratulate her, ... her office said. Ruto spoke to her by phone": her is
    // Nankabirwa throughout, not the caller named first.
    has(&doc, "meeting", &[("participant", &["Ruto", "Nankabirwa"]), ("date", &["Friday"])]);
    assert!(!any(&doc, "meeting", &[("participant", &["Ruto", "Samia Suluhu Hassan"])]));
}

#[test]
fn trips_tariffs_and_topics_of_stop_25() {
    let Some(doc) = fixture("trips.txt") else { return };
    // "the bloc" is the union named before, not the Commission that spoke for it.
    has(&doc, "tariff_change", &[("imposer", &["European Union"]), ("new_rate", &["2%"]), ("old_rate", &["6%"]), ("product", &["avocados"])]);
    assert!(!any(&doc, "tariff_change", &[("imposer", &["European Commission"])]));
    // "Chile said it would impose": the country that said so.
    has(&doc, "tariff_change", &[("imposer", &["Chile"]), ("new_rate", &["12%"])]);
    // The rate before the tariff's name is the old one when a new one follows.
    has(&doc, "tariff_change", &[("imposer", &["Peru"]), ("new_rate", &["5%"]), ("old_rate", &["10%"]), ("product", &["cheese"])]);
    // Goods in general are no product.
    has(&doc, "tariff_change", &[("imposer", &["Ecuador"]), ("new_rate", &["3%"]), ("product", &[])]);
    // A trip to meet someone gives the meeting its place and date.
    assert_eq!(has(&doc, "meeting", &[("participant", &["Šefčovič", "Daniel Noboa"]), ("location", &["Quito"]), ("date", &["Friday"])]), "meeting.trip-to-meet");
    // An agreement signed in a relative clause takes the partner after "with".
    assert_eq!(has(&doc, "agreement", &[("party", &["Šefčovič", "Ana Quispe"]), ("agreement", &["revised trade deal"]), ("date", &["last week"])]), "agreement.relative");
    // "for" runs on, "on the sidelines" does not.
    has(&doc, "agreement", &[("agreement", &["road map for lithium processing"])]);
    // A comma-joined portfolio run shares its head's case: no "minerals, Energy Minister".
    assert!(doc.entities.iter().any(|e| e.label == "TITLE" && e.text == "Energy Minister"));
    // "..., X said on Wednesday, and aims to": the reported clause's subject; a deadline after
    // another pledge word is that pledge's.
    has(&doc, "commitment", &[("agent", &["Peru"]), ("value", &["up to 5,000 tonnes"]), ("deadline", &["2029"]), ("topic", &["copper"])]);
    assert!(!any(&doc, "commitment", &[("value", &["$900 million"]), ("deadline", &["2029"])]));
    // Money lent is what is pledged, not what for; a leading name stays in a topic.
    has(&doc, "commitment", &[("agent", &["Japan"]), ("topic", &["port cranes"])]);
    has(&doc, "commitment", &[("agent", &["Mitsui"]), ("topic", &["Peruvian copper"])]);
    // "were among the speakers": the event of the attendance before; "the crown prince" is the
    // person named with that title.
    assert_eq!(has(&doc, "attendance", &[("attendee", &["Gary Nagle"]), ("event", &["Pacific Mining Forum"])]), "attendance.among-speakers");
    has(&doc, "meeting", &[("participant", &["Montero", "Salman bin Hamad"]), ("date", &["Thursday"])]);
    // The place whose ", where" clause holds the investment is its recipient.
    has(&doc, "investment", &[("investor", &["Cosco Shipping"]), ("recipient", &["Callao"])]);
    // "Its trade minister" is the country's that opens the sentence before, not its port's.
    has(&doc, "holds_position", &[("person", &["Luis Jaramillo"]), ("title", &["trade minister"]), ("organization", &["Ecuador"])]);
    // "also attended" with no attendance since the event was named: that event, not the forum
    // of an earlier attendance; "international trade minister" is one title, so the list of two
    // appositions holds.
    has(&doc, "attendance", &[("attendee", &["Aurora Williams"]), ("event", &["Andean Mining Congress"])]);
    has(&doc, "attendance", &[("attendee", &["Raúl Mendoza"]), ("event", &["Andean Mining Congress"])]);
    assert!(!any(&doc, "attendance", &[("attendee", &["Aurora Williams"]), ("event", &["Pacific Mining Forum"])]));
    assert!(doc.entities.iter().any(|e| e.label == "TITLE" && e.text == "international trade minister"));
}
