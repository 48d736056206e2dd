"""Gold annotation source for corpus/articles/holdout/geneva-who-pandemic-fund-pledges.txt."""

ENTITIES = [
    ("GENEVA", "GPE", 0, "Geneva"),
    ("December 2, 2026", "DATE", 0, "2026-12-02"),
    ("Gleaner Wire", "ORG", 0),
    ("40", "CARDINAL", 0, 40),
    ("World Health Organization", "ORG", 0),
    ("Pandemic Fund Pledging Conference", "EVENT", 0),
    ("Geneva", "GPE", 0),
    ("Wednesday", "DATE", 0, "2026-12-02"),
    ("Germany", "GPE", 0),
    ("France", "GPE", 0),
    ("Japan", "GPE", 0),
    ("WHO", "ORG", 0, "World Health Organization"),
    ("Director-General", "TITLE", 0),
    ("Tedros Adhanom Ghebreyesus", "PERSON", 0),
    ("Germany", "GPE", 1),
    ("500 million euros", "MONEY", 0, (5e8, "EUR")),
    ("three years", "DATE", 0, None),
    ("Gates Foundation", "ORG", 0),
    ("$250 million", "MONEY", 0, (2.5e8, "USD")),
    ("Britain", "GPE", 0),
    ("Health Secretary", "TITLE", 0),
    ("Wes Streeting", "PERSON", 0),
    ("Indonesia", "GPE", 0),
    ("health minister", "TITLE", 0),
    ("Budi Gunadi Sadikin", "PERSON", 0),
    ("Coalition for Epidemic Preparedness Innovations", "ORG", 0),
    ("Bandung", "GPE", 0),
    ("Streeting", "PERSON", 1, "Wes Streeting"),
    ("Tedros", "PERSON", 1, "Tedros Adhanom Ghebreyesus"),
    ("Britain", "GPE", 1),
    ("WHO", "ORG", 1, "World Health Organization"),
    ("World Bank", "ORG", 0),
    ("Washington", "GPE", 0),
    ("$3.1 billion", "MONEY", 0, (3.1e9, "USD")),
    ("2022", "DATE", 0, "2022"),
    ("South Africa", "GPE", 0),
    ("Aaron Motsoaledi", "PERSON", 0),
    ("$2 billion", "MONEY", 0, (2e9, "USD")),
    ("2028", "DATE", 0, "2028"),
    ("Brussels", "GPE", 0),
    ("Thursday", "DATE", 0, "2026-12-03"),
]

UNANNOTATED = []

RELATIONS = [
    # "Health ministers from 40 countries took part": no entity attends; the signing stands in
    # the clause after ", and", without the first clause's date
    ("agreement", {"party": ["Germany#0", "France", "Japan"],
                   "agreement": "@joint declaration on sharing vaccine production capacity"}),
    ("holds_position", {"person": "Tedros Adhanom Ghebreyesus", "title": "Director-General", "organization": "WHO#0"}),
    ("attendance", {"attendee": "Tedros Adhanom Ghebreyesus", "event": "Pandemic Fund Pledging Conference"}),
    ("statement", {"speaker": "Tedros Adhanom Ghebreyesus", "quote": "@A virus does not wait for a budget cycle"}),
    # money pledged to a fund is a commitment, no investment
    ("commitment", {"agent": "Germany#1", "value": "500 million euros", "topic": "@fund"}),
    ("commitment", {"agent": "Gates Foundation", "value": "$250 million"}),
    ("holds_position", {"person": "Wes Streeting", "title": "Health Secretary"}),
    ("holds_position", {"person": "Budi Gunadi Sadikin", "title": "health minister", "organization": "Indonesia"}),
    # "delivered a keynote speech": at the conference
    ("attendance", {"attendee": "Budi Gunadi Sadikin", "event": "Pandemic Fund Pledging Conference"}),
    # "with" ends the agreement phrase
    ("agreement", {"party": ["Budi Gunadi Sadikin", "Coalition for Epidemic Preparedness Innovations"],
                   "agreement": "@memorandum of understanding"}),
    ("meeting", {"participant": ["Streeting#1", "Tedros#1"]}),
    ("statement", {"speaker": "Streeting#1", "quote": "@fully committed"}),
    # "it aimed to raise a further $2 billion": the fund, no entity
]
