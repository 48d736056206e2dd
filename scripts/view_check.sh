#!/usr/bin/env bash
# The viewer in a real browser (issue 12). Not a timed test; run by .ci/run after the suite.
#   bash scripts/view_check.sh [--screenshot docs/view.png]
# Installs Debian's chromium if it is missing and playwright-core (npm) into .deps/node, then:
#  1. `gleaner extract` corpus/articles/{dev,test} with the embedded model, `gleaner view` the predictions
#     with --gold corpus/gold, and checks every page in headless Chromium
#     (scripts/view_check.mjs: entity elements, their text, the visible text, statuses, no
#     script but the page's own);
#  2. the same on documents written here to be hard: CRLF line ends, emoji and flags (non-BMP,
#     ZWJ sequences), combining marks, right-to-left text, and article text and ids carrying
#     <script>, </div>, &amp; and quotes; with gold that differs (wrong type, partial, missed,
#     spurious, overlapping spans).
set -euo pipefail
cd "$(dirname "$0")/.."
shot=""
if [ "${1:-}" = --screenshot ]; then shot=$(realpath -m "$2"); fi
retry() { for i in 1 2 3; do "$@" && return 0; echo "view_check: retrying ($i): $*" >&2; sleep 5; done; return 1; }
if ! command -v chromium >/dev/null; then
  retry apt-get update -qq
  retry env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
if [ ! -d .deps/node/node_modules/playwright-core ]; then
  mkdir -p .deps/node && (cd .deps/node && retry npm install --silent --no-audit --no-fund playwright-core@1.49.1)
fi
bash scripts/setup.sh
cargo build --release -q
g=target/release/gleaner
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT  # VIEW_CHECK_KEEP=DIR keeps the sites there

# dev and test only: the holdout split is scored once, at the end of issue 10 (corpus/README.md),
# and view prints an F1 over what it shows.
$g extract corpus/articles/dev corpus/articles/test -o "$tmp/pred" 2>/dev/null
$g export --format jsonl "$tmp/pred" -o "$tmp/pred.jsonl" 2>/dev/null
$g view "$tmp/pred" --gold corpus/gold -o "$tmp/site"
node scripts/view_check.mjs "$tmp/site" "$tmp/pred.jsonl" ${shot:+"$shot" albanese-lee-seoul-minerals}

python3 - "$tmp" <<'PY'
import json, sys
tmp = sys.argv[1]
def doc(id, text, ents):
    out = []
    for i, (label, sub, nth) in enumerate(ents):
        start = -1
        for _ in range(nth + 1):
            start = text.index(sub, start + 1)
        out.append({"id": f"e{i + 1}", "type": label, "start": start, "end": start + len(sub), "text": sub})
    return {"schema": "gleaner.document/1", "id": id, "text": text, "meta": {}, "entities": out, "relations": []}
docs = [
    doc("crlf-emoji", "TOKYO, Oct. 28 (Wire) \u2014 \U0001F1EF\U0001F1F5 Prime Minister Sanae Takaichi met \U0001F469\u200d\U0001F4BB Zo\u00eb Salda\u00f1a.\r\nThen Takaichi flew to Z\u00fcrich \U0001F600 on Tuesday.\r\n\r\nLast line.",
        [("GPE", "TOKYO", 0), ("TITLE", "Prime Minister", 0), ("PERSON", "Sanae Takaichi", 0), ("PERSON", "Zo\u00eb Salda\u00f1a", 0), ("PERSON", "Takaichi", 1), ("GPE", "Z\u00fcrich", 0), ("DATE", "Tuesday", 0)]),
    doc("combining-rtl", "Ame\u0301lie Poulain met \u05d3\u05d5\u05d3 \u05dc\u05d5\u05d9 in \u0627\u0644\u0642\u0627\u0647\u0631\u0629 and Ha\u0300 N\u00f4\u0323i.",
        [("PERSON", "Ame\u0301lie Poulain", 0), ("PERSON", "\u05d3\u05d5\u05d3 \u05dc\u05d5\u05d9", 0), ("GPE", "\u0627\u0644\u0642\u0627\u0647\u0631\u0629", 0), ("GPE", "Ha\u0300 N\u00f4\u0323i", 0)]),
    doc("x\"><script>window.__pwned='id'</script>", "<script>window.__pwned=1</script> Smith & Sons </div> said \"AT&amp;T\" <img src=x onerror=\"window.__pwned=2\"> 'quoted' in Paris.",
        [("ORG", "Smith & Sons", 0), ("ORG", "AT&amp;T", 0), ("GPE", "Paris", 0), ("ORG", "<script>", 0)]),
]
docs[0]["relations"] = [{"id": "r1", "type": "visit", "args": [{"role": "visitor", "entity": "e5"}, {"role": "destination", "entity": "e6"}, {"role": "date", "entity": "e7"}], "trigger": {"start": docs[0]["text"].index("flew"), "end": docs[0]["text"].index("flew") + 4, "text": "flew"}}]
gold = json.loads(json.dumps(docs))
gold[0]["entities"][1]["type"] = "ORG"                                   # wrong type
g = gold[0]["entities"][3]; g["end"] -= 8; g["text"] = g["text"][:-8]  # partial: "Zoë"
del gold[1]["entities"][2]                                               # spurious prediction
t = gold[2]["text"]; s = t.index("Sons </div>")                          # missed, crossing a prediction
gold[2]["entities"].append({"id": "g9", "type": "ORG", "start": s, "end": s + len("Sons </div>"), "text": "Sons </div>"})
for name, ds in (("edge-pred", docs), ("edge-gold", gold)):
    with open(f"{tmp}/{name}.jsonl", "w") as f:
        f.write("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in ds))
PY
$g view "$tmp/edge-pred.jsonl" --gold "$tmp/edge-gold.jsonl" -o "$tmp/site-edge"
node scripts/view_check.mjs "$tmp/site-edge" "$tmp/edge-pred.jsonl"
if [ -n "${VIEW_CHECK_KEEP:-}" ]; then mkdir -p "$VIEW_CHECK_KEEP" && cp -r "$tmp/site" "$tmp/site-edge" "$VIEW_CHECK_KEEP/"; fi
