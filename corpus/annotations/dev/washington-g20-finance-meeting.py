"""Gold annotation source for corpus/articles/dev/washington-g20-finance-meeting.txt."""

ENTITIES = [
    ("WASHINGTON", "GPE", 0, "Washington"),
    ("April 16, 2026", "DATE", 0, "2026-04-16"),
    ("Gleaner Wire", "ORG", 0),
    ("Treasury Secretary", "TITLE", 0),
    ("Scott Bessent", "PERSON", 0),
    ("G20 Finance Ministers and Central Bank Governors Meeting", "EVENT", 0),
    ("Thursday", "DATE", 0, "2026-04-16"),
    ("first", "ORDINAL", 0, 1),
    ("U.S.", "GPE", 0, "United States"),
    ("Treasury", "ORG", 1),
    ("South Africa", "GPE", 0),
    ("finance minister", "TITLE", 0),
    ("Enoch Godongwana", "PERSON", 0),
    ("last year", "DATE", 0, "2025"),
    ("Chinese", "NORP", 0),
    ("Finance Minister", "TITLE", 0),
    ("Lan Fo’an", "PERSON", 0),
    ("Washington", "GPE", 0),
    ("Beijing", "GPE", 0),
    ("IMF and World Bank Spring Meetings", "EVENT", 0),
    ("Saturday", "DATE", 0, "2026-04-18"),
    ("Bessent", "PERSON", 1, "Scott Bessent"),
    ("Japan", "GPE", 0),
    ("finance minister", "TITLE", 1),
    ("Satsuki Katayama", "PERSON", 0),
    ("Indian", "NORP", 0),
    ("Finance Minister", "TITLE", 1),
    ("Nirmala Sitharaman", "PERSON", 0),
    ("Katayama", "PERSON", 1, "Satsuki Katayama"),
    ("IMF", "ORG", 1),
    ("Managing Director", "TITLE", 0),
    ("Kristalina Georgieva", "PERSON", 0),
    ("Spring Meetings", "EVENT", 1, "IMF and World Bank Spring Meetings"),
    ("Monday", "DATE", 0, "2026-04-13"),
    ("2.8%", "PERCENT", 0, 2.8),
    ("this year", "DATE", 0, "2026"),
    ("World Bank", "ORG", 1),
    ("president", "TITLE", 0),
    ("Ajay Banga", "PERSON", 0),
    ("$5 billion", "MONEY", 0, (5e9, "USD")),
    ("Africa", "LOC", 1),
    ("2030", "DATE", 0, "2030"),
]

UNANNOTATED = [("Treasury", 0), ("IMF", 0), ("World Bank", 0), ("Africa", 0), ("year", 2)]
# inside the title, the EVENT and the EVENT; inside "South Africa"; "$5 billion a year" is a rate

RELATIONS = [
    ("holds_position", {"person": "Scott Bessent", "title": "Treasury Secretary"}),
    # chairing is not among the attendance verbs
    ("holds_position", {"person": "Enoch Godongwana", "title": "finance minister#0", "organization": "South Africa"}),
    ("attendance", {"attendee": "Enoch Godongwana",
                    "event": "G20 Finance Ministers and Central Bank Governors Meeting"}),
    ("holds_position", {"person": "Lan Fo’an", "title": "Finance Minister#0", "organization": "Chinese"}),
    # "did not travel to Washington": no visit
    ("meeting", {"participant": ["Bessent#1", "Satsuki Katayama", "Nirmala Sitharaman"]}),
    ("holds_position", {"person": "Satsuki Katayama", "title": "finance minister#1", "organization": "Japan"}),
    ("holds_position", {"person": "Nirmala Sitharaman", "title": "Finance Minister#1", "organization": "Indian"}),
    ("statement", {"speaker": "Katayama#1", "quote": "@one-sided and speculative"}),
    ("holds_position", {"person": "Kristalina Georgieva", "title": "Managing Director", "organization": "IMF#1"}),
    ("attendance", {"attendee": "Kristalina Georgieva", "event": "Spring Meetings#1", "date": "Monday"}),
    # a forecast is no commitment
    ("holds_position", {"person": "Ajay Banga", "title": "president", "organization": "World Bank#1"}),
    ("commitment", {"agent": "World Bank#1", "value": "$5 billion", "deadline": "2030", "topic": "@power grids"}),
]
