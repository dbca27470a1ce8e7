"""``path``, ``viz``, ``serve`` and ``export``: the commands that explore the entity network."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from text2kg import api
from text2kg.cli import printing
from text2kg.cli.common import SourceArgument, fail, one_line, read_text


def path_command(
    source: SourceArgument,
    first: Annotated[str, typer.Argument(help="An entity's IRI, name or alias, or 'Name (Type)'.", metavar="A")],
    second: Annotated[str, typer.Argument(help="Another entity, the same way.", metavar="B")],
    typed_only: Annotated[bool, typer.Option("--typed-only", help="Follow typed facts only, not co-mentions.")] = False,
) -> None:
    """The shortest path from one entity to another, with the evidence for every hop."""
    with one_line(api.NoPathError, code=1), one_line(api.StoreError, KeyError):
        graph, hops = api.find_path(source, first, second, typed_only=typed_only)
    printing.print_path(graph, hops)


def viz_command(
    source: SourceArgument,
    output: Annotated[Path, typer.Option("--output", "-o", help="The HTML file to write.")] = Path("graph.html"),
    types: Annotated[Optional[str], typer.Option(help="Types to show, e.g. Person,Organization.")] = None,
    focus: Annotated[Optional[str], typer.Option(help="Show the neighbourhood of this entity.")] = None,
    hops: Annotated[int, typer.Option(help="How far from --focus.")] = 2,
    min_degree: Annotated[int, typer.Option(help="Leave out entities with fewer links.")] = 0,
    max_nodes: Annotated[int, typer.Option(help="Keep at most this many, the most central.")] = 2000,
    query: Annotated[Optional[Path], typer.Option("--query", help="A SELECT (.rq) whose entities to show.")] = None,
) -> None:
    """Write the interactive HTML graph browser: one file, works offline."""
    chosen = [t.strip() for t in types.split(",")] if types else None
    text = read_text(query) if query is not None else None
    with one_line(api.StoreError, api.QueryError, KeyError, ValueError):
        view = api.write_browser(source, output, types=chosen, focus=focus, hops=hops, min_degree=min_degree,
                                 max_nodes=max_nodes, query=text)
    typer.echo(f"wrote {output}: {view.graph.number_of_nodes()} entities, {view.graph.number_of_edges()} links"
               + (f" ({view.notice})" if view.notice else ""))


def serve_command(
    source: SourceArgument,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    allow_update: Annotated[bool, typer.Option("--allow-update", help="Accept SPARQL updates (off: read-only).")] = False,
    timeout: Annotated[float, typer.Option(help="Seconds a query may take, waiting for a free worker included.")] = 30.0,
    max_request_bytes: Annotated[int, typer.Option(help="Largest request accepted.")] = 1_000_000,
    max_result_bytes: Annotated[int, typer.Option(help="Largest result sent (past it: 507, add a LIMIT).")] = 50_000_000,
    allow_service: Annotated[bool, typer.Option("--allow-service", help="Let queries call other endpoints (SERVICE) and updates fetch URLs (LOAD).")] = False,
    update_token: Annotated[Optional[str], typer.Option(
        envvar="TEXT2KG_UPDATE_TOKEN", show_default=False,
        help="Token updates must send (Authorization: Bearer TOKEN); default: a new one, printed.")] = None,
    allow_host: Annotated[Optional[list[str]], typer.Option(
        "--allow-host", help="Another host name the server answers to (repeatable).")] = None,
) -> None:
    """Serve a graph: SPARQL 1.1 Protocol at /sparql, the browser at /, a query page at /query."""
    import signal

    with one_line(api.StoreError):
        try:
            server = api.serve(source, host=host, port=port, allow_update=allow_update, timeout=timeout,
                               max_request_bytes=max_request_bytes, max_result_bytes=max_result_bytes,
                               allow_service=allow_service, update_token=update_token, allowed_hosts=allow_host or ())
        except OSError as err:
            raise fail(f"cannot listen on {host}:{port} ({err.strerror or err})") from None
    typer.echo(f"Serving {source} at {server.url} (SPARQL at /sparql" + ("" if allow_update else ", read-only") + "); Ctrl-C stops")
    if allow_update:
        typer.echo("Updates need the header: Authorization: Bearer "
                   + (server.token if update_token is None else "(the token from --update-token or TEXT2KG_UPDATE_TOKEN)"))

    def stop(*_: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)  # a service manager's stop cleans up like Ctrl-C
    with server:
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass


def export_command(
    source: SourceArgument,
    output: Annotated[Path, typer.Option("--output", "-o", help="out.graphml, out.gexf or out.csv.")],
) -> None:
    """Write the entity graph for Gephi, Cytoscape or a spreadsheet."""
    with one_line(api.StoreError):
        written = api.export_graph(source, output)
    typer.echo("wrote " + ", ".join(str(p) for p in written))
