"""The ``text2kg`` command. Each command parses its options, makes one call into
:mod:`text2kg.api`, and prints what it returns (:mod:`text2kg.cli.printing`); a Python user
makes the same calls."""

from __future__ import annotations

import logging
import sys
from typing import Annotated

import typer

from text2kg.cli import documents, explore, graphs

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Turn documents into a knowledge graph you can query, browse and explore.",
    pretty_exceptions_enable=False,
)
log = logging.getLogger("text2kg")

#: Every command, in the order ``text2kg --help`` lists them.
COMMANDS = {
    "extract": documents.extract_command,
    "eval": documents.eval_command,
    "build": documents.build_command,
    "load": documents.load_command,
    "query": graphs.query_command,
    "queries": graphs.queries_command,
    "remove": graphs.remove_command,
    "validate": graphs.validate_command,
    "ontology": graphs.ontology_command,
    "stats": graphs.stats_command,
    "path": explore.path_command,
    "viz": explore.viz_command,
    "serve": explore.serve_command,
    "export": explore.export_command,
}
for _name, _command in COMMANDS.items():
    app.command(_name)(_command)


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


def main() -> None:
    """Entry point of the ``text2kg`` script."""
    app()
