"""Turn the marked-up texts (texts.txt, news.txt) into the gold files places.jsonl and
heldout.jsonl: one document per line, every place mention with its offsets and the GeoNames
id (or ISO 3166-2 code, for a region the packaged data has no GeoNames id for) it means.

    python eval/places/make_gold.py

A hint says which place is meant; this script only looks its id up in the packaged data
(src/text2kg/extract/data/geonames.tsv.gz), so the annotation is the hint, written by hand.
A mention is marked ``ambiguous`` when its name has more than one candidate there. A
quarter of the documents (by a hash of their id) is held out: score it only at the end.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from text2kg.extract.geo.candidates import candidates, table

HERE = Path(__file__).resolve().parent
MARK = re.compile(r"\[\[([^|\]]+)\|([^\]]+)\]\]")


def main() -> None:
    documents = [doc for name in ("texts.txt", "news.txt") for doc in read(HERE / name)]
    order = sorted(d["id"] for d in documents)
    by_hash = sorted(order, key=lambda i: hashlib.sha1(i.encode()).hexdigest())
    heldout = set(by_hash[::4])  # every fourth document, in an order fixed by the ids alone
    held = [d for d in documents if d["id"] in heldout]
    dev = [d for d in documents if d["id"] not in heldout]
    for name, docs in (("places.jsonl", dev), ("heldout.jsonl", held)):
        lines = [json.dumps(d, ensure_ascii=False) for d in docs]
        (HERE / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{name}: {len(docs)} documents, {sum(len(d['places']) for d in docs)} mentions, "
              f"{sum(p['ambiguous'] for d in docs for p in d['places'])} ambiguous")


def read(path: Path) -> list[dict]:
    docs, current = [], None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        if line.startswith("=== "):
            current = {"id": line[4:].strip(), "source": path.name, "lines": []}
            docs.append(current)
        elif current is not None:
            current["lines"].append(line)
    return [document(d["id"], "\n".join(d["lines"]).strip(), d["source"]) for d in docs]


def document(doc_id: str, marked: str, source: str) -> dict:
    text, places, cursor = "", [], 0
    for match in MARK.finditer(marked):
        text += marked[cursor : match.start()]
        surface, hint = match.group(1), match.group(2).strip()
        start = len(text)
        text += surface
        cursor = match.end()
        places.append({"start": start, "end": start + len(surface), "text": surface,
                       "gold": resolve(surface, hint, doc_id), "hint": hint,
                       "ambiguous": len(candidates((surface,))) > 1})
    text += marked[cursor:]
    return {"id": doc_id, "source": source, "text": text, "places": places}


def resolve(surface: str, hint: str, doc_id: str) -> str | None:
    """The GeoNames id (or region code) ``hint`` names for ``surface``."""
    if hint == "-":
        return None
    if hint.startswith("="):
        return hint[1:]
    if hint.startswith("#"):
        return hint[1:]
    code, _, kind = hint.partition(":")
    everything = [c for cands in table().values() for c in cands]
    if kind == "country":
        found = {c.key for c in everything if c.kind == "country" and c.country_code == code}
    elif kind == "region":
        found = {c.key for c in everything if c.kind == "region" and c.region_code == code}
    else:
        names = {surface, surface.title()}
        own = [c for n in names for c in table().get(n, ()) if c.kind == "city"]
        field = "region_code" if "-" in code else "country_code"
        found = {c.key for c in own if getattr(c, field) == code}
    if len(found) != 1:
        raise SystemExit(f"{doc_id}: {surface!r} with hint {hint!r} gives {sorted(found)}")
    return found.pop()


if __name__ == "__main__":
    main()
