"""Gold annotation source for corpus/articles/holdout/muscat-india-oman-cepa.txt."""

ENTITIES = [
    ("MUSCAT", "GPE", 0, "Muscat"),
    ("December 18, 2025", "DATE", 0, "2025-12-18"),
    ("Gleaner Wire", "ORG", 0),
    ("India", "GPE", 0),
    ("Oman", "GPE", 0),
    ("Comprehensive Economic Partnership Agreement", "LAW", 0),
    ("Thursday", "DATE", 0, "2025-12-18"),
    ("Omani", "NORP", 0),
    ("98%", "PERCENT", 0, 98),
    ("Indian", "NORP", 0),
    ("Commerce Minister", "TITLE", 0),
    ("Piyush Goyal", "PERSON", 0),
    ("Prime Minister", "TITLE", 0),
    ("Narendra Modi", "PERSON", 0),
    ("Jordan", "GPE", 0),
    ("Ethiopia", "GPE", 0),
    ("Sultan", "TITLE", 0),
    ("Haitham bin Tarik", "PERSON", 0),
    ("Al Alam Palace", "FAC", 0),
    ("90 minutes", "TIME", 0),
    ("India", "GPE", 1),
    ("Omani", "NORP", 1),
    ("0%", "PERCENT", 0, 0),
    ("30%", "PERCENT", 0, 30),
    ("2,000 tonnes", "QUANTITY", 0, 2000),
    ("Oman", "GPE", 1),
    ("5%", "PERCENT", 0, 5),
    ("Indian", "NORP", 1),
    ("2.5%", "PERCENT", 0, 2.5),
    ("2028", "DATE", 0, "2028"),
    ("first", "ORDINAL", 0, 1),
    ("almost two decades", "DATE", 0, None),
    ("Goyal", "PERSON", 1, "Piyush Goyal"),
    ("Oman", "GPE", 2),
    ("United States", "GPE", 0),
    ("2006", "DATE", 0, "2006"),
    ("Oman", "GPE", 3),
    ("commerce minister", "TITLE", 0),
    ("Qais al-Yousef", "PERSON", 0),
    ("Indian", "NORP", 2),
    ("$7.5 billion", "MONEY", 0, (7.5e9, "USD")),
    ("Oman", "GPE", 4),
    ("Sohar", "GPE", 0),
    ("Gulf of Oman", "LOC", 0),
]

UNANNOTATED = [("year", 0), ("Oman", 5)]   # "2,000 tonnes a year" is a rate; inside "Gulf of Oman"

RELATIONS = [
    ("agreement", {"party": ["India#0", "Oman#0"], "agreement": "Comprehensive Economic Partnership Agreement",
                   "date": "Thursday"}),
    ("holds_position", {"person": "Piyush Goyal", "title": "Commerce Minister"}),
    ("holds_position", {"person": "Narendra Modi", "title": "Prime Minister"}),
    # "a tour that also took him to Jordan and Ethiopia": two visits
    ("visit", {"visitor": "Narendra Modi", "destination": "Jordan"}),
    ("visit", {"visitor": "Narendra Modi", "destination": "Ethiopia"}),
    ("holds_position", {"person": "Haitham bin Tarik", "title": "Sultan"}),
    # "The two leaders held talks"
    ("meeting", {"participant": ["Narendra Modi", "Haitham bin Tarik"]}),
    ("tariff_change", {"imposer": "India#1", "new_rate": "0%", "old_rate": "30%", "target": "Omani#1",
                       "product": "@dates"}),
    ("tariff_change", {"imposer": "Oman#1", "new_rate": "2.5%", "old_rate": "5%", "target": "Indian#1",
                       "product": "@cars"}),
    ("statement", {"speaker": "Goyal#1", "quote": "@This is the first such pact we have signed in almost two decades"}),
    ("agreement", {"party": ["Oman#2", "United States"], "agreement": "@free trade agreement", "date": "2006"}),
    ("holds_position", {"person": "Qais al-Yousef", "title": "commerce minister", "organization": "Oman#3"}),
    # the investors are a nationality, which no investor role takes
    # "Sohar, a port city on the Gulf of Oman": placed on the gulf, as "Sokhna, a port on the Gulf
    # of Suez" is in dev
    ("located_in", {"place": "Sohar", "container": "Gulf of Oman"}),
]
