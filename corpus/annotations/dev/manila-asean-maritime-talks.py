"""Gold annotation source for corpus/articles/dev/manila-asean-maritime-talks.txt."""

ENTITIES = [
    ("MANILA", "GPE", 0, "Manila"),
    ("November 24, 2026", "DATE", 0, "2026-11-24"),
    ("Gleaner Wire", "ORG", 0),
    ("Association of Southeast Asian Nations", "ORG", 0),
    ("Manila", "GPE", 0),
    ("Tuesday", "DATE", 0, "2026-11-24"),
    ("ASEAN-China Maritime Dialogue", "EVENT", 0),
    ("Philippines", "GPE", 0),
    ("South China Sea", "LOC", 0),
    ("ASEAN", "ORG", 1, "Association of Southeast Asian Nations"),
    ("China", "GPE", 2),
    ("foreign minister", "TITLE", 0),
    ("Wang Yi", "PERSON", 0),
    ("Ninoy Aquino International Airport", "FAC", 0),
    ("Monday", "DATE", 0, "2026-11-23"),
    ("Philippine", "NORP", 0),
    ("Theresa Lazaro", "PERSON", 0),
    ("hour", "TIME", 0),
    ("Lazaro", "PERSON", 1, "Theresa Lazaro"),
    ("Vietnam", "GPE", 0),
    ("foreign minister", "TITLE", 1),
    ("Le Hoai Trung", "PERSON", 0),
    ("Malaysia", "GPE", 0),
    ("Mohamad Hasan", "PERSON", 0),
    ("Wang", "PERSON", 1, "Wang Yi"),
    ("Manila", "GPE", 1),
    ("Hanoi", "GPE", 0),
    ("Wednesday", "DATE", 0, "2026-11-25"),
    ("Chinese", "NORP", 0),
    ("Philippine", "NORP", 1),
    ("Second Thomas Shoal", "LOC", 0),
    ("Spratly Islands", "LOC", 0),
    ("last week", "DATE", 0, "2026-W47"),
    ("ASEAN", "ORG", 2, "Association of Southeast Asian Nations"),
    ("China", "GPE", 3),
    ("2023", "DATE", 0, "2023"),
    ("three years", "DATE", 0, None),
    ("Kuala Lumpur", "GPE", 0),
    ("2027", "DATE", 0, "2027"),
]

UNANNOTATED = [("Diplomats", 0)]

RELATIONS = [
    # "Foreign ministers ... gathered": no named attendee
    ("holds_position", {"person": "Wang Yi", "title": "foreign minister#0", "organization": "China#2"}),
    # landing at the airport on arrival in Manila: a visit to the airport
    ("visit", {"visitor": "Wang Yi", "destination": "Ninoy Aquino International Airport", "date": "Monday"}),
    # "addressed the opening session": of the named dialogue
    ("attendance", {"attendee": "Wang Yi", "event": "ASEAN-China Maritime Dialogue"}),
    ("meeting", {"participant": ["Wang Yi", "Theresa Lazaro"]}),
    ("statement", {"speaker": "Lazaro#1",
                   "quote": "@The sea is big enough for all of us, but not if one country claims all of it"}),
    ("holds_position", {"person": "Le Hoai Trung", "title": "foreign minister#1", "organization": "Vietnam"}),
    ("attendance", {"attendee": "Le Hoai Trung", "event": "ASEAN-China Maritime Dialogue"}),
    ("attendance", {"attendee": "Mohamad Hasan", "event": "ASEAN-China Maritime Dialogue"}),
    ("visit", {"visitor": "Wang#1", "destination": "Hanoi", "date": "Wednesday"}),
    ("located_in", {"place": "Second Thomas Shoal", "container": "Spratly Islands"}),
    # "agreed in 2023 to conclude the code": reaching an accord to conclude it
    ("agreement", {"party": ["ASEAN#2", "China#3"], "agreement": "@code", "date": "2023"}),
]
