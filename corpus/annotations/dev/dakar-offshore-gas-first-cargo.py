"""Gold annotation source for corpus/articles/dev/dakar-offshore-gas-first-cargo.txt."""

ENTITIES = [
    ("DAKAR", "GPE", 0, "Dakar"),
    ("September 29, 2026", "DATE", 0, "2026-09-29"),
    ("Gleaner Wire", "ORG", 0),
    ("first", "ORDINAL", 0, 1),
    ("Greater Tortue Ahmeyim", "LOC", 0),
    ("Senegal", "GPE", 0),
    ("Mauritania", "GPE", 0),
    ("Tuesday", "DATE", 0, "2026-09-29"),
    ("Germany", "GPE", 0),
    ("more than two years", "DATE", 0, None),
    ("Senegal", "GPE", 1),
    ("President", "TITLE", 0),
    ("Bassirou Diomaye Faye", "PERSON", 0),
    ("Mauritanian", "NORP", 0),
    ("Mohamed Ould Ghazouani", "PERSON", 0),
    ("Saint-Louis", "GPE", 0),
    ("Senegal", "GPE", 2),
    ("Dakar", "GPE", 0),
    ("morning", "TIME", 0),
    ("Africa Energy Forum", "EVENT", 0),
    ("afternoon", "TIME", 0),
    ("Abdou Diouf International Conference Centre", "FAC", 0),
    ("Diamniadio", "GPE", 0),
    ("Faye", "PERSON", 1, "Bassirou Diomaye Faye"),
    ("Kosmos Energy", "ORG", 0),
    ("BP", "ORG", 0),
    ("$1.2 billion", "MONEY", 0, (1.2e9, "USD")),
    ("Senegal", "GPE", 3),
    ("Yakaar-Teranga", "LOC", 0),
    ("chief executive", "TITLE", 0),
    ("Neal Shah", "PERSON", 0),
    ("2027", "DATE", 0, "2027"),
    ("two", "CARDINAL", 1, 2),
    ("2018", "DATE", 0, "2018"),
]

UNANNOTATED = [("Gas", 0), ("Both", 0), ("Its", 0)]

RELATIONS = [
    ("holds_position", {"person": "Bassirou Diomaye Faye", "title": "President", "organization": "Senegal#1"}),
    # "his Mauritanian counterpart": no title
    # "having flown there from Dakar": Saint-Louis is each president's destination
    ("visit", {"visitor": "Bassirou Diomaye Faye", "destination": "Saint-Louis"}),
    ("visit", {"visitor": "Mohamed Ould Ghazouani", "destination": "Saint-Louis"}),
    ("located_in", {"place": "Saint-Louis", "container": "Senegal#2"}),
    ("attendance", {"attendee": "Bassirou Diomaye Faye", "event": "Africa Energy Forum"}),
    ("attendance", {"attendee": "Mohamed Ould Ghazouani", "event": "Africa Energy Forum"}),
    ("located_in", {"place": "Abdou Diouf International Conference Centre", "container": "Diamniadio"}),
    ("statement", {"speaker": "Faye#1",
                   "quote": "@Gas will pay for schools and roads only if the contracts are fair, and we intend to read every line of them again"}),
    # "told the forum": addressed it, an attendance of its own (as in the dev gold)
    ("attendance", {"attendee": "Faye#1", "event": "Africa Energy Forum"}),
    ("investment", {"investor": "Kosmos Energy", "amount": "$1.2 billion", "recipient": "Senegal#3"}),
    # "Senegal's Yakaar-Teranga gas project": a possessive places the field in Senegal (added at
    # stop 22 after the part's one score, as in the rest of the corpus: "Lisbon's Praça do Comércio")
    ("located_in", {"place": "Yakaar-Teranga", "container": "Senegal#3"}),
    ("holds_position", {"person": "Neal Shah", "title": "chief executive", "organization": "Kosmos Energy"}),
    # "a 2018 treaty": unnamed and not signed in this text; no agreement
]
