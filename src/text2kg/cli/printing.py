"""What the ``text2kg`` command prints and writes for people: summaries, tables and scores
(with rich), and the JSON files it is asked for. The figures come from :mod:`text2kg.api`."""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Console
from rich.table import Table

from text2kg import api

if TYPE_CHECKING:
    from text2kg.api import Extraction


def print_extraction_summary(extractions: Sequence[Extraction], written_to: str | None) -> None:
    """A table of documents with their entity counts by type, and the top entities."""
    console = Console()
    table = Table(title="Entities found", title_justify="left")
    table.add_column("document")
    for type_ in api.ENTITY_TYPES:
        table.add_column(type_, justify="right")
    for ex in extractions:
        counts = Counter(e.type for e in ex.entities)
        table.add_row(ex.document.id, *(str(counts[t]) for t in api.ENTITY_TYPES))
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


def print_build_report(report: object, target: object) -> None:
    """What a build did: documents, what the graph holds now (``report.graph``), time, and
    what was skipped."""
    console = Console()
    r = report  # text2kg.api.BuildSummary
    parts = [f"{len(r.added)} added", f"{len(r.updated)} updated", f"{len(r.unchanged)} unchanged"]  # type: ignore[attr-defined]
    if r.problems:  # type: ignore[attr-defined]
        parts.append(f"{len(r.problems)} skipped")  # type: ignore[attr-defined]
    rate = (len(r.added) + len(r.updated)) / r.seconds if r.seconds else 0.0  # type: ignore[attr-defined]
    console.print(f"Documents: {', '.join(parts)} ({r.seconds:.1f} s, {rate:.1f} documents/s)")  # type: ignore[attr-defined]
    s = r.graph  # type: ignore[attr-defined]
    if s is not None:
        entities = ", ".join(f"{n} {t}" for t, n in s.entities.items())
        console.print(f"Graph: {s.documents} documents, {entities}; {s.statements} facts, {s.triples} triples")
    for problem in r.problems:  # type: ignore[attr-defined]
        console.print(f"  skipped {problem}", highlight=False, markup=False)
    console.print(f"Written to: {target}")


def print_load_report(report: object, target: object) -> None:
    """What a load did: partitions and documents, what the graph holds now, time."""
    console = Console()
    r = report  # text2kg.api.LoadSummary
    console.print(f"Partitions: {r.partitions}, {r.quads:,} quads; documents: {len(r.added)} added, "  # type: ignore[attr-defined]
                  f"{len(r.replaced)} replaced ({r.seconds:.1f} s)")  # type: ignore[attr-defined]
    s = r.graph  # type: ignore[attr-defined]
    if s is not None:
        entities = ", ".join(f"{n} {t}" for t, n in s.entities.items())
        console.print(f"Graph: {s.documents} documents, {entities}; {s.statements} facts, {s.triples} triples")
    console.print(f"Written to: {target}")


def write_json(payload: object, path: str | Path) -> None:
    """``payload`` as indented UTF-8 JSON: to standard output for ``-``, else to a file
    (its folder created when missing).

    Raises:
        OSError: the file cannot be written.
    """
    text = json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
    if str(path) == "-":
        sys.stdout.write(text)
        return
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def extractions_json(extractions: Sequence[Extraction]) -> dict:
    """The JSON ``text2kg extract --json`` writes (its shape is documented in the README)."""
    return {"documents": [e.to_dict() for e in extractions]}


@contextmanager
def build_progress(paths: Sequence[str]) -> Iterator[Callable[[str], None] | None]:
    """A progress bar (documents, documents/s, ETA) on a terminal; nothing when piped."""
    if not sys.stderr.isatty():
        yield None
        return
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    total = api.count_documents(paths)
    columns = [TextColumn("documents"), BarColumn(), MofNCompleteColumn(),
               TextColumn("{task.speed} documents/s"), TimeRemainingColumn()]
    with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("build", total=total)
        yield lambda _doc_id: progress.advance(task)


def print_stats(stats: object) -> None:
    """Counts and the most mentioned entities of each type."""
    console = Console()
    s = stats  # GraphStats
    console.print(f"{s.documents} documents, {s.mentions} mentions, {s.triples} triples")  # type: ignore[attr-defined]
    table = Table(title="Entities", title_justify="left")
    table.add_column("type")
    table.add_column("count", justify="right")
    table.add_column("most mentioned")
    for type_, count in s.entities.items():  # type: ignore[attr-defined]
        top = ", ".join(f"{name} ({n})" for name, n in s.top.get(type_, []))  # type: ignore[attr-defined]
        table.add_row(type_, str(count), top)
    console.print(table)


def print_table(table: object) -> None:
    """A query result as a table, IRIs shortened (against the graph's own base IRI)."""
    shown = Table()
    for column in table.columns:  # type: ignore[attr-defined]
        shown.add_column(column)
    for row in table.shown():  # type: ignore[attr-defined]
        shown.add_row(*row)
    Console().print(shown)
    Console(stderr=True).print(f"{len(table.rows)} row(s)")  # type: ignore[attr-defined]


def print_relation_report(report: object) -> None:
    """Per-property and micro-averaged precision, recall and F1: on each half of the gold
    (``heldout`` is the one nothing was tuned on), then on all of it."""
    data = report.to_dict()  # type: ignore[attr-defined]
    parts = {**data.get("splits", {}), "all": data}
    table = Table(
        title=f"Relations by Wikidata property ({data['documents']} documents, {data['mapped_types']} mapped types, "
        f"coverage {data['coverage']:.1f}% of gold relations); P/R/F1 per half: "
        + ", ".join(f"{name} {part['documents']} docs" for name, part in parts.items()),
        title_justify="left",
    )
    table.add_column("property")
    table.add_column("name")
    for name in parts:
        table.add_column(f"{name} P/R/F1", justify="right")
    table.add_column("gold", justify="right")

    def cells(scores: dict) -> str:
        return f"{scores['precision']:.1f} {scores['recall']:.1f} {scores['f1']:.1f}"

    for prop, s in data["per_property"].items():
        table.add_row(prop, s["name"][:32], *(cells(part["per_property"][prop]) for part in parts.values()),
                      str(s["tp"] + s["fn"]))
    micro = data["micro"]
    table.add_row("micro", "", *(cells(part["micro"]) for part in parts.values()), str(micro["tp"] + micro["fn"]),
                  style="bold")
    Console(width=140).print(table)


def print_communities(stats: object, top: int) -> None:
    """The most central entities, and a line per community, the most central first
    (ranked and grouped by :class:`text2kg.api.Stats`)."""
    console = Console()
    central = ", ".join(f"{label} ({score:.3f})" for label, score in stats.most_central(top))  # type: ignore[attr-defined]
    console.print(f"Most central (PageRank): {central}")
    for community in stats.communities()[: max(top, 5)]:  # type: ignore[attr-defined]
        members = community.members
        more = f" and {len(members) - 6} more" if len(members) > 6 else ""
        console.print(f"Community {community.number} ({len(members)} entities): {', '.join(members[:6])}{more}")


def print_path(graph: object, hops: list[dict]) -> None:
    """Each hop of a path with the sentences that justify it."""
    console = Console()
    g = graph
    for hop in hops:
        a, b = g.nodes[hop["from"]]["label"], g.nodes[hop["to"]]["label"]  # type: ignore[attr-defined]
        kinds = [r["type"] for r in hop["relations"]]
        if hop["co_mentions"]:
            kinds.append(f"named together in {hop['co_mentions']} sentence(s)")
        console.print(f"[bold]{a}[/bold] -> [bold]{b}[/bold]: {'; '.join(kinds)}", highlight=False)
        evidence = [e for r in hop["relations"] for e in r["evidence"]] or hop.get("co_mention_evidence", [])
        for e in evidence[:3]:
            console.print(f"    {e['document']}: {' '.join(e['sentence'].split())}", highlight=False, markup=False)


def print_fact_report(report: object, show: int = 10) -> None:
    """A table of scores per split, then the first ``show`` misses and false positives of each measure."""
    console = Console(width=120)
    measures = report.measures  # type: ignore[attr-defined]
    splits = report.to_dict()["splits"]  # type: ignore[attr-defined]
    parts = [p for p in splits if p != "all"]
    shown = ["all"] if len(parts) <= 1 else [*parts, "all"]
    for part in shown:
        data = splits[part]
        name = parts[0] if part == "all" and len(parts) == 1 else part
        table = Table(title=f"News facts, {name} ({data['documents']} {'story' if data['documents'] == 1 else 'stories'})", title_justify="left")
        for column in ("measure", "P", "R", "F1", "found", "gold", "false pos."):
            table.add_column(column, justify="left" if column == "measure" else "right")
        for key, label in measures.items():
            s = data[key]
            table.add_row(label, f"{s['precision']:.1f}", f"{s['recall']:.1f}", f"{s['f1']:.1f}",
                          str(s["tp"]), str(s["tp"] + s["fn"]), str(s["fp"]),
                          style="bold" if key in ("entities", "posts_with_organization", "quotations_found") else None)
        console.print(table)
        console.print(f"Quotations attributed to the right speaker: {data['quotations_attributed_of_found']:.1f}% "
                      f"of those found, {data['quotations_attributed']['recall']:.1f}% of all")
    if show <= 0:
        return
    everything = splits["all"]
    for key, label in measures.items():
        for kind, items in (("missed", everything[key]["misses"]), ("false positive", everything[key]["false_positives"])):
            if not items:
                continue
            more = f" (first {show} of {len(items)})" if len(items) > show else ""
            console.print(f"[bold]{label.strip()}, {kind}[/bold]{more}")
            for item in items[:show]:
                note = f"  [{item['note']}]" if item.get("note") else ""
                console.print(f"  {item['document']}: {item['what']}{note}", highlight=False, markup=False, soft_wrap=True)
