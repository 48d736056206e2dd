"""Gold annotation source for corpus/articles/dev/nordhav-baltic-offshore-wind.txt."""

ENTITIES = [
    ("GDANSK", "GPE", 0, "Gdansk"),
    ("February 10, 2026", "DATE", 0, "2026-02-10"),
    ("Gleaner Wire", "ORG", 0),
    ("Norwegian", "NORP", 0),
    ("Nordhav Energi", "ORG", 0),
    ("Tuesday", "DATE", 0, "2026-02-10"),
    ("4.2 billion euros", "MONEY", 0, (4.2e9, "EUR")),
    ("two", "CARDINAL", 0, 2),
    ("Baltic Sea", "LOC", 0),
    ("Poland", "GPE", 0),
    # paragraph 2 and the bullets
    ("Monday", "DATE", 0, "2026-02-09"),
    ("Nordhav", "ORG", 1, "Nordhav Energi"),
    ("1.4 gigawatts", "QUANTITY", 0, 1.4),
    ("Pomerania", "LOC", 0),
    ("2030", "DATE", 0, "2030"),
    ("300 million euros", "MONEY", 0, (3e8, "EUR")),
    ("Gdansk", "GPE", 0),
    ("2,000", "CARDINAL", 0, 2000),
    ("next five years", "DATE", 0, None),
    # paragraph 3
    ("Poland", "GPE", 1),
    ("Ingrid Solberg", "PERSON", 0),
    ("Nordhav", "ORG", 2, "Nordhav Energi"),
    ("chief executive", "TITLE", 0),
    # paragraph 4
    ("Polish", "NORP", 0),
    ("Climate Minister", "TITLE", 0),
    ("Tomasz Wrona", "PERSON", 0),
    ("Solberg", "PERSON", 1, "Ingrid Solberg"),
    ("6%", "PERCENT", 0, 6),
    ("Wrona", "PERSON", 1, "Tomasz Wrona"),
    ("Solberg", "PERSON", 2, "Ingrid Solberg"),
    # paragraph 5
    ("Baltic Research Partners", "ORG", 0),
    ("European", "NORP", 0),
    ("2024", "DATE", 0, "2024"),
    ("2025", "DATE", 0, "2025"),
]

RELATIONS = [
    # money into farms off Poland: the country is the recipient (as in the corpus's plant
    # "near Wroclaw, Poland")
    ("investment", {"investor": "Nordhav Energi", "amount": "4.2 billion euros",
                    "recipient": "Poland#0", "sector": "@offshore wind farms"}),
    # "Nordhav committed to:" - every bullet has agent Nordhav#1
    ("commitment", {"agent": "Nordhav#1", "value": "1.4 gigawatts", "deadline": "2030",
                    "topic": "@offshore wind capacity"}),
    ("commitment", {"agent": "Nordhav#1", "value": "300 million euros",
                    "topic": "@new service port"}),
    ("commitment", {"agent": "Nordhav#1", "value": "2,000", "deadline": "next five years",
                    "topic": "@local technicians"}),
    ("statement", {"speaker": "Ingrid Solberg",
                   "quote": "@Poland gave us a clear framework and a fair auction, and we are "
                            "answering with capital"}),
    ("holds_position", {"person": "Ingrid Solberg", "title": "chief executive",
                        "organization": "Nordhav#2"}),
    ("holds_position", {"person": "Tomasz Wrona", "title": "Climate Minister",
                        "organization": "Polish"}),
    ("agreement", {"party": ["Wrona#1", "Solberg#2"],
                   "agreement": "@memorandum of understanding on grid connections"}),
]
