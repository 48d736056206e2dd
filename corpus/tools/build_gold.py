#!/usr/bin/env python3
"""Build and validate the gleaner gold corpus.

Reads every article under corpus/articles/<split>/<id>.txt and its hand-written annotation
source corpus/annotations/<split>/<id>.py, computes offsets by locating each surface string,
validates everything against the contract in ANNOTATION.md, and writes
corpus/gold/<split>/<id>.json deterministically. Any problem is reported with file and reason
and the script exits non-zero without writing anything.

Annotation source format (Python literals only, read with ast.literal_eval, never executed):

    ENTITIES = [
        # (surface, TYPE, occurrence)                       TITLE, TIME
        # (surface, TYPE, occurrence, "canonical")          name-like types; canonical defaults
        #                                                   to the surface text when omitted
        # (surface, TYPE, occurrence, "2026-03-04" | None)  DATE: iso value, None = no value
        # (surface, "MONEY", occurrence, (amount, "USD"))
        # (surface, "PERCENT" | "CARDINAL" | "ORDINAL" | "QUANTITY", occurrence, number)
    ]
    RELATIONS = [
        ("meeting", {"participant": ["Albanese#1", "Lee#0"], "location": "Seoul#2",
                     "date": "Wednesday"}),
        ("statement", {"speaker": "Albanese#2", "quote": "@This framework turns a good one"}),
    ]
    UNANNOTATED = [("Korean", 2)]   # occurrences deliberately left without an entity

Occurrences count whole-word matches of the exact (case-sensitive) surface string, from 0:
a match must not have a letter or digit immediately before or after it, so "Japan" is not
found inside "Japanese". A relation argument "Surface#n" names the entity whose span is the
n-th occurrence of Surface ("#0" may be left out); "@text#n" is a text-span argument (quote,
topic, sector, product, agreement name) at the n-th occurrence of text.

Checks, each fatal: the article is UTF-8, starts with a dateline "CITY, Month D, YYYY (Gleaner
Wire) \u2014", is 150-350 words and ends with one newline; the dateline city is a GPE and its date
a DATE whose iso is meta.date; types, roles and filler types follow ANNOTATION.md's tables,
core roles are present and single-filler roles have one filler; spans lie on whole words, carry
no determiner, possessive or edge punctuation (a final period only for an abbreviation such as
"U.S."), and do not overlap; name-like entities have a canonical and numbers a value; a quote
is the whole inside of one pair of quotation marks less a final comma or period; every other
occurrence of an annotated surface, every digit and every capitalised word that does not start
a sentence lies inside some entity unless UNANNOTATED lists it; no relation is repeated.

Usage:
    python3 corpus/tools/build_gold.py           rebuild all gold files, print the counts table
    python3 corpus/tools/build_gold.py --check   validate and fail if a gold file is out of date
"""

import ast
import json
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent
SPLITS = ("dev", "test", "holdout")
SCHEMA = "gleaner.document/1"

ENTITY_TYPES = (
    "PERSON", "NORP", "ORG", "GPE", "LOC", "FAC", "EVENT", "LAW", "PRODUCT",
    "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL", "TITLE",
)
NAME_TYPES = {"PERSON", "NORP", "ORG", "GPE", "LOC", "FAC", "EVENT", "LAW", "PRODUCT"}
NUMBER_TYPES = {"PERCENT", "CARDINAL", "ORDINAL", "QUANTITY"}
CURRENCIES = {"USD", "JPY", "KRW", "EUR", "GBP", "AUD", "CAD", "INR", "IDR", "SAR", "CNY",
              "BRL", "MXN", "NZD", "PLN", "VND", "MYR", "PHP", "SGD", "KES", "THB", "CHF",
              "ZAR", "AED", "SEK", "NOK", "DKK"}

SPAN = "span"  # filler kind: a text span that is not an entity

# type -> role -> (core, min fillers, max fillers, allowed filler kinds)
RELATION_TYPES = {
    "holds_position": {
        "person": (True, 1, 1, {"PERSON"}),
        "title": (True, 1, 1, {"TITLE"}),
        "organization": (False, 0, 1, {"GPE", "ORG", "NORP"}),
    },
    "meeting": {
        "participant": (True, 2, 99, {"PERSON", "GPE", "ORG"}),
        "location": (False, 0, 1, {"GPE", "LOC", "FAC"}),
        "date": (False, 0, 1, {"DATE"}),
    },
    "visit": {
        "visitor": (True, 1, 1, {"PERSON", "ORG"}),
        "destination": (True, 1, 1, {"GPE", "LOC", "FAC"}),
        "date": (False, 0, 1, {"DATE"}),
    },
    "attendance": {
        "attendee": (True, 1, 1, {"PERSON", "ORG", "GPE"}),
        "event": (True, 1, 1, {"EVENT"}),
        "location": (False, 0, 1, {"GPE", "LOC"}),
        "date": (False, 0, 1, {"DATE"}),
    },
    "agreement": {
        "party": (True, 1, 99, {"PERSON", "GPE", "ORG"}),
        "agreement": (False, 0, 1, {"LAW", SPAN}),
        "date": (False, 0, 1, {"DATE"}),
    },
    "commitment": {
        "agent": (True, 1, 1, {"PERSON", "GPE", "ORG"}),
        "value": (True, 1, 1, {"MONEY", "PERCENT", "QUANTITY", "CARDINAL"}),
        "deadline": (False, 0, 1, {"DATE"}),
        "topic": (False, 0, 1, {SPAN}),
    },
    "investment": {
        "investor": (True, 1, 1, {"GPE", "ORG", "PERSON"}),
        "amount": (True, 1, 1, {"MONEY"}),
        "recipient": (False, 0, 1, {"GPE", "ORG"}),
        "sector": (False, 0, 99, {SPAN}),
    },
    "tariff_change": {
        "imposer": (True, 1, 1, {"GPE", "PERSON", "ORG"}),
        "new_rate": (True, 1, 1, {"PERCENT"}),
        "old_rate": (False, 0, 1, {"PERCENT"}),
        "target": (False, 0, 99, {"GPE", "NORP"}),
        "product": (False, 0, 1, {SPAN}),
    },
    "statement": {
        "speaker": (True, 1, 1, {"PERSON", "ORG"}),
        "quote": (True, 1, 1, {SPAN}),
    },
    "located_in": {
        "place": (True, 1, 1, {"FAC", "GPE", "LOC"}),
        "container": (True, 1, 1, {"GPE", "LOC"}),
    },
}

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
DATELINE = re.compile(
    r"^(?P<city>[^\W\d_a-z][^,\n]*), (?P<date>(?P<month>[A-Z][a-z]+) (?P<day>\d{1,2}), "
    r"(?P<year>\d{4})) \(Gleaner Wire\) \u2014 \S")
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?|-W\d{2})?$")
EDGE_PUNCTUATION = ",;:!?\"\u201c\u201d\u2018\u2019'()"
OPEN_QUOTES = "\"\u201c'\u2018"
CLOSE_QUOTES = "\"\u201d'\u2019"
ABBREVIATION_END = re.compile(r"(\b[A-Za-z]\.|\bInc\.|\bCo\.|\bLtd\.|\bCorp\.|\bJr\.)$")
# capitalised function words that name nothing, even mid-sentence after a quote or dash
SENTENCE_WORDS = set("""A An The This That These Those It Its He She His Her They Their We Our I
In On At By For From Of To With And But Or As After Before Under Over During Since While When
Where Which Who What If Until Both Each Earlier Later Also""".split())


class Invalid(Exception):
    """A problem in one article; the message says what and where."""


def occurrences(text, surface):
    """Start offsets of whole-word, case-sensitive matches of surface in text."""
    found = []
    start = text.find(surface)
    while start != -1:
        end = start + len(surface)
        before = text[start - 1] if start > 0 else " "
        after = text[end] if end < len(text) else " "
        if not before.isalnum() and not after.isalnum():
            found.append(start)
        start = text.find(surface, start + 1)
    return found


def locate(text, surface, occ, what):
    if not surface or surface != surface.strip():
        raise Invalid(f"{what}: empty surface or surrounding whitespace in {surface!r}")
    starts = occurrences(text, surface)
    if not isinstance(occ, int) or occ < 0 or occ >= len(starts):
        raise Invalid(f"{what}: occurrence {occ!r} of {surface!r} not found "
                      f"({len(starts)} whole-word occurrence(s) in text)")
    return starts[occ], starts[occ] + len(surface)


def parse_ref(ref):
    """'Surface#n' or '@text#n' -> (is_span, surface, n)."""
    if not isinstance(ref, str) or not ref:
        raise Invalid(f"relation argument {ref!r} is not a string")
    is_span = ref.startswith("@")
    body = ref[1:] if is_span else ref
    m = re.match(r"^(.*)#(\d+)$", body, re.S)
    if m:
        return is_span, m.group(1), int(m.group(2))
    return is_span, body, 0


def number(x, what):
    if isinstance(x, bool) or not isinstance(x, (int, float)):
        raise Invalid(f"{what}: value {x!r} is not a number")
    return int(x) if float(x).is_integer() else x


def load_source(path):
    """Read the literal assignments of an annotation source file."""
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    except SyntaxError as err:
        raise Invalid(f"syntax error line {err.lineno}: {err.msg}")
    found = {}
    for node in tree.body:
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            continue  # docstring
        if not (isinstance(node, ast.Assign) and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Name)):
            raise Invalid(f"line {node.lineno}: only NAME = literal assignments are allowed")
        name = node.targets[0].id
        if name not in ("ENTITIES", "RELATIONS", "UNANNOTATED"):
            raise Invalid(f"line {node.lineno}: unknown name {name}")
        if name in found:
            raise Invalid(f"line {node.lineno}: {name} assigned twice")
        try:
            found[name] = ast.literal_eval(node.value)
        except ValueError:
            raise Invalid(f"line {node.lineno}: {name} is not a plain literal")
    for name in ("ENTITIES", "RELATIONS"):
        if name not in found:
            raise Invalid(f"{name} missing")
    return found["ENTITIES"], found["RELATIONS"], found.get("UNANNOTATED", [])


def check_text(text):
    if "\r" in text or "\t" in text:
        raise Invalid("article text contains CR or TAB")
    if not text.endswith("\n") or text.endswith("\n\n"):
        raise Invalid("article text must end with exactly one newline")
    for n, line in enumerate(text.split("\n"), 1):
        if line != line.rstrip():
            raise Invalid(f"article line {n} has trailing whitespace")
    m = DATELINE.match(text)
    if not m:
        raise Invalid("article does not start with 'CITY, Month D, YYYY (Gleaner Wire) \u2014 '")
    if m.group("city") != m.group("city").upper():
        raise Invalid("dateline city is not upper case")
    if m.group("month") not in MONTHS:
        raise Invalid(f"dateline month {m.group('month')!r} unknown")
    try:
        d = date(int(m.group("year")), MONTHS.index(m.group("month")) + 1, int(m.group("day")))
    except ValueError as err:
        raise Invalid(f"dateline date invalid: {err}")
    words = len(re.findall(r"\S+", text))
    if not 150 <= words <= 350:
        raise Invalid(f"article has {words} words, outside 150-350")
    return m, d


def check_span_hygiene(kind, surface, what):
    if re.match(r"^(The|THE) Hague\b", surface):
        surface = surface[4:]  # the article is part of this name
    if re.match(r"^(the|The|a|an|An)\s", surface):
        raise Invalid(f"{what}: span {surface!r} starts with a determiner")
    if surface.endswith(("'s", "\u2019s")):
        raise Invalid(f"{what}: span {surface!r} ends with a possessive")
    if surface[-1] in EDGE_PUNCTUATION or surface[0] in EDGE_PUNCTUATION:
        raise Invalid(f"{what}: span {surface!r} has punctuation at an edge")
    if surface.endswith(".") and not ABBREVIATION_END.search(surface):
        raise Invalid(f"{what}: span {surface!r} ends with a period that is not an "
                      f"abbreviation's")
    if kind == "TITLE" and re.search(r"\b[a-z]+(ers|ents|ives)$", surface):
        raise Invalid(f"{what}: TITLE {surface!r} looks like a generic plural")


def build_entity(text, spec, n):
    what = f"entity #{n} {spec!r}"
    if not isinstance(spec, tuple) or len(spec) not in (3, 4):
        raise Invalid(f"{what}: expected (surface, TYPE, occurrence[, canonical/value])")
    surface, etype, occ = spec[0], spec[1], spec[2]
    extra = spec[3] if len(spec) == 4 else Ellipsis
    if etype not in ENTITY_TYPES:
        raise Invalid(f"{what}: unknown entity type {etype!r}")
    start, end = locate(text, surface, occ, what)
    check_span_hygiene(etype, surface, what)
    ent = {"type": etype, "start": start, "end": end, "text": surface}
    if etype in NAME_TYPES:
        canonical = surface if extra is Ellipsis else extra
        if not isinstance(canonical, str) or not canonical.strip():
            raise Invalid(f"{what}: canonical must be a non-empty string")
        ent["canonical"] = canonical
    elif etype == "DATE":
        if extra is Ellipsis:
            raise Invalid(f"{what}: DATE needs an explicit iso value or None")
        if extra is not None:
            if not isinstance(extra, str) or not ISO.match(extra):
                raise Invalid(f"{what}: DATE value {extra!r} is not YYYY, YYYY-MM, "
                              f"YYYY-MM-DD or YYYY-Www")
            ent["value"] = {"iso": extra}
    elif etype == "MONEY":
        if not (isinstance(extra, tuple) and len(extra) == 2 and extra[1] in CURRENCIES):
            raise Invalid(f"{what}: MONEY needs (amount, CURRENCY) with a known currency")
        ent["value"] = {"amount": number(extra[0], what), "currency": extra[1]}
    elif etype in NUMBER_TYPES:
        if extra is Ellipsis:
            raise Invalid(f"{what}: {etype} needs a numeric value")
        ent["value"] = {"value": number(extra, what)}
    else:  # TITLE, TIME
        if extra is not Ellipsis:
            raise Invalid(f"{what}: {etype} takes no canonical or value")
    return ent


def build_document(split, doc_id, text, source):
    dateline, doc_date = check_text(text)
    specs, relation_specs, unannotated = source

    entities = [build_entity(text, spec, n) for n, spec in enumerate(specs, 1)]
    entities.sort(key=lambda e: (e["start"], e["end"]))
    for a, b in zip(entities, entities[1:]):
        if b["start"] < a["end"]:
            raise Invalid(f"entities overlap: {a['text']!r}@{a['start']} and "
                          f"{b['text']!r}@{b['start']}")
    by_start = {}
    for n, ent in enumerate(entities, 1):
        ent_id = f"e{n}"
        by_start[(ent["start"], ent["end"])] = ent_id
        ent_ordered = {"id": ent_id}
        ent_ordered.update(ent)
        entities[n - 1] = ent_ordered
    ent_by_id = {e["id"]: e for e in entities}

    # the dateline's city and date are annotated, and the date is meta.date
    city, dl_date = dateline.span("city"), dateline.span("date")
    if by_start.get(city) is None or ent_by_id[by_start[city]]["type"] != "GPE":
        raise Invalid("dateline city is not annotated as a GPE")
    if ent_by_id[by_start[city]]["canonical"].isupper():
        raise Invalid("the upper-case dateline city needs a title-case canonical (SEOUL -> Seoul)")
    dl = by_start.get(dl_date)
    if dl is None or ent_by_id[dl]["type"] != "DATE" \
            or ent_by_id[dl].get("value", {}).get("iso") != doc_date.isoformat():
        raise Invalid(f"dateline date is not a DATE with iso {doc_date.isoformat()}")

    # every whole-word occurrence of an annotated surface is covered, unless listed
    allowed = set()
    for item in unannotated:
        if not (isinstance(item, tuple) and len(item) == 2):
            raise Invalid(f"UNANNOTATED entry {item!r} is not (surface, occurrence)")
        allowed.add((locate(text, item[0], item[1], f"UNANNOTATED {item!r}")[0], item[0]))
    covered = [(e["start"], e["end"]) for e in entities]

    def is_covered(s, e):
        return any(cs <= s and e <= ce for cs, ce in covered)

    for surface in sorted({e["text"] for e in entities}):
        for s in occurrences(text, surface):
            if not is_covered(s, s + len(surface)) and (s, surface) not in allowed:
                raise Invalid(f"{surface!r} at {s} is not annotated (annotate it or list it "
                              f"in UNANNOTATED)")
    for m in re.finditer(r"\d+", text):
        if not is_covered(m.start(), m.end()) and (m.start(), m.group()) not in allowed:
            raise Invalid(f"number {m.group()!r} at {m.start()} is inside no entity")
    for start, word in uncovered_capitalised(text, covered):
        if (start, word) not in allowed:
            raise Invalid(f"capitalised {word!r} at {start} is inside no entity (annotate it or "
                          f"list it in UNANNOTATED)")

    relations = []
    for n, spec in enumerate(relation_specs, 1):
        what = f"relation #{n} {spec!r}"
        if not (isinstance(spec, tuple) and len(spec) == 2 and isinstance(spec[1], dict)):
            raise Invalid(f"{what}: expected (type, {{role: filler(s)}})")
        rtype, roles = spec
        table = RELATION_TYPES.get(rtype)
        if table is None:
            raise Invalid(f"{what}: unknown relation type {rtype!r}")
        for role in roles:
            if role not in table:
                raise Invalid(f"{what}: role {role!r} is not legal for {rtype}")
        args = []
        for role, (core, lo, hi, kinds) in table.items():
            fillers = roles.get(role, [])
            if isinstance(fillers, str):
                fillers = [fillers]
            if core and not fillers:
                raise Invalid(f"{what}: core role {role!r} missing")
            if not lo <= len(fillers) <= hi:
                raise Invalid(f"{what}: role {role!r} has {len(fillers)} fillers, "
                              f"needs {lo}..{hi}")
            for ref in fillers:
                is_span, surface, occ = parse_ref(ref)
                start, end = locate(text, surface, occ, f"{what} role {role}")
                if is_span:
                    if SPAN not in kinds:
                        raise Invalid(f"{what}: role {role!r} takes an entity, not a span")
                    if role == "quote":
                        check_quote(text, start, end, what)
                    else:
                        check_span_hygiene(SPAN, surface, f"{what} role {role}")
                    args.append({"role": role, "start": start, "end": end, "text": surface})
                else:
                    ent_id = by_start.get((start, end))
                    if ent_id is None:
                        raise Invalid(f"{what}: {ref!r} is not an annotated entity")
                    etype = ent_by_id[ent_id]["type"]
                    if etype not in kinds:
                        raise Invalid(f"{what}: role {role!r} cannot be filled by {etype} "
                                      f"{surface!r}")
                    args.append({"role": role, "entity": ent_id})
        ids = [a.get("entity") or (a["start"], a["end"]) for a in args]
        if len(ids) != len(set(ids)):
            raise Invalid(f"{what}: the same filler appears twice")
        relations.append({"id": f"r{n}", "type": rtype, "args": args})

    seen = set()
    for rel in relations:
        key = (rel["type"], json.dumps(rel["args"], sort_keys=True))
        if key in seen:
            raise Invalid(f"{rel['id']}: duplicate of an earlier relation")
        seen.add(key)

    return {
        "schema": SCHEMA,
        "id": doc_id,
        "text": text,
        "meta": {"source": f"corpus/articles/{split}/{doc_id}.txt", "title": None,
                 "date": doc_date.isoformat()},
        "entities": entities,
        "relations": relations,
    }


def check_quote(text, start, end, what):
    """A quote is the whole inside of one pair of marks, less a final comma or period."""
    if start == 0 or text[start - 1] not in OPEN_QUOTES:
        raise Invalid(f"{what}: quote does not start right after an opening quotation mark")
    rest = text[end:end + 2]
    if not (rest[:1] in CLOSE_QUOTES or (rest[:1] in ",." and rest[1:2] in CLOSE_QUOTES)):
        raise Invalid(f"{what}: quote does not end at a closing mark (or ',' / '.' before one)")
    if text[end - 1] in ",.":
        raise Invalid(f"{what}: quote keeps its final comma or period")


def uncovered_capitalised(text, covered):
    """Capitalised words inside no entity that do not start a sentence or a quote."""
    hits = []
    for m in re.finditer(r"(?<!\w)[^\W\d_][\w.\u2019'-]*", text):
        s = m.start()
        if not m.group()[0].isupper():
            continue
        if any(cs <= s < ce for cs, ce in covered) or m.group() in SENTENCE_WORDS:
            continue
        prev = text[:s].rstrip()
        if not prev or prev[-1] in ".!?\"\u201c\u2014\n":
            continue
        hits.append((s, m.group()))
    return hits


def main(argv):
    check_only = "--check" in argv
    errors, built = [], {}
    for split in SPLITS:
        art_dir = CORPUS / "articles" / split
        ann_dir = CORPUS / "annotations" / split
        articles = sorted(art_dir.glob("*.txt"))
        stems = {p.stem for p in articles}
        for p in sorted(ann_dir.glob("*")):
            if p.suffix != ".py" or p.stem not in stems:
                errors.append(f"{p}: annotation source without an article (or not .py)")
        for art in articles:
            doc_id = art.stem
            src = ann_dir / f"{doc_id}.py"
            try:
                if not SLUG.match(doc_id):
                    raise Invalid("id is not a lowercase-hyphenated slug")
                if not src.exists():
                    raise Invalid(f"no annotation source {src.relative_to(CORPUS.parent)}")
                raw = art.read_bytes()
                try:
                    text = raw.decode("utf-8")
                except UnicodeDecodeError as err:
                    raise Invalid(f"not UTF-8: {err}")
                if text.startswith("\ufeff"):
                    raise Invalid("article starts with a byte-order mark")
                built[(split, doc_id)] = build_document(split, doc_id, text, load_source(src))
            except Invalid as err:
                errors.append(f"{src.relative_to(CORPUS.parent)}: {err}")
    ids = Counter(doc_id for _, doc_id in built)
    for doc_id, n in ids.items():
        if n > 1:
            errors.append(f"id {doc_id!r} is used in more than one split")
    if errors:
        for e in errors:
            print(f"error: {e}", file=sys.stderr)
        print(f"{len(errors)} error(s); no gold file written", file=sys.stderr)
        return 1

    stale = []
    for (split, doc_id), doc in sorted(built.items()):
        out = CORPUS / "gold" / split / f"{doc_id}.json"
        rendered = json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
        if check_only:
            if not out.exists() or out.read_text(encoding="utf-8") != rendered:
                stale.append(str(out.relative_to(CORPUS.parent)))
        else:
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(rendered, encoding="utf-8")
    if not check_only:
        for split in SPLITS:
            for out in sorted((CORPUS / "gold" / split).glob("*.json")):
                if (split, out.stem) not in built:
                    out.unlink()  # gold for an article that no longer exists
    print(counts_table(built))
    if stale:
        for s in stale:
            print(f"error: {s} is out of date; run corpus/tools/build_gold.py", file=sys.stderr)
        return 1
    return 0


def counts_table(built):
    cols = list(SPLITS) + ["total"]
    counts = {c: Counter() for c in cols}
    for (split, _), doc in built.items():
        for c in (split, "total"):
            counts[c]["articles"] += 1
            counts[c]["words"] += len(doc["text"].split())
            counts[c]["entities"] += len(doc["entities"])
            counts[c]["relations"] += len(doc["relations"])
            for e in doc["entities"]:
                counts[c]["entity " + e["type"]] += 1
            for r in doc["relations"]:
                counts[c]["relation " + r["type"]] += 1
    rows = ["articles", "words", "entities"] + ["entity " + t for t in ENTITY_TYPES] \
        + ["relations"] + ["relation " + t for t in RELATION_TYPES]
    lines = ["| | " + " | ".join(cols) + " |", "|---|" + "---:|" * len(cols)]
    for row in rows:
        label = row.split(" ", 1)[1] if " " in row else f"**{row}**"
        lines.append(f"| {label} | " + " | ".join(str(counts[c][row]) for c in cols) + " |")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
