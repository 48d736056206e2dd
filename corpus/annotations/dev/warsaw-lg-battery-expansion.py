"""Gold annotation source for corpus/articles/dev/warsaw-lg-battery-expansion.txt."""

ENTITIES = [
    ("WARSAW", "GPE", 0, "Warsaw"),
    ("November 5, 2026", "DATE", 0, "2026-11-05"),
    ("Gleaner Wire", "ORG", 0),
    ("LG Energy Solution", "ORG", 0),
    ("12 billion zlotys", "MONEY", 0, (1.2e10, "PLN")),
    ("Wrocław", "GPE", 0),
    ("Poland", "GPE", 0),
    ("Thursday", "DATE", 0, "2026-11-05"),
    ("European", "NORP", 0),
    ("Chinese", "NORP", 0),
    ("South Korean", "NORP", 0),
    ("9,000", "CARDINAL", 0, 9000),
    ("Biskupice Podgórne", "GPE", 0),
    ("Lower Silesia", "GPE", 0),
    ("1.5 billion zlotys", "MONEY", 0, (1.5e9, "PLN")),
    ("LG", "ORG", 1, "LG Energy Solution"),
    ("above 8,000", "CARDINAL", 0, 8000),
    ("2035", "DATE", 0, "2035"),
    ("Poland", "GPE", 1),
    ("Development Minister", "TITLE", 0),
    ("Krzysztof Paszyk", "PERSON", 0),
    ("Seoul", "GPE", 0),
    ("next week", "DATE", 0, "2026-W46"),
    ("Prime Minister", "TITLE", 0),
    ("Donald Tusk", "PERSON", 0),
    ("Samsung SDI", "ORG", 0),
    ("Poland", "GPE", 2),
    ("€900 million", "MONEY", 0, (9e8, "EUR")),
    ("Hungary", "GPE", 0),
    ("BMW", "ORG", 0),
    ("Volkswagen", "ORG", 0),
    ("LG", "ORG", 2, "LG Energy Solution"),
    ("11%", "PERCENT", 0, 11),
    ("2023", "DATE", 0, "2023"),
]

UNANNOTATED = [("Unions", 0)]

RELATIONS = [
    # a plant "near Wrocław": no recipient entity
    ("investment", {"investor": "LG Energy Solution", "amount": "12 billion zlotys"}),
    ("located_in", {"place": "Biskupice Podgórne", "container": "Lower Silesia"}),
    # state grants are no investment
    ("commitment", {"agent": "LG#1", "value": "above 8,000", "deadline": "2035", "topic": "@employment"}),
    ("statement", {"speaker": "Krzysztof Paszyk",
                   "quote": "@Poland is no longer a place where factories come to assemble other people’s components"}),
    ("holds_position", {"person": "Krzysztof Paszyk", "title": "Development Minister"}),
    ("visit", {"visitor": "Krzysztof Paszyk", "destination": "Seoul", "date": "next week"}),
    ("visit", {"visitor": "Donald Tusk", "destination": "Seoul", "date": "next week"}),
    ("holds_position", {"person": "Donald Tusk", "title": "Prime Minister"}),
    ("investment", {"investor": "Samsung SDI", "amount": "€900 million", "recipient": "Hungary"}),
]
