"""Gold annotation source for corpus/articles/dev/riyadh-fii-data-centre-pledges.txt."""

ENTITIES = [
    ("RIYADH", "GPE", 0, "Riyadh"),
    ("October 27, 2026", "DATE", 0, "2026-10-27"),
    ("Gleaner Wire", "ORG", 0),
    ("more than $30 billion", "MONEY", 0, (3e10, "USD")),
    ("Saudi Arabia", "GPE", 0),
    ("Tuesday", "DATE", 0, "2026-10-27"),
    ("first", "ORDINAL", 0, 1),
    ("Future Investment Initiative", "EVENT", 0),
    ("Crown Prince", "TITLE", 0),
    ("Mohammed bin Salman", "PERSON", 0),
    ("BlackRock", "ORG", 0),
    ("chief executive", "TITLE", 0),
    ("Larry Fink", "PERSON", 0),
    ("Nvidia", "ORG", 0),
    ("Jensen Huang", "PERSON", 0),
    ("Humain", "ORG", 0),
    ("Public Investment Fund", "ORG", 0),
    ("Amazon Web Services", "ORG", 0),
    ("$5.3 billion", "MONEY", 0, (5.3e9, "USD")),
    ("Dammam", "GPE", 0),
    ("Gulf", "LOC", 0),
    ("Qualcomm", "ORG", 0),
    ("$1 billion", "MONEY", 0, (1e9, "USD")),
    ("Humain", "ORG", 1),
    ("$10 billion", "MONEY", 0, (1e10, "USD")),
    ("Google Cloud", "ORG", 0),
    ("Humain", "ORG", 2),
    ("chief executive", "TITLE", 1),
    ("Tareq Amin", "PERSON", 0),
    ("Energy Minister", "TITLE", 0),
    ("Abdulaziz bin Salman", "PERSON", 0),
    ("50 percent", "PERCENT", 0, 50),
    ("2030", "DATE", 0, "2030"),
    ("about 10 percent", "PERCENT", 0, 10),
    ("South Korean", "NORP", 0),
    ("President", "TITLE", 0),
    ("Lee Jae-myung", "PERSON", 0),
    ("Monday", "DATE", 0, "2026-10-26"),
    ("Wednesday", "DATE", 0, "2026-10-28"),
]

UNANNOTATED = [("AI", 0), ("Prince", 1)]   # "an AI zone"; the royal style after the title

RELATIONS = [
    # "Investors announced more than $30 billion": no investor named
    ("attendance", {"attendee": "Mohammed bin Salman", "event": "Future Investment Initiative"}),
    ("holds_position", {"person": "Mohammed bin Salman", "title": "Crown Prince"}),
    ("holds_position", {"person": "Larry Fink", "title": "chief executive#0", "organization": "BlackRock"}),
    # "were among the speakers" at the conference
    ("attendance", {"attendee": "Larry Fink", "event": "Future Investment Initiative"}),
    ("attendance", {"attendee": "Jensen Huang", "event": "Future Investment Initiative"}),
    ("investment", {"investor": "Amazon Web Services", "amount": "$5.3 billion", "recipient": "Dammam"}),
    ("located_in", {"place": "Dammam", "container": "Gulf"}),
    ("commitment", {"agent": "Qualcomm", "value": "$1 billion", "topic": "@chip design unit"}),
    ("investment", {"investor": "Qualcomm", "amount": "$1 billion", "recipient": "Humain#1"}),
    # "the fund itself committed $10 billion to a venture"
    ("commitment", {"agent": "Public Investment Fund", "value": "$10 billion", "topic": "@venture"}),
    ("investment", {"investor": "Public Investment Fund", "amount": "$10 billion"}),
    ("statement", {"speaker": "Tareq Amin", "quote": "@Compute is the new oil, and we intend to export it"}),
    ("holds_position", {"person": "Tareq Amin", "title": "chief executive#1", "organization": "Humain#2"}),
    ("holds_position", {"person": "Abdulaziz bin Salman", "title": "Energy Minister"}),
    # "the kingdom aimed to generate 50 percent of its electricity from renewables"
    ("commitment", {"agent": "Saudi Arabia", "value": "50 percent", "deadline": "2030", "topic": "@electricity"}),
    ("holds_position", {"person": "Lee Jae-myung", "title": "President", "organization": "South Korean"}),
    # "flew in on Monday": no destination stated
    ("meeting", {"participant": ["Lee Jae-myung", "Mohammed bin Salman"], "date": "Wednesday"}),
]
