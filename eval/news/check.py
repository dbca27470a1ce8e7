#!/usr/bin/env python3
"""Validate the real-news evaluation set (dev.jsonl, heldout.jsonl) and print totals.

Standalone: needs only the Python standard library. Usage:

    python eval/news/check.py            # checks the files next to this script
    python eval/news/check.py DIR        # checks DIR/dev.jsonl and DIR/heldout.jsonl

Exit status is 1 if any record fails a check.
"""
import json
import os
import re
import sys
from collections import Counter

FILES = {"dev": "dev.jsonl", "heldout": "heldout.jsonl"}
RECORD_FIELDS = ["id", "title", "date", "url", "source", "licence", "split", "text",
                 "entities", "posts", "quotations"]
ENTITY_TYPES = {"Person", "Organization", "Place"}
POST_FIELDS = ["person", "role", "organization", "start", "end", "qualifier", "evidence"]
QUALIFIERS = {None, "former", "current", "new"}
LICENCES = {"public domain (U.S. government work)", "UN press material", "CC BY 2.5 (Wikinews)"}
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")


def words(text):
    return len(text.split())


def check_record(rec, split, errors):
    rid = rec.get("id", "?")

    def err(msg):
        errors.append("%s [%s]: %s" % (split, rid, msg))

    missing = [f for f in RECORD_FIELDS if f not in rec]
    for f in missing:
        err("missing field %r" % f)
    if missing:
        return
    text = rec.get("text") or ""
    if not text.strip():
        err("empty text")
    if not ID_RE.match(str(rid)):
        err("id is not short lower-case with hyphens")
    if rec.get("split") != split:
        err("split is %r but record is in the %s file" % (rec.get("split"), split))
    if rec.get("licence") not in LICENCES:
        err("unknown licence %r" % rec.get("licence"))
    if rec.get("date") is not None and not DATE_RE.match(rec["date"]):
        err("date %r is not ISO (YYYY[-MM[-DD]])" % rec["date"])

    names = set()
    for e in rec.get("entities", []):
        if e.get("type") not in ENTITY_TYPES:
            err("entity %r has bad type %r" % (e.get("name"), e.get("type")))
        name = e.get("name")
        if not name:
            err("entity without name")
            continue
        if name in names:
            err("entity %r listed twice" % name)
        names.add(name)
        if "implied_from" in e:
            # a country referred to only by a demonym ("French Foreign Minister")
            if e["implied_from"] not in text:
                err("entity %r: implied_from %r not in text" % (name, e["implied_from"]))
        elif name not in text:
            err("entity name %r not in text" % name)
        for a in e.get("aliases", []):
            if a not in text:
                err("alias %r of %r not in text" % (a, name))

    for p in rec.get("posts", []):
        for f in POST_FIELDS:
            if f not in p:
                err("post %r missing field %r" % (p.get("person"), f))
        if p.get("person") not in names:
            err("post person %r is not an entity name" % p.get("person"))
        org = p.get("organization")
        if org is not None and org not in names:
            err("post organization %r is not an entity name" % org)
        role = p.get("role") or ""
        if not role or role != role.lower():
            err("post role %r must be non-empty lower case" % role)
        if p.get("qualifier") not in QUALIFIERS:
            err("post qualifier %r not allowed" % p.get("qualifier"))
        for f in ("start", "end"):
            if p.get(f) is not None and not DATE_RE.match(p[f]):
                err("post %s %r is not ISO" % (f, p[f]))
        if not p.get("evidence") or p["evidence"] not in text:
            err("post evidence %r not in text" % p.get("evidence"))

    for q in rec.get("quotations", []):
        if q.get("speaker") not in names:
            err("quotation speaker %r is not an entity name" % q.get("speaker"))
        if not q.get("start") or q["start"] not in text:
            err("quotation start %r not in text" % q.get("start"))


def main():
    here = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    errors, ids, grand = [], Counter(), Counter()
    rows = []
    for split, fname in FILES.items():
        path = os.path.join(here, fname)
        t = Counter()
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    rec = json.loads(line)
                except ValueError as exc:
                    errors.append("%s line %d: bad JSON (%s)" % (fname, n, exc))
                    continue
                ids[rec.get("id")] += 1
                check_record(rec, split, errors)
                t["articles"] += 1
                t["words"] += words(rec.get("text", ""))
                for e in rec.get("entities", []):
                    t["entities"] += 1
                    t["ent_" + str(e.get("type"))] += 1
                for p in rec.get("posts", []):
                    t["posts"] += 1
                    if p.get("organization"):
                        t["posts_with_org"] += 1
                t["quotations"] += len(rec.get("quotations", []))
        rows.append((split, t))
        grand.update(t)
    for i, c in ids.items():
        if c > 1:
            errors.append("id %r used %d times" % (i, c))
    rows.append(("total", grand))

    cols = ["articles", "words", "entities", "ent_Person", "ent_Organization", "ent_Place",
            "posts", "posts_with_org", "quotations"]
    print("| split | " + " | ".join(c.replace("ent_", "") for c in cols) + " |")
    print("|" + "---|" * (len(cols) + 1))
    for split, t in rows:
        print("| %s | %s |" % (split, " | ".join(str(t[c]) for c in cols)))
    if errors:
        print("\n%d problem(s):" % len(errors))
        for e in errors:
            print("  " + e)
        return 1
    print("\nall checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
