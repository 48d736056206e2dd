"""Gold annotation source for corpus/articles/dev/canberra-tokyo-submarine-pact.txt."""

ENTITIES = [
    ("CANBERRA", "GPE", 0, "Canberra"),
    ("September 2, 2026", "DATE", 0, "2026-09-02"),
    ("Gleaner Wire", "ORG", 0),
    ("Australia", "GPE", 0),
    ("Japan", "GPE", 0),
    ("Canberra", "GPE", 0),
    ("Wednesday", "DATE", 0, "2026-09-02"),
    ("Japanese", "NORP", 0),
    ("Australia", "GPE", 1),
    ("two", "CARDINAL", 0, 2),
    # paragraph 2
    ("Australian", "NORP", 0),
    ("Defence Minister", "TITLE", 0),
    ("Liam O’Connor", "PERSON", 0),
    ("Japanese", "NORP", 1),
    ("Nakamura Aoi", "PERSON", 0),
    ("Canberra", "GPE", 1),
    ("Tuesday", "DATE", 0, "2026-09-01"),
    ("three-day", "DATE", 0, None),
    ("first", "ORDINAL", 0, 1),
    ("Australia", "GPE", 2),
    ("March", "DATE", 0, "2026-03"),
    # paragraph 3
    ("Tokyo", "GPE", 0),
    ("Mitsuhama Heavy Industries", "ORG", 0),
    ("1.5 billion Australian dollars", "MONEY", 0, (1.5e9, "AUD")),
    ("Henderson", "GPE", 0),
    ("Perth", "GPE", 0),
    ("Australia", "GPE", 3),
    ("11", "CARDINAL", 0, 11),
    ("2035", "DATE", 0, "2035"),
    # paragraph 4
    ("Japan", "GPE", 1),
    ("United States", "GPE", 0),
    ("Nakamura", "PERSON", 1, "Nakamura Aoi"),
    ("O’Connor", "PERSON", 1, "Liam O’Connor"),
    # paragraph 5
    ("Nakamura", "PERSON", 2, "Nakamura Aoi"),
    ("Garden Island", "FAC", 0),
    ("Sydney", "GPE", 0),
    ("Thursday", "DATE", 0, "2026-09-03"),
    ("Prime Minister", "TITLE", 0),
    ("Grace Whitlam", "PERSON", 0),
    ("Friday", "DATE", 0, "2026-09-04"),
]

RELATIONS = [
    ("agreement", {"party": ["Australia#0", "Japan#0"], "agreement": "@defence industry pact",
                   "date": "Wednesday"}),
    # passive: "The pact was signed by A and his Japanese counterpart, B,"
    ("agreement", {"party": ["Liam O’Connor", "Nakamura Aoi"], "agreement": "@pact"}),
    ("holds_position", {"person": "Liam O’Connor", "title": "Defence Minister",
                        "organization": "Australian"}),
    ("visit", {"visitor": "Nakamura Aoi", "destination": "Canberra#1", "date": "Tuesday"}),
    # "for a three-day visit, her first to Australia": a second destination, without the date
    ("visit", {"visitor": "Nakamura Aoi", "destination": "Australia#2"}),
    ("investment", {"investor": "Mitsuhama Heavy Industries", "amount": "1.5 billion Australian dollars",
                    "recipient": "Henderson"}),
    ("commitment", {"agent": "Australia#3", "value": "11", "deadline": "2035", "topic": "@frigates"}),
    ("statement", {"speaker": "Nakamura#1",
                   "quote": "@This is the deepest defence partnership Japan has ever had with a "
                            "country other than the United States"}),
    ("visit", {"visitor": "Nakamura#2", "destination": "Garden Island", "date": "Thursday"}),
    ("located_in", {"place": "Garden Island", "container": "Sydney"}),
    ("meeting", {"participant": ["Nakamura#2", "Grace Whitlam"], "date": "Friday"}),
    ("holds_position", {"person": "Grace Whitlam", "title": "Prime Minister"}),
]
