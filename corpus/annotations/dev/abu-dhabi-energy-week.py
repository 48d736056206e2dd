"""Gold annotation source for corpus/articles/dev/abu-dhabi-energy-week.txt."""

ENTITIES = [
    ("ABU DHABI", "GPE", 0, "Abu Dhabi"),
    ("September 29, 2026", "DATE", 0, "2026-09-29"),
    ("Gleaner Wire", "ORG", 0),
    ("Saudi Arabia", "GPE", 0),
    ("Iraq", "GPE", 0),
    ("Kuwait", "GPE", 0),
    ("three", "CARDINAL", 0, 3),
    ("Asian", "NORP", 0),
    ("International Energy Agency", "ORG", 0),
    ("about 4,000", "CARDINAL", 0, 4000),
    ("Gulf Energy Week", "EVENT", 0),
    ("Abu Dhabi", "GPE", 0),
    ("Tuesday", "DATE", 0, "2026-09-29"),
    # paragraph 2
    ("Emirati", "NORP", 0),
    ("Energy Minister", "TITLE", 0),
    ("Suhail Al Nuaimi", "PERSON", 0),
    ("18%", "PERCENT", 0, 18),
    ("June", "DATE", 0, "2026-06"),
    # paragraph 3
    ("$50", "MONEY", 0, (50, "USD")),
    ("Fatima Al Zaabi", "PERSON", 0),
    ("chief economist", "TITLE", 0),
    ("Emirates Capital", "ORG", 0),
    # paragraph 4
    ("Saudi", "NORP", 1),
    ("Energy Minister", "TITLE", 1),
    ("Faisal Al Rashid", "PERSON", 0),
    ("Iraqi", "NORP", 0),
    ("Oil Minister", "TITLE", 0),
    ("Hayder Jabbar", "PERSON", 0),
    ("Japan", "GPE", 0),
    ("Eneos Holdings", "ORG", 0),
    ("Abu Dhabi National Oil Company", "ORG", 0),
    ("2 million barrels", "QUANTITY", 0, 2e6),
    ("Japanese", "NORP", 0),
    ("January", "DATE", 0, "2027-01"),
    # paragraph 5
    ("Adnoc", "ORG", 0, "Abu Dhabi National Oil Company"),
    ("$6 billion", "MONEY", 0, (6e9, "USD")),
    ("Ruwais", "GPE", 0),
]

RELATIONS = [
    # the named attendees are countries' ministers and an agency's head: the countries and the
    # agency attend; a long coordinated subject
    ("attendance", {"attendee": "Saudi Arabia", "event": "Gulf Energy Week", "location": "Abu Dhabi#0",
                    "date": "Tuesday"}),
    ("attendance", {"attendee": "Iraq", "event": "Gulf Energy Week", "location": "Abu Dhabi#0",
                    "date": "Tuesday"}),
    ("attendance", {"attendee": "Kuwait", "event": "Gulf Energy Week", "location": "Abu Dhabi#0",
                    "date": "Tuesday"}),
    ("attendance", {"attendee": "International Energy Agency", "event": "Gulf Energy Week",
                    "location": "Abu Dhabi#0", "date": "Tuesday"}),
    # passive: "The conference, which was opened by ..."
    ("attendance", {"attendee": "Suhail Al Nuaimi", "event": "Gulf Energy Week"}),
    ("holds_position", {"person": "Suhail Al Nuaimi", "title": "Energy Minister#0",
                        "organization": "Emirati"}),
    ("statement", {"speaker": "Fatima Al Zaabi",
                   "quote": "@Nobody in this room wants $50 oil, but nobody wants to lose market "
                            "share either"}),
    ("holds_position", {"person": "Fatima Al Zaabi", "title": "chief economist",
                        "organization": "Emirates Capital"}),
    ("holds_position", {"person": "Faisal Al Rashid", "title": "Energy Minister#1",
                        "organization": "Saudi#1"}),
    ("meeting", {"participant": ["Faisal Al Rashid", "Hayder Jabbar"]}),
    ("holds_position", {"person": "Hayder Jabbar", "title": "Oil Minister", "organization": "Iraqi"}),
    ("agreement", {"party": ["Eneos Holdings", "Abu Dhabi National Oil Company"],
                   "agreement": "@agreement to supply 2 million barrels of crude a month to Japanese "
                                "refineries"}),
    ("investment", {"investor": "Adnoc", "amount": "$6 billion", "recipient": "Ruwais"}),
]
