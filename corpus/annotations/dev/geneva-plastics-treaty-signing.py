"""Gold annotation source for corpus/articles/dev/geneva-plastics-treaty-signing.txt."""

ENTITIES = [
    ("GENEVA", "GPE", 0, "Geneva"),
    ("July 14, 2026", "DATE", 0, "2026-07-14"),
    ("Gleaner Wire", "ORG", 0),
    ("European Union", "ORG", 0),
    ("Canada", "GPE", 0),
    ("Mexico", "GPE", 0),
    ("91", "CARDINAL", 0, 91),
    ("Global Plastics Treaty", "LAW", 0),
    ("Palais des Nations", "FAC", 0),
    ("Tuesday", "DATE", 0, "2026-07-14"),
    ("four years", "DATE", 0, None),
    ("Busan", "GPE", 0),
    ("2024", "DATE", 0, "2024"),
    ("United States", "GPE", 0),
    ("Saudi Arabia", "GPE", 0),
    ("Russia", "GPE", 0),
    ("China", "GPE", 0),
    ("2035", "DATE", 0, "2035"),
    ("Norway", "GPE", 0),
    ("climate minister", "TITLE", 0),
    ("Andreas Bjelland Eriksen", "PERSON", 0),
    ("Rwandan", "NORP", 0),
    ("Valentine Uwamariya", "PERSON", 0),
    ("40", "CARDINAL", 0, 40),
    ("Kenya", "GPE", 0),
    ("Ecuador", "GPE", 0),
    ("Eriksen", "PERSON", 1, "Andreas Bjelland Eriksen"),
    ("Inger Andersen", "PERSON", 0),
    ("executive director", "TITLE", 0),
    ("UN Environment Programme", "ORG", 0),
    ("60", "CARDINAL", 0, 60),
    ("460 million tonnes", "QUANTITY", 0, 4.6e8),
    ("each year", "DATE", 0, None),
    ("less than a tenth", "CARDINAL", 0, 0.1),
]

UNANNOTATED = [("Her", 0)]

RELATIONS = [
    ("agreement", {"party": ["European Union", "Canada", "Mexico"], "agreement": "Global Plastics Treaty",
                   "date": "Tuesday"}),
    # "was not signed by": negated, no agreement for the three
    # "China signed": the treaty, resolved to its named mention
    ("agreement", {"party": "China", "agreement": "Global Plastics Treaty"}),
    ("holds_position", {"person": "Andreas Bjelland Eriksen", "title": "climate minister", "organization": "Norway"}),
    # "his Rwandan counterpart": no title, no holds_position
    ("agreement", {"party": ["Andreas Bjelland Eriksen", "Valentine Uwamariya"],
                   "agreement": "@side declaration on recycled content"}),
    ("agreement", {"party": ["Kenya", "Ecuador"], "agreement": "@shipment-monitoring accord"}),
    ("statement", {"speaker": "Eriksen#1", "quote": "@We have a ceiling at last, even if it is higher than we wanted"}),
    ("holds_position", {"person": "Inger Andersen", "title": "executive director",
                        "organization": "UN Environment Programme"}),
    # "attended the ceremony": an unnamed ceremony is no EVENT, no attendance
]
