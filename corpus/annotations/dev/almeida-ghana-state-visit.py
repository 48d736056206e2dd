"""Gold annotation source for corpus/articles/dev/almeida-ghana-state-visit.txt."""

ENTITIES = [
    ("ACCRA", "GPE", 0, "Accra"),
    ("May 6, 2026", "DATE", 0, "2026-05-06"),
    ("Gleaner Wire", "ORG", 0),
    ("Portuguese", "NORP", 0),
    ("President", "TITLE", 0),
    ("Rui Almeida", "PERSON", 0),
    ("four-day", "DATE", 0, None),
    ("Ghana", "GPE", 0),
    ("Wednesday", "DATE", 0, "2026-05-06"),
    ("first", "ORDINAL", 0, 1),
    ("Portuguese", "NORP", 1),
    ("more than two decades", "DATE", 0, None),
    ("Ghanaian", "NORP", 0),
    ("President", "TITLE", 1),
    ("Kwame Asante", "PERSON", 0),
    ("Jubilee House", "FAC", 0),
    ("Accra", "GPE", 0),
    # paragraph 2
    ("Luanda", "GPE", 0),
    ("Angola", "GPE", 0),
    ("2024", "DATE", 0, "2024"),
    ("Lisbon", "GPE", 0),
    ("Accra", "GPE", 1),
    ("Ghana", "GPE", 1),
    # paragraph 3
    ("Almeida", "PERSON", 1, "Rui Almeida"),
    ("Friday", "DATE", 0, "2026-05-08"),
    ("Elmina", "GPE", 0),
    ("Ghana", "GPE", 2),
    ("Central Region", "GPE", 0),
    ("Elmina Castle", "FAC", 0),
    ("Portuguese", "NORP", 2),
    # paragraph 4
    ("Almeida", "PERSON", 2, "Rui Almeida"),
    ("Wednesday evening", "TIME", 0),
    # paragraph 5
    ("Portugal", "GPE", 0),
    ("Banco Atlântico", "ORG", 0),
    ("150 million euros", "MONEY", 0, (1.5e8, "EUR")),
    ("Ghana", "GPE", 3),
    ("two", "CARDINAL", 1, 2),
]

RELATIONS = [
    ("holds_position", {"person": "Rui Almeida", "title": "President#0",
                        "organization": "Portuguese#0"}),
    ("visit", {"visitor": "Rui Almeida", "destination": "Ghana#0", "date": "Wednesday"}),
    # passive: "was received by ... at Jubilee House"
    ("meeting", {"participant": ["Rui Almeida", "Kwame Asante"], "location": "Jubilee House",
                 "date": "Wednesday"}),
    ("holds_position", {"person": "Kwame Asante", "title": "President#1",
                        "organization": "Ghanaian"}),
    ("located_in", {"place": "Jubilee House", "container": "Accra#0"}),
    # "The two leaders, who last met ... in Luanda, Angola, in 2024": a past meeting
    ("meeting", {"participant": ["Rui Almeida", "Kwame Asante"], "location": "Luanda",
                 "date": "2024"}),
    ("located_in", {"place": "Luanda", "container": "Angola"}),
    ("agreement", {"party": ["Rui Almeida", "Kwame Asante"], "agreement": "@direct air link"}),
    ("agreement", {"party": ["Rui Almeida", "Kwame Asante"],
                   "agreement": "@cultural cooperation agreement"}),
    ("visit", {"visitor": "Almeida#1", "destination": "Elmina#0", "date": "Friday"}),
    ("located_in", {"place": "Elmina#0", "container": "Central Region"}),
    ("located_in", {"place": "Central Region", "container": "Ghana#2"}),
    ("statement", {"speaker": "Almeida#2",
                   "quote": "@We cannot change the history we share, but we can choose what we "
                            "build on it"}),
    # a pledge to invest: a commitment and an investment
    ("commitment", {"agent": "Banco Atlântico", "value": "150 million euros",
                    "topic": "@solar projects"}),
    ("investment", {"investor": "Banco Atlântico", "amount": "150 million euros",
                    "recipient": "Ghana#3", "sector": "@solar projects"}),
]
