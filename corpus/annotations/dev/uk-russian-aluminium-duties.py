"""Gold annotation source for corpus/articles/dev/uk-russian-aluminium-duties.txt."""

ENTITIES = [
    ("LONDON", "GPE", 0, "London"),
    ("March 18, 2026", "DATE", 0, "2026-03-18"),
    ("Gleaner Wire", "ORG", 0),
    ("Britain", "GPE", 0),
    ("Russian", "NORP", 0),
    ("70%", "PERCENT", 0, 70),
    ("35%", "PERCENT", 0, 35),
    ("next month", "DATE", 0, "2026-04"),
    ("Department for Business and Trade", "ORG", 0),
    ("Wednesday", "DATE", 0, "2026-03-18"),
    ("Ukraine", "GPE", 0),
    ("2022", "DATE", 0, "2022"),
    # paragraph 2
    ("Canada", "GPE", 0),
    ("Australia", "GPE", 0),
    ("Ottawa", "GPE", 0),
    ("last week", "DATE", 0, "2026-W11"),
    ("Russian", "NORP", 1),
    # paragraph 3
    ("Britain", "GPE", 1),
    ("Business Secretary", "TITLE", 0),
    ("Helen Carter", "PERSON", 0),
    ("Carter", "PERSON", 1, "Helen Carter"),
    ("Canadian", "NORP", 0),
    ("Marc Gagnon", "PERSON", 0),
    ("Australian", "NORP", 0),
    ("Trade Minister", "TITLE", 0),
    ("Jack Dawson", "PERSON", 0),
    ("Ottawa", "GPE", 1),
    ("Friday", "DATE", 0, "2026-03-13"),
    # paragraph 4
    ("UK Metals", "ORG", 0),
    ("Midlands", "LOC", 0),
    ("director", "TITLE", 0),
    ("Paul Hughes", "PERSON", 0),
    ("six months", "DATE", 0, None),
    # paragraph 5
    ("European Union", "ORG", 0),
    ("Trade Commissioner", "TITLE", 0),
    ("Lena Vasquez", "PERSON", 0),
    ("Brussels", "GPE", 0),
    ("Tuesday", "DATE", 0, "2026-03-17"),
    ("April", "DATE", 0, "2026-04"),
]

RELATIONS = [
    ("tariff_change", {"imposer": "Britain#0", "new_rate": "70%", "old_rate": "35%",
                       "target": "Russian#0", "product": "@aluminium and copper"}),
    # the ministers are named in the next paragraph; this sentence names countries only
    ("meeting", {"participant": ["Britain#0", "Canada", "Australia"], "location": "Ottawa#0",
                 "date": "last week"}),
    ("statement", {"speaker": "Helen Carter",
                   "quote": "@Every tonne that reaches Britain through a back door funds the war"}),
    ("holds_position", {"person": "Helen Carter", "title": "Business Secretary"}),
    # "her Canadian counterpart, Marc Gagnon,": a counterpart is no title
    ("meeting", {"participant": ["Carter#1", "Marc Gagnon", "Jack Dawson"], "location": "Ottawa#1",
                 "date": "Friday"}),
    ("holds_position", {"person": "Jack Dawson", "title": "Trade Minister",
                        "organization": "Australian"}),
    # "Its director, Paul Hughes," = UK Metals's
    ("holds_position", {"person": "Paul Hughes", "title": "director", "organization": "UK Metals"}),
    ("holds_position", {"person": "Lena Vasquez", "title": "Trade Commissioner"}),
]
