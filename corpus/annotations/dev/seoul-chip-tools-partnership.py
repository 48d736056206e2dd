"""Gold annotation source for corpus/articles/dev/seoul-chip-tools-partnership.txt."""

ENTITIES = [
    ("SEOUL", "GPE", 0, "Seoul"),
    ("April 14, 2026", "DATE", 0, "2026-04-14"),
    ("Gleaner Wire", "ORG", 0),
    ("Hanseong Semiconductor", "ORG", 0),
    ("Dutch", "NORP", 0),
    ("Veldhoven Lithography", "ORG", 0),
    ("South Korea", "GPE", 0),
    ("Tuesday", "DATE", 0, "2026-04-14"),
    # paragraph 2
    ("Hanseong", "ORG", 1, "Hanseong Semiconductor"),
    ("chief executive", "TITLE", 0),
    ("Park Ji-ho", "PERSON", 0),
    ("Veldhoven", "ORG", 1, "Veldhoven Lithography"),
    ("president", "TITLE", 0),
    ("Anneke de Vries", "PERSON", 0),
    ("Seoul", "GPE", 0),
    ("Suwon", "GPE", 0),
    ("2027", "DATE", 0, "2027"),
    ("Hanseong", "ORG", 2, "Hanseong Semiconductor"),
    ("1.2 trillion won", "MONEY", 0, (1.2e12, "KRW")),
    ("five years", "DATE", 0, None),
    # paragraph 3
    ("one week", "DATE", 0, None),
    ("United States", "GPE", 0),
    ("Netherlands", "GPE", 0),
    ("China", "GPE", 0),
    ("14", "CARDINAL", 1, 14),
    # paragraph 4
    ("South Korean", "NORP", 0),
    ("Trade Minister", "TITLE", 0),
    ("Kim Min-seo", "PERSON", 0),
    ("$20 billion", "MONEY", 0, (2e10, "USD")),
    ("2030", "DATE", 0, "2030"),
    # paragraph 5
    ("Korea", "GPE", 1, "South Korea"),
    ("Kim", "PERSON", 1, "Kim Min-seo"),
    # paragraph 6
    ("Beijing", "GPE", 0),
    ("25%", "PERCENT", 0, 25),
    ("Dutch", "NORP", 1),
    ("10%", "PERCENT", 0, 10),
    ("Chinese", "NORP", 0),
    ("Veldhoven", "ORG", 2, "Veldhoven Lithography"),
    ("3%", "PERCENT", 0, 3),
    ("Amsterdam", "GPE", 0),
]

UNANNOTATED = [("The", 0), ("Under", 0), ("Shares", 0)]

RELATIONS = [
    ("agreement", {"party": ["Hanseong Semiconductor", "Veldhoven Lithography"], "agreement": "@partnership to develop chipmaking tools in South Korea",
                   "date": "Tuesday"}),
    # "The deal, signed by Park ... and ... de Vries in Seoul"
    ("agreement", {"party": ["Park Ji-ho", "Anneke de Vries"], "agreement": "@deal"}),
    ("holds_position", {"person": "Park Ji-ho", "title": "chief executive", "organization": "Hanseong#1"}),
    ("holds_position", {"person": "Anneke de Vries", "title": "president", "organization": "Veldhoven#1"}),
    ("investment", {"investor": "Hanseong#2", "amount": "1.2 trillion won", "sector": "@research centre"}),
    ("agreement", {"party": ["United States", "Netherlands"],
                   "agreement": "@export controls on advanced chip equipment"}),
    ("holds_position", {"person": "Kim Min-seo", "title": "Trade Minister", "organization": "South Korean"}),
    # "who attended the signing ceremony": no named event, no attendance
    ("commitment", {"agent": "Kim Min-seo", "value": "$20 billion", "deadline": "2030",
                    "topic": "@exports of chip equipment"}),
    ("statement", {"speaker": "Kim#1", "quote": "@Korea will not choose between markets; it will make the tools both sides need"}),
    ("tariff_change", {"imposer": "Beijing", "new_rate": "25%", "old_rate": "10%", "target": "Dutch#1",
                       "product": "@machine tools"}),
]
