"""Gold annotation source for corpus/articles/dev/taiwan-arizona-foundry-expansion.txt."""

ENTITIES = [
    ("TAIPEI", "GPE", 0, "Taipei"),
    ("February 24, 2026", "DATE", 0, "2026-02-24"),
    ("Gleaner Wire", "ORG", 0),
    ("Chen Wei-lin", "PERSON", 0),
    ("chairman", "TITLE", 0),
    ("Formosa Silicon", "ORG", 0),
    ("Tuesday", "DATE", 0, "2026-02-24"),
    ("$12 billion", "MONEY", 0, (12e9, "USD")),
    ("Phoenix", "GPE", 0),
    ("Arizona", "GPE", 0),
    # paragraph 2
    ("last week", "DATE", 0, "2026-W08"),
    ("third", "ORDINAL", 0, 3),
    ("2029", "DATE", 0, "2029"),
    ("United States", "GPE", 0),
    ("$40 billion", "MONEY", 0, (40e9, "USD")),
    ("Arizona", "GPE", 1),
    ("Governor", "TITLE", 0),
    ("Luis Ortega", "PERSON", 0),
    ("Taipei", "GPE", 0),
    ("December", "DATE", 0, "2025-12"),
    # paragraph 3
    ("Washington", "GPE", 0),
    ("25%", "PERCENT", 0, 25),
    ("10%", "PERCENT", 0, 10),
    ("January", "DATE", 0, "2026-01"),
    ("Formosa Silicon", "ORG", 1),
    ("South Korea", "GPE", 0),
    ("Japan", "GPE", 0),
    # paragraph 4
    ("Taiwan", "GPE", 0),
    ("Economy Minister", "TITLE", 0),
    ("Huang Mei-ling", "PERSON", 0),
    ("Hsinchu", "GPE", 0),
]

RELATIONS = [
    # quote first, speaker after, with an apposition ("Chen Wei-lin, chairman of X,")
    ("statement", {"speaker": "Chen Wei-lin",
                   "quote": "@We are building where our customers want us to be"}),
    ("holds_position", {"person": "Chen Wei-lin", "title": "chairman",
                        "organization": "Formosa Silicon#0"}),
    ("investment", {"investor": "Formosa Silicon#0", "amount": "$12 billion",
                    "recipient": "Arizona#0"}),
    ("located_in", {"place": "Phoenix", "container": "Arizona#0"}),
    ("holds_position", {"person": "Luis Ortega", "title": "Governor", "organization": "Arizona#1"}),
    ("visit", {"visitor": "Luis Ortega", "destination": "Taipei#0", "date": "December"}),
    ("tariff_change", {"imposer": "Washington", "new_rate": "25%", "old_rate": "10%",
                       "product": "@imported semiconductors"}),
    # "Taiwan's Economy Minister, Huang Mei-ling,"
    ("holds_position", {"person": "Huang Mei-ling", "title": "Economy Minister",
                        "organization": "Taiwan"}),
    ("statement", {"speaker": "Huang Mei-ling", "quote": "@The newest technology stays in Hsinchu"}),
]
