"""Gold annotation source for corpus/articles/dev/baltic-defence-spending-pledge.txt."""

ENTITIES = [
    ("VILNIUS", "GPE", 0, "Vilnius"),
    ("June 23, 2026", "DATE", 0, "2026-06-23"),
    ("Gleaner Wire", "ORG", 0),
    ("Estonia", "GPE", 0),
    ("Latvia", "GPE", 0),
    ("Lithuania", "GPE", 0),
    ("Tuesday", "DATE", 0, "2026-06-23"),
    ("5%", "PERCENT", 0, 5),
    ("2028", "DATE", 0, "2028"),
    ("NATO", "ORG", 0),
    ("Vilnius", "GPE", 0),
    # the declaration and its bullets
    ("three", "CARDINAL", 0, 3),
    ("1,200", "CARDINAL", 0, 1200),
    ("600", "CARDINAL", 0, 600),
    ("Russia", "GPE", 0),
    ("Belarus", "GPE", 0),
    ("1.5 billion euros", "MONEY", 0, (1.5e9, "EUR")),
    ("end of 2027", "DATE", 0, "2027"),
    # paragraph 3
    ("Lithuanian", "NORP", 0),
    ("Defence Minister", "TITLE", 0),
    ("Rasa Vaitkutė", "PERSON", 0),
    # paragraph 4
    ("German", "NORP", 0),
    ("Defence Minister", "TITLE", 1),
    ("Jonas Albrecht", "PERSON", 0),
    ("Lithuania", "GPE", 1),
    ("Berlin", "GPE", 0),
    ("200", "CARDINAL", 1, 200),
    ("next year", "DATE", 0, "2027"),
    # paragraph 5
    ("Latvian", "NORP", 0),
    ("Prime Minister", "TITLE", 0),
    ("Andris Kalns", "PERSON", 0),
    ("Riga", "GPE", 0),
    ("Tuesday", "DATE", 1, "2026-06-23"),
    ("500 million euros", "MONEY", 0, (5e8, "EUR")),
]

RELATIONS = [
    # a coordinated subject: one commitment per agent
    ("commitment", {"agent": "Estonia", "value": "5%", "deadline": "2028", "topic": "@defence spending"}),
    ("commitment", {"agent": "Latvia", "value": "5%", "deadline": "2028", "topic": "@defence spending"}),
    ("commitment", {"agent": "Lithuania#0", "value": "5%", "deadline": "2028", "topic": "@defence spending"}),
    # the ministers are not named: the countries meet
    ("meeting", {"participant": ["Estonia", "Latvia", "Lithuania#0"], "location": "Vilnius#0",
                 "date": "Tuesday"}),
    # "the three governments committed to:" - each bullet, each of the three
    ("commitment", {"agent": "Estonia", "value": "1,200", "topic": "@air-defence missiles"}),
    ("commitment", {"agent": "Latvia", "value": "1,200", "topic": "@air-defence missiles"}),
    ("commitment", {"agent": "Lithuania#0", "value": "1,200", "topic": "@air-defence missiles"}),
    ("commitment", {"agent": "Estonia", "value": "600", "topic": "@bunkers"}),
    ("commitment", {"agent": "Latvia", "value": "600", "topic": "@bunkers"}),
    ("commitment", {"agent": "Lithuania#0", "value": "600", "topic": "@bunkers"}),
    ("commitment", {"agent": "Estonia", "value": "1.5 billion euros", "deadline": "end of 2027",
                    "topic": "@drones"}),
    ("commitment", {"agent": "Latvia", "value": "1.5 billion euros", "deadline": "end of 2027",
                    "topic": "@drones"}),
    ("commitment", {"agent": "Lithuania#0", "value": "1.5 billion euros", "deadline": "end of 2027",
                    "topic": "@drones"}),
    ("statement", {"speaker": "Rasa Vaitkutė",
                   "quote": "@Deterrence is cheaper than war, and we intend to prove it"}),
    ("holds_position", {"person": "Rasa Vaitkutė", "title": "Defence Minister#0",
                        "organization": "Lithuanian"}),
    ("holds_position", {"person": "Jonas Albrecht", "title": "Defence Minister#1",
                        "organization": "German"}),
    ("holds_position", {"person": "Andris Kalns", "title": "Prime Minister",
                        "organization": "Latvian"}),
    # "he said" after the quote = Kalns
    ("statement", {"speaker": "Andris Kalns",
                   "quote": "@Every euro we spend now is a euro we will not spend on rebuilding"}),
]
