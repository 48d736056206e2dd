"""Gold annotation source for corpus/articles/dev/adelaide-submarine-yard-funding.txt."""

ENTITIES = [
    ("ADELAIDE", "GPE", 0, "Adelaide"),
    ("June 16, 2026", "DATE", 0, "2026-06-16"),
    ("Gleaner Wire", "ORG", 0),
    ("Australia", "GPE", 0),
    ("3.9 billion Australian dollars", "MONEY", 0, (3.9e9, "AUD")),
    ("Osborne", "FAC", 0),
    ("Adelaide", "GPE", 0),
    ("South Australia", "GPE", 0),
    ("Defence Minister", "TITLE", 0),
    ("Richard Marles", "PERSON", 0),
    ("Tuesday", "DATE", 0, "2026-06-16"),
    ("BAE Systems", "ORG", 0),
    ("ASC", "ORG", 0),
    ("1.2 billion Australian dollars", "MONEY", 0, (1.2e9, "AUD")),
    ("4,000", "CARDINAL", 0, 4000),
    ("2030", "DATE", 0, "2030"),
    ("Rolls-Royce", "ORG", 0),
    ("500 million pounds", "MONEY", 0, (5e8, "GBP")),
    ("Derby", "GPE", 0),
    ("England", "GPE", 0),
    ("Marles", "PERSON", 1, "Richard Marles"),
    ("U.S. Navy", "ORG", 0),
    ("Secretary", "TITLE", 0),
    ("John Phelan", "PERSON", 0),
    ("Canberra", "GPE", 0),
    ("Monday", "DATE", 0, "2026-06-15"),
    ("first", "ORDINAL", 0, 1),
    ("early 2040s", "DATE", 0, None),
    ("Osborne", "FAC", 1),
    ("Australia", "GPE", 2),
    ("South Australia", "GPE", 1),
    ("premier", "TITLE", 0),
    ("Peter Malinauskas", "PERSON", 0),
    ("2,000", "CARDINAL", 0, 2000),
    ("defence spokesman", "TITLE", 0),
    ("Angus Taylor", "PERSON", 0),
]

UNANNOTATED = [("Every", 0)]

RELATIONS = [
    # a pledge for the country's own shipyard: a commitment, no investment ("the Osborne
    # shipyard" is FAC "Osborne")
    ("commitment", {"agent": "Australia#0", "value": "3.9 billion Australian dollars", "topic": "@Osborne shipyard"}),
    ("located_in", {"place": "Osborne#0", "container": "Adelaide"}),
    ("located_in", {"place": "Adelaide", "container": "South Australia#0"}),
    ("holds_position", {"person": "Richard Marles", "title": "Defence Minister"}),
    ("commitment", {"agent": "BAE Systems", "value": "1.2 billion Australian dollars", "topic": "@training academy"}),
    ("commitment", {"agent": "BAE Systems", "value": "4,000", "deadline": "2030", "topic": "@workers"}),
    ("investment", {"investor": "Rolls-Royce", "amount": "500 million pounds", "recipient": "Derby"}),
    ("located_in", {"place": "Derby", "container": "England"}),
    ("meeting", {"participant": ["Marles#1", "John Phelan"], "location": "Canberra", "date": "Monday"}),
    ("holds_position", {"person": "John Phelan", "title": "Secretary", "organization": "U.S. Navy"}),
    ("statement", {"speaker": "Marles#1", "quote": "@Every dollar we put into Osborne is a dollar that stays in Australia"}),
    ("holds_position", {"person": "Peter Malinauskas", "title": "premier", "organization": "South Australia#1"}),
    # "the state had set a target of 2,000": the state is South Australia
    ("commitment", {"agent": "South Australia#1", "value": "2,000", "topic": "@local apprentices"}),
    ("holds_position", {"person": "Angus Taylor", "title": "defence spokesman"}),
    ("statement", {"speaker": "Angus Taylor", "quote": "@fantasy"}),
]
