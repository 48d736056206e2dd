"""Gold annotation source for corpus/articles/holdout/doha-gas-exporters-forum.txt."""

ENTITIES = [
    ("DOHA", "GPE", 0, "Doha"),
    ("November 24, 2026", "DATE", 0, "2026-11-24"),
    ("Gleaner Wire", "ORG", 0),
    ("19", "CARDINAL", 0, 19),
    ("GECF Ministerial Meeting", "EVENT", 0),
    ("Doha", "GPE", 0),
    ("Tuesday", "DATE", 0, "2026-11-24"),
    ("Qatar", "GPE", 0),
    ("energy minister", "TITLE", 0),
    ("Saad al-Kaabi", "PERSON", 0),
    ("Algeria", "GPE", 0),
    ("Mohamed Arkab", "PERSON", 0),
    ("Nigeria", "GPE", 0),
    ("minister of state for gas", "TITLE", 0),
    ("Ekperikpe Ekpo", "PERSON", 0),
    ("Russia", "GPE", 0),
    ("Deputy Energy Minister", "TITLE", 0),
    ("Pavel Sorokin", "PERSON", 0),
    ("2040s", "DATE", 0, None),
    ("next winter", "DATE", 0, None),
    ("al-Kaabi", "PERSON", 1, "Saad al-Kaabi"),
    ("QatarEnergy", "ORG", 0),
    ("Japan", "GPE", 0),
    ("JERA", "ORG", 0),
    ("27-year", "DATE", 0, None),
    ("3 million tonnes", "QUANTITY", 0, 3e6),
    ("2028", "DATE", 0, "2028"),
    ("Algeria", "GPE", 1),
    ("Sonatrach", "ORG", 0),
    ("Italy", "GPE", 0),
    ("Eni", "ORG", 0),
    ("Arkab", "PERSON", 1, "Mohamed Arkab"),
    ("al-Kaabi", "PERSON", 2, "Saad al-Kaabi"),
    ("Monday", "DATE", 0, "2026-11-23"),
    ("Algeria", "GPE", 2),
    ("10 percent", "PERCENT", 0, 10),
    ("2028", "DATE", 1, "2028"),
    ("GECF", "ORG", 1),
    ("secretary general", "TITLE", 0),
    ("Mohamed Hamel", "PERSON", 0),
    ("Algiers", "GPE", 0),
    ("next year", "DATE", 0, "2027"),
    ("Tripoli", "GPE", 0),
    ("Libya", "GPE", 0),
    ("2027", "DATE", 0, "2027"),
    ("Qatar", "GPE", 1),
    ("North Field", "LOC", 0),
    ("142 million tonnes", "QUANTITY", 0, 1.42e8),
    ("2030", "DATE", 0, "2030"),
]

UNANNOTATED = [("GECF", 0), ("LNG", 0), ("Energy", 0)]   # inside the EVENT; a commodity; starts the story

RELATIONS = [
    # "Energy ministers from 19 gas-producing countries attended": no entity attends
    ("holds_position", {"person": "Saad al-Kaabi", "title": "energy minister", "organization": "Qatar#0"}),
    # "were among the delegates": of the meeting named before
    ("attendance", {"attendee": "Mohamed Arkab", "event": "GECF Ministerial Meeting"}),
    ("attendance", {"attendee": "Ekperikpe Ekpo", "event": "GECF Ministerial Meeting"}),
    ("holds_position", {"person": "Ekperikpe Ekpo", "title": "minister of state for gas", "organization": "Nigeria"}),
    ("holds_position", {"person": "Pavel Sorokin", "title": "Deputy Energy Minister"}),
    # "who took part by video link": in the meeting
    ("attendance", {"attendee": "Pavel Sorokin", "event": "GECF Ministerial Meeting"}),
    ("statement", {"speaker": "al-Kaabi#1", "quote": "@We are building for the 2040s, not for next winter"}),
    # an infinitive clause stays in the agreement phrase, up to the date after its preposition
    ("agreement", {"party": ["QatarEnergy", "JERA"],
                   "agreement": "@27-year agreement to supply 3 million tonnes of LNG a year"}),
    # "reached a deal with Italy's Eni on a new pipeline study": "with" ends the phrase
    ("agreement", {"party": ["Sonatrach", "Eni"], "agreement": "@deal"}),
    ("meeting", {"participant": ["Arkab#1", "al-Kaabi#2"], "date": "Monday"}),
    # "said Algeria would raise its gas output by 10 percent": no commitment word
    ("holds_position", {"person": "Mohamed Hamel", "title": "secretary general", "organization": "GECF#1"}),
    # "told the meeting": addressing it
    ("attendance", {"attendee": "Mohamed Hamel", "event": "GECF Ministerial Meeting"}),
    ("located_in", {"place": "Tripoli", "container": "Libya"}),
    # "Qatar plans to expand": no commitment word
]
