"""Gold annotation source for corpus/articles/dev/hanoi-lao-railway-visit.txt."""

ENTITIES = [
    ("HANOI", "GPE", 0, "Hanoi"),
    ("September 14, 2026", "DATE", 0, "2026-09-14"),
    ("Gleaner Wire", "ORG", 0),
    ("Lao", "NORP", 0),
    ("Prime Minister", "TITLE", 0),
    ("Sonexay Siphandone", "PERSON", 0),
    ("Hanoi", "GPE", 0),
    ("Monday", "DATE", 0, "2026-09-14"),
    ("three-day", "DATE", 0, None),
    ("second", "ORDINAL", 0, 2),
    ("Vietnam", "GPE", 0),
    ("this year", "DATE", 0, "2026"),
    ("Lao", "NORP", 1),
    ("Vientiane", "GPE", 0),
    ("Vietnamese", "NORP", 0),
    ("Vung Ang", "GPE", 0),
    ("Sonexay", "PERSON", 1, "Sonexay Siphandone"),
    ("Presidential Palace", "FAC", 0),
    ("Vietnamese", "NORP", 1),
    ("Prime Minister", "TITLE", 1),
    ("Pham Minh Chinh", "PERSON", 0),
    ("more than two hours", "TIME", 0),
    ("Vietnamese", "NORP", 2),
    ("555-kilometre", "QUANTITY", 0, 555),
    ("2016", "DATE", 0, "2016"),
    ("estimated $5.5 billion", "MONEY", 0, (5.5e9, "USD")),
    ("Vietnam", "GPE", 1),
    ("30%", "PERCENT", 0, 30),
    ("Vietnamese", "NORP", 3),
    ("two", "CARDINAL", 1, 2),
    ("South Korea", "GPE", 0),
    ("Asian Infrastructure Investment Bank", "ORG", 0),
    ("Sonexay", "PERSON", 2, "Sonexay Siphandone"),
    ("Vietnamese", "NORP", 4),
    ("National Assembly", "ORG", 0),
    ("Monday afternoon", "TIME", 0),
    ("Wednesday", "DATE", 0, "2026-09-16"),
    ("Lao", "NORP", 2),
    ("Ha Tinh", "GPE", 0),
    ("Vung Ang", "GPE", 1),
    ("Vientiane", "GPE", 1),
]

UNANNOTATED = [("Monday", 1)]   # inside the TIME "Monday afternoon"

RELATIONS = [
    ("holds_position", {"person": "Sonexay Siphandone", "title": "Prime Minister#0", "organization": "Lao#0"}),
    ("visit", {"visitor": "Sonexay Siphandone", "destination": "Hanoi", "date": "Monday"}),
    # "his second to Vietnam this year": a second visit, to the country
    ("visit", {"visitor": "Sonexay Siphandone", "destination": "Vietnam#0", "date": "this year"}),
    # welcomed at the palace and held talks: one meeting
    ("meeting", {"participant": ["Sonexay#1", "Pham Minh Chinh"], "location": "Presidential Palace"}),
    ("holds_position", {"person": "Pham Minh Chinh", "title": "Prime Minister#1", "organization": "Vietnamese#1"}),
    ("commitment", {"agent": "Vietnam#1", "value": "30%", "topic": "@Vietnamese section"}),
    ("statement", {"speaker": "Sonexay#2",
                   "quote": "@For a landlocked country, a port is not a luxury. It is a door"}),
    # "the Lao leader will travel to Ha Tinh province": the leader is Sonexay
    ("visit", {"visitor": "Sonexay#2", "destination": "Ha Tinh", "date": "Wednesday"}),
    # "Ha Tinh province, where Vung Ang lies"
    ("located_in", {"place": "Vung Ang#1", "container": "Ha Tinh"}),
]
