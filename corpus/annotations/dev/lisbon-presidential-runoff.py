"""Gold annotation source for corpus/articles/dev/lisbon-presidential-runoff.txt."""

ENTITIES = [
    ("LISBON", "GPE", 0, "Lisbon"),
    ("February 9, 2026", "DATE", 0, "2026-02-09"),
    ("Gleaner Wire", "ORG", 0),
    ("António José Seguro", "PERSON", 0),
    ("leader", "TITLE", 0),
    ("Socialist Party", "ORG", 0),
    ("Portugal", "GPE", 0),
    ("Sunday", "DATE", 0, "2026-02-08"),
    ("61%", "PERCENT", 0, 61),
    ("André Ventura", "PERSON", 0),
    ("Seguro", "PERSON", 1, "António José Seguro"),
    ("63", "DATE", 0, None),
    ("Assembly of the Republic", "ORG", 0),
    ("March 9", "DATE", 0, "2026-03-09"),
    ("Marcelo Rebelo de Sousa", "PERSON", 0),
    ("two", "CARDINAL", 0, 2),
    ("Portugal", "GPE", 1),
    ("Seguro", "PERSON", 2, "António José Seguro"),
    ("Lisbon", "GPE", 0),
    ("Praça do Comércio", "FAC", 0),
    ("Sunday", "DATE", 1, "2026-02-08"),
    ("Prime Minister", "TITLE", 0),
    ("Luís Montenegro", "PERSON", 0),
    ("Socialist", "NORP", 1),
    ("Monday morning", "TIME", 0),
    ("Wednesday", "DATE", 0, "2026-02-11"),
    ("Spain", "GPE", 0),
    ("Prime Minister", "TITLE", 1),
    ("Pedro Sánchez", "PERSON", 0),
    ("Seguro", "PERSON", 3, "António José Seguro"),
    ("first", "ORDINAL", 0, 1),
    ("Madrid", "GPE", 0),
    ("Brussels", "GPE", 0),
    ("April", "DATE", 0, "2026-04"),
    ("Ventura", "PERSON", 1, "André Ventura"),
    ("Chega", "ORG", 0),
    ("second", "ORDINAL", 0, 2),
    ("last year", "DATE", 0, "2025"),
    ("two", "CARDINAL", 1, 2),
]

UNANNOTATED = [("Monday", 0), ("two", 1)]   # inside the TIME "Monday morning"; "the two" is a reference

RELATIONS = [
    # "a former leader": the office is not held
    ("statement", {"speaker": "Seguro#2",
                   "quote": "@Portugal chose to remain a country that welcomes and integrates, not one that fears"}),
    ("located_in", {"place": "Praça do Comércio", "container": "Lisbon"}),
    ("holds_position", {"person": "Luís Montenegro", "title": "Prime Minister#0"}),
    # a phone call and a planned meeting: two meetings of the same pair ("him" is Seguro)
    ("meeting", {"participant": ["Luís Montenegro", "Seguro#2"]}),
    ("meeting", {"participant": ["Luís Montenegro", "Seguro#2"], "date": "Wednesday"}),
    ("holds_position", {"person": "Pedro Sánchez", "title": "Prime Minister#1", "organization": "Spain"}),
    ("meeting", {"participant": ["Pedro Sánchez", "Seguro#2"]}),
    # a planned first trip and a planned visit
    ("visit", {"visitor": "Seguro#3", "destination": "Madrid"}),
    ("visit", {"visitor": "Seguro#3", "destination": "Brussels", "date": "April"}),
    ("statement", {"speaker": "Ventura#1", "quote": "@respect the result and keep fighting"}),
]
