"""Gold annotation source for corpus/articles/dev/indonesia-nickel-export-duty.txt."""

ENTITIES = [
    ("JAKARTA", "GPE", 0, "Jakarta"),
    ("August 12, 2026", "DATE", 0, "2026-08-12"),
    ("Gleaner Wire", "ORG", 0),
    ("Indonesia", "GPE", 0),
    ("15%", "PERCENT", 0, 15),
    ("5%", "PERCENT", 0, 5),
    ("October", "DATE", 0, "2026-10"),
    ("Energy and Mineral Resources Minister", "TITLE", 0),
    ("Bahlil Wiranto", "PERSON", 0),
    ("Wednesday", "DATE", 0, "2026-08-12"),
    # paragraph 2
    ("President", "TITLE", 0),
    ("Dewi Santoso", "PERSON", 0),
    ("last week", "DATE", 0, "2026-W32"),
    ("2.3 billion dollars", "MONEY", 0, (2.3e9, "USD")),
    ("10%", "PERCENT", 0, 10),
    ("2%", "PERCENT", 0, 2),
    # paragraph 3
    ("Wiranto", "PERSON", 1, "Bahlil Wiranto"),
    # paragraph 4
    ("Chinese", "NORP", 0),
    ("Sulawesi", "LOC", 0),
    ("Tsingshan", "ORG", 0),
    ("Morowali Nickel", "ORG", 0),
    ("1.8 billion dollars", "MONEY", 0, (1.8e9, "USD")),
    ("Morowali", "GPE", 1),
    ("Central Sulawesi", "GPE", 0),
    ("Finance Minister", "TITLE", 0),
    ("Sri Lestari", "PERSON", 0),
]

RELATIONS = [
    ("tariff_change", {"imposer": "Indonesia", "new_rate": "15%", "old_rate": "5%",
                       "product": "@nickel pig iron"}),
    ("holds_position", {"person": "Bahlil Wiranto", "title": "Energy and Mineral Resources Minister"}),
    ("holds_position", {"person": "Dewi Santoso", "title": "President"}),
    # "A duty on ferronickel will rise ...": Indonesia's duty, the imposer carried over
    ("tariff_change", {"imposer": "Indonesia", "new_rate": "10%", "old_rate": "2%",
                       "product": "@ferronickel"}),
    ("statement", {"speaker": "Wiranto#1", "quote": "@We did not ban exports, we priced them"}),
    ("statement", {"speaker": "Wiranto#1", "quote": "@Anyone who builds a battery plant here pays nothing"}),
    ("investment", {"investor": "Morowali Nickel", "amount": "1.8 billion dollars",
                    "recipient": "Central Sulawesi"}),
    ("located_in", {"place": "Morowali#1", "container": "Central Sulawesi"}),
    ("holds_position", {"person": "Sri Lestari", "title": "Finance Minister"}),
]
