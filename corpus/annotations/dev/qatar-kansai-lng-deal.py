"""Gold annotation source for corpus/articles/dev/qatar-kansai-lng-deal.txt."""

ENTITIES = [
    ("DOHA", "GPE", 0, "Doha"),
    ("July 8, 2026", "DATE", 0, "2026-07-08"),
    ("Gleaner Wire", "ORG", 0),
    ("Qatar", "GPE", 0),
    ("Al Bidda Energy", "ORG", 0),
    ("Wednesday", "DATE", 0, "2026-07-08"),
    ("4 million tonnes", "QUANTITY", 0, 4e6),
    ("Kansai Hikari", "ORG", 0),
    ("Japan", "GPE", 0),
    # paragraph 2
    ("Japanese", "NORP", 0),
    ("Industry Minister", "TITLE", 0),
    ("Sato Haruki", "PERSON", 0),
    ("Doha", "GPE", 0),
    ("last month", "DATE", 0, "2026-06"),
    ("2029", "DATE", 0, "2029"),
    ("Kansai Hikari", "ORG", 1),
    ("about $1.1 billion", "MONEY", 0, (1.1e9, "USD")),
    ("Al Bidda", "ORG", 1, "Al Bidda Energy"),
    ("Ras Laffan", "GPE", 0),
    # paragraph 3
    ("Japan", "GPE", 1),
    ("next two decades", "DATE", 0, None),
    ("Qatar", "GPE", 1),
    ("Kansai Hikari", "ORG", 2),
    ("President", "TITLE", 0),
    ("Mori Kenta", "PERSON", 0),
    ("Qatari", "NORP", 0),
    ("Energy Minister", "TITLE", 0),
    ("Khalid Al-Mannai", "PERSON", 0),
    # paragraph 4
    ("Tokyo", "GPE", 0),
    ("Ginza Energy Research", "ORG", 0),
    # paragraph 5
    ("third", "ORDINAL", 0, 3),
    ("Al Bidda", "ORG", 2, "Al Bidda Energy"),
    ("Asian", "NORP", 0),
    ("this year", "DATE", 0, "2026"),
    ("South Korea", "GPE", 0),
    ("Hanbit Power", "ORG", 0),
    ("Taiwan", "GPE", 0),
    ("Formosa Grid", "ORG", 0),
    ("March", "DATE", 0, "2026-03"),
    ("two", "CARDINAL", 0, 2),
]

RELATIONS = [
    ("agreement", {"party": ["Al Bidda Energy", "Kansai Hikari#0"], "agreement": "@long-term deal",
                   "date": "Wednesday"}),
    ("holds_position", {"person": "Sato Haruki", "title": "Industry Minister",
                        "organization": "Japanese"}),
    ("visit", {"visitor": "Sato Haruki", "destination": "Doha#0", "date": "last month"}),
    ("investment", {"investor": "Kansai Hikari#1", "amount": "about $1.1 billion",
                    "recipient": "Al Bidda#1"}),
    ("statement", {"speaker": "Mori Kenta",
                   "quote": "@Japan needs gas it can count on for the next two decades, and "
                            "Qatar can deliver it"}),
    ("holds_position", {"person": "Mori Kenta", "title": "President",
                        "organization": "Kansai Hikari#2"}),
    ("holds_position", {"person": "Khalid Al-Mannai", "title": "Energy Minister",
                        "organization": "Qatari"}),
    # "after agreements with A and B in March": one agreement each
    ("agreement", {"party": ["Al Bidda#2", "Hanbit Power"], "date": "March"}),
    ("agreement", {"party": ["Al Bidda#2", "Formosa Grid"], "date": "March"}),
]
