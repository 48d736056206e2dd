"""Gold annotation source for corpus/articles/dev/nato-hague-five-percent.txt."""

ENTITIES = [
    ("THE HAGUE", "GPE", 0, "The Hague"),
    ("June 25, 2025", "DATE", 0, "2025-06-25"),
    ("Gleaner Wire", "ORG", 0),
    ("NATO", "ORG", 0),
    ("Wednesday", "DATE", 0, "2025-06-25"),
    ("5 percent", "PERCENT", 0, 5),
    ("2035", "DATE", 0, "2035"),
    ("at least 3.5 percent", "PERCENT", 0, 3.5),
    ("32", "CARDINAL", 0, 32),
    ("two-day", "DATE", 0, None),
    ("NATO summit", "EVENT", 0),
    ("The Hague", "GPE", 0),  # the article is part of the city's name
    ("Netherlands", "GPE", 0),
    # paragraph 2
    ("Dutch", "NORP", 0),
    ("Prime Minister", "TITLE", 0),
    ("Dick Schoof", "PERSON", 0),
    ("Tuesday", "DATE", 0, "2025-06-24"),
    ("Europe", "LOC", 0),
    ("NATO", "ORG", 2),
    ("Secretary General", "TITLE", 0),
    ("Mark Rutte", "PERSON", 0),
    ("2029", "DATE", 0, "2029"),
    # paragraph 3
    ("U.S.", "GPE", 0, "United States"),
    ("President", "TITLE", 0),
    ("Donald Trump", "PERSON", 0),
    ("first", "ORDINAL", 0, 1),
    ("NATO summit", "EVENT", 1),
    # paragraph 4
    ("Polish", "NORP", 0),
    ("Defence Minister", "TITLE", 0),
    ("Tomasz Zielinski", "PERSON", 0),
    ("Poland", "GPE", 0),
    ("4.8 percent", "PERCENT", 0, 4.8),
    ("2026", "DATE", 0, "2026"),
    ("Brussels", "GPE", 0),
    # paragraph 5
    ("Zielinski", "PERSON", 1, "Tomasz Zielinski"),
    ("Vilnius", "GPE", 0),
    ("Lithuanian", "NORP", 0),
    ("Defence Minister", "TITLE", 1),
    ("Rasa Jankauskiene", "PERSON", 0),
    ("Thursday", "DATE", 0, "2025-06-26"),
    ("German", "NORP", 0),
    ("Lithuania", "GPE", 0),
]

RELATIONS = [
    # "NATO allies committed ... to raising defence spending to 5 percent"
    ("commitment", {"agent": "NATO#0", "value": "5 percent", "deadline": "2035",
                    "topic": "@defence spending"}),
    ("commitment", {"agent": "NATO#0", "value": "at least 3.5 percent", "deadline": "2035",
                    "topic": "@core military needs"}),
    ("located_in", {"place": "The Hague", "container": "Netherlands"}),
    ("holds_position", {"person": "Dick Schoof", "title": "Prime Minister",
                        "organization": "Dutch"}),
    ("attendance", {"attendee": "Dick Schoof", "event": "NATO summit#0", "date": "Tuesday"}),
    ("statement", {"speaker": "Dick Schoof",
                   "quote": "@a promise to our children that Europe will not be caught "
                            "unprepared again"}),
    ("holds_position", {"person": "Mark Rutte", "title": "Secretary General",
                        "organization": "NATO#2"}),
    ("holds_position", {"person": "Donald Trump", "title": "President", "organization": "U.S."}),
    ("attendance", {"attendee": "Donald Trump", "event": "NATO summit#1"}),
    ("statement", {"speaker": "Donald Trump", "quote": "@a big win for everybody"}),
    ("holds_position", {"person": "Tomasz Zielinski", "title": "Defence Minister#0",
                        "organization": "Polish"}),
    ("commitment", {"agent": "Poland", "value": "4.8 percent", "deadline": "2026",
                    "topic": "@defence#1"}),
    ("statement", {"speaker": "Tomasz Zielinski",
                   "quote": "@We are not spending because Brussels asks us to, but because we "
                            "know our geography"}),
    ("visit", {"visitor": "Zielinski#1", "destination": "Vilnius"}),
    # "He will meet ... there on Thursday" -> Zielinski, Vilnius
    ("meeting", {"participant": ["Zielinski#1", "Rasa Jankauskiene"], "location": "Vilnius",
                 "date": "Thursday"}),
    ("holds_position", {"person": "Rasa Jankauskiene", "title": "Defence Minister#1",
                        "organization": "Lithuanian"}),
]
