"""Gold annotation source for corpus/articles/dev/eu-russian-fertiliser-tariffs.txt."""

ENTITIES = [
    ("BRUSSELS", "GPE", 0, "Brussels"),
    ("June 9, 2026", "DATE", 0, "2026-06-09"),
    ("Gleaner Wire", "ORG", 0),
    ("European Union", "ORG", 0),
    ("Russian", "NORP", 0),
    ("Belarusian", "NORP", 0),
    ("45%", "PERCENT", 0, 45),
    ("6.5%", "PERCENT", 0, 6.5),
    ("July", "DATE", 0, "2026-07"),
    ("Tuesday", "DATE", 0, "2026-06-09"),
    ("Moscow", "GPE", 0),
    ("2022", "DATE", 0, "2022"),
    # paragraph 2
    ("60%", "PERCENT", 0, 60),
    ("2027", "DATE", 0, "2027"),
    ("EU", "ORG", 0, "European Union"),
    ("Russia", "GPE", 0),
    ("Ukraine", "GPE", 0),
    # paragraph 3
    ("Russian", "NORP", 1),
    ("Trade Commissioner", "TITLE", 0),
    ("Lena Vasquez", "PERSON", 0),
    # paragraph 4
    ("Poland", "GPE", 0),
    ("Lithuania", "GPE", 0),
    ("Hungary", "GPE", 0),
    # paragraph 5
    ("Norway", "GPE", 0),
    ("Morocco", "GPE", 0),
    ("Veltra", "ORG", 0),
    ("Norwegian", "NORP", 0),
    ("March", "DATE", 0, "2026-03"),
    ("800 million euros", "MONEY", 0, (8e8, "EUR")),
    ("Porsgrunn", "GPE", 0),
    ("Norway", "GPE", 1),
]

RELATIONS = [
    ("tariff_change", {"imposer": "European Union", "new_rate": "45%", "old_rate": "6.5%",
                       "target": ["Russian#0", "Belarusian"], "product": "@fertilisers"}),
    # "The duties ... will rise again to 60%": the same duties, imposer, target and product
    # carried over (as an elided second conjunct); no old rate stated
    ("tariff_change", {"imposer": "European Union", "new_rate": "60%",
                       "target": ["Russian#0", "Belarusian"], "product": "@fertilisers"}),
    ("statement", {"speaker": "Lena Vasquez",
                   "quote": "@We are closing the last big door that Russian money still walks through"}),
    ("statement", {"speaker": "Lena Vasquez", "quote": "@Farmers will have time to switch suppliers"}),
    ("holds_position", {"person": "Lena Vasquez", "title": "Trade Commissioner"}),
    # a plan ("would invest"), not a pledge: an investment, no commitment
    # a plant alone is no sector; the country it stands in is the recipient
    ("investment", {"investor": "Veltra", "amount": "800 million euros", "recipient": "Norway#1"}),
    ("located_in", {"place": "Porsgrunn", "container": "Norway#1"}),
]
