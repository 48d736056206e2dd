"""Gold annotation source for corpus/articles/dev/manila-japan-patrol-vessels.txt."""

ENTITIES = [
    ("MANILA", "GPE", 0, "Manila"),
    ("November 5, 2026", "DATE", 0, "2026-11-05"),
    ("Gleaner Wire", "ORG", 0),
    ("Japanese", "NORP", 0),
    ("Defence Minister", "TITLE", 0),
    ("Shinjiro Koizumi", "PERSON", 0),
    ("Manila", "GPE", 0),
    ("Thursday", "DATE", 0, "2026-11-05"),
    ("two-day", "DATE", 0, None),
    ("first", "ORDINAL", 0, 1),
    ("Japanese", "NORP", 1),
    ("Reciprocal Access Agreement", "LAW", 0),
    ("September 2025", "DATE", 0, "2025-09"),
    ("Koizumi", "PERSON", 1, "Shinjiro Koizumi"),
    ("Philippine", "NORP", 0),
    ("Gilberto Teodoro", "PERSON", 0),
    ("Camp Aguinaldo", "FAC", 0),
    ("Quezon City", "GPE", 0),
    ("Japan", "GPE", 0),
    ("six", "CARDINAL", 0, 6),
    ("Philippine Navy", "ORG", 0),
    ("Tokyo", "GPE", 0),
    ("60 billion yen", "MONEY", 0, (6e10, "JPY")),
    ("Teodoro", "PERSON", 1, "Gilberto Teodoro"),
    ("Manila", "GPE", 1),
    ("2.5 percent", "PERCENT", 0, 2.5),
    ("2030", "DATE", 0, "2030"),
    ("Koizumi", "PERSON", 2, "Shinjiro Koizumi"),
    ("Chinese", "NORP", 0),
    ("Philippine", "NORP", 2),
    ("Second Thomas Shoal", "LOC", 0),
    ("last month", "DATE", 0, "2026-10"),
    ("Friday", "DATE", 0, "2026-11-06"),
    ("Koizumi", "PERSON", 3, "Shinjiro Koizumi"),
    ("Subic Bay", "LOC", 0),
    ("U.S.", "GPE", 0, "United States"),
    ("Zambales", "GPE", 0),
    ("Japanese", "NORP", 2),
    ("Tsuneishi Holdings", "ORG", 0),
    ("about $150 million", "MONEY", 0, (1.5e8, "USD")),
    ("Palawan", "GPE", 0),
    ("South China Sea", "LOC", 0),
]

UNANNOTATED = [("Philippine", 1)]   # inside the ORG

RELATIONS = [
    ("holds_position", {"person": "Shinjiro Koizumi", "title": "Defence Minister", "organization": "Japanese#0"}),
    ("visit", {"visitor": "Shinjiro Koizumi", "destination": "Manila#0", "date": "Thursday"}),
    # "his Philippine counterpart": counterpart is no title
    ("meeting", {"participant": ["Koizumi#1", "Gilberto Teodoro"], "location": "Camp Aguinaldo"}),
    ("located_in", {"place": "Camp Aguinaldo", "container": "Quezon City"}),
    ("agreement", {"party": ["Koizumi#1", "Gilberto Teodoro"], "agreement": "@arrangement"}),
    # loans: a commitment, no investment
    ("commitment", {"agent": "Tokyo", "value": "60 billion yen", "topic": "@coastal radar"}),
    ("commitment", {"agent": "Manila#1", "value": "2.5 percent", "deadline": "2030",
                    "topic": "@defence spending"}),
    ("statement", {"speaker": "Koizumi#2", "quote": "@Our seas are connected, and so is our security"}),
    ("visit", {"visitor": "Koizumi#3", "destination": "Subic Bay", "date": "Friday"}),
    ("located_in", {"place": "Subic Bay", "container": "Zambales"}),
    # "where ... has invested": the yard at Subic Bay, a LOC, is no recipient
    ("investment", {"investor": "Tsuneishi Holdings", "amount": "about $150 million"}),
    # "He then goes on to Palawan": he is Koizumi
    ("visit", {"visitor": "Koizumi#3", "destination": "Palawan"}),
]
