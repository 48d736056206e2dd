"""Gold annotation source for corpus/articles/dev/seoul-takaichi-lee-shuttle-visit.txt."""

ENTITIES = [
    ("SEOUL", "GPE", 0, "Seoul"),
    ("August 26, 2026", "DATE", 0, "2026-08-26"),
    ("Gleaner Wire", "ORG", 0),
    ("Japanese", "NORP", 0),
    ("Prime Minister", "TITLE", 0),
    ("Sanae Takaichi", "PERSON", 0),
    ("Seoul", "GPE", 0),
    ("Wednesday", "DATE", 0, "2026-08-26"),
    ("two days", "DATE", 0, None),
    ("President", "TITLE", 0),
    ("Lee Jae-myung", "PERSON", 0),
    ("last year", "DATE", 0, "2025"),
    ("Blue House", "FAC", 0),
    ("more than two hours", "TIME", 0),
    ("South Korean", "NORP", 0),
    ("Toshimitsu Motegi", "PERSON", 0),
    ("Cho Hyun", "PERSON", 0),
    ("10,000", "CARDINAL", 0, 10000),
    ("Lee", "PERSON", 1, "Lee Jae-myung"),
    ("Thursday", "DATE", 0, "2026-08-27"),
    ("Takaichi", "PERSON", 1, "Sanae Takaichi"),
    ("Busan", "GPE", 0),
    ("Japanese", "NORP", 1),
    ("1870s", "DATE", 0, None),
    ("Busan Exhibition and Convention Center", "FAC", 0),
    ("Haeundae", "GPE", 0),
    ("Seoul", "GPE", 1),
    ("two", "CARDINAL", 1, 2),
]

UNANNOTATED = [("History", 0), ("On", 0), ("Opposition", 0), ("She", 0), ("Their", 0), ("year", 0)]

RELATIONS = [
    ("holds_position", {"person": "Sanae Takaichi", "title": "Prime Minister", "organization": "Japanese#0"}),
    ("visit", {"visitor": "Sanae Takaichi", "destination": "Seoul#0", "date": "Wednesday"}),
    ("meeting", {"participant": ["Sanae Takaichi", "Lee Jae-myung"]}),
    ("holds_position", {"person": "Lee Jae-myung", "title": "President"}),
    # "The two leaders met at the Blue House ... and agreed to set up a joint fund"
    ("meeting", {"participant": ["Sanae Takaichi", "Lee Jae-myung"], "location": "Blue House"}),
    ("agreement", {"party": ["Sanae Takaichi", "Lee Jae-myung"], "agreement": "@joint fund for hydrogen research"}),
    # "Their foreign ministers": no title entity before the names in apposition
    ("agreement", {"party": ["Toshimitsu Motegi", "Cho Hyun"], "agreement": "@working-holiday agreement"}),
    ("statement", {"speaker": "Lee#1",
                   "quote": "@History is a fact we must face, and the future is a choice we must make together"}),
    ("visit", {"visitor": "Takaichi#1", "destination": "Busan#0", "date": "Thursday"}),
    # "She will also meet business leaders": no named participant
    ("located_in", {"place": "Busan Exhibition and Convention Center", "container": "Haeundae"}),
    # "Haeundae, a district of the city": the city is Busan, most recently named as such
    ("located_in", {"place": "Haeundae", "container": "Busan#0"}),
]
