"""Gold annotation source for corpus/articles/dev/jakarta-palm-oil-export-levy.txt."""

ENTITIES = [
    ("JAKARTA", "GPE", 0, "Jakarta"),
    ("May 20, 2026", "DATE", 0, "2026-05-20"),
    ("Gleaner Wire", "ORG", 0),
    ("Indonesia", "GPE", 0),
    ("12.5%", "PERCENT", 0, 12.5),
    ("10%", "PERCENT", 0, 10),
    ("June 1", "DATE", 0, "2026-06-01"),
    ("Finance Ministry", "ORG", 0),
    ("Wednesday", "DATE", 0, "2026-05-20"),
    ("10%", "PERCENT", 1, 10),
    ("7.5%", "PERCENT", 0, 7.5),
    ("Energy Minister", "TITLE", 0),
    ("Bahlil Lahadalia", "PERSON", 0),
    ("India", "GPE", 0),
    ("Indonesian", "NORP", 0),
    ("10%", "PERCENT", 2, 10),
    ("20%", "PERCENT", 0, 20),
    ("last year", "DATE", 0, "2025"),
    ("Malaysia", "GPE", 0),
    ("second-largest", "ORDINAL", 0, 2),
    ("8%", "PERCENT", 0, 8),
    ("European Union", "ORG", 0),
    ("Trade Minister", "TITLE", 0),
    ("Budi Santoso", "PERSON", 0),
    ("EU", "ORG", 0, "European Union"),
    ("trade commissioner", "TITLE", 0),
    ("Maroš Šefčovič", "PERSON", 0),
    ("Jakarta", "GPE", 0),
    ("last week", "DATE", 0, "2026-W20"),
    ("Wilmar International", "ORG", 0),
    ("$250 million", "MONEY", 0, (2.5e8, "USD")),
    ("Dumai", "GPE", 0),
    ("Riau", "GPE", 0),
    ("2028", "DATE", 0, "2028"),
]

UNANNOTATED = [("Export", 0), ("Biodiesel", 0)]   # start a sentence and a quotation

RELATIONS = [
    ("tariff_change", {"imposer": "Indonesia#0", "new_rate": "12.5%", "old_rate": "10%#0",
                       "product": "@crude palm oil#0"}),
    # "The levy": Indonesia's, from the sentence before
    ("tariff_change", {"imposer": "Indonesia#0", "new_rate": "10%#1", "old_rate": "7.5%",
                       "product": "@refined products"}),
    # two sentences inside one pair of quotation marks: one statement
    ("statement", {"speaker": "Bahlil Lahadalia",
                   "quote": "@Biodiesel is our energy security; palm oil exports are our foreign exchange. We cannot maximise both"}),
    ("holds_position", {"person": "Bahlil Lahadalia", "title": "Energy Minister"}),
    ("tariff_change", {"imposer": "India", "new_rate": "10%#2", "old_rate": "20%",
                       "product": "@crude edible oils"}),
    # "kept its export tax at 8%": no change
    ("meeting", {"participant": ["Budi Santoso", "Maroš Šefčovič"], "location": "Jakarta#0", "date": "last week"}),
    ("holds_position", {"person": "Budi Santoso", "title": "Trade Minister"}),
    ("holds_position", {"person": "Maroš Šefčovič", "title": "trade commissioner", "organization": "EU"}),
    ("investment", {"investor": "Wilmar International", "amount": "$250 million", "recipient": "Dumai"}),
    ("located_in", {"place": "Dumai", "container": "Riau"}),
]
