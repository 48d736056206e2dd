"""Gold annotation source for corpus/articles/holdout/warsaw-three-seas-summit.txt."""

ENTITIES = [
    ("WARSAW", "GPE", 0, "Warsaw"),
    ("November 19, 2026", "DATE", 0, "2026-11-19"),
    ("Gleaner Wire", "ORG", 0),
    ("13", "CARDINAL", 0, 13),
    ("Three Seas Initiative", "ORG", 0),
    ("Three Seas Summit", "EVENT", 0),
    ("Warsaw", "GPE", 0),
    ("Thursday", "DATE", 0, "2026-11-19"),
    ("2030", "DATE", 0, "2030"),
    ("Polish", "NORP", 0),
    ("President", "TITLE", 0),
    ("Karol Nawrocki", "PERSON", 0),
    ("Royal Castle", "FAC", 0),
    ("Romanian", "NORP", 0),
    ("President", "TITLE", 1),
    ("Nicușor Dan", "PERSON", 0),
    ("Croatian", "NORP", 0),
    ("Prime Minister", "TITLE", 0),
    ("Andrej Plenković", "PERSON", 0),
    ("U.S.", "GPE", 0, "United States"),
    ("Energy Secretary", "TITLE", 0),
    ("Chris Wright", "PERSON", 0),
    ("Nawrocki", "PERSON", 1, "Karol Nawrocki"),
    ("Poland", "GPE", 0),
    ("750 million euros", "MONEY", 0, (7.5e8, "EUR")),
    ("Three Seas Investment Fund", "ORG", 0),
    ("U.S. International Development Finance Corporation", "ORG", 0),
    ("$300 million", "MONEY", 0, (3e8, "USD")),
    ("European Investment Bank", "ORG", 0),
    ("vice president", "TITLE", 0),
    ("Teresa Czerwińska", "PERSON", 0),
    ("Poland", "GPE", 1),
    ("Lithuania", "GPE", 0),
    ("second", "ORDINAL", 0, 2),
    ("Nawrocki", "PERSON", 2, "Karol Nawrocki"),
    ("Dan", "PERSON", 1, "Nicușor Dan"),
    ("Black Sea", "LOC", 0),
    ("Bucharest", "GPE", 0),
    ("Romania", "GPE", 0),
    ("2027", "DATE", 0, "2027"),
    ("Dan", "PERSON", 2, "Nicușor Dan"),
    ("Brussels", "GPE", 0),
    ("Friday", "DATE", 0, "2026-11-20"),
    ("NATO", "ORG", 0),
]

UNANNOTATED = [("Three", 1), ("Seas", 1), ("Energy", 1), ("On", 0)]   # inside the EVENT; starts a quote; starts a sentence

RELATIONS = [
    # "Presidents and prime ministers of the 13 ... countries attended ... where they agreed to
    # double the capital": no entity, and no value
    ("holds_position", {"person": "Karol Nawrocki", "title": "President#0", "organization": "Polish"}),
    # the host, who gave its opening speech, attended it
    ("attendance", {"attendee": "Karol Nawrocki", "event": "Three Seas Summit"}),
    ("holds_position", {"person": "Nicușor Dan", "title": "President#1", "organization": "Romanian"}),
    ("holds_position", {"person": "Andrej Plenković", "title": "Prime Minister", "organization": "Croatian"}),
    # "were among the leaders present": at the summit
    ("attendance", {"attendee": "Nicușor Dan", "event": "Three Seas Summit"}),
    ("attendance", {"attendee": "Andrej Plenković", "event": "Three Seas Summit"}),
    ("holds_position", {"person": "Chris Wright", "title": "Energy Secretary", "organization": "U.S.#0"}),
    ("attendance", {"attendee": "Chris Wright", "event": "Three Seas Summit"}),
    ("statement", {"speaker": "Nawrocki#1", "quote": "@Energy security is national security"}),
    # capital pledged to an investment fund: a commitment and an investment
    ("commitment", {"agent": "Poland#0", "value": "750 million euros", "topic": "@Three Seas Investment Fund"}),
    ("investment", {"investor": "Poland#0", "amount": "750 million euros", "recipient": "Three Seas Investment Fund"}),
    # a development lender's money for projects: a commitment only
    ("commitment", {"agent": "U.S. International Development Finance Corporation", "value": "$300 million",
                    "topic": "@clean-energy projects"}),
    ("holds_position", {"person": "Teresa Czerwińska", "title": "vice president", "organization": "European Investment Bank"}),
    ("agreement", {"party": ["Poland#1", "Lithuania"], "agreement": "@agreement to build a second power interconnector"}),
    ("meeting", {"participant": ["Nawrocki#2", "Dan#1"]}),
    ("located_in", {"place": "Bucharest", "container": "Romania"}),
    # "for a NATO meeting": no named event
    ("visit", {"visitor": "Dan#2", "destination": "Brussels", "date": "Friday"}),
]
