"""Gold annotation source for corpus/articles/dev/mexico-chinese-steel-tariff.txt."""

ENTITIES = [
    ("MEXICO CITY", "GPE", 0, "Mexico City"),
    ("November 25, 2026", "DATE", 0, "2026-11-25"),
    ("Gleaner Wire", "ORG", 0),
    ("Mexico", "GPE", 0),
    ("China", "GPE", 0),
    ("50%", "PERCENT", 0, 50),
    ("25%", "PERCENT", 0, 25),
    ("Wednesday", "DATE", 0, "2026-11-25"),
    ("Washington", "GPE", 0),
    ("United States-Mexico-Canada Agreement", "LAW", 0),
    # paragraph 2
    ("President", "TITLE", 0),
    ("Lucía Herrera", "PERSON", 0),
    ("35%", "PERCENT", 0, 35),
    ("Chinese", "NORP", 0),
    ("20%", "PERCENT", 0, 20),
    ("December 1", "DATE", 0, "2026-12-01"),
    # paragraph 3
    ("Mexico", "GPE", 2),
    ("Economy Secretary", "TITLE", 0),
    ("Andrés Villalobos", "PERSON", 0),
    ("National Palace", "FAC", 0),
    ("U.S.", "GPE", 0, "United States"),
    ("Trade Representative", "TITLE", 0),
    ("Karen Doyle", "PERSON", 0),
    ("Tuesday", "DATE", 0, "2026-11-24"),
    # paragraph 4
    ("China", "GPE", 1),
    ("Chinese", "NORP", 1),
    ("180,000", "CARDINAL", 0, 180000),
    ("Mexico", "GPE", 3),
    ("last year", "DATE", 0, "2025"),
    ("Nuevo León", "GPE", 0),
    # paragraph 5
    ("Herrera", "PERSON", 1, "Lucía Herrera"),
    ("Chinese", "NORP", 2),
    ("Ambassador", "TITLE", 0),
    ("Wang Lei", "PERSON", 0),
    ("Friday", "DATE", 0, "2026-11-27"),
]

RELATIONS = [
    ("tariff_change", {"imposer": "Mexico#0", "new_rate": "50%", "old_rate": "25%",
                       "target": "China#0", "product": "@steel and aluminium"}),
    ("holds_position", {"person": "Lucía Herrera", "title": "President"}),
    # the decree's second rate: Mexico's, the imposer carried over
    ("tariff_change", {"imposer": "Mexico#0", "new_rate": "35%", "old_rate": "20%",
                       "target": "Chinese#0", "product": "@cars"}),
    ("statement", {"speaker": "Andrés Villalobos",
                   "quote": "@We are not closing Mexico to anyone, we are closing loopholes"}),
    ("holds_position", {"person": "Andrés Villalobos", "title": "Economy Secretary"}),
    # "at the National Palace, where he had met ..."
    ("meeting", {"participant": ["Andrés Villalobos", "Karen Doyle"], "location": "National Palace",
                 "date": "Tuesday"}),
    ("holds_position", {"person": "Karen Doyle", "title": "Trade Representative",
                        "organization": "U.S."}),
    ("meeting", {"participant": ["Herrera#1", "Wang Lei"], "date": "Friday"}),
    ("holds_position", {"person": "Wang Lei", "title": "Ambassador", "organization": "Chinese#2"}),
]
