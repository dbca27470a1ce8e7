"""``query``, ``queries``, ``remove``, ``validate``, ``ontology`` and ``stats``: the commands
that ask a graph, or change it as a whole."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from text2kg import api
from text2kg.cli import printing
from text2kg.cli.common import SourceArgument, fail, one_line, read_text


def query_command(
    source: SourceArgument,
    sparql: Annotated[Optional[str], typer.Argument(help="The query text.", metavar="QUERY")] = None,
    file: Annotated[Optional[Path], typer.Option("--file", "-f", help="Read the query from a .rq file.")] = None,
    name: Annotated[Optional[str], typer.Option("--name", "-n", help="Run a named query (see `text2kg queries`).")] = None,
    param: Annotated[Optional[list[str]], typer.Option("--param", "-p", help="Bind a variable: NAME=VALUE (<...> for an IRI).")] = None,
    fmt: Annotated[str, typer.Option("--format", help="table, csv, tsv or json.")] = "table",
) -> None:
    """Run a SPARQL query on a graph."""
    if len([x for x in (sparql, file, name) if x is not None]) != 1:
        raise fail("give exactly one of: the query text, --file or --name")
    if fmt not in api.FORMATS:
        raise fail(f"unknown --format {fmt!r}: table, csv, tsv or json")
    text = read_text(file) if file is not None else sparql
    with one_line(api.StoreError, api.QueryError):
        result = api.query(source, text, name=name, params=param or [], fmt=fmt)
    if isinstance(result, str):
        sys.stdout.write(result)
    else:
        printing.print_table(result)


def queries_command() -> None:
    """List the named queries and what each answers."""
    for query in api.named_queries().values():
        params = "".join(f" --param {p}=..." if p in query.required else f" [--param {p}=...]" for p in query.params)
        typer.echo(f"{query.name}{params}\n    {query.description}")


def remove_command(
    doc_ids: Annotated[list[str], typer.Argument(help="Ids of stored documents.", metavar="DOC_ID...")],
    store: Annotated[Optional[Path], typer.Option("--store", help="The store folder.")] = None,
    endpoint: Annotated[Optional[str], typer.Option("--endpoint", help="The SPARQL endpoint.")] = None,
    base: Annotated[Optional[str], typer.Option(help="Base IRI the graph was built with (default: read from the graph).")] = None,
) -> None:
    """Remove documents, and the entities only they supported, from a store."""
    if (store is None) == (endpoint is None):
        raise fail("give --store DIR or --endpoint URL")
    with one_line(api.StoreError):
        missing = api.remove_documents(store or endpoint, doc_ids, base=base)  # type: ignore[arg-type]
    for doc_id in doc_ids:
        if doc_id not in missing:
            typer.echo(f"removed {doc_id}")
    if missing:
        raise fail(f"not in the store: {', '.join(missing)}", 1)


def validate_command(source: SourceArgument) -> None:
    """Check a graph against text2kg's SHACL shapes."""
    with one_line(api.StoreError):
        report = api.validate(source)
    if report.conforms:
        typer.echo(f"{source}: conforms to the text2kg shapes")
        return
    typer.echo(report.text)
    raise fail(f"{source}: {report.results} SHACL violation(s)", 1)


def ontology_command(
    shapes: Annotated[bool, typer.Option("--shapes", help="Print the SHACL shapes instead.")] = False,
) -> None:
    """Print the text2kg ontology (Turtle)."""
    sys.stdout.write(api.ontology(shapes=shapes))


def stats_command(
    source: SourceArgument,
    top: Annotated[int, typer.Option(help="Entities listed per type.")] = 5,
    communities: Annotated[bool, typer.Option(help="Also find communities and the most central entities.")] = True,
    write_back: Annotated[bool, typer.Option("--write-back", help="Store PageRank and community: in the store or endpoint, or with -o in a copy of the graph.")] = False,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="With --write-back: write the graph with its scores here (an input file is never written over).")] = None,
) -> None:
    """Count documents, entities and mentions; list the most mentioned and central; communities."""
    if output is not None and not write_back:
        raise fail("-o goes with --write-back")
    with one_line(api.StoreError):
        stats = api.stats(source, top=top, communities=communities, write_back=write_back, output=output)
    printing.print_stats(stats.counts)
    if stats.scores is not None:
        printing.print_communities(stats, top)
    if stats.written_to is not None:
        typer.echo(f"wrote t2k:pageRank and t2k:community for {len(stats.scores.pagerank)} entities "  # type: ignore[union-attr]
                   f"to {stats.written_to} (graph <{stats.scores_graph}>)")
