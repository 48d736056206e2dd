"""Gold annotation source for corpus/articles/dev/india-bourbon-motorcycle-tariffs.txt."""

ENTITIES = [
    ("NEW DELHI", "GPE", 0, "New Delhi"),
    ("November 11, 2026", "DATE", 0, "2026-11-11"),
    ("Gleaner Wire", "ORG", 0),
    ("India", "GPE", 0),
    ("American", "NORP", 0),
    ("50%", "PERCENT", 0, 50),
    ("150%", "PERCENT", 0, 150),
    ("30%", "PERCENT", 0, 30),
    ("50%", "PERCENT", 1, 50),
    ("Wednesday", "DATE", 0, "2026-11-11"),
    ("Prime Minister", "TITLE", 0),
    ("Arvind Mehra", "PERSON", 0),
    ("Washington", "GPE", 0),
    # paragraph 2
    ("U.S.", "GPE", 0, "United States"),
    ("2025", "DATE", 0, "2025"),
    ("American", "NORP", 1),
    ("Indian", "NORP", 0),
    ("Washington", "GPE", 1),
    ("Indian", "NORP", 1),
    ("25%", "PERCENT", 0, 25),
    ("August", "DATE", 0, "2026-08"),
    # paragraph 3
    ("Commerce Minister", "TITLE", 0),
    ("Priya Natarajan", "PERSON", 0),
    ("Doordarshan", "ORG", 0),
    ("India", "GPE", 1),
    ("United States", "GPE", 0),
    ("first", "ORDINAL", 1, 1),
    ("March", "DATE", 0, "2027-03"),
    # paragraph 4
    ("Mehra", "PERSON", 1, "Arvind Mehra"),
    ("U.S.", "GPE", 1, "United States"),
    ("President", "TITLE", 0),
    ("Daniel Hart", "PERSON", 0),
    ("Oval Office", "FAC", 0),
    ("November 18", "DATE", 0, "2026-11-18"),
    # paragraph 5
    ("Indian", "NORP", 2),
    ("Society of Indian Automobile Manufacturers", "ORG", 0),
]

RELATIONS = [
    ("tariff_change", {"imposer": "India#0", "new_rate": "50%#0", "old_rate": "150%",
                       "target": "American#0", "product": "@bourbon whiskey"}),
    # the second conjunct shares the subject
    ("tariff_change", {"imposer": "India#0", "new_rate": "30%", "old_rate": "50%#1",
                       "product": "@motorcycles with large engines"}),
    ("holds_position", {"person": "Arvind Mehra", "title": "Prime Minister"}),
    ("visit", {"visitor": "Arvind Mehra", "destination": "Washington#0"}),
    ("tariff_change", {"imposer": "Washington#1", "new_rate": "25%", "target": "Indian#1",
                       "product": "@steel"}),
    ("statement", {"speaker": "Priya Natarajan",
                   "quote": "@This is a gesture of good faith, not a concession"}),
    ("holds_position", {"person": "Priya Natarajan", "title": "Commerce Minister"}),
    # a planned meeting counts
    ("meeting", {"participant": ["Mehra#1", "Daniel Hart"], "location": "Oval Office",
                 "date": "November 18"}),
    ("holds_position", {"person": "Daniel Hart", "title": "President", "organization": "U.S.#1"}),
]

# "which were first requested": an adverb, not an ordinal
UNANNOTATED = [("first", 0)]
