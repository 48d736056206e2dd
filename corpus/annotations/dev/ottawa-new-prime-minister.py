"""Gold annotation source for corpus/articles/dev/ottawa-new-prime-minister.txt."""

ENTITIES = [
    ("OTTAWA", "GPE", 0, "Ottawa"),
    ("October 14, 2026", "DATE", 0, "2026-10-14"),
    ("Gleaner Wire", "ORG", 0),
    ("Claire Fontaine", "PERSON", 0),
    ("Canada", "GPE", 0),
    ("prime minister", "TITLE", 0),
    ("Wednesday", "DATE", 0, "2026-10-14"),
    ("nine days", "DATE", 0, None),
    ("Liberal Party", "ORG", 0),
    # paragraph 2
    ("Fontaine", "PERSON", 1, "Claire Fontaine"),
    ("Bank of Canada", "ORG", 0),
    ("Ravi Sandhu", "PERSON", 0),
    ("Toronto", "GPE", 0),
    ("finance minister", "TITLE", 0),
    ("Mélanie Roy", "PERSON", 0),
    ("foreign minister", "TITLE", 0),
    ("Roy", "PERSON", 1, "Mélanie Roy"),
    ("Washington", "GPE", 0),
    ("Monday", "DATE", 0, "2026-10-19"),
    ("Fontaine", "PERSON", 2, "Claire Fontaine"),
    ("U.S.", "GPE", 0, "United States"),
    ("President", "TITLE", 0),
    ("Daniel Hart", "PERSON", 0),
    # paragraph 3
    ("Canadians", "NORP", 0),
    ("Fontaine", "PERSON", 3, "Claire Fontaine"),
    ("Rideau Hall", "FAC", 0),
    # paragraph 4
    ("first", "ORDINAL", 0, 1),
    ("2%", "PERCENT", 0, 2),
    ("2029", "DATE", 0, "2029"),
    ("Defence Minister", "TITLE", 0),
    ("Omar Haddad", "PERSON", 0),
    ("500,000", "CARDINAL", 0, 500000),
    ("five years", "DATE", 0, None),
    # paragraph 5
    ("Conservative", "NORP", 0),
    ("leader", "TITLE", 0),
    ("Mark Tanner", "PERSON", 0),
]

RELATIONS = [
    ("holds_position", {"person": "Claire Fontaine", "title": "prime minister",
                        "organization": "Canada#0"}),
    # "appointed Ravi Sandhu ... as finance minister": no organisation in the phrase
    ("holds_position", {"person": "Ravi Sandhu", "title": "finance minister"}),
    ("holds_position", {"person": "Mélanie Roy", "title": "foreign minister"}),
    ("visit", {"visitor": "Roy#1", "destination": "Washington", "date": "Monday"}),
    # a planned meeting
    ("meeting", {"participant": ["Fontaine#2", "Daniel Hart"]}),
    ("holds_position", {"person": "Daniel Hart", "title": "President", "organization": "U.S."}),
    ("statement", {"speaker": "Fontaine#3",
                   "quote": "@Canadians asked for a government that builds things, and that is "
                            "what they will get"}),
    # "Her first decision was a pledge to spend 2% ... on defence": she = Fontaine#3
    ("commitment", {"agent": "Fontaine#3", "value": "2%", "deadline": "2029", "topic": "@defence"}),
    ("holds_position", {"person": "Omar Haddad", "title": "Defence Minister"}),
    ("commitment", {"agent": "Fontaine#3", "value": "500,000", "deadline": "five years",
                    "topic": "@homes"}),
    ("holds_position", {"person": "Mark Tanner", "title": "leader", "organization": "Conservative"}),
]
