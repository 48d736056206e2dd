"""Gold annotation source for corpus/articles/dev/tokyo-marcos-state-visit.txt."""

ENTITIES = [
    ("TOKYO", "GPE", 0, "Tokyo"),
    ("June 3, 2026", "DATE", 0, "2026-06-03"),
    ("Gleaner Wire", "ORG", 0),
    ("Philippine", "NORP", 0),
    ("President", "TITLE", 0),
    ("Ferdinand Marcos Jr.", "PERSON", 0),
    ("Tokyo", "GPE", 0),
    ("Wednesday", "DATE", 0, "2026-06-03"),
    ("four-day", "DATE", 0, None),
    ("Osaka", "GPE", 0),
    ("Yokosuka", "GPE", 0),
    ("Kanagawa", "GPE", 0),
    ("Japanese", "NORP", 0),
    ("Manila", "GPE", 0),
    ("Marcos", "PERSON", 1, "Ferdinand Marcos Jr."),
    ("defence secretary", "TITLE", 0),
    ("Gilberto Teodoro", "PERSON", 0),
    ("Haneda Airport", "FAC", 0),
    ("Foreign Minister", "TITLE", 0),
    ("Toshimitsu Motegi", "PERSON", 0),
    ("Emperor", "TITLE", 0),
    ("Naruhito", "PERSON", 0),
    ("Imperial Palace", "FAC", 0),
    ("Thursday", "DATE", 0, "2026-06-04"),
    ("Prime Minister", "TITLE", 0),
    ("Sanae Takaichi", "PERSON", 0),
    ("Thursday", "DATE", 1, "2026-06-04"),
    ("six", "CARDINAL", 0, 6),
    ("Teodoro", "PERSON", 1, "Gilberto Teodoro"),
    ("Defence Minister", "TITLE", 0),
    ("Shinjiro Koizumi", "PERSON", 0),
    ("Wednesday", "DATE", 1, "2026-06-03"),
    ("Teodoro", "PERSON", 2, "Gilberto Teodoro"),
    ("Philippine", "NORP", 1),
    ("end of the year", "DATE", 0, "2026"),
    ("Osaka", "GPE", 1),
    ("Kawasaki Heavy Industries", "ORG", 0),
    ("Saturday", "DATE", 0, "2026-06-06"),
    ("Marcos", "PERSON", 2, "Ferdinand Marcos Jr."),
    ("China", "GPE", 0),
    ("Wednesday", "DATE", 2, "2026-06-03"),
]

UNANNOTATED = [("His", 0)]   # starts a sentence

RELATIONS = [
    ("holds_position", {"person": "Ferdinand Marcos Jr.", "title": "President", "organization": "Philippine#0"}),
    ("visit", {"visitor": "Ferdinand Marcos Jr.", "destination": "Tokyo#0", "date": "Wednesday#0"}),
    # the stops of the state visit are visits too
    ("visit", {"visitor": "Ferdinand Marcos Jr.", "destination": "Osaka#0"}),
    ("visit", {"visitor": "Ferdinand Marcos Jr.", "destination": "Yokosuka"}),
    ("located_in", {"place": "Yokosuka", "container": "Kanagawa"}),
    # "his defence secretary": no organisation entity
    ("holds_position", {"person": "Gilberto Teodoro", "title": "defence secretary"}),
    ("holds_position", {"person": "Toshimitsu Motegi", "title": "Foreign Minister"}),
    # "was met at Haneda Airport by": a meeting of the subject and the agent (Teodoro only accompanies)
    ("meeting", {"participant": ["Marcos#1", "Toshimitsu Motegi"], "location": "Haneda Airport"}),
    # an unnamed banquet is no EVENT, so no attendance
    ("holds_position", {"person": "Naruhito", "title": "Emperor"}),
    ("holds_position", {"person": "Sanae Takaichi", "title": "Prime Minister"}),
    ("meeting", {"participant": ["Marcos#1", "Sanae Takaichi"], "date": "Thursday#1"}),
    # "expected to produce a deal": not reached, no agreement
    ("holds_position", {"person": "Shinjiro Koizumi", "title": "Defence Minister"}),
    ("meeting", {"participant": ["Teodoro#1", "Shinjiro Koizumi"], "date": "Wednesday#1"}),
    ("statement", {"speaker": "Teodoro#2",
                   "quote": "@We are no longer talking about whether to cooperate, only about how fast"}),
    # "meet executives of ...": one named participant, no meeting; flying home is no visit
    # "China's foreign ministry said ...": indirect speech, no statement
]
