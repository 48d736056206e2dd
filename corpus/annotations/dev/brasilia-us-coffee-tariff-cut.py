"""Gold annotation source for corpus/articles/dev/brasilia-us-coffee-tariff-cut.txt."""

ENTITIES = [
    ("BRASILIA", "GPE", 0, "Brasilia"),
    ("November 17, 2026", "DATE", 0, "2026-11-17"),
    ("Gleaner Wire", "ORG", 0),
    ("United States", "GPE", 0),
    ("Brazilian", "NORP", 0),
    ("10 percent", "PERCENT", 0, 10),
    ("50 percent", "PERCENT", 0, 50),
    ("16-month", "DATE", 0, None),
    ("American", "NORP", 0),
    ("Brazil", "GPE", 0),
    ("Tuesday", "DATE", 0, "2026-11-17"),
    ("Washington", "GPE", 0),
    ("Monday", "DATE", 0, "2026-11-16"),
    ("Vice President", "TITLE", 0),
    ("Geraldo Alckmin", "PERSON", 0),
    ("Brazil", "GPE", 1),
    ("trade minister", "TITLE", 0),
    ("Commerce Secretary", "TITLE", 0),
    ("Howard Lutnick", "PERSON", 0),
    ("two", "CARDINAL", 0, 2),
    ("Alckmin", "PERSON", 1, "Geraldo Alckmin"),
    ("March", "DATE", 0, "2027-03"),
    ("Brazil", "GPE", 2),
    ("U.S.", "GPE", 0, "United States"),
    ("12 percent", "PERCENT", 0, 12),
    ("18 percent", "PERCENT", 0, 18),
    ("Washington", "GPE", 1),
    ("President", "TITLE", 1),
    ("Luiz Inácio Lula da Silva", "PERSON", 0),
    ("Lula", "PERSON", 1, "Luiz Inácio Lula da Silva"),
    ("President", "TITLE", 2),
    ("Donald Trump", "PERSON", 0),
    ("November 3", "DATE", 0, "2026-11-03"),
    ("Washington", "GPE", 2),
    ("January", "DATE", 0, "2027-01"),
    ("Cecafé", "ORG", 0),
    ("United States", "GPE", 1),
    ("this year", "DATE", 0, "2026"),
    ("JBS", "ORG", 0),
    ("$300 million", "MONEY", 0, (3e8, "USD")),
    ("two", "CARDINAL", 1, 2),
    ("Mato Grosso", "GPE", 0),
    ("U.S.", "GPE", 1, "United States"),
    ("Brazilian", "NORP", 1),
    ("10 percent", "PERCENT", 1, 10),
]

UNANNOTATED = [("Coffee", 0)]   # starts a paragraph

RELATIONS = [
    ("tariff_change", {"imposer": "United States#0", "new_rate": "10 percent#0", "old_rate": "50 percent",
                       "target": "Brazilian#0", "product": "@coffee and beef"}),
    # "talks in Washington on Monday between ... Alckmin ... and ... Lutnick"
    ("meeting", {"participant": ["Geraldo Alckmin", "Howard Lutnick"], "location": "Washington#0",
                 "date": "Monday"}),
    ("holds_position", {"person": "Geraldo Alckmin", "title": "Vice President", "organization": "Brazil#1"}),
    ("holds_position", {"person": "Geraldo Alckmin", "title": "trade minister", "organization": "Brazil#1"}),
    ("holds_position", {"person": "Howard Lutnick", "title": "Commerce Secretary"}),
    # "The two sides agreed a framework on ethanol and critical minerals": the sides are the
    # two men just named
    ("agreement", {"party": ["Geraldo Alckmin", "Howard Lutnick"],
                   "agreement": "@framework on ethanol and critical minerals"}),
    ("tariff_change", {"imposer": "Brazil#2", "new_rate": "12 percent", "old_rate": "18 percent",
                       "target": "U.S.#0", "product": "@ethanol"}),
    ("statement", {"speaker": "Luiz Inácio Lula da Silva",
                   "quote": "@This is a victory for dialogue over confrontation"}),
    ("holds_position", {"person": "Luiz Inácio Lula da Silva", "title": "President#1"}),
    ("holds_position", {"person": "Donald Trump", "title": "President#2"}),
    # "spoke to ... Trump by phone on November 3": a meeting by phone
    ("meeting", {"participant": ["Lula#1", "Donald Trump"], "date": "November 3"}),
    # "is expected to travel to Washington in January": a planned visit
    ("visit", {"visitor": "Lula#1", "destination": "Washington#2", "date": "January"}),
    ("investment", {"investor": "JBS", "amount": "$300 million", "recipient": "Mato Grosso"}),
    # "The tariff on Brazilian aircraft parts, at 10 percent, is unchanged": no change
]
