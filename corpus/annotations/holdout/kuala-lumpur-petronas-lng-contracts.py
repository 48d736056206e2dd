"""Gold annotation source for corpus/articles/holdout/kuala-lumpur-petronas-lng-contracts.txt."""

ENTITIES = [
    ("KUALA LUMPUR", "GPE", 0, "Kuala Lumpur"),
    ("December 3, 2026", "DATE", 0, "2026-12-03"),
    ("Gleaner Wire", "ORG", 0),
    ("Malaysia", "GPE", 0),
    ("Petronas", "ORG", 0),
    ("three", "CARDINAL", 0, 3),
    ("Asian", "NORP", 0),
    ("Thursday", "DATE", 0, "2026-12-03"),
    ("Energy Asia", "EVENT", 0),
    ("Kuala Lumpur", "GPE", 0),
    ("Petronas", "ORG", 1),
    ("chief executive", "TITLE", 0),
    ("Tengku Muhammad Taufik", "PERSON", 0),
    ("15-year", "DATE", 0, None),
    ("Korea Gas Corporation", "ORG", 0),
    ("1.5 million tonnes", "QUANTITY", 0, 1.5e6),
    ("Taiwan", "GPE", 0),
    ("CPC", "ORG", 0),
    ("Japan", "GPE", 0),
    ("Tokyo Gas", "ORG", 0),
    ("Prime Minister", "TITLE", 0),
    ("Anwar Ibrahim", "PERSON", 0),
    ("Wednesday", "DATE", 0, "2026-12-02"),
    ("Malaysia", "GPE", 1),
    ("South Korea", "GPE", 0),
    ("trade minister", "TITLE", 0),
    ("Yeo Han-koo", "PERSON", 0),
    ("Malaysia", "GPE", 2),
    ("investment minister", "TITLE", 0),
    ("Tengku Zafrul Aziz", "PERSON", 0),
    ("two", "CARDINAL", 0, 2),
    ("last year", "DATE", 0, "2025"),
    ("Petronas", "ORG", 2),
    ("15 billion ringgit", "MONEY", 0, (1.5e10, "MYR")),
    ("Sabah", "GPE", 0),
    ("2029", "DATE", 0, "2029"),
    ("Shell", "ORG", 0),
    ("Sarawak", "GPE", 0),
    ("2 billion ringgit", "MONEY", 0, (2e9, "MYR")),
    ("Bintulu", "GPE", 0),
    ("Malaysia", "GPE", 3),
    ("8 percent", "PERCENT", 0, 8),
    ("10 percent", "PERCENT", 0, 10),
    ("Tuesday", "DATE", 0, "2026-12-01"),
    ("Energy Asia", "EVENT", 1),
    ("Friday", "DATE", 0, "2026-12-04"),
    ("More than 4,000", "CARDINAL", 0, 4000),
]

UNANNOTATED = [("LNG", 0), ("Coal", 0)]   # a commodity; starts a quote

RELATIONS = [
    # the buyers are no entities: Petronas and the contracts
    ("agreement", {"party": "Petronas#0", "agreement": "@supply contracts", "date": "Thursday"}),
    ("holds_position", {"person": "Tengku Muhammad Taufik", "title": "chief executive", "organization": "Petronas#1"}),
    # "with" ends the agreement phrase
    ("agreement", {"party": ["Tengku Muhammad Taufik", "Korea Gas Corporation"], "agreement": "@15-year deal"}),
    # "and shorter contracts with Taiwan's CPC and Japan's Tokyo Gas": one signing, two buyers
    ("agreement", {"party": ["Tengku Muhammad Taufik", "CPC", "Tokyo Gas"], "agreement": "@shorter contracts"}),
    ("holds_position", {"person": "Anwar Ibrahim", "title": "Prime Minister"}),
    # "who opened the conference on Wednesday": Energy Asia
    ("attendance", {"attendee": "Anwar Ibrahim", "event": "Energy Asia#0", "date": "Wednesday"}),
    ("statement", {"speaker": "Anwar Ibrahim", "quote": "@Coal is leaving our grid faster than anyone predicted"}),
    ("holds_position", {"person": "Yeo Han-koo", "title": "trade minister", "organization": "South Korea"}),
    # "attended the signing": a signing is no named event
    ("meeting", {"participant": ["Yeo Han-koo", "Tengku Zafrul Aziz"]}),
    ("holds_position", {"person": "Tengku Zafrul Aziz", "title": "investment minister", "organization": "Malaysia#2"}),
    # "a free trade agreement the two countries concluded last year"
    ("agreement", {"party": ["South Korea", "Malaysia#2"], "agreement": "@free trade agreement", "date": "last year"}),
    # "in a floating LNG facility off Sabah": a facility, and "off" places nothing in Sabah
    ("investment", {"investor": "Petronas#2", "amount": "15 billion ringgit"}),
    ("investment", {"investor": "Shell", "amount": "2 billion ringgit", "recipient": "Bintulu"}),
    ("tariff_change", {"imposer": "Malaysia#3", "new_rate": "8 percent", "old_rate": "10 percent",
                       "product": "@crude palm oil"}),
]
