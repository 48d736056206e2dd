"""Gold annotation source for corpus/articles/holdout/jakarta-asean-defence-ministers.txt."""

ENTITIES = [
    ("JAKARTA", "GPE", 0, "Jakarta"),
    ("November 18, 2026", "DATE", 0, "2026-11-18"),
    ("Gleaner Wire", "ORG", 0),
    ("11", "CARDINAL", 0, 11),
    ("Association of Southeast Asian Nations", "ORG", 0),
    ("ASEAN Defence Ministers’ Meeting", "EVENT", 0),
    ("Jakarta", "GPE", 0),
    ("Wednesday", "DATE", 0, "2026-11-18"),
    ("South China Sea", "LOC", 0),
    ("Indonesia", "GPE", 0),
    ("defence minister", "TITLE", 0),
    ("Sjafrie Sjamsoeddin", "PERSON", 0),
    ("Shangri-La Hotel", "FAC", 0),
    ("Timor-Leste", "GPE", 0),
    ("last year", "DATE", 0, "2025"),
    ("first", "ORDINAL", 0, 1),
    ("U.S.", "GPE", 0, "United States"),
    ("Defense Secretary", "TITLE", 0),
    ("Pete Hegseth", "PERSON", 0),
    ("China", "GPE", 1),
    ("defence minister", "TITLE", 1),
    ("Dong Jun", "PERSON", 0),
    ("Thursday", "DATE", 0, "2026-11-19"),
    ("ADMM-Plus", "EVENT", 0),
    ("two", "CARDINAL", 0, 2),
    ("first", "ORDINAL", 1, 1),
    ("May", "DATE", 0, "2026-05"),
    ("Sjafrie", "PERSON", 1, "Sjafrie Sjamsoeddin"),
    ("Philippines", "GPE", 0),
    ("Vietnam", "GPE", 0),
    ("Philippine", "NORP", 0),
    ("Defense Secretary", "TITLE", 1),
    ("Gilberto Teodoro", "PERSON", 0),
    ("Vietnamese", "NORP", 0),
    ("Defence Minister", "TITLE", 0),
    ("Phan Van Giang", "PERSON", 0),
    ("Hegseth", "PERSON", 1, "Pete Hegseth"),
    ("Manila", "GPE", 0),
    ("$500 million", "MONEY", 0, (5e8, "USD")),
    ("Southeast Asia", "LOC", 0),
    ("five years", "DATE", 0, None),
    ("Tokyo", "GPE", 0),
    ("Friday", "DATE", 0, "2026-11-20"),
    ("Jakarta", "GPE", 1),
    ("ASEAN summit", "EVENT", 0),
    ("October", "DATE", 0, "2027-10"),
    ("Indonesia", "GPE", 1),
]

UNANNOTATED = [("Southeast", 0), ("Asian", 0), ("ASEAN", 0), ("Every", 0)]   # inside the ORG; inside the EVENT; starts a quote

RELATIONS = [
    # "Defence ministers from the 11 members ... attended ... and signed a protocol": no entity
    ("holds_position", {"person": "Sjafrie Sjamsoeddin", "title": "defence minister#0", "organization": "Indonesia#0"}),
    # "chaired the meeting at the Shangri-La Hotel": a FAC is no attendance location
    ("attendance", {"attendee": "Sjafrie Sjamsoeddin", "event": "ASEAN Defence Ministers’ Meeting"}),
    # "Timor-Leste, which joined the bloc last year, attended": the meeting
    ("attendance", {"attendee": "Timor-Leste", "event": "ASEAN Defence Ministers’ Meeting"}),
    ("holds_position", {"person": "Pete Hegseth", "title": "Defense Secretary#0", "organization": "U.S."}),
    ("holds_position", {"person": "Dong Jun", "title": "defence minister#1", "organization": "China#1"}),
    # "will join the ministers on Thursday for the ADMM-Plus session": a planned attendance
    ("attendance", {"attendee": "Pete Hegseth", "event": "ADMM-Plus", "date": "Thursday"}),
    ("attendance", {"attendee": "Dong Jun", "event": "ADMM-Plus", "date": "Thursday"}),
    # "The two men will hold talks on the sidelines"
    ("meeting", {"participant": ["Pete Hegseth", "Dong Jun"]}),
    ("statement", {"speaker": "Sjafrie#1", "quote": "@Every country in this room has an interest in calm waters"}),
    ("agreement", {"party": ["Philippines", "Vietnam"], "agreement": "@agreement on search-and-rescue cooperation"}),
    # "signed by ... Teodoro and ... Phan Van Giang": the same agreement, by its signatories
    ("agreement", {"party": ["Gilberto Teodoro", "Phan Van Giang"],
                   "agreement": "@agreement on search-and-rescue cooperation"}),
    ("holds_position", {"person": "Gilberto Teodoro", "title": "Defense Secretary#1", "organization": "Philippine"}),
    ("holds_position", {"person": "Phan Van Giang", "title": "Defence Minister", "organization": "Vietnamese"}),
    # "flew in from Manila": where he came from; aid for a region: the aid is what is pledged
    ("commitment", {"agent": "Hegseth#1", "value": "$500 million", "topic": "@maritime security aid"}),
    ("visit", {"visitor": "Hegseth#1", "destination": "Tokyo", "date": "Friday"}),
    # "Jakarta will host an ASEAN summit": hosting is no attendance
]
