#!/usr/bin/env python3
"""Check a question file: python3 validate.py news.jsonl WRITER"""
import json, sys, glob, os
stories = {os.path.basename(p): open(p, encoding="utf-8").read() for p in glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), "stories", "*.txt"))}
path, writer = sys.argv[1], sys.argv[2]
ids, bad, n, seed, ans = set(), 0, 0, 0, 0
for i, line in enumerate(open(path, encoding="utf-8"), 1):
    line = line.strip()
    if not line:
        continue
    n += 1
    try:
        c = json.loads(line)
    except Exception as e:
        print(f"line {i}: not JSON: {e}"); bad += 1; continue
    for k in ("id", "writer", "kind", "question", "answers", "evidence", "answerable", "story"):
        if k not in c:
            print(f"line {i}: missing {k}"); bad += 1
    if c.get("writer") != writer: print(f"line {i}: writer must be {writer}"); bad += 1
    if c.get("id") in ids: print(f"line {i}: duplicate id"); bad += 1
    ids.add(c.get("id"))
    if c.get("story") not in stories: print(f"line {i}: story must be a file name in stories/"); bad += 1; continue
    if c["story"].startswith("000_"): seed += 1
    if c.get("answerable"):
        ans += 1
        if not c.get("answers"): print(f"line {i}: answerable needs answers"); bad += 1
        if not c.get("evidence") or c["evidence"] not in stories[c["story"]]:
            print(f"line {i}: evidence is not an exact substring of {c['story']}"); bad += 1
    else:
        if c.get("answers") or c.get("evidence"): print(f"line {i}: unanswerable: answers and evidence must be empty"); bad += 1
    if c.get("follows") and c["follows"] not in ids: print(f"line {i}: follows must name an earlier id"); bad += 1
print(f"{n} questions, {seed} on the seed story (000_...), {ans} answerable, {bad} problems")
sys.exit(1 if bad else 0)
