"""The ``text2kg`` command: thin commands over the library's functions."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Turn documents into a knowledge graph you can query, browse and explore.",
    pretty_exceptions_enable=False,
)
log = logging.getLogger("text2kg")

ModelOption = Annotated[
    Optional[str],
    typer.Option("--model", "-m", help="spaCy pipeline name or path (default: installed English model)."),
]


def fail(message: str, code: int = 2) -> typer.Exit:
    """Print ``text2kg: message`` on stderr and return the exit to raise."""
    typer.echo(f"text2kg: {message}", err=True)
    return typer.Exit(code)


@app.callback()
def main_options(
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Say more about what happens.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Only errors.")] = False,
) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("text2kg: %(message)s"))
    log.handlers[:] = [h for h in log.handlers if isinstance(h, logging.NullHandler)] + [handler]
    log.setLevel(logging.ERROR if quiet else logging.DEBUG if verbose else logging.INFO)
    log.propagate = False


@app.command("extract")
def extract_command(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, or - for standard input.", metavar="ARTICLES...")],
    json_out: Annotated[Optional[str], typer.Option("--json", help="Write the entities as JSON here (- for stdout).", metavar="OUT.json")] = None,
    model: ModelOption = None,
    strict: Annotated[bool, typer.Option(help="Fail when any input cannot be read.")] = False,
) -> None:
    """Find the people, organisations, places, events and dates in documents."""
    from text2kg.documents import read_documents
    from text2kg.extract import ModelNotFoundError, extract
    from text2kg.report import print_extraction_summary

    problems = []

    def on_problem(problem: object) -> None:
        problems.append(problem)
        log.warning("%s", problem)

    try:
        extractions = list(extract(read_documents(paths, on_problem), model=model))
    except ModelNotFoundError as err:
        raise fail(str(err)) from None
    payload = {"documents": [e.to_dict() for e in extractions]}
    if json_out == "-":
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        if json_out:
            _write_json(Path(json_out), payload)
        print_extraction_summary(extractions, json_out)
    if not extractions:
        raise fail("no document could be read", 1)
    if strict and problems:
        raise fail(f"{len(problems)} input(s) could not be read (--strict)", 1)


@app.command("eval")
def eval_command(
    gold: Annotated[Path, typer.Argument(help="Gold documents (JSONL, Re-DocRED shape).", metavar="GOLD.jsonl")],
    model: ModelOption = None,
    limit: Annotated[Optional[int], typer.Option(help="Score only the first N documents.")] = None,
    json_out: Annotated[Optional[Path], typer.Option("--json", help="Also write the figures as JSON here.", metavar="OUT.json")] = None,
) -> None:
    """Score entity mentions against gold annotations, next to the bare spaCy model."""
    from text2kg.evaluate import evaluate_entities, read_gold
    from text2kg.evaluate.gold import GoldFormatError
    from text2kg.extract import ModelNotFoundError, load_pipeline
    from text2kg.report import print_entity_report

    if not gold.is_file():
        raise fail(f"{gold}: no such file")
    try:
        report = evaluate_entities(read_gold(gold, limit), load_pipeline(model))
    except (GoldFormatError, ModelNotFoundError) as err:
        raise fail(str(err)) from None
    except UnicodeDecodeError:
        raise fail(f"{gold}: not UTF-8 text") from None
    print_entity_report(report)
    if json_out:
        _write_json(json_out, report.to_dict())


def _write_json(path: Path, payload: object) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(payload, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    except OSError as err:
        raise fail(f"{path}: cannot write ({err.strerror})") from None


def main() -> None:
    """Entry point of the ``text2kg`` script."""
    app()
