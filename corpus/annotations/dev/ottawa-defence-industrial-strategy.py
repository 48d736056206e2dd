"""Gold annotation source for corpus/articles/dev/ottawa-defence-industrial-strategy.txt."""

ENTITIES = [
    ("OTTAWA", "GPE", 0, "Ottawa"),
    ("November 17, 2026", "DATE", 0, "2026-11-17"),
    ("Gleaner Wire", "ORG", 0),
    ("Canada", "GPE", 0),
    ("6.6 billion Canadian dollars", "MONEY", 0, (6.6e9, "CAD")),
    ("four years", "DATE", 0, None),
    ("Defence Minister", "TITLE", 0),
    ("David McGuinty", "PERSON", 0),
    ("Tuesday", "DATE", 0, "2026-11-17"),
    ("Ottawa", "GPE", 0),
    ("70 percent", "PERCENT", 0, 70),
    ("Canadian", "NORP", 1),
    ("2035", "DATE", 0, "2035"),
    ("about 40 percent", "PERCENT", 0, 40),
    ("today", "DATE", 0, "2026-11-17"),
    ("125,000", "CARDINAL", 0, 125000),
    ("Swedish", "NORP", 0),
    ("Saab", "ORG", 0),
    ("Canada", "GPE", 1),
    ("500 million Canadian dollars", "MONEY", 0, (5e8, "CAD")),
    ("Mirabel", "GPE", 0),
    ("Montreal", "GPE", 0),
    ("General Dynamics Land Systems", "ORG", 0),
    ("300 million Canadian dollars", "MONEY", 0, (3e8, "CAD")),
    ("London", "GPE", 0),
    ("Ontario", "GPE", 0),
    ("McGuinty", "PERSON", 1, "David McGuinty"),
    ("German", "NORP", 0),
    ("Boris Pistorius", "PERSON", 0),
    ("Ottawa", "GPE", 1),
    ("Monday", "DATE", 0, "2026-11-16"),
    ("McGuinty", "PERSON", 2, "David McGuinty"),
    ("North", "LOC", 0),
    ("Prime Minister", "TITLE", 0),
    ("Mark Carney", "PERSON", 0),
    ("Halifax International Security Forum", "EVENT", 0),
    ("Saturday", "DATE", 0, "2026-11-21"),
]

UNANNOTATED = []

RELATIONS = [
    # "over four years" is a period, not a deadline; the country's own industry, no investment
    ("commitment", {"agent": "Canada#0", "value": "6.6 billion Canadian dollars",
                    "topic": "@ammunition and drone industry"}),
    ("holds_position", {"person": "David McGuinty", "title": "Defence Minister"}),
    # "The plan commits Ottawa to buying 70 percent"
    ("commitment", {"agent": "Ottawa#0", "value": "70 percent", "deadline": "2035",
                    "topic": "@military equipment"}),
    # "the government set a target": the government is Ottawa
    ("commitment", {"agent": "Ottawa#0", "value": "125,000", "topic": "@new defence jobs"}),
    ("investment", {"investor": "Saab", "amount": "500 million Canadian dollars", "recipient": "Mirabel"}),
    ("commitment", {"agent": "General Dynamics Land Systems", "value": "300 million Canadian dollars",
                    "topic": "@armoured-vehicle plant"}),
    ("investment", {"investor": "General Dynamics Land Systems", "amount": "300 million Canadian dollars",
                    "recipient": "London"}),
    ("located_in", {"place": "London", "container": "Ontario"}),
    ("meeting", {"participant": ["McGuinty#1", "Boris Pistorius"], "location": "Ottawa#1", "date": "Monday"}),
    ("agreement", {"party": ["McGuinty#1", "Boris Pistorius"], "agreement": "@letter of intent on joint ammunition production"}),
    ("statement", {"speaker": "McGuinty#2", "quote": "@We cannot defend the North with equipment we cannot build"}),
    ("holds_position", {"person": "Mark Carney", "title": "Prime Minister"}),
    # "will present the strategy at the ... Forum"
    ("attendance", {"attendee": "Mark Carney", "event": "Halifax International Security Forum",
                    "date": "Saturday"}),
]
