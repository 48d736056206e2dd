"""Gold annotation source for corpus/articles/dev/meridian-dakar-vaccine-hub.txt."""

ENTITIES = [
    ("DAKAR", "GPE", 0, "Dakar"),
    ("October 20, 2026", "DATE", 0, "2026-10-20"),
    ("Gleaner Wire", "ORG", 0),
    ("Meridian Health Foundation", "ORG", 0),
    ("$300 million", "MONEY", 0, (3e8, "USD")),
    ("Tuesday", "DATE", 0, "2026-10-20"),
    ("Senegal", "GPE", 0),
    ("15-year", "DATE", 0, None),
    ("president", "TITLE", 0),
    ("Laura Bennett", "PERSON", 0),
    ("Senegalese", "NORP", 0),
    ("Health Minister", "TITLE", 0),
    ("Aminata Diallo", "PERSON", 0),
    # paragraph 2
    ("Senegal", "GPE", 1),
    ("Institut Pasteur de Dakar", "ORG", 0),
    ("300 million", "CARDINAL", 1, 3e8),
    ("2030", "DATE", 0, "2030"),
    # paragraph 3
    ("Africa", "LOC", 0),
    ("99%", "PERCENT", 0, 99),
    ("Bennett", "PERSON", 1, "Laura Bennett"),
    # paragraph 4
    ("Diallo", "PERSON", 1, "Aminata Diallo"),
    ("40 million dollars", "MONEY", 0, (4e7, "USD")),
    ("first", "ORDINAL", 0, 1),
    ("Diass", "GPE", 0),
    ("January", "DATE", 0, "2027-01"),
    ("African Development Bank", "ORG", 0),
    ("$80 million", "MONEY", 0, (8e7, "USD")),
    ("last week", "DATE", 0, "2026-W42"),
    # paragraph 5
    ("Bennett", "PERSON", 2, "Laura Bennett"),
    ("2019", "DATE", 0, "2019"),
    ("Meridian", "ORG", 1, "Meridian Health Foundation"),
    ("Dakar", "GPE", 1),
    ("next year", "DATE", 0, "2027"),
]

RELATIONS = [
    # a grant committed: a commitment; the investment is stated in the next sentence
    ("commitment", {"agent": "Meridian Health Foundation", "value": "$300 million",
                    "topic": "@vaccine manufacturing hub"}),
    # apposition: "its president, Laura Bennett,"
    ("holds_position", {"person": "Laura Bennett", "title": "president",
                        "organization": "Meridian Health Foundation"}),
    ("holds_position", {"person": "Aminata Diallo", "title": "Health Minister",
                        "organization": "Senegalese"}),
    # passive: "The money will be invested in Senegal": the foundation's $300 million
    ("investment", {"investor": "Meridian Health Foundation", "amount": "$300 million",
                    "recipient": "Senegal#1"}),
    ("statement", {"speaker": "Bennett#1",
                   "quote": "@Africa imports 99% of its vaccines. That number has to come down, "
                            "and it will"}),
]
