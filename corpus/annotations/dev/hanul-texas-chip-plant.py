"""Gold annotation source for corpus/articles/dev/hanul-texas-chip-plant.txt."""

ENTITIES = [
    ("AUSTIN", "GPE", 0, "Austin"),
    ("March 3, 2026", "DATE", 0, "2026-03-03"),
    ("Gleaner Wire", "ORG", 0),
    ("$17 billion", "MONEY", 0, (17e9, "USD")),
    ("Austin", "GPE", 0),
    ("Texas", "GPE", 0),
    ("Tuesday", "DATE", 0, "2026-03-03"),
    ("Hanul Semiconductor", "ORG", 0),
    ("South Korean", "NORP", 0),
    ("U.S.", "GPE", 0, "United States"),
    # paragraph 2
    ("3,500", "CARDINAL", 0, 3500),
    ("2028", "DATE", 0, "2028"),
    ("Pflugerville", "GPE", 0),
    ("last year", "DATE", 0, "2025"),
    ("Governor", "TITLE", 0),
    ("Dana Whitfield", "PERSON", 0),
    ("Seoul", "GPE", 0),
    ("January", "DATE", 0, "2026-01"),
    # paragraph 3
    ("Hanul", "ORG", 1, "Hanul Semiconductor"),
    ("University of Texas", "ORG", 0),
    # paragraph 4
    ("Hanul", "ORG", 2, "Hanul Semiconductor"),
    ("President", "TITLE", 0),
    ("Kim Do-yoon", "PERSON", 0),
    # paragraph 5
    ("Washington", "GPE", 0),
    ("February", "DATE", 0, "2026-02"),
    ("South Korean", "NORP", 1),
    ("Trade Minister", "TITLE", 0),
    ("Park Seo-jin", "PERSON", 0),
    ("U.S.", "GPE", 1, "United States"),
    ("Commerce Secretary", "TITLE", 0),
    ("Alan Brody", "PERSON", 0),
    ("Seoul", "GPE", 1),
    ("$100 billion", "MONEY", 0, (100e9, "USD")),
    ("American", "NORP", 0),
    ("2030", "DATE", 0, "2030"),
]

RELATIONS = [
    # passive: "was announced ... by Hanul Semiconductor"; the container state is the recipient
    ("investment", {"investor": "Hanul Semiconductor", "amount": "$17 billion",
                    "recipient": "Texas#0", "sector": "@chip packaging"}),
    ("located_in", {"place": "Austin#0", "container": "Texas#0"}),
    # a governor of Texas; the state is not named in the phrase
    ("holds_position", {"person": "Dana Whitfield", "title": "Governor"}),
    ("visit", {"visitor": "Dana Whitfield", "destination": "Seoul#0", "date": "January"}),
    ("statement", {"speaker": "Dana Whitfield", "quote": "@a vote of confidence in our workers"}),
    ("holds_position", {"person": "Kim Do-yoon", "title": "President",
                        "organization": "Hanul#2"}),
    ("statement", {"speaker": "Kim Do-yoon",
                   "quote": "@We did not choose this state because of tariffs; we chose it "
                            "because our customers are here"}),
    # passive: "was signed in Washington in February by A and B"
    ("agreement", {"party": ["Park Seo-jin", "Alan Brody"],
                   "agreement": "@memorandum of understanding", "date": "February"}),
    ("holds_position", {"person": "Park Seo-jin", "title": "Trade Minister",
                        "organization": "South Korean#1"}),
    ("holds_position", {"person": "Alan Brody", "title": "Commerce Secretary",
                        "organization": "U.S.#1"}),
    # Seoul pledged to help others invest: a commitment, and no investment by Seoul
    ("commitment", {"agent": "Seoul#1", "value": "$100 billion", "deadline": "2030"}),
]
