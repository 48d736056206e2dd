"""Gold annotation source for corpus/articles/dev/santiago-president-elect-pledges.txt."""

ENTITIES = [
    ("SANTIAGO", "GPE", 0, "Santiago"),
    ("November 23, 2026", "DATE", 0, "2026-11-23"),
    ("Gleaner Wire", "ORG", 0),
    ("March", "DATE", 0, "2027-03"),
    ("Camila Rojas", "PERSON", 0),
    ("president-elect", "TITLE", 0),
    ("Chile", "GPE", 0),
    ("first", "ORDINAL", 0, 1),
    ("Sunday", "DATE", 0, "2026-11-22"),
    # paragraph 2
    ("Rojas", "PERSON", 1, "Camila Rojas"),
    ("mayor", "TITLE", 0),
    ("Valparaíso", "GPE", 0),
    ("54%", "PERCENT", 0, 54),
    ("Diego Fuentes", "PERSON", 0),
    ("National Renewal", "ORG", 0),
    ("president", "TITLE", 1),
    ("March 11", "DATE", 0, "2027-03-11"),
    # the bullets
    ("Rojas", "PERSON", 2, "Camila Rojas"),
    ("20%", "PERCENT", 0, 20),
    ("2028", "DATE", 0, "2028"),
    ("15", "CARDINAL", 0, 15),
    ("10%", "PERCENT", 0, 10),
    # paragraph 4
    ("Argentine", "NORP", 0),
    ("President", "TITLE", 0),
    ("Martín Ibarra", "PERSON", 0),
    ("Peruvian", "NORP", 0),
    ("President", "TITLE", 1),
    ("Rosa Huamán", "PERSON", 0),
    ("Rojas", "PERSON", 3, "Camila Rojas"),
    ("Monday", "DATE", 0, "2026-11-23"),
    # paragraph 5
    ("Fuentes", "PERSON", 1, "Diego Fuentes"),
    ("Sunday night", "TIME", 0),
    # paragraph 6
    ("Monday", "DATE", 1, "2026-11-23"),
    ("Rojas", "PERSON", 4, "Camila Rojas"),
    ("Fuentes", "PERSON", 2, "Diego Fuentes"),
    ("Finance Minister", "TITLE", 0),
    ("Andrés Vidal", "PERSON", 0),
    ("Santiago Mining Forum", "EVENT", 0),
    ("Andes Cobre", "ORG", 0),
    ("$3 billion", "MONEY", 0, (3e9, "USD")),
    ("Antofagasta", "GPE", 0),
    ("chairman", "TITLE", 0),
    ("Tomás Lira", "PERSON", 0),
    # paragraph 7
    ("Banco Austral", "ORG", 0),
    ("about 1.5%", "PERCENT", 0, 1.5),
]

UNANNOTATED = [("We", 0), ("The", 0), ("On", 0), ("Economists", 0)]

RELATIONS = [
    ("statement", {"speaker": "Camila Rojas", "quote": "@We will not wait for March to start"}),
    ("holds_position", {"person": "Camila Rojas", "title": "president-elect", "organization": "Chile"}),
    # "She will be sworn in as president": the office she will hold
    ("holds_position", {"person": "Rojas#1", "title": "president#1"}),
    # "Rojas has promised to:" and one commitment per bullet
    ("commitment", {"agent": "Rojas#2", "value": "20%", "deadline": "2028", "topic": "@minimum wage"}),
    ("commitment", {"agent": "Rojas#2", "value": "15", "topic": "@public hospitals"}),
    ("commitment", {"agent": "Rojas#2", "value": "10%", "topic": "@royalty"}),
    ("holds_position", {"person": "Martín Ibarra", "title": "President#0", "organization": "Argentine"}),
    ("holds_position", {"person": "Rosa Huamán", "title": "President#1", "organization": "Peruvian"}),
    # a video call is a meeting
    ("meeting", {"participant": ["Martín Ibarra", "Rosa Huamán", "Rojas#3"], "date": "Monday#0"}),
    ("statement", {"speaker": "Fuentes#1", "quote": "@The voters have spoken, and we will be a loyal opposition"}),
    ("attendance", {"attendee": "Rojas#4", "event": "Santiago Mining Forum", "date": "Monday#1"}),
    ("attendance", {"attendee": "Fuentes#2", "event": "Santiago Mining Forum", "date": "Monday#1"}),
    ("attendance", {"attendee": "Andrés Vidal", "event": "Santiago Mining Forum", "date": "Monday#1"}),
    ("holds_position", {"person": "Andrés Vidal", "title": "Finance Minister"}),
    ("investment", {"investor": "Andes Cobre", "amount": "$3 billion", "recipient": "Antofagasta"}),
    ("holds_position", {"person": "Tomás Lira", "title": "chairman", "organization": "Andes Cobre"}),
    ("statement", {"speaker": "Tomás Lira", "quote": "@a vote for stability"}),
]
