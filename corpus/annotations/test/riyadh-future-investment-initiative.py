"""Gold annotation source for corpus/articles/test/riyadh-future-investment-initiative.txt."""

ENTITIES = [
    ("RIYADH", "GPE", 0, "Riyadh"),
    ("October 28, 2025", "DATE", 0, "2025-10-28"),
    ("Gleaner Wire", "ORG", 0),
    ("Saudi Arabia", "GPE", 0),
    ("Public Investment Fund", "ORG", 0),
    ("Tuesday", "DATE", 0, "2025-10-28"),
    ("$20 billion", "MONEY", 0, (20e9, "USD")),
    ("next five years", "DATE", 0, None),
    ("more than 90", "CARDINAL", 0, 90),
    ("Future Investment Initiative", "EVENT", 0),
    ("King Abdulaziz International Conference Center", "FAC", 0),
    ("Riyadh", "GPE", 0),
    # paragraph 2
    ("governor", "TITLE", 0),
    ("Faisal Al-Harbi", "PERSON", 0),
    # paragraph 3
    ("Indonesian", "NORP", 0),
    ("Investment Minister", "TITLE", 0),
    ("Arief Santoso", "PERSON", 0),
    ("second", "ORDINAL", 0, 2),
    ("Najd Power", "ORG", 0),
    ("Saudi", "NORP", 1),  # occurrence 0 is inside "Saudi Arabia"
    ("$3 billion", "MONEY", 0, (3e9, "USD")),
    ("Indonesia", "GPE", 0),
    ("2030", "DATE", 0, "2030"),
    ("Santoso", "PERSON", 1, "Arief Santoso"),
    ("Saudi", "NORP", 2),
    ("Investment Minister", "TITLE", 1),
    ("Nasser Al-Otaibi", "PERSON", 0),
    ("Tuesday afternoon", "TIME", 0),
    # paragraph 4
    ("Indonesia", "GPE", 1),
    ("Santoso", "PERSON", 2, "Arief Santoso"),
    # paragraph 5
    ("Japanese", "NORP", 0),
    ("Kaneda Corp", "ORG", 0),
    ("300 billion yen", "MONEY", 0, (300e9, "JPY")),
    ("Yanbu", "GPE", 0),
    ("Saudi Arabia", "GPE", 1),
    ("first", "ORDINAL", 0, 1),
    ("2029", "DATE", 0, "2029"),
    # paragraph 6
    ("Thursday", "DATE", 0, "2025-10-30"),
    ("more than $50 billion", "MONEY", 0, (50e9, "USD")),
]

RELATIONS = [
    ("commitment", {"agent": "Public Investment Fund", "value": "$20 billion",
                    "topic": "@artificial intelligence infrastructure"}),
    ("investment", {"investor": "Public Investment Fund", "amount": "$20 billion",
                    "sector": "@artificial intelligence infrastructure"}),
    ("located_in", {"place": "King Abdulaziz International Conference Center",
                    "container": "Riyadh"}),
    ("statement", {"speaker": "Faisal Al-Harbi",
                   "quote": "@Compute is the new oil, and we intend to be a producer, not a "
                            "consumer"}),
    # "the fund's governor" -> Public Investment Fund
    ("holds_position", {"person": "Faisal Al-Harbi", "title": "governor",
                        "organization": "Public Investment Fund"}),
    # "he opened the forum" -> the named EVENT
    ("attendance", {"attendee": "Faisal Al-Harbi", "event": "Future Investment Initiative"}),
    ("holds_position", {"person": "Arief Santoso", "title": "Investment Minister#0",
                        "organization": "Indonesian"}),
    ("attendance", {"attendee": "Arief Santoso", "event": "Future Investment Initiative"}),
    ("agreement", {"party": ["Arief Santoso", "Najd Power"],
                   "agreement": "@solar power agreement"}),
    # "the Saudi utility will invest" -> Najd Power
    ("investment", {"investor": "Najd Power", "amount": "$3 billion",
                    "recipient": "Indonesia#0"}),
    ("meeting", {"participant": ["Santoso#1", "Nasser Al-Otaibi"]}),
    ("holds_position", {"person": "Nasser Al-Otaibi", "title": "Investment Minister#1",
                        "organization": "Saudi#2"}),
    ("statement", {"speaker": "Santoso#2",
                   "quote": "@Indonesia has the sun, the land and the demand. What we need is "
                            "patient capital"}),
    ("investment", {"investor": "Kaneda Corp", "amount": "300 billion yen",
                    "sector": "@green hydrogen"}),
    ("located_in", {"place": "Yanbu", "container": "Saudi Arabia#1"}),
]
