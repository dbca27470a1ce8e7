"""What the CLI prints: summaries and score tables, with rich."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from rich.console import Console
from rich.table import Table

from text2kg.records import ENTITY_TYPES, Extraction


def print_extraction_summary(extractions: Sequence[Extraction], written_to: str | None) -> None:
    """A table of documents with their entity counts by type, and the top entities."""
    console = Console()
    table = Table(title="Entities found", title_justify="left")
    table.add_column("document")
    for type_ in ENTITY_TYPES:
        table.add_column(type_, justify="right")
    for ex in extractions:
        counts = Counter(e.type for e in ex.entities)
        table.add_row(ex.document.id, *(str(counts[t]) for t in ENTITY_TYPES))
    console.print(table)
    mentions: Counter[tuple[str, str]] = Counter()
    for ex in extractions:
        for e in ex.entities:
            if e.type in ("Person", "Organization", "Place"):
                mentions[(e.label, e.type)] += len(e.mentions)
    if mentions:
        top = ", ".join(f"{label} ({n})" for (label, _), n in mentions.most_common(8))
        console.print(f"Most mentioned: {top}")
    if written_to:
        console.print(f"Wrote {written_to}")


def print_entity_report(report: object) -> None:
    """Precision, recall and F1 per type, ours beside the bare model's."""
    data = report.to_dict()  # type: ignore[attr-defined]
    table = Table(title=f"Entity mentions, exact spans ({data['documents']} documents)", title_justify="left")
    table.add_column("type")
    for system in ("text2kg", "spaCy"):
        for measure in ("P", "R", "F1"):
            table.add_column(f"{system} {measure}", justify="right")
    for type_ in data["text2kg"]:
        ours, bare = data["text2kg"][type_], data["spacy"][type_]
        table.add_row(
            type_,
            *(f"{ours[m]:.1f}" for m in ("precision", "recall", "f1")),
            *(f"{bare[m]:.1f}" for m in ("precision", "recall", "f1")),
        )
    Console().print(table)
