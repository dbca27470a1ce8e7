"""Which mentions of a document name the same thing: plain functions over strings.

Rules, applied in order (each merge only when exactly one candidate fits):
1. the same name, whatever the case, dots ("U.N." = "UN"), "the" or possessive;
2. names a rule tied together (a name and its bracketed acronyms, "MEK/PMOI");
3. an acronym and the one name whose initials it is ("EU" = "European Union");
4. a part of a name and the one longer name it begins or ends ("Raisi" = "Ebrahim Raisi",
   "Amnesty" = "Amnesty International"); a place's name is not taken for the start of an
   organisation's ("New York" is not "New York Times"), and names with "of" or "for" in
   them are not cut ("Iran" is not "National Council of Resistance of Iran"); an
   organisation's name is not taken for the start of a longer one ("Arctic Council" is not
   "Arctic Council Ministerial", "United Nations" not "United Nations Resident Coordinator"),
   nor an organisation word alone for the end of one ("House" is not "White House");
5. a person's first and last names and the one longer person's name that opens and ends
   with them ("Hillary Clinton" = "Hillary Rodham Clinton", "Ada Berg" = "Ada K. Berg").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import NamedTuple

from text2kg.extract.names import acronym_of, clean_name, is_acronym, name_key

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_CUT_BLOCKERS = frozenset({"of", "for", "and", "on", "in", "at", "the", "&"})


class Name(NamedTuple):
    """What clustering needs of a mention: its text, the model's label and a rule's link."""

    text: str
    label: str = "NAME"
    link: str = ""
    means: str = ""  # the name this mention stands for, when not its own text ("German" -> "Germany")


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        a, b = self.find(a), self.find(b)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


def cluster_names(
    names: Sequence[Name],
    blocked_parts: frozenset[str] = frozenset(),
    org_words: frozenset[str] = frozenset(),
    short_forms: Mapping[str, str] | None = None,
) -> list[int]:
    """A cluster number for every name; equal numbers mean one entity.

    Args:
        names: the mentions, in text order.
        blocked_parts: lower-case words that never stand for a longer name alone
            ("council", "president").
        org_words: lower-case words that make a name an organisation's ("council",
            "nations"): a name holding one is whole, not the start of a longer name.
        short_forms: keys of a short form opening a name and of its long form
            ({"us": "united states"}): "U.S. Marshals Service" is "United States Marshals Service".

    >>> cluster_names([Name("Ebrahim Raisi", "PERSON"), Name("Raisi", "GPE"), Name("Iran", "GPE"),
    ...                Name("National Council of Resistance of Iran", "ORG"), Name("NCRI", "ORG")])
    [0, 0, 1, 2, 2]
    """
    uf = _UnionFind(len(names))
    first: dict[str, int] = {}
    for i, name in enumerate(names):
        key = name_key(name.means or name.text)
        for key in (key, _long_form(key, short_forms), f"link:{name.link}" if name.link else None):
            if key is None:
                continue
            if key in first:
                uf.union(first[key], i)
            else:
                first[key] = i
    _join_acronyms(names, uf)
    _join_parts(names, uf, blocked_parts, org_words)
    numbers: dict[int, int] = {}
    return [numbers.setdefault(uf.find(i), len(numbers)) for i in range(len(names))]


def _long_form(key: str, short_forms: Mapping[str, str] | None) -> str | None:
    first, _, rest = key.partition(" ")
    if not short_forms or first not in short_forms:
        return None
    return f"{short_forms[first]} {rest}".strip()


def _forms(names: Sequence[Name], uf: _UnionFind) -> dict[int, set[str]]:
    forms: dict[int, set[str]] = {}
    for i, name in enumerate(names):
        forms.setdefault(uf.find(i), set()).add(clean_name(name.means or name.text))
    return forms


def _labels(names: Sequence[Name], uf: _UnionFind) -> dict[int, Counter[str]]:
    labels: dict[int, Counter[str]] = {}
    for i, name in enumerate(names):
        labels.setdefault(uf.find(i), Counter())[name.label] += 1
    return labels


def _join_acronyms(names: Sequence[Name], uf: _UnionFind) -> None:
    forms = _forms(names, uf)
    for root, own in forms.items():
        for acronym in (f for f in own if is_acronym(f)):
            fits = {
                other
                for other, theirs in forms.items()
                if other != root and any(not is_acronym(f) and acronym_of(acronym, f) for f in theirs)
            }
            if len(fits) == 1:
                uf.union(root, fits.pop())


def _join_parts(
    names: Sequence[Name], uf: _UnionFind, blocked: frozenset[str], org_words: frozenset[str] = frozenset()
) -> None:
    forms = _forms(names, uf)
    labels = _labels(names, uf)
    words = {root: [f.split(" ") for f in own] for root, own in forms.items()}
    # shortest clusters first, so a part joins the longest name it belongs to
    for root in sorted(words, key=lambda r: max(len(w) for w in words[r])):
        longest = max(len(w) for w in words[root])
        parts = [w for w in words[root] if _usable_part(w, blocked)]
        if not parts:
            continue
        fits = set()
        for other, their_words in words.items():
            if other == root or max(len(w) for w in their_words) <= longest:
                continue
            for whole in their_words:
                if _CUT_BLOCKERS & {w.casefold() for w in whole}:
                    continue
                for part in parts:
                    n = len(part)
                    if len(whole) > n and [w.casefold() for w in whole[-n:]] == [p.casefold() for p in part]:
                        fits.add(other)
                    elif len(whole) > n and [w.casefold() for w in whole[:n]] == [p.casefold() for p in part]:
                        if not _place_inside_organisation(labels[root], labels[other]) and not any(
                            w.casefold() in org_words for w in part
                        ):
                            fits.add(other)
                    elif _first_and_last(part, whole) and labels[root]["PERSON"] and labels[other]["PERSON"]:
                        fits.add(other)
        if len(fits) == 1:
            uf.union(root, fits.pop())


def _first_and_last(part: list[str], whole: list[str]) -> bool:
    """"Hillary Clinton" in "Hillary Rodham Clinton": a person's first and last names, the
    longer name with middle names or initials between them."""
    return len(part) == 2 and len(whole) > 2 and part[0].casefold() == whole[0].casefold() and (
        part[1].casefold() == whole[-1].casefold())


def _usable_part(part: list[str], blocked: frozenset[str]) -> bool:
    if len(part) == 1 and (part[0].casefold() in blocked or is_acronym(part[0])):
        return False
    return all(w[:1].isupper() for w in part)


def _place_inside_organisation(part: Counter[str], whole: Counter[str]) -> bool:
    place = sum(part[label] for label in PLACE_LABELS)
    return place > part["PERSON"] + part["ORG"] and whole["ORG"] > whole["PERSON"]
