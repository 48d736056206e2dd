"""Gold annotation source for corpus/articles/test/mexico-tariffs-asian-cars.txt."""

ENTITIES = [
    ("MEXICO CITY", "GPE", 0, "Mexico City"),
    ("December 11, 2025", "DATE", 0, "2025-12-11"),
    ("Gleaner Wire", "ORG", 0),
    ("Mexico", "GPE", 0),
    ("China", "GPE", 0),
    ("20 percent", "PERCENT", 0, 20),
    ("50 percent", "PERCENT", 0, 50),
    ("January 1", "DATE", 0, "2026-01-01"),
    ("Senate", "ORG", 0),
    ("Wednesday", "DATE", 0, "2025-12-10"),
    ("about 1,400", "CARDINAL", 0, 1400),
    ("Mexico", "GPE", 1),
    # paragraph 2
    ("Mexico", "GPE", 2),
    ("15 percent", "PERCENT", 0, 15),
    ("35 percent", "PERCENT", 0, 35),
    # paragraph 3
    ("Mexican", "NORP", 0),
    ("Economy Minister", "TITLE", 0),
    ("Rodrigo Salazar", "PERSON", 0),
    ("National Palace", "FAC", 0),
    ("Mexico City", "GPE", 0),
    # paragraph 4
    ("China", "GPE", 1),
    ("Ministry of Commerce", "ORG", 0),
    ("Mexico", "GPE", 4),  # occurrence 3 is inside "Mexico City"
    ("Chinese", "NORP", 0),
    # paragraph 5
    ("President", "TITLE", 0),
    ("Claudia Sheinbaum", "PERSON", 0),
    ("U.S.", "GPE", 0, "United States"),
    ("President", "TITLE", 1),
    ("Donald Trump", "PERSON", 0),
    ("Monday", "DATE", 0, "2025-12-08"),
    ("United States-Mexico-Canada Agreement", "LAW", 0),
    ("July 2026", "DATE", 0, "2026-07"),
    ("Washington", "GPE", 0),
    ("Mexico", "GPE", 6),
    ("Asian", "NORP", 0),
    ("North America", "LOC", 0),
    # paragraph 6
    ("two", "CARDINAL", 0, 2),
    ("Washington", "GPE", 1),
    ("17 percent", "PERCENT", 0, 17),
    ("Mexican", "NORP", 1),
    ("July", "DATE", 1, "2025-07"),
    ("Sheinbaum", "PERSON", 1, "Claudia Sheinbaum"),
    # paragraph 7
    ("South Korea", "GPE", 0),
    ("Ministry of Trade, Industry and Energy", "ORG", 0),
    ("Korean", "NORP", 0),
    ("three", "CARDINAL", 0, 3),
    ("Mexico", "GPE", 7),
]

RELATIONS = [
    ("tariff_change", {"imposer": "Mexico#0", "new_rate": "50 percent", "old_rate": "20 percent",
                       "target": "China#0", "product": "@cars"}),
    # "lifts Mexico's duty on steel from those countries": owner Mexico, no named target
    ("tariff_change", {"imposer": "Mexico#2", "new_rate": "35 percent", "old_rate": "15 percent",
                       "product": "@steel"}),
    ("statement", {"speaker": "Rodrigo Salazar",
                   "quote": "@This is not against anyone. It is for Mexican workers and for the "
                            "factories we want to keep here"}),
    ("holds_position", {"person": "Rodrigo Salazar", "title": "Economy Minister"}),
    ("located_in", {"place": "National Palace", "container": "Mexico City"}),
    ("statement", {"speaker": "Ministry of Commerce",
                   "quote": "@correct its wrong practices as soon as possible"}),
    ("holds_position", {"person": "Claudia Sheinbaum", "title": "President#0"}),
    ("meeting", {"participant": ["Claudia Sheinbaum", "Donald Trump"], "date": "Monday"}),
    ("holds_position", {"person": "Donald Trump", "title": "President#1",
                        "organization": "U.S."}),
    ("tariff_change", {"imposer": "Washington#1", "new_rate": "17 percent",
                       "target": "Mexican#1", "product": "@tomatoes#1"}),
    ("statement", {"speaker": "Sheinbaum#1", "quote": "@unfair to our growers"}),
]
