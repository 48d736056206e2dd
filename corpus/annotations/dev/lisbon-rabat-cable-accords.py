"""Gold annotation source for corpus/articles/dev/lisbon-rabat-cable-accords.txt."""

ENTITIES = [
    ("LISBON", "GPE", 0, "Lisbon"),
    ("June 9, 2026", "DATE", 0, "2026-06-09"),
    ("Gleaner Wire", "ORG", 0),
    ("Portugal", "GPE", 0),
    ("Morocco", "GPE", 0),
    ("three", "CARDINAL", 0, 3),
    ("Tuesday", "DATE", 0, "2026-06-09"),
    ("Lisbon", "GPE", 0),
    # paragraph 2
    ("Portuguese", "NORP", 0),
    ("Prime Minister", "TITLE", 0),
    ("Rui Almeida", "PERSON", 0),
    ("Moroccan", "NORP", 0),
    ("Prime Minister", "TITLE", 1),
    ("Karim Bennani", "PERSON", 0),
    ("Belém Palace", "FAC", 0),
    ("about 1,000 kilometres", "QUANTITY", 0, 1000),
    ("2031", "DATE", 0, "2031"),
    # paragraph 3
    ("Sofia Reis", "PERSON", 0),
    ("Youssef Alami", "PERSON", 0),
    # the quotes
    ("Almeida", "PERSON", 1, "Rui Almeida"),
    ("Morocco", "GPE", 1),
    # paragraph 5
    ("Energias Atlântico", "ORG", 0),
    ("Portuguese", "NORP", 1),
    ("2 billion euros", "MONEY", 0, (2e9, "EUR")),
    ("chief executive", "TITLE", 0),
    ("Miguel Costa", "PERSON", 0),
    ("Rabat", "GPE", 0),
    ("Wednesday", "DATE", 0, "2026-06-10"),
    ("Moroccan Agency for Sustainable Energy", "ORG", 0),
    # paragraph 6
    ("Bennani", "PERSON", 1, "Karim Bennani"),
    ("March", "DATE", 0, "2026-03"),
    ("Morocco", "GPE", 2),
    ("70%", "PERCENT", 0, 70),
    ("2035", "DATE", 0, "2035"),
    ("Tagus Research", "ORG", 0),
    ("two", "CARDINAL", 0, 2),
    ("two", "CARDINAL", 1, 2),
    ("two", "CARDINAL", 2, 2),
    ("two", "CARDINAL", 3, 2),
]

UNANNOTATED = [("This", 0), ("Under", 0)]

RELATIONS = [
    # "Portugal and Morocco signed three agreements on offshore wind, green hydrogen and a subsea
    # power cable": one signing, the agreements one span
    ("agreement", {"party": ["Portugal#0", "Morocco#0"],
                   "agreement": "@agreements on offshore wind, green hydrogen and a subsea power cable",
                   "date": "Tuesday"}),
    ("meeting", {"participant": ["Portugal#0", "Morocco#0"], "location": "Lisbon"}),
    # "The accords were signed by ... Almeida and ... Bennani": the same accords, signed by people
    ("agreement", {"party": ["Rui Almeida", "Karim Bennani"], "agreement": "@accords"}),
    ("holds_position", {"person": "Rui Almeida", "title": "Prime Minister#0", "organization": "Portuguese#0"}),
    ("holds_position", {"person": "Karim Bennani", "title": "Prime Minister#1", "organization": "Moroccan#0"}),
    ("located_in", {"place": "Belém Palace", "container": "Lisbon"}),
    ("agreement", {"party": ["Sofia Reis", "Youssef Alami"],
                   "agreement": "@separate memorandum of understanding on grid standards"}),
    ("statement", {"speaker": "Almeida#1", "quote": "@This cable turns two coastlines into one market"}),
    ("statement", {"speaker": "Almeida#1", "quote": "@Morocco has the sun and we have the buyers"}),
    ("investment", {"investor": "Energias Atlântico", "amount": "2 billion euros"}),
    ("holds_position", {"person": "Miguel Costa", "title": "chief executive", "organization": "Energias Atlântico"}),
    ("visit", {"visitor": "Miguel Costa", "destination": "Rabat", "date": "Wednesday"}),
    ("agreement", {"party": ["Miguel Costa", "Moroccan Agency for Sustainable Energy"],
                   "agreement": "@supply contract"}),
    ("commitment", {"agent": "Bennani#1", "value": "70%", "deadline": "2035",
                    "topic": "@share of renewable power in Morocco"}),
]
