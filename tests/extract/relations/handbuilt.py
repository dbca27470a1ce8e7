"""Hand-built parses with hand-placed entities, so a relation rule is tested on its own.

The parse (heads, labels, lemmas) is written out as spaCy's own tests write it, and the
entities are put where ``text2kg_entities`` would put them: the rule under test sees exactly
what the test says, whatever a statistical model would make of the sentence.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from text2kg.extract.extensions import MENTIONS, register_extensions
from text2kg.extract.relations.index import MentionIndex


@lru_cache(maxsize=1)
def _vocab() -> Vocab:
    return spacy.blank("en").vocab


#: Places of the gazetteer these tests use, shaped like ``text2kg.extract.lexicon.places()``.
GAZETTEER = {
    "Norway": ("country", "Norway", ""),
    "Oslo": ("region", "Norway", ""),
    "Bergen": ("city", "Norway", "Vestland"),
    "Vestland": ("region", "Norway", ""),
    "Sweden": ("country", "Sweden", ""),
    "Germany": ("country", "Germany", ""),
    "German": ("country", "Germany", ""),
}


def parse(words: str, heads: list[int], deps: list[str], lemmas: dict[int, str] | None = None,
          verbs: tuple[int, ...] = ()) -> Doc:
    """A doc of ``words`` (split at spaces) parsed by hand; ``heads`` are absolute token indices.

    Lemmas are the lower-cased words unless ``lemmas`` says otherwise; the tokens at ``verbs``
    are tagged VERB, the others X.
    """
    tokens = words.split(" ")
    lemma = [(lemmas or {}).get(i, w.lower()) for i, w in enumerate(tokens)]
    pos = ["VERB" if i in verbs else "X" for i in range(len(tokens))]
    return Doc(_vocab(), words=tokens, heads=heads, deps=deps, lemmas=lemma, pos=pos)


def flat(words: str) -> Doc:
    """A doc whose words all hang on the first: for rules that read mentions, not the parse."""
    tokens = words.split(" ")
    return parse(words, [0] * len(tokens), ["ROOT"] + ["dep"] * (len(tokens) - 1))


def place_entities(doc: Doc, *mentions: tuple[int, int, str, str]) -> MentionIndex:
    """Put entities on ``doc``: ``(start, end, type, label)``, one entity per (type, label)."""
    register_extensions()
    table: dict[str, dict] = {}
    spans = []
    for start, end, type_, label in mentions:
        key = f"{type_.lower()}/{label}"
        table.setdefault(key, {"label": label, "type": type_, "aliases": [], "value": None})
        spans.append(Span(doc, start, end, label=type_, kb_id=key))
    doc.spans[MENTIONS] = sorted(spans, key=lambda s: (s.start, s.end))
    doc._.text2kg_entities = table
    return MentionIndex(doc)


def named(found: list[dict], index: MentionIndex) -> set[tuple[str, str, str]]:
    """``(subject label, predicate, object label)`` of each fact."""
    label = {key: info["label"] for key, info in index.table.items()}
    return {(label[r["subject"]], r["predicate"], label[r["object"]]) for r in found}


def tagged(words: str, heads: list[int], deps: str, pos: str, lemmas: dict[int, str] | None = None,
           tags: dict[int, str] | None = None, ents: tuple[tuple[int, int, str], ...] = (),
           glued: tuple[int, ...] = ()) -> Doc:
    """A doc parsed by hand with a part of speech on every token, for rules that read them
    (a capitalised noun inside a title, a participle clause); ``deps`` and ``pos`` are
    space-separated, one per word. ``tags`` are fine-grained tags by token index; ``ents`` are
    spaCy's own entity types ``(start, end, label)`` (ORG, GPE, ORDINAL), which some rules read
    besides our mentions. The words at ``glued`` have no space after them ("Secretary -
    General" written "Secretary-General").
    """
    tokens = words.split(" ")
    lemma = [(lemmas or {}).get(i, w.lower()) for i, w in enumerate(tokens)]
    iob = ["O"] * len(tokens)
    for start, end, label in ents:
        iob[start:end] = [f"B-{label}"] + [f"I-{label}"] * (end - start - 1)
    tag = [(tags or {}).get(i, "") for i in range(len(tokens))]
    return Doc(_vocab(), words=tokens, heads=heads, deps=deps.split(" "), pos=pos.split(" "), lemmas=lemma,
               tags=tag, ents=iob, spaces=[i not in glued for i in range(len(tokens))])


def mentions_of(doc: Doc, *names: tuple[str, ...]) -> list[tuple[int, int, str, str]]:
    """``place_entities`` arguments found by text: ``(type, label)`` puts the entity on every
    run of words spelling its label, ``(type, label, surface)`` on every run spelling
    ``surface`` ("Marek" for "Ivo Marek"); a run inside one placed before is skipped."""
    words = [t.text for t in doc]
    taken: set[int] = set()
    out = []
    for type_, label, *surface in names:
        want = (surface[0] if surface else label).split(" ")
        for start in range(len(words) - len(want) + 1):
            span = range(start, start + len(want))
            if words[start : start + len(want)] == want and not taken & set(span):
                taken |= set(span)
                out.append((start, start + len(want), type_, label))
    return out


def posts_held(doc: Doc, *names: tuple[str, ...], values: dict[str, str] | None = None,
               fields: tuple[str, ...] = ("qualifier",)) -> set[tuple]:
    """``(person, role, organisation, *fields)`` of each post ``find_positions`` finds in
    ``doc``, with the entities of ``names`` (as :func:`mentions_of` reads them) and the
    ``values`` of dates by label ("2010/2014")."""
    from text2kg.extract.lexicon import words as word_list
    from text2kg.extract.relations.positions import find_positions

    index = place_entities(doc, *mentions_of(doc, *names))
    for info in index.table.values():
        info["value"] = (values or {}).get(info["label"])
    found = find_positions(doc, index, word_list("posts"), word_list("honorifics"))
    label = {key: info["label"] for key, info in index.table.items()}
    return {(label[p["person"]], p["role"], label.get(p["organization"]), *(p[f] for f in fields)) for p in found}


def quotations_found(doc: Doc, *names: tuple[str, ...], fields: tuple[str, ...] = ("text", "rule")) -> list[tuple]:
    """``(speaker, *fields)`` of each quotation ``find_quotations`` finds in ``doc``, with the
    entities of ``names`` (as :func:`mentions_of` reads them); addressees are given by label."""
    from text2kg.extract.relations.quotes import find_quotations

    index = place_entities(doc, *mentions_of(doc, *names))
    label = {key: info["label"] for key, info in index.table.items()}

    def field(quotation: dict, name: str):
        value = quotation[name]
        return tuple(label[a] for a in value) if name == "addressees" else value

    return [(label[q["speaker"]], *(field(q, f) for f in fields)) for q in find_quotations(doc, index)]
