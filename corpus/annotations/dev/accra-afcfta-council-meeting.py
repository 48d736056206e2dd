"""Gold annotation source for corpus/articles/dev/accra-afcfta-council-meeting.txt."""

ENTITIES = [
    ("ACCRA", "GPE", 0, "Accra"),
    ("April 28, 2026", "DATE", 0, "2026-04-28"),
    ("Gleaner Wire", "ORG", 0),
    ("38", "CARDINAL", 0, 38),
    ("African", "NORP", 0),
    ("Accra", "GPE", 0),
    ("Tuesday", "DATE", 0, "2026-04-28"),
    ("AfCFTA Council of Ministers", "EVENT", 0),
    ("Thursday", "DATE", 0, "2026-04-30"),
    ("Ghana", "GPE", 0),
    ("President", "TITLE", 0),
    ("John Mahama", "PERSON", 0),
    ("Wamkele Mene", "PERSON", 0),
    ("secretary-general", "TITLE", 0),
    ("African Continental Free Trade Area", "ORG", 0),
    ("Kenya", "GPE", 0),
    ("Nigeria", "GPE", 0),
    ("Egypt", "GPE", 0),
    ("trade minister", "TITLE", 0),
    ("Hassan El Khatib", "PERSON", 0),
    ("African", "NORP", 2),
    ("90%", "PERCENT", 0, 90),
    ("five years", "DATE", 0, None),
    ("African Export-Import Bank", "ORG", 0),
    ("$1 billion", "MONEY", 0, (1e9, "USD")),
    ("president", "TITLE", 0),
    ("George Elombi", "PERSON", 0),
    ("about 15%", "PERCENT", 0, 15),
    ("Africa", "LOC", 0),
    ("African", "NORP", 4),
    ("Mene", "PERSON", 1, "Wamkele Mene"),
    ("Addis Ababa", "GPE", 0),
    ("next week", "DATE", 0, "2026-W19"),
    ("African Union", "ORG", 0),
]

UNANNOTATED = [("Only", 0)]

RELATIONS = [
    # "Trade ministers from 38 African countries met": no named participant
    ("attendance", {"attendee": "John Mahama", "event": "AfCFTA Council of Ministers"}),
    ("holds_position", {"person": "John Mahama", "title": "President", "organization": "Ghana"}),
    ("statement", {"speaker": "John Mahama", "quote": "@trade with each other before we trade with the world"}),
    ("holds_position", {"person": "Wamkele Mene", "title": "secretary-general",
                        "organization": "African Continental Free Trade Area"}),
    # "addressed the council": the named EVENT
    ("attendance", {"attendee": "Wamkele Mene", "event": "AfCFTA Council of Ministers"}),
    ("agreement", {"party": ["Kenya", "Nigeria"], "agreement": "@protocol on digital payments"}),
    ("holds_position", {"person": "Hassan El Khatib", "title": "trade minister", "organization": "Egypt"}),
    # "said his country would cut tariffs ... by 90%": a forecast of a cut by a share, no new rate
    ("commitment", {"agent": "African Export-Import Bank", "value": "$1 billion", "topic": "@small exporters"}),
    ("holds_position", {"person": "George Elombi", "title": "president", "organization": "African Export-Import Bank"}),
    ("visit", {"visitor": "Mene#1", "destination": "Addis Ababa", "date": "next week"}),
]
