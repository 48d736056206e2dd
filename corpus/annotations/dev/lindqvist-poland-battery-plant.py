"""Gold annotation source for corpus/articles/dev/lindqvist-poland-battery-plant.txt."""

ENTITIES = [
    ("WARSAW", "GPE", 0, "Warsaw"),
    ("September 9, 2025", "DATE", 0, "2025-09-09"),
    ("Gleaner Wire", "ORG", 0),
    ("Swedish", "NORP", 0),
    ("Lindqvist Energy", "ORG", 0),
    ("2.1 billion euros", "MONEY", 0, (2.1e9, "EUR")),
    ("Wroclaw", "GPE", 0),
    ("Poland", "GPE", 0),
    ("about 3,000", "CARDINAL", 0, 3000),
    ("Polish", "NORP", 0),
    ("Tuesday", "DATE", 0, "2025-09-09"),
    # paragraph 2
    ("Chief executive", "TITLE", 0),
    ("Ebba Sandström", "PERSON", 0),
    ("Wroclaw", "GPE", 1),
    ("Tuesday", "DATE", 1, "2025-09-09"),
    ("Polish Investment and Trade Agency", "ORG", 0),
    ("90-hectare", "QUANTITY", 0, 90),
    # paragraph 3
    ("Poland", "GPE", 1),
    ("Germany", "GPE", 0),
    ("Sandström", "PERSON", 1, "Ebba Sandström"),
    ("Lindqvist Energy", "ORG", 1),
    ("20 gigawatt hours", "QUANTITY", 0, 20),
    ("2028", "DATE", 0, "2028"),
    ("about 300,000", "CARDINAL", 0, 300000),
    # paragraph 4
    ("Polish", "NORP", 2),
    ("Prime Minister", "TITLE", 0),
    ("Donald Tusk", "PERSON", 0),
    ("Poland", "GPE", 2),
    ("European Union", "ORG", 0),
    ("Warsaw", "GPE", 0),
    ("480 million zlotys", "MONEY", 0, (480e6, "PLN")),
    ("European Commission", "ORG", 0),
    ("last month", "DATE", 0, "2025-08"),
    # paragraph 5
    ("Development Minister", "TITLE", 0),
    ("Marta Kowalczyk", "PERSON", 0),
    ("two", "CARDINAL", 0, 2),
    ("Asian", "NORP", 0),
    ("Lindqvist", "ORG", 2, "Lindqvist Energy"),
]

RELATIONS = [
    ("investment", {"investor": "Lindqvist Energy#0", "amount": "2.1 billion euros",
                    "recipient": "Poland#0"}),
    ("located_in", {"place": "Wroclaw#0", "container": "Poland#0"}),
    ("holds_position", {"person": "Ebba Sandström", "title": "Chief executive"}),
    ("visit", {"visitor": "Ebba Sandström", "destination": "Wroclaw#1", "date": "Tuesday#1"}),
    ("agreement", {"party": ["Ebba Sandström", "Polish Investment and Trade Agency"],
                   "agreement": "@investment agreement"}),
    ("statement", {"speaker": "Sandström#1",
                   "quote": "@Poland gives us engineers, grid capacity and a short road to our "
                            "customers in Germany"}),
    ("commitment", {"agent": "Lindqvist Energy#1", "value": "20 gigawatt hours",
                    "deadline": "2028", "topic": "@output"}),
    ("holds_position", {"person": "Donald Tusk", "title": "Prime Minister",
                        "organization": "Polish#2"}),
    ("statement", {"speaker": "Donald Tusk",
                   "quote": "@the biggest private industrial investment in Poland since we "
                            "joined the European Union"}),
    ("commitment", {"agent": "Warsaw", "value": "480 million zlotys", "topic": "@factory#1"}),
    ("holds_position", {"person": "Marta Kowalczyk", "title": "Development Minister"}),
    ("statement", {"speaker": "Marta Kowalczyk", "quote": "@Lindqvist will not be the last"}),
]
