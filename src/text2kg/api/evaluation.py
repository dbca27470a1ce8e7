"""``eval``: how well extraction does against gold annotations."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from text2kg.evaluate.gold import GoldFormatError

if TYPE_CHECKING:
    from text2kg.evaluate import EntityReport, FactReport
    from text2kg.evaluate.places import PlaceReport
    from text2kg.evaluate.relations import RelationReport

__all__ = ["evaluate"]

#: What can be scored, and the gold each needs.
MEASURES = ("entities", "relations", "facts", "places")


def evaluate(
    gold: str | Path,
    *,
    measure: str = "entities",
    model: str | None = None,
    limit: int | None = None,
    split: str | None = None,
) -> EntityReport | RelationReport | FactReport | PlaceReport:
    """Score extraction against gold annotations: ``text2kg eval``.

    Args:
        gold: a JSONL gold file: Re-DocRED's shape for ``entities`` (mentions, beside the
            bare model's) and ``relations`` (per Wikidata property); gold news stories for
            ``facts`` (entities, posts and quotations); place mentions with their GeoNames
            ids for ``places`` (``eval/places/``: linking given the gold mentions, and end
            to end with the model).
        measure: ``entities``, ``relations``, ``facts`` or ``places``.
        limit: score only the first ``limit`` documents.
        split: with ``facts``, only the stories of this split (``dev`` or ``heldout``).

    The gold is read whole before the model loads, so a bad line fails at once.

    Raises:
        FileNotFoundError: no such gold file.
        GoldFormatError: the file is not gold of that shape (the message names the line).
        ModelNotFoundError: ``model`` is not installed.

    Example::

        evaluate("eval/news/dev.jsonl", measure="facts").to_dict()["splits"]["all"]["entities"]
    """
    from text2kg.evaluate import (
        evaluate_entities,
        evaluate_facts,
        read_gold,
        read_news_gold,
    )
    from text2kg.evaluate.relations import evaluate_relations
    from text2kg.extract.model import pipeline_for
    from text2kg.extract.options import ExtractOptions

    if measure not in MEASURES:
        raise ValueError(f"unknown measure {measure!r}: {', '.join(MEASURES)}")
    if split is not None and measure != "facts":
        raise ValueError("a split is chosen among gold news stories: measure='facts'")
    gold = Path(gold)
    if not gold.is_file():
        raise FileNotFoundError(f"{gold}: no such file")
    if measure == "places":
        return _evaluate_places(gold, model, limit)
    try:
        documents = list(read_news_gold(gold, split, limit) if measure == "facts" else read_gold(gold, limit))
    except UnicodeDecodeError:
        raise GoldFormatError(f"{gold}: not UTF-8 text") from None
    if measure == "facts" and not documents:
        raise GoldFormatError(f"{gold}: no stories" + (f" in split {split!r}" if split else ""))
    options = ExtractOptions(model=model, processes=0)  # as ``text2kg extract`` runs: what users get is scored
    if measure == "entities":
        return evaluate_entities(documents, options)  # type: ignore[arg-type]
    score = {"relations": evaluate_relations, "facts": evaluate_facts}[measure]
    return score(documents, pipeline_for(options))  # type: ignore[operator]


def _evaluate_places(gold: Path, model: str | None, limit: int | None) -> PlaceReport:
    """Place linking: the gold is read whole first, then the model reads the texts."""
    from text2kg.evaluate.places import evaluate_places, read_place_gold
    from text2kg.extract.extractor import ExtractOptions, InProcessExtractor

    try:
        documents = read_place_gold(gold, limit)
    except UnicodeDecodeError:
        raise GoldFormatError(f"{gold}: not UTF-8 text") from None
    if not documents:
        raise GoldFormatError(f"{gold}: no documents")
    return evaluate_places(documents, InProcessExtractor(ExtractOptions(model=model, processes=0)))
