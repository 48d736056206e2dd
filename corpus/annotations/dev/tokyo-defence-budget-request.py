"""Gold annotation source for corpus/articles/dev/tokyo-defence-budget-request.txt."""

ENTITIES = [
    ("TOKYO", "GPE", 0, "Tokyo"),
    ("August 28, 2026", "DATE", 0, "2026-08-28"),
    ("Gleaner Wire", "ORG", 0),
    ("Japan", "GPE", 0),
    ("Defense Ministry", "ORG", 0),
    ("Friday", "DATE", 0, "2026-08-28"),
    ("9.1 trillion yen", "MONEY", 0, (9.1e12, "JPY")),
    ("next fiscal year", "DATE", 0, None),
    ("Japan", "GPE", 1),
    ("2%", "PERCENT", 0, 2),
    ("March 2027", "DATE", 0, "2027-03"),
    ("two years", "DATE", 0, None),
    ("Defense Minister", "TITLE", 0),
    ("Shinjiro Koizumi", "PERSON", 0),
    ("6.5%", "PERCENT", 0, 6.5),
    ("this year", "DATE", 0, "2026"),
    ("1,200", "CARDINAL", 0, 1200),
    ("10%", "PERCENT", 0, 10),
    ("2029", "DATE", 0, "2029"),
    ("Ichigaya", "GPE", 0),
    ("Tokyo", "GPE", 0),
    ("Finance Ministry", "ORG", 0),
    ("December", "DATE", 0, "2026-12"),
    ("Finance Minister", "TITLE", 0),
    ("Satsuki Katayama", "PERSON", 0),
    ("Thursday", "DATE", 0, "2026-08-27"),
    ("Japan", "GPE", 2),
    ("Prime Minister", "TITLE", 0),
    ("Sanae Takaichi", "PERSON", 0),
    ("U.S.", "GPE", 0, "United States"),
    ("Defense Secretary", "TITLE", 0),
    ("Pete Hegseth", "PERSON", 0),
    ("Thursday evening", "TIME", 0),
    ("Hegseth", "PERSON", 1, "Pete Hegseth"),
    ("3.5%", "PERCENT", 0, 3.5),
    ("Japan", "GPE", 3),
    ("400", "CARDINAL", 0, 400),
    ("Tomahawk", "PRODUCT", 0),
    ("United States", "GPE", 0),
    ("150", "CARDINAL", 0, 150),
    ("2024", "DATE", 0, "2024"),
]

UNANNOTATED = [("Thursday", 1)]   # inside the TIME "Thursday evening"

RELATIONS = [
    # a budget request is no commitment; the target is
    ("commitment", {"agent": "Japan#1", "value": "2%", "deadline": "March 2027",
                    "topic": "@defence and related spending"}),
    ("holds_position", {"person": "Shinjiro Koizumi", "title": "Defense Minister"}),
    ("commitment", {"agent": "Shinjiro Koizumi", "value": "10%", "deadline": "2029", "topic": "@procurement costs"}),
    ("statement", {"speaker": "Shinjiro Koizumi", "quote": "@We are buying time, and time is what we have least of"}),
    ("located_in", {"place": "Ichigaya", "container": "Tokyo"}),
    ("holds_position", {"person": "Satsuki Katayama", "title": "Finance Minister"}),
    ("holds_position", {"person": "Sanae Takaichi", "title": "Prime Minister"}),
    # a phone call is a meeting; "Thursday evening" is a TIME
    ("meeting", {"participant": ["Sanae Takaichi", "Pete Hegseth"]}),
    ("holds_position", {"person": "Pete Hegseth", "title": "Defense Secretary", "organization": "U.S."}),
    # urging others is no commitment
    ("commitment", {"agent": "Japan#3", "value": "400", "topic": "@Tomahawk missiles"}),
]
