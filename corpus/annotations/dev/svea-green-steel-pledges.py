"""Gold annotation source for corpus/articles/dev/svea-green-steel-pledges.txt."""

ENTITIES = [
    ("STOCKHOLM", "GPE", 0, "Stockholm"),
    ("July 21, 2026", "DATE", 0, "2026-07-21"),
    ("Gleaner Wire", "ORG", 0),
    ("Svea Stål", "ORG", 0),
    ("Sweden", "GPE", 0),
    ("Tuesday", "DATE", 0, "2026-07-21"),
    ("6 billion kronor", "MONEY", 0, (6e9, "SEK")),
    ("80%", "PERCENT", 0, 80),
    ("2032", "DATE", 0, "2032"),
    # the bullets
    ("two", "CARDINAL", 0, 2),
    ("Luleå", "GPE", 0),
    ("2030", "DATE", 0, "2030"),
    ("4 terawatt hours", "QUANTITY", 0, 4),
    ("Sweden", "GPE", 1),
    ("900 million kronor", "MONEY", 0, (9e8, "SEK")),
    # paragraph 3
    ("chief executive", "TITLE", 0),
    ("Annika Berg", "PERSON", 0),
    ("Luleå", "GPE", 1),
    ("Energy Minister", "TITLE", 0),
    ("Erik Holm", "PERSON", 0),
    # paragraph 4
    ("2 billion kronor", "MONEY", 0, (2e9, "SEK")),
    ("Swedish Energy Agency", "ORG", 0),
    ("June", "DATE", 0, "2026-06"),
    ("Holm", "PERSON", 1, "Erik Holm"),
    # paragraph 5
    ("Svea Stål", "ORG", 1),
    ("4%", "PERCENT", 0, 4),
    ("Stockholm", "GPE", 0),
    ("Nordic Equity Research", "ORG", 0),
]

RELATIONS = [
    # "cut its carbon emissions by 80% by 2032": a target set in a plan
    ("commitment", {"agent": "Svea Stål#0", "value": "80%", "deadline": "2032",
                    "topic": "@carbon emissions"}),
    # "The company committed to:" - each bullet has agent Svea Stål
    ("commitment", {"agent": "Svea Stål#0", "value": "two", "deadline": "2030",
                    "topic": "@blast furnaces"}),
    ("commitment", {"agent": "Svea Stål#0", "value": "4 terawatt hours", "topic": "@wind power"}),
    ("commitment", {"agent": "Svea Stål#0", "value": "900 million kronor",
                    "topic": "@recycling scrap metal"}),
    ("investment", {"investor": "Svea Stål#0", "amount": "900 million kronor",
                    "sector": "@recycling scrap metal"}),
    ("statement", {"speaker": "Annika Berg",
                   "quote": "@Fossil-free steel is no longer a pilot project; it is our business plan"}),
    ("holds_position", {"person": "Annika Berg", "title": "chief executive"}),
    ("holds_position", {"person": "Erik Holm", "title": "Energy Minister"}),
]
