"""Gold annotation source for corpus/articles/dev/illanes-buenos-aires-first-trip.txt."""

ENTITIES = [
    ("BUENOS AIRES", "GPE", 0, "Buenos Aires"),
    ("October 6, 2026", "DATE", 0, "2026-10-06"),
    ("Gleaner Wire", "ORG", 0),
    ("Chile", "GPE", 0),
    ("president-elect", "TITLE", 0),
    ("Marta Illanes", "PERSON", 0),
    ("Buenos Aires", "GPE", 0),
    ("Tuesday", "DATE", 0, "2026-10-06"),
    ("first", "ORDINAL", 0, 1),
    ("Sunday", "DATE", 0, "2026-10-04"),
    ("54%", "PERCENT", 0, 54),
    ("Argentine", "NORP", 0),
    ("President", "TITLE", 0),
    ("Julián Sosa", "PERSON", 0),
    ("Casa Rosada", "FAC", 0),
    # paragraph 2
    ("Illanes", "PERSON", 1, "Marta Illanes"),
    ("December 1", "DATE", 0, "2026-12-01"),
    ("finance minister", "TITLE", 0),
    ("Pablo Reyes", "PERSON", 0),
    ("Senator", "TITLE", 0),
    ("Carla Núñez", "PERSON", 0),
    # paragraph 3
    ("Reyes", "PERSON", 1, "Pablo Reyes"),
    ("Argentine", "NORP", 1),
    ("Economy Minister", "TITLE", 0),
    ("Diego Ferraro", "PERSON", 0),
    ("Antofagasta", "GPE", 0),
    ("Chile", "GPE", 1),
    # paragraph 4
    ("Argentina", "GPE", 0),
    ("first", "ORDINAL", 1, 1),
    ("Illanes", "PERSON", 2, "Marta Illanes"),
    ("Casa Rosada", "FAC", 1),
    # paragraph 5
    ("Buenos Aires", "GPE", 1),
    ("Montevideo", "GPE", 0),
    ("Thursday", "DATE", 0, "2026-10-08"),
    ("Brasília", "GPE", 0),
    ("next week", "DATE", 0, "2026-W42"),
    ("two", "CARDINAL", 0, 2),
]

RELATIONS = [
    # apposition: "Chile's president-elect, Marta Illanes,"
    ("holds_position", {"person": "Marta Illanes", "title": "president-elect",
                        "organization": "Chile#0"}),
    ("visit", {"visitor": "Marta Illanes", "destination": "Buenos Aires#0", "date": "Tuesday"}),
    ("meeting", {"participant": ["Marta Illanes", "Julián Sosa"], "location": "Casa Rosada#0",
                 "date": "Tuesday"}),
    ("holds_position", {"person": "Julián Sosa", "title": "President",
                        "organization": "Argentine#0"}),
    # "her incoming finance minister, Pablo Reyes": no organisation in the phrase
    ("holds_position", {"person": "Pablo Reyes", "title": "finance minister"}),
    ("holds_position", {"person": "Carla Núñez", "title": "Senator"}),
    # "The two presidents" = Illanes#1 and Sosa
    ("agreement", {"party": ["Illanes#1", "Julián Sosa"],
                   "agreement": "@stalled lithium partnership"}),
    ("agreement", {"party": ["Reyes#1", "Diego Ferraro"], "agreement": "@letter of intent on a joint export corridor"}),
    ("holds_position", {"person": "Diego Ferraro", "title": "Economy Minister",
                        "organization": "Argentine#1"}),
    ("located_in", {"place": "Antofagasta", "container": "Chile#1"}),
    ("statement", {"speaker": "Illanes#2",
                   "quote": "@Argentina is the first door we knock on, and it will not be the last"}),
    # planned trips are visits; "she" = Illanes#2; leaving Buenos Aires is not a visit to it
    ("visit", {"visitor": "Illanes#2", "destination": "Montevideo", "date": "Thursday"}),
    ("visit", {"visitor": "Illanes#2", "destination": "Brasília", "date": "next week"}),
]
