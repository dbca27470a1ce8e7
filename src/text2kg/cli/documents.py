"""``extract``, ``eval``, ``build`` and ``load``: the commands that read documents (``load``
reads the partitions a ``build --parts`` wrote of them)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Annotated, Optional

import typer

from text2kg import api
from text2kg.cli import printing
from text2kg.cli.common import (
    ArticlesArgument,
    MaxCharsOption,
    ModelOption,
    StrictOption,
    fail,
    one_line,
    write_json,
)
from text2kg.cli.place_report import print_place_report

log = logging.getLogger("text2kg")


def extract_command(
    paths: ArticlesArgument,
    json_out: Annotated[Optional[str], typer.Option("--json", help="Write the entities as JSON here (- for stdout).", metavar="OUT.json")] = None,
    model: ModelOption = None,
    max_chars: MaxCharsOption = api.MAX_CHARS,
    strict: StrictOption = False,
) -> None:
    """Find the people, organisations, places, events and dates in documents."""
    problems = []

    def on_problem(problem: object) -> None:
        problems.append(problem)
        log.warning("%s", problem)

    with one_line(api.ModelNotFoundError):
        extractions = api.extract(paths, model=model, max_chars=max_chars, on_problem=on_problem)
    if json_out:
        write_json(printing.extractions_json(extractions), json_out)
    if json_out != "-":
        printing.print_extraction_summary(extractions, json_out)
    if not extractions:
        raise fail("no document could be read", 1)
    if strict and problems:
        raise fail(f"{len(problems)} input(s) could not be read (--strict)", 1)


def eval_command(
    gold: Annotated[Path, typer.Argument(help="Gold documents (JSONL, Re-DocRED shape).", metavar="GOLD.jsonl")],
    model: ModelOption = None,
    limit: Annotated[Optional[int], typer.Option(help="Score only the first N documents.")] = None,
    json_out: Annotated[Optional[Path], typer.Option("--json", help="Also write the figures as JSON here.", metavar="OUT.json")] = None,
    relations: Annotated[bool, typer.Option("--relations", help="Score relations per Wikidata property instead.")] = False,
    facts: Annotated[bool, typer.Option("--facts", help="Score entities, posts and quotations against gold news stories instead.")] = False,
    places: Annotated[bool, typer.Option("--places", help="Score place linking against gold GeoNames ids (eval/places/) instead.")] = False,
    split: Annotated[Optional[str], typer.Option(help="With --facts: score only the stories of this split (dev or heldout).")] = None,
    show: Annotated[int, typer.Option(help="With --facts or --places: list the first N misses (and false positives) of each measure.")] = 10,
) -> None:
    """Score entity mentions (or, with --relations, facts; with --facts, news facts) against gold annotations."""
    if facts + relations + places > 1:
        raise fail("--facts, --relations and --places score different gold files: give one")
    if split is not None and not facts:
        raise fail("--split goes with --facts")
    measure = "facts" if facts else "relations" if relations else "places" if places else "entities"
    with one_line(FileNotFoundError, api.GoldFormatError, api.ModelNotFoundError):
        report = api.evaluate(gold, measure=measure, model=model, limit=limit, split=split)
    if facts:
        printing.print_fact_report(report, show)
    elif places:
        print_place_report(report, show)
    else:
        (printing.print_relation_report if relations else printing.print_entity_report)(report)
    if json_out:
        write_json(report.to_dict(), json_out)


def build_command(
    paths: Annotated[Optional[list[str]], typer.Argument(
        help="Files, folders, or - for standard input; with none, a store's summary is brought up to date.",
        metavar="[ARTICLES]...", show_default=False)] = None,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write the graph here (.trig .ttl .nq .nt .jsonld).")] = None,
    store: Annotated[Optional[Path], typer.Option("--store", help="Grow an on-disk store in this folder.")] = None,
    endpoint: Annotated[Optional[str], typer.Option("--endpoint", help="Write to this SPARQL 1.1 endpoint.")] = None,
    model: ModelOption = None,
    base: Annotated[str, typer.Option(help="Base IRI for documents and entities.")] = api.DEFAULT_BASE,
    batch_size: Annotated[int, typer.Option(help="Documents per spaCy batch.")] = 16,
    processes: Annotated[int, typer.Option(min=1, help="Extraction worker processes; 1 (the default) already uses two cores.")] = 1,
    max_chars: MaxCharsOption = api.MAX_CHARS,
    strict: StrictOption = False,
    dask: Annotated[Optional[str], typer.Option(help="Extract on a Dask cluster: tcp://host:8786, or local.")] = None,
    parts: Annotated[Optional[str], typer.Option(
        "--parts", help="Write the documents' graphs as N-Quads partitions to this new folder (or fsspec URL), "
                        "one per batch, for text2kg load.", metavar="OUTDIR")] = None,
    min_confidence: Annotated[Optional[float], typer.Option(
        "--min-confidence", min=0.0, max=1.0, help="Leave out facts scored below this probability (default: the "
        "threshold of precision 0.7 on held-out documents, for relations).")] = None,
) -> None:
    """Build a knowledge graph from documents, or add documents to one."""
    if parts is not None and (output is not None or store is not None or endpoint is not None):
        raise fail("--parts writes partitions to load afterwards (text2kg load): give it without -o, --store or --endpoint")
    if output is None and store is None and endpoint is None and parts is None:
        raise fail("say where the graph goes: -o FILE, --store DIR, --endpoint URL or --parts OUTDIR")
    if store is not None and endpoint is not None:
        raise fail("give --store or --endpoint, not both")
    if not paths and store is None and endpoint is None:
        raise fail("give the ARTICLES... to build the graph from")
    paths = paths or []  # none: only the cross-document join and the summary are redone if stale
    try:
        with (one_line(api.StoreError, api.QueryError, api.ModelNotFoundError, api.ExtractionError, ValueError),
              printing.build_progress(paths) as on_document):
            report = api.build_graph(
                paths, output=output, store=store, endpoint=endpoint, model=model, base=base, batch_size=batch_size,
                n_process=processes, max_chars=max_chars, dask=dask, parts=parts, on_document=on_document,
                min_confidence=min_confidence,
            )
    except KeyboardInterrupt:
        if parts is not None:
            raise fail("interrupted: the partitions written so far are whole; build again into an empty folder", 130) from None
        raise fail("interrupted: every document stored so far is complete; run again to finish", 130) from None
    printing.print_build_report(report, output or store or endpoint or parts)
    if report.read == 0 and paths:
        raise fail("no document could be read", 1)
    if strict and report.problems:
        raise fail(f"{len(report.problems)} input(s) could not be read (--strict); the others are stored", 1)


def load_command(
    parts: Annotated[list[str], typer.Argument(
        help="Partitions (.nq) written by build --parts, folders of them, or fsspec URLs.", metavar="PARTS...")],
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write the graph here (.trig .ttl .nq .nt .jsonld).")] = None,
    store: Annotated[Optional[Path], typer.Option("--store", help="Load into an on-disk store in this folder.")] = None,
    endpoint: Annotated[Optional[str], typer.Option("--endpoint", help="Load into this SPARQL 1.1 endpoint.")] = None,
) -> None:
    """Bulk-load partitions into a graph, then bring its summary up to date once."""
    if output is None and store is None and endpoint is None:
        raise fail("say where the graph goes: -o FILE, --store DIR or --endpoint URL")
    if store is not None and endpoint is not None:
        raise fail("give --store or --endpoint, not both")
    try:
        with one_line(api.StoreError, api.QueryError, ValueError):
            report = api.load_parts(parts, output=output, store=store, endpoint=endpoint)
    except KeyboardInterrupt:
        raise fail("interrupted: the documents of this load are dropped on the next load or build; load again", 130) from None
    printing.print_load_report(report, output or store or endpoint)
