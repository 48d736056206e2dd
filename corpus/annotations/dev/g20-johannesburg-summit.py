"""Gold annotation source for corpus/articles/dev/g20-johannesburg-summit.txt."""

ENTITIES = [
    ("JOHANNESBURG", "GPE", 0, "Johannesburg"),
    ("November 22, 2025", "DATE", 0, "2025-11-22"),
    ("Gleaner Wire", "ORG", 0),
    ("Nasrec Expo Centre", "FAC", 0),
    ("Johannesburg", "GPE", 0),
    ("South Africa", "GPE", 0),
    ("Saturday", "DATE", 0, "2025-11-22"),
    ("G20 Leaders’ Summit", "EVENT", 0),
    ("first", "ORDINAL", 0, 1),
    ("Africa", "LOC", 1),  # occurrence 0 is inside "South Africa"
    # paragraph 2
    ("South African", "NORP", 0),
    ("President", "TITLE", 0),
    ("Cyril Ramaphosa", "PERSON", 0),
    ("two-day", "DATE", 0, None),
    # paragraph 3
    ("Chinese", "NORP", 0),
    ("Premier", "TITLE", 0),
    ("Li Qiang", "PERSON", 0),
    ("President", "TITLE", 1),
    ("Xi Jinping", "PERSON", 0),
    ("United States", "GPE", 0),
    # paragraph 4
    ("Japanese", "NORP", 0),
    ("Prime Minister", "TITLE", 0),
    ("Sanae Takaichi", "PERSON", 0),
    ("first", "ORDINAL", 1, 1),
    ("Indian", "NORP", 0),
    ("Prime Minister", "TITLE", 1),
    ("Narendra Modi", "PERSON", 0),
    ("Saturday afternoon", "TIME", 0),
    ("two", "CARDINAL", 1, 2),  # occurrence 0 is inside "two-day"
    ("Japan", "GPE", 0),
    ("Foreign Ministry", "ORG", 0),
    # paragraph 5
    ("Takaichi", "PERSON", 1, "Sanae Takaichi"),
    ("$500 million", "MONEY", 0, (500e6, "USD")),
    ("Africa", "LOC", 2),
    ("three years", "DATE", 0, None),
    ("Ramaphosa", "PERSON", 1, "Cyril Ramaphosa"),
    ("30 minutes", "TIME", 0),
    ("Japanese", "NORP", 1),
]

RELATIONS = [
    ("located_in", {"place": "Nasrec Expo Centre", "container": "Johannesburg"}),
    ("located_in", {"place": "Johannesburg", "container": "South Africa"}),
    ("holds_position", {"person": "Cyril Ramaphosa", "title": "President#0",
                        "organization": "South African"}),
    # "opened the two-day summit" -> the named EVENT
    ("attendance", {"attendee": "Cyril Ramaphosa", "event": "G20 Leaders’ Summit"}),
    ("statement", {"speaker": "Cyril Ramaphosa",
                   "quote": "@Solidarity, equality and sustainability are not slogans for us. "
                            "They are the test of this presidency"}),
    ("holds_position", {"person": "Li Qiang", "title": "Premier", "organization": "Chinese"}),
    ("attendance", {"attendee": "Li Qiang", "event": "G20 Leaders’ Summit"}),
    ("holds_position", {"person": "Xi Jinping", "title": "President#1"}),
    ("holds_position", {"person": "Sanae Takaichi", "title": "Prime Minister#0",
                        "organization": "Japanese#0"}),
    ("attendance", {"attendee": "Sanae Takaichi", "event": "G20 Leaders’ Summit"}),
    ("meeting", {"participant": ["Sanae Takaichi", "Narendra Modi"]}),
    ("holds_position", {"person": "Narendra Modi", "title": "Prime Minister#1",
                        "organization": "Indian"}),
    ("agreement", {"party": ["Sanae Takaichi", "Narendra Modi"],
                   "agreement": "@economic security dialogue"}),
    ("commitment", {"agent": "Takaichi#1", "value": "$500 million",
                    "topic": "@clean energy projects"}),
    ("meeting", {"participant": ["Takaichi#1", "Ramaphosa#1"]}),
]
