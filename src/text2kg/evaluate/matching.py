"""One-to-one matching of gold items to extracted ones, as many pairs as possible.

Counting "some extracted item fits" for each gold item separately would let one extracted
post stand for two gold posts, and ten repeats of one quotation claim ten gold quotes.
A maximum bipartite matching (Kuhn's augmenting paths; documents hold tens of items, so
the quadratic cost does not matter) pairs each item with at most one on the other side.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

G = TypeVar("G")
P = TypeVar("P")


def match_one_to_one(
    gold: Sequence[G],
    predicted: Sequence[P],
    fits: Callable[[G, P], bool],
    prefer: Callable[[G, P], bool] | None = None,
) -> dict[int, int]:
    """The largest set of (gold index, predicted index) pairs that ``fits``, each index once.

    With ``prefer``, preferred pairs are matched first and the rest only augment that
    matching, so a quotation found twice is paired with the copy whose speaker is right.
    Ties go to the earlier item, so the result is deterministic.

    >>> match_one_to_one(["a", "b"], ["b", "a", "a"], lambda g, p: g == p)
    {0: 1, 1: 0}
    >>> match_one_to_one(["x", "y"], ["xy"], lambda g, p: g in p)
    {0: 0}
    """
    edges = [[j for j, p in enumerate(predicted) if fits(g, p)] for g in gold]
    owner: dict[int, int] = {}  # predicted index -> gold index
    rounds = [edges]
    if prefer is not None:
        rounds.insert(0, [[j for j in row if prefer(gold[i], predicted[j])] for i, row in enumerate(edges)])
    for round_edges in rounds:
        for i in range(len(gold)):
            if i not in owner.values():
                _augment(i, round_edges, owner, set())
    return {g: p for p, g in sorted(owner.items(), key=lambda kv: kv[1])}


def _augment(i: int, edges: list[list[int]], owner: dict[int, int], seen: set[int]) -> bool:
    for j in edges[i]:
        if j in seen:
            continue
        seen.add(j)
        if j not in owner or _augment(owner[j], edges, owner, seen):
            owner[j] = i
            return True
    return False
