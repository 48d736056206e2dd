"""Gold annotation source for corpus/articles/dev/nairobi-africa-health-summit.txt."""

ENTITIES = [
    ("NAIROBI", "GPE", 0, "Nairobi"),
    ("May 27, 2026", "DATE", 0, "2026-05-27"),
    ("Gleaner Wire", "ORG", 0),
    ("30", "CARDINAL", 0, 30),
    ("African", "NORP", 0),
    ("Kenya", "GPE", 0),
    ("Wanjiru Kamau", "PERSON", 0),
    ("Ghana", "GPE", 0),
    ("Kofi Mensah", "PERSON", 0),
    ("Rwanda", "GPE", 0),
    ("Claudine Uwase", "PERSON", 0),
    ("Africa Health Summit", "EVENT", 0),
    ("Nairobi", "GPE", 0),
    ("Wednesday", "DATE", 0, "2026-05-27"),
    # paragraph 2
    ("Africa Centres for Disease Control and Prevention", "ORG", 0),
    ("50 million", "CARDINAL", 0, 5e7),
    # paragraph 3
    ("first", "ORDINAL", 0, 1),
    ("Kisumu", "GPE", 0),
    ("Kumasi", "GPE", 0),
    ("Kamau", "PERSON", 1, "Wanjiru Kamau"),
    # paragraph 4
    ("Kenya", "GPE", 1),
    ("Rwanda", "GPE", 1),
    ("Kamau", "PERSON", 2, "Wanjiru Kamau"),
    ("Mensah", "PERSON", 1, "Kofi Mensah"),
    # paragraph 5
    ("Global Fund", "ORG", 0),
    ("400 million dollars", "MONEY", 0, (4e8, "USD")),
    ("African", "NORP", 1),
    ("three years", "DATE", 0, None),
    ("executive director", "TITLE", 0),
    ("Thomas Keller", "PERSON", 0),
    ("Nairobi", "GPE", 1),
    ("Tuesday", "DATE", 0, "2026-05-26"),
    ("first", "ORDINAL", 1, 1),
    ("September", "DATE", 0, "2026-09"),
]

RELATIONS = [
    # coordinated attendees inside an apposition: one each
    ("attendance", {"attendee": "Wanjiru Kamau", "event": "Africa Health Summit",
                    "location": "Nairobi#0", "date": "Wednesday"}),
    ("attendance", {"attendee": "Kofi Mensah", "event": "Africa Health Summit",
                    "location": "Nairobi#0", "date": "Wednesday"}),
    ("attendance", {"attendee": "Claudine Uwase", "event": "Africa Health Summit",
                    "location": "Nairobi#0", "date": "Wednesday"}),
    ("statement", {"speaker": "Kamau#1",
                   "quote": "@For the first time, a child in Kisumu and a child in Kumasi will get "
                            "the same medicine at the same price"}),
    ("agreement", {"party": ["Kenya#1", "Rwanda#1"],
                   "agreement": "@agreement on the mutual recognition of medicine approvals"}),
    ("meeting", {"participant": ["Kamau#2", "Mensah#1"]}),
    ("investment", {"investor": "Global Fund", "amount": "400 million dollars",
                    "sector": "@African drug makers"}),
    ("holds_position", {"person": "Thomas Keller", "title": "executive director",
                        "organization": "Global Fund"}),
    ("visit", {"visitor": "Thomas Keller", "destination": "Nairobi#1", "date": "Tuesday"}),
]
