"""Gold annotation source for corpus/articles/dev/brasilia-ethanol-beef-tariffs.txt."""

ENTITIES = [
    ("BRASÍLIA", "GPE", 0, "Brasília"),
    ("May 6, 2026", "DATE", 0, "2026-05-06"),
    ("Gleaner Wire", "ORG", 0),
    ("Brazil", "GPE", 0),
    ("U.S.", "GPE", 0, "United States"),
    ("10%", "PERCENT", 0, 10),
    ("18%", "PERCENT", 0, 18),
    ("June 1", "DATE", 0, "2026-06-01"),
    ("Foreign Trade Chamber", "ORG", 0),
    ("Gecex", "ORG", 0, "Foreign Trade Chamber"),
    ("Wednesday", "DATE", 0, "2026-05-06"),
    ("Washington", "GPE", 0),
    ("two years", "DATE", 0, None),
    ("United States", "GPE", 0),
    ("Brazilian", "NORP", 0),
    ("26.4%", "PERCENT", 0, 26.4),
    ("76.4%", "PERCENT", 0, 76.4),
    ("U.S.", "GPE", 1, "United States"),
    ("Trade Representative", "TITLE", 0),
    ("Jamieson Greer", "PERSON", 0),
    ("50%", "PERCENT", 0, 50),
    ("last year", "DATE", 0, "2025"),
    ("Brazilian", "NORP", 1),
    ("Development Minister", "TITLE", 0),
    ("Geraldo Alckmin", "PERSON", 0),
    ("Greer", "PERSON", 1, "Jamieson Greer"),
    ("three weeks", "DATE", 0, None),
    ("UNICA", "ORG", 0),
    ("Iowa", "GPE", 0),
    ("650 million litres", "QUANTITY", 0, 6.5e8),
    ("Brazil", "GPE", 1),
    ("16%", "PERCENT", 0, 16),
    ("Brazil", "GPE", 2),
    ("São Paulo", "GPE", 0),
    ("United States", "GPE", 1),
]

UNANNOTATED = [("year", 1)]   # "650 million litres a year" is a rate

RELATIONS = [
    ("tariff_change", {"imposer": "Brazil#0", "new_rate": "10%", "old_rate": "18%", "target": "U.S.#0",
                       "product": "@ethanol#0"}),
    ("tariff_change", {"imposer": "United States#0", "new_rate": "26.4%", "old_rate": "76.4%",
                       "target": "Brazilian#0", "product": "@beef#0"}),
    ("holds_position", {"person": "Jamieson Greer", "title": "Trade Representative", "organization": "U.S.#1"}),
    # "A 50% surcharge imposed last year": no imposer named
    ("statement", {"speaker": "Geraldo Alckmin", "quote": "@This is a fair trade, ethanol for beef"}),
    ("holds_position", {"person": "Geraldo Alckmin", "title": "Development Minister"}),
    # "negotiated the deal with Greer over three weeks of video calls": calls are meetings
    ("meeting", {"participant": ["Geraldo Alckmin", "Greer#1"]}),
    ("statement", {"speaker": "UNICA", "quote": "@a gift to Iowa"}),
    ("tariff_change", {"imposer": "Brazil#1", "new_rate": "16%"}),
]
