"""Gold annotation source for corpus/articles/dev/canberra-modi-state-visit.txt."""

ENTITIES = [
    ("CANBERRA", "GPE", 0, "Canberra"),
    ("March 25, 2026", "DATE", 0, "2026-03-25"),
    ("Gleaner Wire", "ORG", 0),
    ("Indian", "NORP", 0),
    ("Prime Minister", "TITLE", 0),
    ("Narendra Modi", "PERSON", 0),
    ("four-day", "DATE", 0, None),
    ("Australia", "GPE", 0),
    ("Wednesday", "DATE", 0, "2026-03-25"),
    ("Canberra", "GPE", 0),
    ("Singapore", "GPE", 0),
    ("Modi", "PERSON", 1, "Narendra Modi"),
    ("Parliament House", "FAC", 0),
    ("Prime Minister", "TITLE", 1),
    ("Anthony Albanese", "PERSON", 0),
    ("two hours", "TIME", 0),
    ("two", "CARDINAL", 1, 2),
    ("Australian", "NORP", 0),
    ("Indian", "NORP", 1),
    ("Comprehensive Economic Cooperation Agreement", "LAW", 0),
    ("end of the year", "DATE", 0, "2026"),
    ("India", "GPE", 0),
    ("Australia", "GPE", 1),
    ("Albanese", "PERSON", 1, "Anthony Albanese"),
    ("Trade Minister", "TITLE", 0),
    ("Don Farrell", "PERSON", 0),
    ("Indian", "NORP", 2),
    ("Piyush Goyal", "PERSON", 0),
    ("New Delhi", "GPE", 0),
    ("January", "DATE", 0, "2026-01"),
    ("about 85%", "PERCENT", 0, 85),
    ("Thursday", "DATE", 0, "2026-03-26"),
    ("Modi", "PERSON", 2, "Narendra Modi"),
    ("Perth", "GPE", 0),
    ("Western Australia", "GPE", 0),
    ("Friday", "DATE", 0, "2026-03-27"),
    ("Sydney", "GPE", 0),
    ("Australia-India Business Summit", "EVENT", 0),
    ("Indian", "NORP", 3),
    ("About 780,000", "CARDINAL", 0, 780000),
    ("Indian", "NORP", 4),
    ("Australia", "GPE", 4),
]

UNANNOTATED = [("Dairy", 0)]   # starts a sentence

RELATIONS = [
    ("holds_position", {"person": "Narendra Modi", "title": "Prime Minister#0", "organization": "Indian#0"}),
    ("visit", {"visitor": "Narendra Modi", "destination": "Australia#0", "date": "Wednesday"}),
    ("visit", {"visitor": "Narendra Modi", "destination": "Canberra#0", "date": "Wednesday"}),
    # "after a stop in Singapore": a stop is a travel word
    ("visit", {"visitor": "Narendra Modi", "destination": "Singapore"}),
    # welcomed (a reception) and held talks: one meeting
    ("meeting", {"participant": ["Modi#1", "Anthony Albanese"], "location": "Parliament House"}),
    ("holds_position", {"person": "Anthony Albanese", "title": "Prime Minister#1"}),
    # "The two leaders": the most recent mention of each
    ("agreement", {"party": ["Modi#1", "Anthony Albanese"], "agreement": "@critical minerals partnership"}),
    ("agreement", {"party": ["Modi#1", "Anthony Albanese"],
                   "agreement": "Comprehensive Economic Cooperation Agreement"}),
    ("statement", {"speaker": "Albanese#1", "quote": "@India is not a market for Australia, it is a partner"}),
    ("holds_position", {"person": "Don Farrell", "title": "Trade Minister"}),
    # "counterpart" is not a title
    ("meeting", {"participant": ["Don Farrell", "Piyush Goyal"], "location": "New Delhi", "date": "January"}),
    ("visit", {"visitor": "Modi#2", "destination": "Perth", "date": "Thursday"}),
    ("located_in", {"place": "Perth", "container": "Western Australia"}),
    # the gapped second leg
    ("visit", {"visitor": "Modi#2", "destination": "Sydney", "date": "Friday"}),
    ("attendance", {"attendee": "Modi#2", "event": "Australia-India Business Summit", "location": "Sydney"}),
]
