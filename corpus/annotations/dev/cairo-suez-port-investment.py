"""Gold annotation source for corpus/articles/dev/cairo-suez-port-investment.txt."""

ENTITIES = [
    ("CAIRO", "GPE", 0, "Cairo"),
    ("March 4, 2026", "DATE", 0, "2026-03-04"),
    ("Gleaner Wire", "ORG", 0),
    ("AD Ports Group", "ORG", 0),
    ("Abu Dhabi", "GPE", 0),
    ("$1.4 billion", "MONEY", 0, (1.4e9, "USD")),
    ("Sokhna", "GPE", 0),
    ("Gulf of Suez", "LOC", 0),
    ("Egypt", "GPE", 0),
    ("Wednesday", "DATE", 0, "2026-03-04"),
    ("Gulf", "LOC", 1),
    ("Suez Canal Economic Zone", "LOC", 0),
    ("managing director", "TITLE", 0),
    ("Mohamed Juma Al Shamisi", "PERSON", 0),
    ("Cairo", "GPE", 0),
    ("Prime Minister", "TITLE", 0),
    ("Mostafa Madbouly", "PERSON", 0),
    ("New Administrative Capital", "GPE", 0),
    ("China", "GPE", 0),
    ("COSCO Shipping", "ORG", 0),
    ("East Port Said", "GPE", 0),
    ("$300 million", "MONEY", 0, (3e8, "USD")),
    ("Egypt", "GPE", 1),
    ("Madbouly", "PERSON", 1, "Mostafa Madbouly"),
    ("more than half", "CARDINAL", 0, 0.5),
    ("2024", "DATE", 0, "2024"),
    ("Houthi", "NORP", 0),
    ("Red Sea", "LOC", 0),
    ("Cape of Good Hope", "LOC", 0),
    ("Egypt", "GPE", 2),
    ("transport minister", "TITLE", 0),
    ("Kamel al-Wazir", "PERSON", 0),
    ("Tuesday", "DATE", 0, "2026-03-03"),
    ("last four months", "DATE", 0, None),
]

UNANNOTATED = [("Traffic", 0), ("Revenue", 0)]

RELATIONS = [
    # a terminal at Sokhna: the port's place is the recipient
    ("investment", {"investor": "AD Ports Group", "amount": "$1.4 billion", "recipient": "Sokhna"}),
    ("located_in", {"place": "Sokhna", "container": "Gulf of Suez"}),
    # "The company's managing director": AD Ports Group
    ("holds_position", {"person": "Mohamed Juma Al Shamisi", "title": "managing director", "organization": "AD Ports Group"}),
    ("visit", {"visitor": "Mohamed Juma Al Shamisi", "destination": "Cairo#0"}),
    ("holds_position", {"person": "Mostafa Madbouly", "title": "Prime Minister"}),
    # a concession signed by both is an agreement (a text span)
    ("agreement", {"party": ["Mohamed Juma Al Shamisi", "Mostafa Madbouly"], "agreement": "@concession"}),
    # "east of the city": no located_in
    # "put $300 million into new cranes there": no recipient entity
    ("investment", {"investor": "COSCO Shipping", "amount": "$300 million"}),
    ("statement", {"speaker": "Madbouly#1",
                   "quote": "@Traffic through the canal has not recovered, but the ships will come back, and when they do we want them to stop in Egypt"}),
    ("holds_position", {"person": "Kamel al-Wazir", "title": "transport minister", "organization": "Egypt#2"}),
]
