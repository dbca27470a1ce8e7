"""What every command shares: how an expected error becomes one line, and the options
that must read the same in every command."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Optional

import typer

from text2kg.cli import printing

ModelOption = Annotated[
    Optional[str],
    typer.Option("--model", "-m", help="spaCy pipeline name or path (default: installed English model)."),
]
# The input options extract and build share, declared once so the two cannot drift.
ArticlesArgument = Annotated[list[str], typer.Argument(help="Files, folders, or - for standard input.", metavar="ARTICLES...")]
MaxCharsOption = Annotated[int, typer.Option(help="Skip (and report) documents longer than this.")]
StrictOption = Annotated[bool, typer.Option(help="Fail (exit 1) when any input cannot be read or is skipped.")]
SourceArgument = Annotated[str, typer.Argument(help="An RDF file, a store folder, or a SPARQL endpoint URL.", metavar="SOURCE")]


def fail(message: str, code: int = 2) -> typer.Exit:
    """Print ``text2kg: message`` on stderr and return the exit to raise."""
    typer.echo(f"text2kg: {message}", err=True)
    return typer.Exit(code)


@contextmanager
def one_line(*errors: type[BaseException], code: int = 2) -> Iterator[None]:
    """Turn the errors a command expects into one line on stderr (they name the file and
    the problem) and exit ``code``; anything else is a bug and keeps its traceback."""
    try:
        yield
    except errors as err:
        message = err.args[0] if isinstance(err, KeyError) and err.args else str(err)
        raise fail(message, code) from None


def read_text(path: Path) -> str:
    """A file an option names (a query), or a one-line error."""
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise fail(f"{path}: cannot read ({getattr(err, 'strerror', None) or err})") from None


def write_json(payload: object, path: str | Path) -> None:
    """A JSON file an option asks for, or a one-line error."""
    try:
        printing.write_json(payload, path)
    except OSError as err:
        raise fail(f"{path}: cannot write ({err.strerror or err})") from None
