"""Gold annotation source for corpus/articles/dev/davos-forum-energy-pledges.txt."""

ENTITIES = [
    ("DAVOS", "GPE", 0, "Davos"),
    ("January 21, 2026", "DATE", 0, "2026-01-21"),
    ("Gleaner Wire", "ORG", 0),
    ("Saudi Arabia", "GPE", 0),
    ("finance minister", "TITLE", 0),
    ("Mohammed Al-Jadaan", "PERSON", 0),
    ("World Economic Forum Annual Meeting", "EVENT", 0),
    ("Wednesday", "DATE", 0, "2026-01-21"),
    ("$25 billion", "MONEY", 0, (2.5e10, "USD")),
    ("five years", "DATE", 0, None),
    ("Egypt", "GPE", 0),
    ("Jordan", "GPE", 0),
    ("Swiss", "NORP", 0),
    ("Friday", "DATE", 0, "2026-01-23"),
    ("about 60", "CARDINAL", 0, 60),
    ("German", "NORP", 0),
    ("Chancellor", "TITLE", 0),
    ("Friedrich Merz", "PERSON", 0),
    ("Tuesday", "DATE", 0, "2026-01-20"),
    ("Europe", "LOC", 0),
    ("Argentina", "GPE", 0),
    ("President", "TITLE", 0),
    ("Javier Milei", "PERSON", 0),
    ("third", "ORDINAL", 0, 3),
    ("Al-Jadaan", "PERSON", 1, "Mohammed Al-Jadaan"),
    ("Argentine", "NORP", 0),
    ("Argentina", "GPE", 1),
    ("Jujuy", "GPE", 0),
    ("BlackRock", "ORG", 0),
    ("chief executive", "TITLE", 0),
    ("Larry Fink", "PERSON", 0),
    ("$5 billion", "MONEY", 0, (5e9, "USD")),
    ("Gulf", "LOC", 0),
    ("Klosters", "GPE", 0),
    ("Davos", "GPE", 0),
    ("Tuesday morning", "TIME", 0),
    ("14", "CARDINAL", 0, 14),
]

UNANNOTATED = [("Tuesday", 1)]   # inside the TIME "Tuesday morning"

RELATIONS = [
    ("holds_position", {"person": "Mohammed Al-Jadaan", "title": "finance minister", "organization": "Saudi Arabia"}),
    # "told the ... Annual Meeting": addressing it
    ("attendance", {"attendee": "Mohammed Al-Jadaan", "event": "World Economic Forum Annual Meeting",
                    "date": "Wednesday"}),
    # "the kingdom": Saudi Arabia
    ("commitment", {"agent": "Saudi Arabia", "value": "$25 billion", "topic": "@power lines"}),
    ("holds_position", {"person": "Friedrich Merz", "title": "Chancellor", "organization": "German"}),
    # "addressed the meeting": the named EVENT, most recently mentioned
    ("attendance", {"attendee": "Friedrich Merz", "event": "World Economic Forum Annual Meeting", "date": "Tuesday"}),
    ("statement", {"speaker": "Friedrich Merz", "quote": "@stop apologising for its industry"}),
    ("holds_position", {"person": "Javier Milei", "title": "President", "organization": "Argentina#0"}),
    ("attendance", {"attendee": "Javier Milei", "event": "World Economic Forum Annual Meeting"}),
    ("meeting", {"participant": ["Javier Milei", "Al-Jadaan#1"]}),
    # "which Argentina mines in the northern province of Jujuy": no place put in another
    ("holds_position", {"person": "Larry Fink", "title": "chief executive", "organization": "BlackRock"}),
    # money into data centres in a region: no recipient
    ("investment", {"investor": "BlackRock", "amount": "$5 billion", "sector": "@data centres"}),
    # "a village north of Davos": no located_in
]
