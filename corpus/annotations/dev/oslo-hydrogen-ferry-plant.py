"""Gold annotation source for corpus/articles/dev/oslo-hydrogen-ferry-plant.txt."""

ENTITIES = [
    ("OSLO", "GPE", 0, "Oslo"),
    ("June 25, 2026", "DATE", 0, "2026-06-25"),
    ("Gleaner Wire", "ORG", 0),
    ("Norled", "ORG", 0),
    ("Norwegian", "NORP", 0),
    ("Germany", "GPE", 0),
    ("Siemens Energy", "ORG", 0),
    ("Florø", "GPE", 0),
    ("Vestland", "GPE", 0),
    ("first", "ORDINAL", 0, 1),
    ("Thursday", "DATE", 0, "2026-06-25"),
    ("Oslo", "GPE", 0),
    ("Energy Minister", "TITLE", 0),
    ("Terje Aasland", "PERSON", 0),
    ("Siemens Energy", "ORG", 1),
    ("1.4 billion crowns", "MONEY", 0, (1.4e9, "NOK")),
    ("Norled", "ORG", 1),
    ("900 million crowns", "MONEY", 0, (9e8, "NOK")),
    ("four", "CARDINAL", 0, 4),
    ("Enova", "ORG", 0),
    ("600 million crowns", "MONEY", 0, (6e8, "NOK")),
    ("2028", "DATE", 0, "2028"),
    ("2030", "DATE", 0, "2030"),
    ("Florø", "GPE", 1),
    ("95%", "PERCENT", 0, 95),
    ("Norled", "ORG", 2),
    ("12", "CARDINAL", 0, 12),
    ("Vestland", "GPE", 1),
    ("2032", "DATE", 0, "2032"),
    ("first", "ORDINAL", 1, 1),
    ("Heidi Wolden", "PERSON", 0),
    ("Norled", "ORG", 3),
    ("chief executive", "TITLE", 0),
    ("Aasland", "PERSON", 1, "Terje Aasland"),
    ("Bodø", "GPE", 0),
    ("Nordland", "GPE", 0),
    ("Tromsø", "GPE", 0),
    ("two", "CARDINAL", 0, 2),
]

UNANNOTATED = [("Production", 0), ("By", 0)]

RELATIONS = [
    ("located_in", {"place": "Florø#0", "container": "Vestland#0"}),
    # "The two companies": Norled and Siemens Energy, their most recent mentions
    ("agreement", {"party": ["Norled#0", "Siemens Energy#0"], "agreement": "@partnership agreement"}),
    ("holds_position", {"person": "Terje Aasland", "title": "Energy Minister"}),
    # money into a plant and into ferries: no recipient entity; a state grant is no investment
    ("investment", {"investor": "Siemens Energy#1", "amount": "1.4 billion crowns"}),
    ("investment", {"investor": "Norled#1", "amount": "900 million crowns"}),
    # "the companies aim to": one commitment per company
    ("commitment", {"agent": "Norled#1", "value": "95%", "deadline": "2030", "topic": "@emissions"}),
    ("commitment", {"agent": "Siemens Energy#1", "value": "95%", "deadline": "2030", "topic": "@emissions"}),
    ("commitment", {"agent": "Norled#2", "value": "12", "deadline": "2032", "topic": "@diesel ferries"}),
    ("statement", {"speaker": "Heidi Wolden",
                   "quote": "@This is the first time a hydrogen supply chain has been built around a ship rather than the other way round"}),
    ("holds_position", {"person": "Heidi Wolden", "title": "chief executive", "organization": "Norled#3"}),
    ("located_in", {"place": "Bodø", "container": "Nordland"}),
]
