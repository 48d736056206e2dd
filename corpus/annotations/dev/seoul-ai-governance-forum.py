"""Gold annotation source for corpus/articles/dev/seoul-ai-governance-forum.txt."""

ENTITIES = [
    ("SEOUL", "GPE", 0, "Seoul"),
    ("September 15, 2026", "DATE", 0, "2026-09-15"),
    ("Gleaner Wire", "ORG", 0),
    ("Samsara Labs", "ORG", 0),
    ("Kitebridge", "ORG", 0),
    ("Orion Compute", "ORG", 0),
    ("28", "CARDINAL", 0, 28),
    ("Global AI Governance Forum", "EVENT", 0),
    ("Seoul", "GPE", 0),
    ("Tuesday", "DATE", 0, "2026-09-15"),
    ("19", "CARDINAL", 0, 19),
    # paragraph 2
    ("South Korean", "NORP", 0),
    ("Science Minister", "TITLE", 0),
    ("Yoon Ji-ho", "PERSON", 0),
    # paragraph 3
    ("Canadian", "NORP", 0),
    ("Digital Minister", "TITLE", 0),
    ("Chloé Tremblay", "PERSON", 0),
    # paragraph 4
    ("Kitebridge", "ORG", 1),
    ("British", "NORP", 0),
    ("$2 billion", "MONEY", 0, (2e9, "USD")),
    ("Busan", "GPE", 0),
    ("South Korea", "GPE", 0),
    ("next three years", "DATE", 0, None),
    ("chief executive", "TITLE", 0),
    ("Owen Price", "PERSON", 0),
    ("Yoon", "PERSON", 1, "Yoon Ji-ho"),
    ("Monday", "DATE", 0, "2026-09-14"),
    # paragraph 5
    ("Orion Compute", "ORG", 1),
    ("chief executive", "TITLE", 1),
    ("Lucia Marin", "PERSON", 0),
    ("Paris", "GPE", 0),
    ("next month", "DATE", 0, "2026-10"),
]

RELATIONS = [
    # a coordinated subject ("Executives from A, B and C ... attended"): one each
    ("attendance", {"attendee": "Samsara Labs", "event": "Global AI Governance Forum",
                    "location": "Seoul#0", "date": "Tuesday"}),
    ("attendance", {"attendee": "Kitebridge#0", "event": "Global AI Governance Forum",
                    "location": "Seoul#0", "date": "Tuesday"}),
    ("attendance", {"attendee": "Orion Compute", "event": "Global AI Governance Forum",
                    "location": "Seoul#0", "date": "Tuesday"}),
    ("holds_position", {"person": "Yoon Ji-ho", "title": "Science Minister",
                        "organization": "South Korean"}),
    # quote first, speaker after; two quoted segments
    ("statement", {"speaker": "Chloé Tremblay", "quote": "@Voluntary rules are a floor, not a ceiling"}),
    ("statement", {"speaker": "Chloé Tremblay", "quote": "@If they fail, binding rules will follow"}),
    ("holds_position", {"person": "Chloé Tremblay", "title": "Digital Minister",
                        "organization": "Canadian"}),
    # "addressed the forum's closing session": the forum is the named event
    ("attendance", {"attendee": "Chloé Tremblay", "event": "Global AI Governance Forum"}),
    ("investment", {"investor": "Kitebridge#1", "amount": "$2 billion", "recipient": "South Korea",
                    "sector": "@data centre"}),
    ("located_in", {"place": "Busan", "container": "South Korea"}),
    # "The company's chief executive" = Kitebridge's
    ("holds_position", {"person": "Owen Price", "title": "chief executive",
                        "organization": "Kitebridge#1"}),
    ("meeting", {"participant": ["Owen Price", "Yoon#1"], "date": "Monday"}),
    ("holds_position", {"person": "Lucia Marin", "title": "chief executive#1",
                        "organization": "Orion Compute#1"}),
    ("statement", {"speaker": "Lucia Marin", "quote": "@We helped write it"}),
]
