"""Gold annotation source for corpus/articles/dev/kumamoto-chip-plant-subsidy.txt."""

ENTITIES = [
    ("TOKYO", "GPE", 0, "Tokyo"),
    ("May 20, 2026", "DATE", 0, "2026-05-20"),
    ("Gleaner Wire", "ORG", 0),
    ("Japan", "GPE", 0),
    ("up to 732 billion yen", "MONEY", 0, (7.32e11, "JPY")),
    ("second", "ORDINAL", 0, 2),
    ("Kikuyo", "GPE", 0),
    ("Kumamoto", "GPE", 0),
    ("Economy Minister", "TITLE", 0),
    ("Ryosei Akazawa", "PERSON", 0),
    ("Wednesday", "DATE", 0, "2026-05-20"),
    ("Taiwan Semiconductor Manufacturing Co.", "ORG", 0),
    ("$13.9 billion", "MONEY", 0, (1.39e10, "USD")),
    ("TSMC", "ORG", 0, "Taiwan Semiconductor Manufacturing Co."),
    ("Japanese", "NORP", 0),
    ("Sony", "ORG", 0),
    ("Denso", "ORG", 0),
    ("2028", "DATE", 0, "2028"),
    ("Sony", "ORG", 1),
    ("80 billion yen", "MONEY", 0, (8e10, "JPY")),
    ("Denso", "ORG", 1),
    ("40 billion yen", "MONEY", 0, (4e10, "JPY")),
    ("TSMC", "ORG", 1, "Taiwan Semiconductor Manufacturing Co."),
    ("1,700", "CARDINAL", 0, 1700),
    ("Kyushu", "LOC", 0),
    ("60%", "PERCENT", 0, 60),
    ("Japanese", "NORP", 1),
    ("2030", "DATE", 0, "2030"),
    ("Akazawa", "PERSON", 1, "Ryosei Akazawa"),
    ("chairman", "TITLE", 0),
    ("C.C. Wei", "PERSON", 0),
    ("Kumamoto", "GPE", 1),
    ("next month", "DATE", 0, "2026-06"),
    ("Governor", "TITLE", 0),
    ("Takashi Kimura", "PERSON", 0),
    ("Kumamoto", "GPE", 2),
    ("two years", "DATE", 0, None),
    ("Wei", "PERSON", 1, "C.C. Wei"),
    ("first", "ORDINAL", 0, 1),
    ("Kikuyo", "GPE", 1),
    ("2024", "DATE", 0, "2024"),
]

UNANNOTATED = [("Local", 0)]

RELATIONS = [
    # subsidies are no investment
    ("located_in", {"place": "Kikuyo#0", "container": "Kumamoto#0"}),
    ("holds_position", {"person": "Ryosei Akazawa", "title": "Economy Minister"}),
    # "in the project": no recipient entity
    ("investment", {"investor": "Taiwan Semiconductor Manufacturing Co.", "amount": "$13.9 billion"}),
    # "into the venture": no recipient entity; gapped second conjunct for Denso
    ("investment", {"investor": "Sony#1", "amount": "80 billion yen"}),
    ("investment", {"investor": "Denso#1", "amount": "40 billion yen"}),
    ("commitment", {"agent": "TSMC#1", "value": "1,700", "topic": "@engineers"}),
    ("commitment", {"agent": "TSMC#1", "value": "60%", "deadline": "2030", "topic": "@materials"}),
    # "The company's chairman": the company is TSMC, its most recent mention
    ("holds_position", {"person": "C.C. Wei", "title": "chairman", "organization": "TSMC#1"}),
    ("visit", {"visitor": "C.C. Wei", "destination": "Kumamoto#1", "date": "next month"}),
    ("holds_position", {"person": "Takashi Kimura", "title": "Governor"}),
    ("statement", {"speaker": "Wei#1",
                   "quote": "@Kumamoto showed the world that a factory can be built in two years; we intend to do it again"}),
]
