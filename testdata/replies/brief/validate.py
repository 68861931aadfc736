#!/usr/bin/env python3
"""Check a reply file: python3 validate.py replies.jsonl WRITER"""
import json, re, sys, os, unicodedata
here = os.path.dirname(os.path.abspath(__file__))
chunks = {}
cur = None
for line in open(os.path.join(here, "chunks.md"), encoding="utf-8"):
    if line.startswith("### "):
        cur = line[4:].strip(); chunks[cur] = ""
    elif cur and not line.startswith("Title: "):
        chunks[cur] += line
def fold(s):
    s = unicodedata.normalize("NFKD", s.lower())
    s = "".join(c for c in s if not unicodedata.combining(c))
    for a, b in (("“", '"'), ("”", '"'), ("‘", "'"), ("’", "'"), ("-", " "), ("–", " "), ("—", " ")):
        s = s.replace(a, b)
    return " ".join(s.split())
alltext = fold(" ".join(chunks.values()))
path, writer = sys.argv[1], sys.argv[2]
n = bad = good = badl = quoted = 0
ids = set(); qs = set()
for i, line in enumerate(open(path, encoding="utf-8"), 1):
    if not line.strip(): continue
    n += 1
    try: r = json.loads(line)
    except Exception as e: print(f"line {i}: not JSON: {e}"); bad += 1; continue
    for k in ("id", "question", "passages", "reply", "label", "kind", "style", "must_not_show", "must_cite", "note"):
        if k not in r: print(f"line {i}: missing {k}"); bad += 1
    if r.get("id") in ids: print(f"line {i}: duplicate id"); bad += 1
    ids.add(r.get("id")); qs.add(r.get("question"))
    ps = r.get("passages", [])
    if len(ps) != 5 or any(p not in chunks for p in ps): print(f"line {i}: passages must be 5 chunk IDs from chunks.md"); bad += 1; continue
    if r.get("label") not in ("good", "bad"): print(f"line {i}: label must be good or bad"); bad += 1
    reply = r.get("reply", "")
    if r.get("label") == "good":
        good += 1
        if r.get("must_not_show"): print(f"line {i}: a good reply has no must_not_show"); bad += 1
        for m in re.finditer(r'\[(\d)\s*:\s*["“]([^"”]+)["”]\s*\]', reply):
            k, q = int(m.group(1)), m.group(2)
            if not 1 <= k <= 5: print(f"line {i}: marker {k} out of range"); bad += 1; continue
            parts = [p for p in re.split(r"\.\.\.|…", q) if p.strip()]
            t = fold(chunks[ps[k-1]]); at = 0
            for p in parts:
                j = t.find(fold(p), at)
                if j < 0: print(f"line {i}: quote part {p!r} is not in passage {k} (in order)"); bad += 1; break
                at = j + len(fold(p))
    else:
        badl += 1
        if not r.get("must_not_show"): print(f"line {i}: a bad reply needs must_not_show"); bad += 1
        if r.get("must_cite"): print(f"line {i}: a bad reply has empty must_cite"); bad += 1
    for s in r.get("must_not_show", []):
        if s not in reply: print(f"line {i}: must_not_show {s!r} is not in the reply"); bad += 1
        if fold(s) in alltext: print(f"line {i}: must_not_show {s!r} occurs in a passage text"); bad += 1
    for c in r.get("must_cite", []):
        if not isinstance(c, int) or not 1 <= c <= 5: print(f"line {i}: must_cite entries are 1..5"); bad += 1
    if re.search(r'\[\d\s*:\s*["“]', reply): quoted += 1
print(f"{n} replies to {len(qs)} questions: {good} good, {badl} bad, {quoted} with quotes; {bad} problems")
sys.exit(1 if bad else 0)
