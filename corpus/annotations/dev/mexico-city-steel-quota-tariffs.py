"""Gold annotation source for corpus/articles/dev/mexico-city-steel-quota-tariffs.txt."""

ENTITIES = [
    ("MEXICO CITY", "GPE", 0, "Mexico City"),
    ("October 7, 2026", "DATE", 0, "2026-10-07"),
    ("Gleaner Wire", "ORG", 0),
    ("Mexico", "GPE", 0),
    ("50%", "PERCENT", 0, 50),
    ("35%", "PERCENT", 0, 35),
    ("Wednesday", "DATE", 0, "2026-10-07"),
    ("25%", "PERCENT", 0, 25),
    ("U.S.", "GPE", 0, "United States"),
    ("next year", "DATE", 0, "2027"),
    ("USMCA", "LAW", 0),
    ("Official Gazette", "ORG", 0),
    ("Economy Minister", "TITLE", 0),
    ("Marcelo Ebrard", "PERSON", 0),
    ("Washington", "GPE", 0),
    ("Monday", "DATE", 0, "2026-10-05"),
    ("U.S.", "GPE", 1, "United States"),
    ("Trade Representative", "TITLE", 0),
    ("Jamieson Greer", "PERSON", 0),
    ("Mexico City", "GPE", 0),
    ("November", "DATE", 0, "2026-11"),
    ("Ebrard", "PERSON", 1, "Marcelo Ebrard"),
    ("Chinese", "NORP", 0),
    ("about a third", "CARDINAL", 0, 0.333),
    ("Mexico", "GPE", 2),
    ("China", "GPE", 0),
    ("Beijing", "GPE", 0),
    ("Mexican", "NORP", 0),
    ("20%", "PERCENT", 0, 20),
    ("10%", "PERCENT", 0, 10),
    ("President", "TITLE", 0),
    ("Claudia Sheinbaum", "PERSON", 0),
    ("morning", "TIME", 0),
    ("Ternium", "ORG", 0),
    ("Mexico", "GPE", 3),
    ("$600 million", "MONEY", 0, (6e8, "USD")),
    ("Pesquería", "GPE", 0),
    ("Nuevo León", "GPE", 0),
    ("two", "CARDINAL", 0, 2),
]

RELATIONS = [
    ("tariff_change", {"imposer": "Mexico#0", "new_rate": "50%", "old_rate": "35%", "product": "@steel"}),
    ("tariff_change", {"imposer": "Mexico#0", "new_rate": "25%", "product": "@imported aluminium sheet"}),
    ("holds_position", {"person": "Marcelo Ebrard", "title": "Economy Minister"}),
    ("visit", {"visitor": "Marcelo Ebrard", "destination": "Washington", "date": "Monday"}),
    # "flew to Washington on Monday for talks with": the trip's place and date are the meeting's
    ("meeting", {"participant": ["Marcelo Ebrard", "Jamieson Greer"], "location": "Washington", "date": "Monday"}),
    ("holds_position", {"person": "Jamieson Greer", "title": "Trade Representative", "organization": "U.S.#1"}),
    # "The two men will meet again": a planned meeting
    ("meeting", {"participant": ["Marcelo Ebrard", "Jamieson Greer"], "location": "Mexico City#0", "date": "November"}),
    # "China's commerce ministry said it would “take the measures needed”": the ministry is no
    # entity and a country is no speaker, so no statement
    ("tariff_change", {"imposer": "Beijing", "new_rate": "20%", "old_rate": "10%", "target": "Mexican", "product": "@pork"}),
    ("statement", {"speaker": "Claudia Sheinbaum",
                   "quote": "@We are not closing the door to anyone; we are choosing who comes through it"}),
    ("holds_position", {"person": "Claudia Sheinbaum", "title": "President"}),
    # a mill in Pesquería, Nuevo León: the place is the recipient
    ("investment", {"investor": "Ternium", "amount": "$600 million", "recipient": "Pesquería"}),
    ("located_in", {"place": "Pesquería", "container": "Nuevo León"}),
]
