"""Gold annotation source for corpus/articles/dev/charlotte-siemens-rail-plant.txt."""

ENTITIES = [
    ("CHARLOTTE", "GPE", 0, "Charlotte"),
    ("November 10, 2026", "DATE", 0, "2026-11-10"),
    ("Gleaner Wire", "ORG", 0),
    ("Siemens Mobility", "ORG", 0),
    ("$340 million", "MONEY", 0, (3.4e8, "USD")),
    ("second", "ORDINAL", 0, 2),
    ("Lexington", "GPE", 0),
    ("North Carolina", "GPE", 0),
    ("900", "CARDINAL", 0, 900),
    ("2029", "DATE", 0, "2029"),
    ("Governor", "TITLE", 0),
    ("Josh Stein", "PERSON", 0),
    ("Tuesday", "DATE", 0, "2026-11-10"),
    ("Amtrak", "ORG", 0),
    ("New York", "GPE", 0),
    ("Chicago", "GPE", 0),
    ("Siemens", "ORG", 1),
    ("first", "ORDINAL", 0, 1),
    ("North Carolina", "GPE", 1),
    ("Lexington", "GPE", 1),
    ("2024", "DATE", 0, "2024"),
    ("Americans", "NORP", 0),
    ("Americans", "NORP", 1),
    ("Stein", "PERSON", 1, "Josh Stein"),
    ("Siemens Mobility", "ORG", 1),
    ("chief executive", "TITLE", 0),
    ("Michael Peter", "PERSON", 0),
    ("Transportation Secretary", "TITLE", 0),
    ("Sean Duffy", "PERSON", 0),
    ("Peter", "PERSON", 1, "Michael Peter"),
    ("North Carolina", "GPE", 2),
    ("Georgia", "GPE", 0),
    ("Ohio", "GPE", 0),
    ("Munich", "GPE", 0),
    ("Monday", "DATE", 0, "2026-11-09"),
    ("Sacramento", "GPE", 0),
    ("California", "GPE", 0),
    ("Thursday", "DATE", 0, "2026-11-12"),
    ("$45 million", "MONEY", 0, (4.5e7, "USD")),
    ("12 years", "DATE", 0, None),
    ("Davidson County", "GPE", 0),
    ("Lexington", "GPE", 2),
    ("$8 million", "MONEY", 0, (8e6, "USD")),
    ("Siemens", "ORG", 3),
    ("$20 million", "MONEY", 0, (2e7, "USD")),
    ("Davidson-Davie Community College", "ORG", 0),
    ("next five years", "DATE", 0, None),
    ("at least 70 percent", "PERCENT", 0, 70),
    ("United States", "GPE", 0),
]

UNANNOTATED = []

RELATIONS = [
    ("investment", {"investor": "Siemens Mobility#0", "amount": "$340 million", "recipient": "Lexington#0"}),
    ("located_in", {"place": "Lexington#0", "container": "North Carolina#0"}),
    # "creating 900 jobs by 2029": no commitment word
    ("holds_position", {"person": "Josh Stein", "title": "Governor"}),
    ("statement", {"speaker": "Stein#1", "quote": "@The trains that carry Americans will be built by Americans"}),
    ("holds_position", {"person": "Michael Peter", "title": "chief executive", "organization": "Siemens Mobility#1"}),
    ("holds_position", {"person": "Sean Duffy", "title": "Transportation Secretary"}),
    # "He flew in from Munich" names where he came from, not a visit; "will visit the company’s
    # plant in Sacramento, California, on Thursday"
    ("visit", {"visitor": "Peter#1", "destination": "Sacramento", "date": "Thursday"}),
    ("located_in", {"place": "Sacramento", "container": "California"}),
    # "The state committed $45 million in job development grants": the state is North Carolina;
    # grants are no investment
    ("commitment", {"agent": "North Carolina#2", "value": "$45 million", "topic": "@job development grants"}),
    ("located_in", {"place": "Lexington#2", "container": "Davidson County"}),
    # money for training is no investment
    ("commitment", {"agent": "Siemens#3", "value": "$20 million", "topic": "@training workers"}),
]
