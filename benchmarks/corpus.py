"""Corpora for the benchmarks: copies of the repo's samples, and synthetic records."""

from __future__ import annotations

import json
import random
from pathlib import Path

from text2kg.documents import read_documents
from text2kg.records import Document, Entity, Extraction, Mention, Relation, Sentence

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
    entities recur across documents as they do in a real corpus (about 200 triples each)."""
    rng = random.Random(seed)
    people = [f"Person{i} Surname{i % 997}" for i in range(20_000)]
    orgs = [f"Organisation {i} Council" for i in range(5_000)]
    places = [f"Placeville{i}" for i in range(2_000)]
    out = []
    for d in range(documents):
        chosen = [("Person", rng.choice(people)) for _ in range(4)] + [("Organization", rng.choice(orgs)) for _ in range(2)] \
            + [("Place", rng.choice(places)) for _ in range(2)]
        chosen = list(dict.fromkeys(chosen))
        sentences, text, mentions = [], "", {}
        for s in range(4):
            start = len(text)
            picks = chosen[s * 2 : s * 2 + 2] or chosen[:2]
            sentence = " and ".join(name for _, name in picks) + " met in the capital on a rainy day."
            for type_, name in picks:
                offset = start + sentence.index(name)
                mentions.setdefault((type_, name), []).append((offset, offset + len(name), s))
            text += sentence + " "
            sentences.append(Sentence(start, start + len(sentence)))
        doc_id = f"synthetic-{d:06d}"
        entities = tuple(
            Entity(f"{t.lower()}/{n}", n, t, (n.split()[-1],) if t == "Person" else (),
                   tuple(Mention(doc_id, a, b, n, s) for a, b, s in mentions[(t, n)]))
            for t, n in chosen if (t, n) in mentions
        )
        relations = ()
        person = next((e for e in entities if e.type == "Person"), None)
        org = next((e for e in entities if e.type == "Organization"), None)
        if person and org:
            relations = (Relation(person.id, "memberOf", org.id, person.mentions[0].sentence, "synthetic", 0.8),)
        out.append(Extraction(Document(doc_id, text.strip()), tuple(sentences), entities, relations))
    return out
