"""Gold annotation source for corpus/articles/dev/dhaka-bnp-election-win.txt."""

ENTITIES = [
    ("DHAKA", "GPE", 0, "Dhaka"),
    ("February 13, 2026", "DATE", 0, "2026-02-13"),
    ("Gleaner Wire", "ORG", 0),
    ("Bangladesh Nationalist Party", "ORG", 0),
    ("212", "CARDINAL", 0, 212),
    ("300", "CARDINAL", 0, 300),
    ("Thursday", "DATE", 0, "2026-02-12"),
    ("Election Commission", "ORG", 0),
    ("Friday", "DATE", 0, "2026-02-13"),
    ("chairman", "TITLE", 0),
    ("Tarique Rahman", "PERSON", 0),
    ("Rahman", "PERSON", 1, "Tarique Rahman"),
    ("17 years", "DATE", 0, None),
    ("London", "GPE", 0),
    ("December", "DATE", 0, "2025-12"),
    ("Bogura", "GPE", 0),
    ("Bangladesh", "GPE", 1),
    ("Muhammad Yunus", "PERSON", 0),
    ("chief adviser", "TITLE", 0),
    ("August 2024", "DATE", 0, "2024-08"),
    ("Rahman", "PERSON", 2, "Tarique Rahman"),
    ("Jamaat-e-Islami", "ORG", 0),
    ("second", "ORDINAL", 0, 2),
    ("68", "CARDINAL", 0, 68),
    ("Indian", "NORP", 0),
    ("Prime Minister", "TITLE", 0),
    ("Narendra Modi", "PERSON", 0),
    ("Rahman", "PERSON", 3, "Tarique Rahman"),
    ("Friday evening", "TIME", 0),
    ("New Delhi", "GPE", 0),
    ("Chinese", "NORP", 0),
    ("Foreign Minister", "TITLE", 0),
    ("Wang Yi", "PERSON", 0),
    ("Beijing", "GPE", 0),
    ("Bangladesh", "GPE", 2),
    ("61%", "PERCENT", 0, 61),
    ("first", "ORDINAL", 0, 1),
    ("February 24", "DATE", 0, "2026-02-24"),
]

UNANNOTATED = [("Bangladesh", 0), ("Friday", 1), ("Turnout", 0)]   # inside the party name; inside the TIME; a sentence start after a closing quotation mark

RELATIONS = [
    ("holds_position", {"person": "Tarique Rahman", "title": "chairman",
                        "organization": "Bangladesh Nationalist Party"}),
    # "Bogura, his family's home district in northern Bangladesh"
    ("located_in", {"place": "Bogura", "container": "Bangladesh#1"}),
    ("statement", {"speaker": "Rahman#1", "quote": "@The people have given us a loan, and we will repay it"}),
    ("holds_position", {"person": "Muhammad Yunus", "title": "chief adviser"}),
    # congratulating by phone: a call, so a meeting
    ("meeting", {"participant": ["Muhammad Yunus", "Rahman#2"]}),
    ("holds_position", {"person": "Narendra Modi", "title": "Prime Minister", "organization": "Indian"}),
    # a call; an invitation to visit is no visit
    ("meeting", {"participant": ["Narendra Modi", "Rahman#3"]}),
    ("holds_position", {"person": "Wang Yi", "title": "Foreign Minister", "organization": "Chinese"}),
    ("statement", {"speaker": "Wang Yi", "quote": "@whatever government the people of Bangladesh choose"}),
]
