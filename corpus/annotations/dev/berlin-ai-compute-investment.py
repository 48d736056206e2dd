"""Gold annotation source for corpus/articles/dev/berlin-ai-compute-investment.txt."""

ENTITIES = [
    ("BERLIN", "GPE", 0, "Berlin"),
    ("April 2, 2026", "DATE", 0, "2026-04-02"),
    ("Gleaner Wire", "ORG", 0),
    ("Germany", "GPE", 0),
    ("5 billion euros", "MONEY", 0, (5e9, "EUR")),
    ("Digital Minister", "TITLE", 0),
    ("Katrin Vogel", "PERSON", 0),
    ("Thursday", "DATE", 0, "2026-04-02"),
    ("Berlin", "GPE", 0),
    # paragraph 2
    ("first", "ORDINAL", 0, 1),
    ("Jülich", "GPE", 0),
    ("North Rhine-Westphalia", "GPE", 0),
    ("U.S.", "GPE", 0, "United States"),
    ("Cobalt Systems", "ORG", 0),
    ("2027", "DATE", 0, "2027"),
    ("Cobalt", "ORG", 1, "Cobalt Systems"),
    ("chief executive", "TITLE", 0),
    ("Daniel Okoye", "PERSON", 0),
    ("Chancellor", "TITLE", 0),
    ("Friedrich Brandt", "PERSON", 0),
    ("Berlin", "GPE", 1),
    ("Wednesday", "DATE", 0, "2026-04-01"),
    ("700 million euros", "MONEY", 0, (7e8, "EUR")),
    ("Munich", "GPE", 0),
    # paragraph 3
    ("Europe", "LOC", 0),
    ("Vogel", "PERSON", 1, "Katrin Vogel"),
    # paragraph 4
    ("French", "NORP", 0),
    ("Digital Minister", "TITLE", 1),
    ("Julien Mercier", "PERSON", 0),
    ("France", "GPE", 0),
    ("Germany", "GPE", 1),
    ("two", "CARDINAL", 0, 2),
    ("European Digital Summit", "EVENT", 0),
    ("Lisbon", "GPE", 0),
    ("May", "DATE", 0, "2026-05"),
]

RELATIONS = [
    ("investment", {"investor": "Germany#0", "amount": "5 billion euros",
                    "sector": "@artificial intelligence"}),
    ("holds_position", {"person": "Katrin Vogel", "title": "Digital Minister#0"}),
    ("located_in", {"place": "Jülich", "container": "North Rhine-Westphalia"}),
    # "Cobalt, whose chief executive, Daniel Okoye, met ..."
    ("holds_position", {"person": "Daniel Okoye", "title": "chief executive", "organization": "Cobalt#1"}),
    ("meeting", {"participant": ["Daniel Okoye", "Friedrich Brandt"], "location": "Berlin#1",
                 "date": "Wednesday"}),
    ("holds_position", {"person": "Friedrich Brandt", "title": "Chancellor"}),
    ("investment", {"investor": "Cobalt#1", "amount": "700 million euros", "recipient": "Munich"}),
    ("statement", {"speaker": "Vogel#1",
                   "quote": "@Europe has the talent, but it has been renting its computing power "
                            "from others"}),
    ("statement", {"speaker": "Vogel#1", "quote": "@That ends now"}),
    ("holds_position", {"person": "Julien Mercier", "title": "Digital Minister#1",
                        "organization": "French"}),
    ("agreement", {"party": ["France", "Germany#1"], "agreement": "@national centres"}),
    # "The two ministers will present the plan at ..." = Vogel and Mercier
    ("attendance", {"attendee": "Vogel#1", "event": "European Digital Summit", "location": "Lisbon",
                    "date": "May"}),
    ("attendance", {"attendee": "Julien Mercier", "event": "European Digital Summit",
                    "location": "Lisbon", "date": "May"}),
]
