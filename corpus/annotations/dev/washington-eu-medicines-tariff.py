"""Gold annotation source for corpus/articles/dev/washington-eu-medicines-tariff.txt."""

ENTITIES = [
    ("WASHINGTON", "GPE", 0, "Washington"),
    ("August 6, 2026", "DATE", 0, "2026-08-06"),
    ("Gleaner Wire", "ORG", 0),
    ("United States", "GPE", 0),
    ("Europe", "LOC", 0),
    ("10%", "PERCENT", 0, 10),
    ("15%", "PERCENT", 0, 15),
    ("Thursday", "DATE", 0, "2026-08-06"),
    ("U.S.", "GPE", 0, "United States"),
    ("Trade Representative", "TITLE", 0),
    ("Jamieson Greer", "PERSON", 0),
    ("EU", "ORG", 0, "European Union"),
    ("trade commissioner", "TITLE", 0),
    ("Maroš Šefčovič", "PERSON", 0),
    ("Washington", "GPE", 0),
    ("EU", "ORG", 1, "European Union"),
    ("10%", "PERCENT", 1, 10),
    ("American", "NORP", 0),
    ("5%", "PERCENT", 0, 5),
    ("U.S.", "GPE", 1, "United States"),
    ("100%", "PERCENT", 0, 100),
    ("President", "TITLE", 0),
    ("Donald Trump", "PERSON", 0),
    ("last year", "DATE", 0, "2025"),
    ("Atlantic", "LOC", 0),
    ("Šefčovič", "PERSON", 1, "Maroš Šefčovič"),
    ("Switzerland", "GPE", 0),
    ("39%", "PERCENT", 0, 39),
    ("Swiss", "NORP", 0),
    ("last August", "DATE", 0, "2025-08"),
    ("Roche", "ORG", 0),
    ("Basel", "GPE", 0),
    ("Switzerland", "GPE", 1),
    ("Thursday", "DATE", 1, "2026-08-06"),
    ("$50 billion", "MONEY", 0, (5e10, "USD")),
    ("U.S.", "GPE", 2, "United States"),
    ("five years", "DATE", 0, None),
    ("chairman", "TITLE", 0),
    ("Severin Schwan", "PERSON", 0),
    ("White House", "FAC", 0),
    ("next month", "DATE", 0, "2026-09"),
]

UNANNOTATED = [("Drugmakers", 0)]

RELATIONS = [
    # the EU is an ORG, so "from Europe" gives no target; dropping duties states no rate
    ("tariff_change", {"imposer": "United States", "new_rate": "10%#0", "old_rate": "15%",
                       "product": "@branded medicines"}),
    ("holds_position", {"person": "Jamieson Greer", "title": "Trade Representative", "organization": "U.S.#0"}),
    ("holds_position", {"person": "Maroš Šefčovič", "title": "trade commissioner", "organization": "EU#0"}),
    # the meeting's date is not stated (the deal was announced on Thursday)
    ("meeting", {"participant": ["Jamieson Greer", "Maroš Šefčovič"], "location": "Washington"}),
    ("tariff_change", {"imposer": "EU#1", "new_rate": "5%", "old_rate": "10%#1", "target": "American",
                       "product": "@lobster"}),
    # a threatened tariff is no change
    ("holds_position", {"person": "Donald Trump", "title": "President"}),
    ("statement", {"speaker": "Šefčovič#1",
                   "quote": "@This takes medicines out of the trade war, and that is what patients on both sides of the Atlantic needed"}),
    # the Swiss 39% is an existing rate, no change
    ("located_in", {"place": "Basel", "container": "Switzerland#1"}),
    ("investment", {"investor": "Roche", "amount": "$50 billion", "recipient": "U.S.#2",
                    "sector": "@manufacturing and research"}),
    ("holds_position", {"person": "Severin Schwan", "title": "chairman", "organization": "Roche"}),
    # a White House visit: FAC destination
    ("visit", {"visitor": "Severin Schwan", "destination": "White House", "date": "next month"}),
]
