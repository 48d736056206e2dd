"""Gold annotation source for corpus/articles/dev/brasilia-forest-fund-pledges.txt."""

ENTITIES = [
    ("BRASÍLIA", "GPE", 0, "Brasília"),
    ("July 8, 2026", "DATE", 0, "2026-07-08"),
    ("Gleaner Wire", "ORG", 0),
    ("Norway", "GPE", 0),
    ("$3 billion", "MONEY", 0, (3e9, "USD")),
    ("ten years", "DATE", 0, None),
    ("Tropical Forest Forever Facility", "ORG", 0),
    ("Wednesday", "DATE", 0, "2026-07-08"),
    ("first", "ORDINAL", 0, 1),
    ("Tropical Forests Pledging Conference", "EVENT", 0),
    ("Brasília", "GPE", 0),
    ("$25 billion", "MONEY", 0, (2.5e10, "USD")),
    ("2030", "DATE", 0, "2030"),
    ("Germany", "GPE", 0),
    ("1 billion euros", "MONEY", 0, (1e9, "EUR")),
    ("Netherlands", "GPE", 0),
    ("300 million euros", "MONEY", 0, (3e8, "EUR")),
    ("China", "GPE", 0),
    ("Brazil", "GPE", 0),
    ("COP30", "EVENT", 0),
    ("Belém", "GPE", 0),
    ("$1 billion", "MONEY", 0, (1e9, "USD")),
    ("Environment Minister", "TITLE", 0),
    ("Marina Silva", "PERSON", 0),
    ("Norway", "GPE", 1),
    ("climate minister", "TITLE", 0),
    ("Andreas Bjelland Eriksen", "PERSON", 0),
    ("first", "ORDINAL", 1, 1),
    ("President", "TITLE", 0),
    ("Luiz Inácio Lula da Silva", "PERSON", 0),
    ("Eriksen", "PERSON", 1, "Andreas Bjelland Eriksen"),
    ("German", "NORP", 0),
    ("development minister", "TITLE", 0),
    ("Reem Alabali Radovan", "PERSON", 0),
    ("Planalto Palace", "FAC", 0),
    ("afternoon", "TIME", 0),
    ("Itamaraty Palace", "FAC", 0),
    ("only 20%", "PERCENT", 0, 20),
]

UNANNOTATED = [("Indigenous", 0)]

RELATIONS = [
    # a pledge to a fund: a commitment; the fund's capital target is the backers' hope, no pledge
    ("commitment", {"agent": "Norway#0", "value": "$3 billion", "topic": "@Tropical Forest Forever Facility"}),
    ("commitment", {"agent": "Germany", "value": "1 billion euros"}),
    ("commitment", {"agent": "Netherlands", "value": "300 million euros"}),
    # "has already contributed $1 billion": a contribution, neither pledge nor investment
    # "The conference was opened by A and attended by B": the named conference
    ("attendance", {"attendee": "Marina Silva", "event": "Tropical Forests Pledging Conference"}),
    ("holds_position", {"person": "Marina Silva", "title": "Environment Minister"}),
    ("attendance", {"attendee": "Andreas Bjelland Eriksen", "event": "Tropical Forests Pledging Conference"}),
    ("holds_position", {"person": "Andreas Bjelland Eriksen", "title": "climate minister", "organization": "Norway#1"}),
    ("statement", {"speaker": "Andreas Bjelland Eriksen",
                   "quote": "@the first serious attempt to pay countries for trees that are still standing"}),
    ("holds_position", {"person": "Luiz Inácio Lula da Silva", "title": "President"}),
    ("meeting", {"participant": ["Luiz Inácio Lula da Silva", "Eriksen#1", "Reem Alabali Radovan"],
                 "location": "Planalto Palace"}),
    ("holds_position", {"person": "Reem Alabali Radovan", "title": "development minister", "organization": "German"}),
]
