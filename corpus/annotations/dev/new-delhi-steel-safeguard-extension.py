"""Gold annotation source for corpus/articles/dev/new-delhi-steel-safeguard-extension.txt."""

ENTITIES = [
    ("NEW DELHI", "GPE", 0, "New Delhi"),
    ("November 9, 2026", "DATE", 0, "2026-11-09"),
    ("Gleaner Wire", "ORG", 0),
    ("India", "GPE", 0),
    ("15 percent", "PERCENT", 0, 15),
    ("12 percent", "PERCENT", 0, 12),
    ("three more years", "DATE", 0, None),
    ("Monday", "DATE", 0, "2026-11-09"),
    ("China", "GPE", 0),
    ("Vietnam", "GPE", 0),
    ("South Korea", "GPE", 0),
    ("Directorate General of Trade Remedies", "ORG", 0),
    ("September", "DATE", 0, "2026-09"),
    ("Steel Minister", "TITLE", 0),
    ("H.D. Kumaraswamy", "PERSON", 0),
    ("New Delhi", "GPE", 0),
    ("China", "GPE", 1),
    ("Chinese", "NORP", 0),
    ("South Korea", "GPE", 1),
    ("India", "GPE", 1),
    ("40 percent", "PERCENT", 0, 40),
    ("last year", "DATE", 0, "2025"),
    ("World Trade Organization", "ORG", 0),
    ("Geneva", "GPE", 0),
    ("Indian", "NORP", 0),
    ("JSW Steel", "ORG", 0),
    ("last week", "DATE", 0, "2026-W45"),
    ("650 billion rupees", "MONEY", 0, (6.5e11, "INR")),
    ("Paradeep", "GPE", 0),
    ("Odisha", "GPE", 0),
    ("Tata Steel", "ORG", 0),
    ("5 million tonnes", "QUANTITY", 0, 5e6),
    ("Kalinganagar", "GPE", 0),
    ("2029", "DATE", 0, "2029"),
    ("India", "GPE", 2),
    ("2.5 percent", "PERCENT", 0, 2.5),
    ("5 percent", "PERCENT", 1, 5),
]

UNANNOTATED = [("Steel", 0), ("Separately", 0)]   # starts a paragraph (with "Steel Minister"); starts a sentence

RELATIONS = [
    # "raise its safeguard duty on flat steel imports to 15 percent from 12 percent ... after a
    # surge of cheap shipments from China, Vietnam and South Korea": a safeguard applies to
    # all origins, so no target
    ("tariff_change", {"imposer": "India#0", "new_rate": "15 percent", "old_rate": "12 percent",
                       "product": "@flat steel imports"}),
    ("holds_position", {"person": "H.D. Kumaraswamy", "title": "Steel Minister"}),
    ("statement", {"speaker": "H.D. Kumaraswamy",
                   "quote": "@Our mills cannot compete with subsidised steel that is dumped below cost"}),
    # "China’s commerce ministry said it “firmly opposed” the move": the ministry is no entity
    ("located_in", {"place": "Paradeep", "container": "Odisha"}),
    ("investment", {"investor": "JSW Steel", "amount": "650 billion rupees", "recipient": "Paradeep"}),
    ("tariff_change", {"imposer": "India#2", "new_rate": "2.5 percent", "old_rate": "5 percent#1",
                       "product": "@coking coal"}),
]
