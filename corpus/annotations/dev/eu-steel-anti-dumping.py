"""Gold annotation source for corpus/articles/dev/eu-steel-anti-dumping.txt."""

ENTITIES = [
    ("BRUSSELS", "GPE", 0, "Brussels"),
    ("November 20, 2025", "DATE", 0, "2025-11-20"),
    ("Gleaner Wire", "ORG", 0),
    ("European Commission", "ORG", 0),
    ("Thursday", "DATE", 0, "2025-11-20"),
    ("28.4 percent", "PERCENT", 0, 28.4),
    ("China", "GPE", 0),
    ("Vietnamese", "NORP", 0),
    ("12 percent", "PERCENT", 0, 12),
    ("19.7 percent", "PERCENT", 0, 19.7),
    ("about 30,000", "CARDINAL", 0, 30000),
    ("European Union", "ORG", 0),
    # paragraph 2
    ("Europe", "LOC", 0),
    ("EU", "ORG", 0, "European Union"),
    ("Trade Commissioner", "TITLE", 0),
    ("Joanna Mertens", "PERSON", 0),
    ("Brussels", "GPE", 0),
    # paragraph 3
    ("Mertens", "PERSON", 1, "Joanna Mertens"),
    ("Chinese", "NORP", 0),
    ("Commerce Minister", "TITLE", 0),
    ("Zhou Minghua", "PERSON", 0),
    ("Monday", "DATE", 0, "2025-11-17"),
    ("Beijing", "GPE", 0),
    ("Ministry of Commerce", "ORG", 0),
    ("Chinese", "NORP", 1),
    # paragraph 4
    ("six months", "DATE", 0, None),
    ("May 2026", "DATE", 0, "2026-05"),
    ("ArcelorMittal", "ORG", 0),
    ("Thyssenkrupp", "ORG", 0),
    ("Asia", "LOC", 0),
    ("2021", "DATE", 0, "2021"),
    ("2024", "DATE", 0, "2024"),
    # paragraph 5
    ("Hanoi", "GPE", 0),
    ("Vietnam", "GPE", 0),
    ("Ministry of Industry and Trade", "ORG", 0),
    ("World Trade Organization", "ORG", 0),
    ("Deputy Minister", "TITLE", 0),
    ("Tran Quoc Hung", "PERSON", 0),
    ("Vietnamese", "NORP", 1),
]

RELATIONS = [
    ("tariff_change", {"imposer": "European Commission", "new_rate": "28.4 percent",
                       "target": "China", "product": "@cold-rolled steel"}),
    # "and raised its duty" -> European Commission
    ("tariff_change", {"imposer": "European Commission", "new_rate": "19.7 percent",
                       "old_rate": "12 percent", "target": "Vietnamese",
                       "product": "@steel wire"}),
    ("statement", {"speaker": "Joanna Mertens",
                   "quote": "@Europe will not become the dumping ground for the world's "
                            "overcapacity"}),
    ("holds_position", {"person": "Joanna Mertens", "title": "Trade Commissioner",
                        "organization": "EU"}),
    ("statement", {"speaker": "Joanna Mertens", "quote": "@We are open, but we are not naive"}),
    ("meeting", {"participant": ["Mertens#1", "Zhou Minghua"], "date": "Monday"}),
    ("holds_position", {"person": "Zhou Minghua", "title": "Commerce Minister",
                        "organization": "Chinese"}),
    ("statement", {"speaker": "Ministry of Commerce", "quote": "@firmly opposes"}),
    ("statement", {"speaker": "Ministry of Commerce", "quote": "@all necessary measures"}),
    ("holds_position", {"person": "Tran Quoc Hung", "title": "Deputy Minister"}),
    ("statement", {"speaker": "Tran Quoc Hung", "quote": "@not based on facts"}),
]
