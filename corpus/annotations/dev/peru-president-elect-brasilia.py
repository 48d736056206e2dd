"""Gold annotation source for corpus/articles/dev/peru-president-elect-brasilia.txt."""

ENTITIES = [
    ("BRASÍLIA", "GPE", 0, "Brasília"),
    ("April 28, 2026", "DATE", 0, "2026-04-28"),
    ("Gleaner Wire", "ORG", 0),
    ("Peru", "GPE", 0),
    ("president-elect", "TITLE", 0),
    ("Rosa Huamán", "PERSON", 0),
    ("Brasília", "GPE", 0),
    ("Tuesday", "DATE", 0, "2026-04-28"),
    ("Brazilian", "NORP", 0),
    ("President", "TITLE", 0),
    ("Tiago Moreira", "PERSON", 0),
    ("two weeks", "DATE", 0, None),
    ("Lima", "GPE", 0),
    ("Jorge Paredes", "PERSON", 0),
    # paragraph 2
    ("Planalto Palace", "FAC", 0),
    ("Pacific", "LOC", 0),
    ("Chancay", "GPE", 0),
    ("Brazilian", "NORP", 1),
    ("Acre", "GPE", 0),
    ("Huamán", "PERSON", 1, "Rosa Huamán"),
    ("first", "ORDINAL", 0, 1),
    ("2031", "DATE", 0, "2031"),
    # paragraph 3
    ("Brazil", "GPE", 0),
    ("Huamán", "PERSON", 2, "Rosa Huamán"),
    # paragraph 4
    ("Brazil", "GPE", 1),
    ("BNDES", "ORG", 0),
    ("1.2 billion dollars", "MONEY", 0, (1.2e9, "USD")),
    ("Peruvian", "NORP", 0),
    ("Brazilian", "NORP", 2),
    ("Huamán", "PERSON", 3, "Rosa Huamán"),
    ("July 28", "DATE", 0, "2026-07-28"),
    ("Mercosur summit", "EVENT", 0),
    ("Asunción", "GPE", 0),
    ("Paraguay", "GPE", 0),
    ("December", "DATE", 0, "2026-12"),
    ("Moreira", "PERSON", 1, "Tiago Moreira"),
    ("Brazil", "GPE", 2),
    ("Lima", "GPE", 1),
    ("June", "DATE", 0, "2026-06"),
    ("two", "CARDINAL", 1, 2),
]

RELATIONS = [
    ("holds_position", {"person": "Rosa Huamán", "title": "president-elect", "organization": "Peru"}),
    ("visit", {"visitor": "Rosa Huamán", "destination": "Brasília#0", "date": "Tuesday"}),
    ("meeting", {"participant": ["Rosa Huamán", "Tiago Moreira"], "location": "Brasília#0", "date": "Tuesday"}),
    ("holds_position", {"person": "Tiago Moreira", "title": "President",
                        "organization": "Brazilian#0"}),
    # "The two leaders, meeting at the Planalto Palace, agreed to restart work on a highway"
    ("meeting", {"participant": ["Rosa Huamán", "Tiago Moreira"], "location": "Planalto Palace"}),
    ("agreement", {"party": ["Rosa Huamán", "Tiago Moreira"],
                   "agreement": "@work on a highway linking the Pacific port of Chancay with the "
                                "Brazilian state of Acre"}),
    ("statement", {"speaker": "Huamán#2",
                   "quote": "@Brazil is our biggest neighbour and it should be our biggest partner"}),
    # a pledge without an invest word: a commitment only
    ("commitment", {"agent": "BNDES", "value": "1.2 billion dollars"}),
    ("attendance", {"attendee": "Huamán#3", "event": "Mercosur summit", "location": "Asunción",
                    "date": "December"}),
    ("located_in", {"place": "Asunción", "container": "Paraguay"}),
]
