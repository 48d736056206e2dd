"""Gold annotation source for corpus/articles/dev/geneva-pandemic-annex-signing.txt."""

ENTITIES = [
    ("GENEVA", "GPE", 0, "Geneva"),
    ("May 19, 2026", "DATE", 0, "2026-05-19"),
    ("Gleaner Wire", "ORG", 0),
    ("Health Minister", "TITLE", 0),
    ("Amara Okafor", "PERSON", 0),
    ("Nigeria", "GPE", 0),
    ("World Health Assembly", "EVENT", 0),
    ("Tuesday", "DATE", 0, "2026-05-19"),
    ("140", "CARDINAL", 0, 140),
    ("first", "ORDINAL", 0, 1),
    ("last year", "DATE", 0, "2025"),
    # paragraph 2
    ("Pathogen Access and Benefit-Sharing Annex", "LAW", 0),
    ("18 months", "DATE", 0, None),
    ("Tuesday", "DATE", 1, "2026-05-19"),
    ("Nigeria", "GPE", 1),
    ("Brazil", "GPE", 0),
    ("Indonesia", "GPE", 0),
    ("Norway", "GPE", 0),
    ("20%", "PERCENT", 0, 20),
    ("World Health Organization", "ORG", 0),
    # paragraph 3
    ("WHO", "ORG", 0, "World Health Organization"),
    ("Director-General", "TITLE", 0),
    ("Helena Marsh", "PERSON", 0),
    ("Palais des Nations", "FAC", 0),
    # paragraph 4
    ("Okafor", "PERSON", 1, "Amara Okafor"),
    ("African Union", "ORG", 0),
    ("Brazilian", "NORP", 0),
    ("Health Minister", "TITLE", 1),
    ("Rafael Duarte", "PERSON", 0),
    ("Lagos", "GPE", 0),
    ("Brazil", "GPE", 1),
    ("Fiocruz", "ORG", 0),
    # paragraph 5
    ("United States", "GPE", 0),
    ("WHO", "ORG", 1, "World Health Organization"),
    ("2025", "DATE", 0, "2025"),
    ("two", "CARDINAL", 0, 2),
]

RELATIONS = [
    # quote first, speaker after
    ("statement", {"speaker": "Amara Okafor", "quote": "@No country can stop the next pandemic alone"}),
    ("holds_position", {"person": "Amara Okafor", "title": "Health Minister#0",
                        "organization": "Nigeria#0"}),
    # addressing the assembly
    ("attendance", {"attendee": "Amara Okafor", "event": "World Health Assembly",
                    "date": "Tuesday#0"}),
    # passive, coordinated parties
    ("agreement", {"party": ["Nigeria#1", "Brazil#0", "Indonesia", "Norway"],
                   "agreement": "Pathogen Access and Benefit-Sharing Annex", "date": "Tuesday#1"}),
    ("statement", {"speaker": "Helena Marsh",
                   "quote": "@This is the part of the treaty that turns promises into doses"}),
    ("holds_position", {"person": "Helena Marsh", "title": "Director-General",
                        "organization": "WHO#0"}),
    # "opened the assembly": the assembly is the World Health Assembly
    ("attendance", {"attendee": "Helena Marsh", "event": "World Health Assembly"}),
    ("meeting", {"participant": ["Okafor#1", "Rafael Duarte"]}),
    ("holds_position", {"person": "Rafael Duarte", "title": "Health Minister#1",
                        "organization": "Brazilian"}),
    # "The two agreed to set up ..."
    ("agreement", {"party": ["Okafor#1", "Rafael Duarte"], "agreement": "@joint vaccine plant"}),
]
