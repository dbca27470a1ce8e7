"""Corpora for the benchmarks: copies of the repo's samples, and synthetic records."""

from __future__ import annotations

import json
import random
from pathlib import Path

from text2kg.documents import read_documents
from text2kg.records import Document, Entity, Extraction, Mention, Position, Relation, Sentence

ROOT = Path(__file__).resolve().parents[1]


def sample_texts() -> list[str]:
    return [d.text for d in read_documents([ROOT / "samples"])]


def write_corpus(path: Path, words: int) -> tuple[Path, int]:
    """A JSONL corpus of at least ``words`` words made from the samples; returns (path, words)."""
    texts = sample_texts()
    total, i = 0, 0
    with path.open("w", encoding="utf-8") as out:
        while total < words:
            text = texts[i % len(texts)] + f"\n\nFiled as report {i}."
            out.write(json.dumps({"id": f"bench-{i:06d}", "text": text}) + "\n")
            total += len(text.split())
            i += 1
    return path, total


def synthetic_extractions(documents: int, seed: int = 1) -> list[Extraction]:
    """Documents with people, organisations and places drawn from a shared pool, so that
    entities recur across documents as they do in a real corpus, each with a membership, a
    post held with its years and an event with its date, place and a participant (about 250
    triples each)."""
    rng = random.Random(seed)
    people = [f"Person{i} Surname{i % 997}" for i in range(20_000)]
    orgs = [f"Organisation {i} Council" for i in range(5_000)]
    places = [f"Placeville{i}" for i in range(2_000)]
    roles = ["chair", "spokesperson", "director", "secretary-general", "minister", "member of parliament"]
    out = []
    for d in range(documents):
        chosen = [("Person", rng.choice(people)) for _ in range(4)] + [("Organization", rng.choice(orgs)) for _ in range(2)] \
            + [("Place", rng.choice(places)) for _ in range(2)]
        chosen = list(dict.fromkeys(chosen))
        year = str(rng.randint(1980, 2024))
        event = ("Event", f"{rng.choice(places)} Summit {year}")
        sentences, text, mentions = [], "", {}
        lines = []
        for s in range(4):
            picks = chosen[s * 2 : s * 2 + 2] or chosen[:2]
            lines.append((" and ".join(name for _, name in picks) + " met in the capital on a rainy day.", picks))
        lines.append((f"{chosen[0][1]} attended the {event[1]} in {year}.", [chosen[0], event, ("Date", year)]))
        for s, (sentence, picks) in enumerate(lines):
            start = len(text)
            for type_, name in picks:
                offset = start + sentence.index(name)
                mentions.setdefault((type_, name), []).append((offset, offset + len(name), s))
            text += sentence + " "
            sentences.append(Sentence(start, start + len(sentence)))
        doc_id = f"synthetic-{d:06d}"
        entities = tuple(
            Entity(f"{t.lower()}/{n}", n, t, (n.split()[-1],) if t == "Person" else (),
                   tuple(Mention(doc_id, a, b, n, s) for a, b, s in mentions[(t, n)]), year if t == "Date" else None)
            for t, n in [*chosen, event, ("Date", year)] if (t, n) in mentions
        )
        by_type = {e.type: e for e in reversed(entities)}  # the first of each type
        person, org, place = by_type.get("Person"), by_type.get("Organization"), by_type.get("Place")
        relations, positions = [], []
        if person and org:
            relations.append(Relation(person.id, "memberOf", org.id, person.mentions[0].sentence, "synthetic", 0.8))
            positions.append(Position(person.id, rng.choice(roles), person.mentions[0].sentence, "synthetic", 0.8,
                                      org.id, str(int(year) - 2), year))
        relations.append(Relation(f"event/{event[1]}", "pointInTime", f"date/{year}", 4, "synthetic", 0.8))
        relations.append(Relation(f"event/{event[1]}", "participant", entities[0].id, 4, "synthetic", 0.8))
        if place:
            relations.append(Relation(f"event/{event[1]}", "location", place.id, 4, "synthetic", 0.6))
        out.append(Extraction(Document(doc_id, text.strip()), tuple(sentences), entities, tuple(relations), tuple(positions)))
    return out
