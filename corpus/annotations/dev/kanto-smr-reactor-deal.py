"""Gold annotation source for corpus/articles/dev/kanto-smr-reactor-deal.txt."""

ENTITIES = [
    ("TOKYO", "GPE", 0, "Tokyo"),
    ("January 13, 2026", "DATE", 0, "2026-01-13"),
    ("Gleaner Wire", "ORG", 0),
    ("Japan", "GPE", 0),
    ("first", "ORDINAL", 0, 1),
    ("Tuesday", "DATE", 0, "2026-01-13"),
    ("Kanto Electric Power", "ORG", 0),
    ("Northwind Nuclear", "ORG", 0),
    ("Idaho", "GPE", 0),
    ("two", "CARDINAL", 0, 2),
    # paragraph 2
    ("Kanto Electric", "ORG", 1, "Kanto Electric Power"),
    ("2.4 billion dollars", "MONEY", 0, (2.4e9, "USD")),
    ("Northwind", "ORG", 1, "Northwind Nuclear"),
    ("four years", "DATE", 0, None),
    ("two", "CARDINAL", 1, 2),
    ("Kashiwazaki", "GPE", 0),
    ("2034", "DATE", 0, "2034"),
    ("Northwind", "ORG", 2, "Northwind Nuclear"),
    ("United States", "GPE", 0),
    ("Yokohama", "GPE", 0),
    # paragraph 3
    ("Japan", "GPE", 1),
    ("twenty years", "DATE", 0, None),
    ("Kanto Electric", "ORG", 2, "Kanto Electric Power"),
    ("President", "TITLE", 0),
    ("Hayashi Ren", "PERSON", 0),
    # paragraph 4
    ("Economy Minister", "TITLE", 0),
    ("Ishida Mai", "PERSON", 0),
    ("Tokyo", "GPE", 0),
    ("Northwind", "ORG", 3, "Northwind Nuclear"),
    ("chief executive", "TITLE", 0),
    ("Sarah Lindgren", "PERSON", 0),
    ("Tokyo", "GPE", 1),
    ("Monday", "DATE", 0, "2026-01-12"),
    ("Seoul", "GPE", 0),
    ("this week", "DATE", 0, "2026-W03"),
    ("Korean", "NORP", 0),
]

RELATIONS = [
    # passive: "An agreement ... was signed on Tuesday by A and B"
    ("agreement", {"party": ["Kanto Electric Power", "Northwind Nuclear"],
                   "agreement": "@agreement to build Japan’s first small modular reactors",
                   "date": "Tuesday"}),
    ("located_in", {"place": "Kashiwazaki", "container": "Japan#0"}),
    # "put ... into Northwind": an investment into the company
    ("investment", {"investor": "Kanto Electric#1", "amount": "2.4 billion dollars",
                    "recipient": "Northwind#1"}),
    ("statement", {"speaker": "Hayashi Ren",
                   "quote": "@Japan cannot reach net zero without new nuclear, and it cannot wait "
                            "twenty years for it"}),
    ("holds_position", {"person": "Hayashi Ren", "title": "President",
                        "organization": "Kanto Electric#2"}),
    ("holds_position", {"person": "Ishida Mai", "title": "Economy Minister"}),
    ("holds_position", {"person": "Sarah Lindgren", "title": "chief executive",
                        "organization": "Northwind#3"}),
    ("visit", {"visitor": "Sarah Lindgren", "destination": "Tokyo#1", "date": "Monday"}),
    ("visit", {"visitor": "Sarah Lindgren", "destination": "Seoul", "date": "this week"}),
]
