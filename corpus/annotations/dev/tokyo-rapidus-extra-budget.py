"""Gold annotation source for corpus/articles/dev/tokyo-rapidus-extra-budget.txt."""

ENTITIES = [
    ("TOKYO", "GPE", 0, "Tokyo"),
    ("December 1, 2026", "DATE", 0, "2026-12-01"),
    ("Gleaner Wire", "ORG", 0),
    ("Japan", "GPE", 0),
    ("Tuesday", "DATE", 0, "2026-12-01"),
    ("1 trillion yen", "MONEY", 0, (1e12, "JPY")),
    ("Rapidus", "ORG", 0),
    ("Chitose", "GPE", 0),
    ("Hokkaido", "GPE", 0),
    ("almost 2.8 trillion yen", "MONEY", 0, (2.8e12, "JPY")),
    ("Prime Minister", "TITLE", 0),
    ("Sanae Takaichi", "PERSON", 0),
    ("10 trillion yen", "MONEY", 0, (1e13, "JPY")),
    ("2030", "DATE", 0, "2030"),
    ("Economy Minister", "TITLE", 0),
    ("Ryosei Akazawa", "PERSON", 0),
    ("40 percent", "PERCENT", 0, 40),
    ("Toyota Motor", "ORG", 0),
    ("Sony Group", "ORG", 0),
    ("10 billion yen", "MONEY", 0, (1e10, "JPY")),
    ("Rapidus", "ORG", 1),
    ("IBM", "ORG", 0),
    ("150", "CARDINAL", 0, 150),
    ("Chitose", "GPE", 1),
    ("next year", "DATE", 0, "2027"),
    ("Rapidus", "ORG", 2),
    ("president", "TITLE", 0),
    ("Atsuyoshi Koike", "PERSON", 0),
    ("second half of 2027", "DATE", 0, "2027"),
    ("Akazawa", "PERSON", 1, "Ryosei Akazawa"),
    ("Washington", "GPE", 0),
    ("next week", "DATE", 0, "2026-W50"),
    ("Commerce Secretary", "TITLE", 0),
    ("Howard Lutnick", "PERSON", 0),
]

UNANNOTATED = []

RELATIONS = [
    # "the cabinet approved an extra budget that earmarks 1 trillion yen for Rapidus": a plan
    # approved with a value; state support (subsidies) is no investment
    ("commitment", {"agent": "Japan", "value": "1 trillion yen", "topic": "@Rapidus#0"}),
    ("located_in", {"place": "Chitose#0", "container": "Hokkaido"}),
    ("holds_position", {"person": "Sanae Takaichi", "title": "Prime Minister"}),
    ("commitment", {"agent": "Sanae Takaichi", "value": "10 trillion yen", "deadline": "2030",
                    "topic": "@semiconductors and artificial intelligence"}),
    ("holds_position", {"person": "Ryosei Akazawa", "title": "Economy Minister"}),
    # "the state would also take a 40 percent stake": no money stated
    ("investment", {"investor": "Toyota Motor", "amount": "10 billion yen", "recipient": "Rapidus#1"}),
    ("investment", {"investor": "Sony Group", "amount": "10 billion yen", "recipient": "Rapidus#1"}),
    # "IBM ... will send 150 engineers": no commitment word
    ("holds_position", {"person": "Atsuyoshi Koike", "title": "president", "organization": "Rapidus#2"}),
    ("statement", {"speaker": "Atsuyoshi Koike",
                   "quote": "@We are not building a factory. We are rebuilding an industry"}),
    ("visit", {"visitor": "Akazawa#1", "destination": "Washington", "date": "next week"}),
    ("meeting", {"participant": ["Akazawa#1", "Howard Lutnick"], "location": "Washington",
                 "date": "next week"}),
    ("holds_position", {"person": "Howard Lutnick", "title": "Commerce Secretary"}),
]
