"""The ``text2kg`` command: thin commands over the library's functions."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from text2kg.documents.read import MAX_CHARS
from text2kg.graph.errors import QueryError

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
# The input options extract and build share, declared once so the two cannot drift.
ArticlesArgument = Annotated[list[str], typer.Argument(help="Files, folders, or - for standard input.", metavar="ARTICLES...")]
MaxCharsOption = Annotated[int, typer.Option(help="Skip (and report) documents longer than this.")]
StrictOption = Annotated[bool, typer.Option(help="Fail (exit 1) when any input cannot be read or is skipped.")]


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
    paths: ArticlesArgument,
    json_out: Annotated[Optional[str], typer.Option("--json", help="Write the entities as JSON here (- for stdout).", metavar="OUT.json")] = None,
    model: ModelOption = None,
    max_chars: MaxCharsOption = MAX_CHARS,
    strict: StrictOption = False,
) -> None:
    """Find the people, organisations, places, events and dates in documents."""
    from text2kg.extract import ModelNotFoundError
    from text2kg.extract.extractor import ExtractOptions, extract_paths
    from text2kg.report import print_extraction_summary

    problems = []

    def on_problem(problem: object) -> None:
        problems.append(problem)
        log.warning("%s", problem)

    try:
        extractions = list(extract_paths(paths, ExtractOptions(model=model, max_chars=max_chars, processes=0), on_problem))
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
    relations: Annotated[bool, typer.Option("--relations", help="Score relations per Wikidata property instead.")] = False,
    facts: Annotated[bool, typer.Option("--facts", help="Score entities, posts and quotations against gold news stories instead.")] = False,
    split: Annotated[Optional[str], typer.Option(help="With --facts: score only the stories of this split (dev or heldout).")] = None,
    show: Annotated[int, typer.Option(help="With --facts: list the first N misses and false positives of each measure.")] = 10,
) -> None:
    """Score entity mentions (or, with --relations, facts; with --facts, news facts) against gold annotations."""
    from text2kg.evaluate import evaluate_entities, read_gold
    from text2kg.evaluate.gold import GoldFormatError
    from text2kg.evaluate.relations import evaluate_relations
    from text2kg.extract import ModelNotFoundError, load_pipeline
    from text2kg.report import print_entity_report, print_relation_report

    if not gold.is_file():
        raise fail(f"{gold}: no such file")
    if facts and relations:
        raise fail("--facts and --relations score different gold files: give one")
    if split is not None and not facts:
        raise fail("--split goes with --facts")
    if facts:
        _eval_facts(gold, model, limit, json_out, split, show)
        return
    try:
        score = evaluate_relations if relations else evaluate_entities
        report = score(read_gold(gold, limit), load_pipeline(model))
    except (GoldFormatError, ModelNotFoundError) as err:
        raise fail(str(err)) from None
    except UnicodeDecodeError:
        raise fail(f"{gold}: not UTF-8 text") from None
    (print_relation_report if relations else print_entity_report)(report)
    if json_out:
        _write_json(json_out, report.to_dict())


def _eval_facts(gold: Path, model: str | None, limit: int | None, json_out: Path | None, split: str | None, show: int) -> None:
    """``eval --facts``: the gold is read whole first, so a bad line fails before the model loads."""
    from text2kg.evaluate import evaluate_facts, read_news_gold
    from text2kg.evaluate.gold import GoldFormatError
    from text2kg.extract import ModelNotFoundError, load_pipeline
    from text2kg.report import print_fact_report

    try:
        stories = list(read_news_gold(gold, split, limit))
        if not stories:
            raise fail(f"{gold}: no stories" + (f" in split {split!r}" if split else ""))
        report = evaluate_facts(stories, load_pipeline(model))
    except (GoldFormatError, ModelNotFoundError) as err:
        raise fail(str(err)) from None
    except UnicodeDecodeError:
        raise fail(f"{gold}: not UTF-8 text") from None
    print_fact_report(report, show)
    if json_out:
        _write_json(json_out, report.to_dict())


SourceArgument = Annotated[str, typer.Argument(help="An RDF file, a store folder, or a SPARQL endpoint URL.", metavar="SOURCE")]


@app.command("build")
def build_command(
    paths: Annotated[Optional[list[str]], typer.Argument(
        help="Files, folders, or - for standard input; with none, a store's summary is brought up to date.",
        metavar="[ARTICLES]...", show_default=False)] = None,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write the graph here (.trig .ttl .nq .nt .jsonld).")] = None,
    store: Annotated[Optional[Path], typer.Option("--store", help="Grow an on-disk store in this folder.")] = None,
    endpoint: Annotated[Optional[str], typer.Option("--endpoint", help="Write to this SPARQL 1.1 endpoint.")] = None,
    model: ModelOption = None,
    base: Annotated[str, typer.Option(help="Base IRI for documents and entities.")] = "https://w3id.org/text2kg/id/",
    batch_size: Annotated[int, typer.Option(help="Documents per spaCy batch.")] = 16,
    processes: Annotated[int, typer.Option(min=1, help="Extraction worker processes; 1 (the default) already uses two cores.")] = 1,
    max_chars: MaxCharsOption = MAX_CHARS,
    strict: StrictOption = False,
    dask: Annotated[Optional[str], typer.Option(help="Extract on a Dask cluster: tcp://host:8786, or local.")] = None,
) -> None:
    """Build a knowledge graph from documents, or add documents to one."""
    from text2kg.api import build_graph
    from text2kg.extract import ModelNotFoundError
    from text2kg.extract.background import ExtractionError
    from text2kg.graph import QueryError, StoreError
    from text2kg.report import build_progress, print_build_report

    if output is None and store is None and endpoint is None:
        raise fail("say where the graph goes: -o FILE, --store DIR or --endpoint URL")
    if store is not None and endpoint is not None:
        raise fail("give --store or --endpoint, not both")
    if not paths and store is None and endpoint is None:
        raise fail("give the ARTICLES... to build the graph from")
    if not paths and store is not None and not store.is_dir():
        raise fail(f"{store}: no such store to bring up to date (give ARTICLES... to create one)")
    paths = paths or []  # none: only the cross-document join and the summary are redone if stale
    try:
        with build_progress(paths) as on_document:
            report = build_graph(
                paths, output=output, store=store, endpoint=endpoint, model=model, base=base,
                batch_size=batch_size, n_process=processes, max_chars=max_chars, dask=dask, on_document=on_document,
            )
    except (StoreError, QueryError, ModelNotFoundError, ExtractionError, ValueError) as err:
        raise fail(str(err)) from None
    except KeyboardInterrupt:
        raise fail("interrupted: every document stored so far is complete; run again to finish", 130) from None
    target = output or store or endpoint
    summary = None
    if report.added or report.updated:
        from text2kg.graph import open_store
        from text2kg.graph.analysis.stats import graph_stats

        summary = graph_stats(open_store(target), top=0)
    print_build_report(report, target, summary)
    if report.read == 0 and paths:
        raise fail("no document could be read", 1)
    if strict and report.problems:
        raise fail(f"{len(report.problems)} input(s) could not be read (--strict); the others are stored", 1)


@app.command("query")
def query_command(
    source: SourceArgument,
    sparql: Annotated[Optional[str], typer.Argument(help="The query text.", metavar="QUERY")] = None,
    file: Annotated[Optional[Path], typer.Option("--file", "-f", help="Read the query from a .rq file.")] = None,
    name: Annotated[Optional[str], typer.Option("--name", "-n", help="Run a named query (see `text2kg queries`).")] = None,
    param: Annotated[Optional[list[str]], typer.Option("--param", "-p", help="Bind a variable: NAME=VALUE (<...> for an IRI).")] = None,
    fmt: Annotated[str, typer.Option("--format", help="table, csv, tsv or json.")] = "table",
) -> None:
    """Run a SPARQL query on a graph."""
    from text2kg.api import run_query
    from text2kg.graph import QueryError, StoreError
    from text2kg.graph.stores.results import serialize, to_table
    from text2kg.graph.stores.sparql import parse_param
    from text2kg.report import print_table

    given = [x for x in (sparql, file, name) if x is not None]
    if len(given) != 1:
        raise fail("give exactly one of: the query text, --file or --name")
    if fmt not in ("table", "csv", "tsv", "json"):
        raise fail(f"unknown --format {fmt!r}: table, csv, tsv or json")
    try:
        if file is not None:
            try:
                sparql = file.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as err:
                raise fail(f"{file}: cannot read ({getattr(err, 'strerror', None) or err})") from None
        bindings = dict(parse_param(p) for p in param or [])
        result = run_query(source, sparql, name=name, params=bindings)
        if fmt == "table":
            import pyoxigraph as ox

            if isinstance(result, (ox.QuerySolutions, ox.QueryBoolean)):
                print_table(to_table(result))
                return
            fmt = "csv"  # triples print as N-Triples whatever the format
        sys.stdout.write(serialize(result, fmt))
    except (StoreError, QueryError) as err:
        raise fail(str(err)) from None


@app.command("queries")
def queries_command() -> None:
    """List the named queries and what each answers."""
    from text2kg.graph import named_queries

    for query in named_queries().values():
        params = "".join(f" --param {p}=..." if p in query.required else f" [--param {p}=...]" for p in query.params)
        typer.echo(f"{query.name}{params}\n    {query.description}")


@app.command("remove")
def remove_command(
    doc_ids: Annotated[list[str], typer.Argument(help="Ids of stored documents.", metavar="DOC_ID...")],
    store: Annotated[Optional[Path], typer.Option("--store", help="The store folder.")] = None,
    endpoint: Annotated[Optional[str], typer.Option("--endpoint", help="The SPARQL endpoint.")] = None,
    base: Annotated[str, typer.Option(help="Base IRI the graph was built with.")] = "https://w3id.org/text2kg/id/",
) -> None:
    """Remove documents, and the entities only they supported, from a store."""
    from text2kg.graph import Iris, StoreError, open_store
    from text2kg.graph.upkeep.corpus import remove_documents

    if (store is None) == (endpoint is None):
        raise fail("give --store DIR or --endpoint URL")
    try:
        with open_store(store or endpoint, writable=True) as target:  # type: ignore[arg-type]
            missing = remove_documents(target, doc_ids, Iris(base))
    except StoreError as err:
        raise fail(str(err)) from None
    for doc_id in doc_ids:
        if doc_id not in missing:
            typer.echo(f"removed {doc_id}")
    if missing:
        raise fail(f"not in the store: {', '.join(missing)}", 1)


@app.command("validate")
def validate_command(source: SourceArgument) -> None:
    """Check a graph against text2kg's SHACL shapes."""
    from text2kg.graph import StoreError, open_store
    from text2kg.graph.stores.validate import validate_store

    try:
        report = validate_store(open_store(source))
    except StoreError as err:
        raise fail(str(err)) from None
    if report.conforms:
        typer.echo(f"{source}: conforms to the text2kg shapes")
        return
    typer.echo(report.text)
    raise fail(f"{source}: {report.results} SHACL violation(s)", 1)


@app.command("ontology")
def ontology_command(
    shapes: Annotated[bool, typer.Option("--shapes", help="Print the SHACL shapes instead.")] = False,
) -> None:
    """Print the text2kg ontology (Turtle)."""
    from text2kg.ontology import ontology_text, shapes_path

    sys.stdout.write(shapes_path().read_text(encoding="utf-8") if shapes else ontology_text())


@app.command("stats")
def stats_command(
    source: SourceArgument,
    top: Annotated[int, typer.Option(help="Entities listed per type.")] = 5,
    communities: Annotated[bool, typer.Option(help="Also find communities and the most central entities.")] = True,
    write_back: Annotated[bool, typer.Option("--write-back", help="Store PageRank and community in the graph.")] = False,
) -> None:
    """Count documents, entities and mentions; list the most mentioned and central; communities."""
    from text2kg.graph import StoreError, open_store
    from text2kg.graph.analysis.network import analyse, to_networkx, write_back as store_scores
    from text2kg.graph.analysis.stats import graph_stats
    from text2kg.report import print_communities, print_stats

    try:
        store = open_store(source, writable=write_back)
        print_stats(graph_stats(store, top=top))
        if communities or write_back:
            graph = to_networkx(store, evidence=0)
            scores = analyse(graph)
            print_communities(graph, scores, top)
            if write_back:
                store_scores(store, scores, "https://w3id.org/text2kg/id/graph/analysis")
                if not str(source).startswith(("http://", "https://")) and Path(source).is_file():
                    store.dump(source)
                typer.echo(f"wrote t2k:pageRank and t2k:community for {len(scores.pagerank)} entities")
    except StoreError as err:
        raise fail(str(err)) from None


@app.command("path")
def path_command(
    source: SourceArgument,
    first: Annotated[str, typer.Argument(help="An entity's IRI, name or alias, or 'Name (Type)'.", metavar="A")],
    second: Annotated[str, typer.Argument(help="Another entity, the same way.", metavar="B")],
    typed_only: Annotated[bool, typer.Option("--typed-only", help="Follow typed facts only, not co-mentions.")] = False,
) -> None:
    """The shortest path from one entity to another, with the evidence for every hop."""
    import networkx as nx

    from text2kg.graph import StoreError, open_store
    from text2kg.graph.analysis.network import find_path
    from text2kg.report import print_path

    try:
        graph, hops = find_path(open_store(source), first, second, typed_only=typed_only)
    except StoreError as err:
        raise fail(str(err)) from None
    except KeyError as err:
        raise fail(str(err.args[0])) from None
    except nx.NetworkXNoPath:
        raise fail(f"no path from {first!r} to {second!r}" + (" through typed facts" if typed_only else ""), 1) from None
    print_path(graph, hops)


@app.command("viz")
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
    from text2kg.graph import StoreError, open_store
    from text2kg.graph.web.browser import render_page
    from text2kg.graph.analysis.network import NODE_TYPES
    from text2kg.graph.web.viz import select_view

    chosen = tuple(t.strip() for t in types.split(",")) if types else NODE_TYPES
    unknown = [t for t in chosen if t not in NODE_TYPES]
    if unknown:
        raise fail(f"unknown type(s) {', '.join(unknown)}: choose from {', '.join(NODE_TYPES)}")
    try:
        text = query.read_text(encoding="utf-8") if query else None
        view = select_view(open_store(source), types=chosen, focus=focus, hops=hops, min_degree=min_degree,
                           max_nodes=max_nodes, query=text)
        page = render_page(view.graph, view.rank, title=f"text2kg: {Path(str(source)).name}",
                           documents=view.documents, notice=view.notice)
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(page, encoding="utf-8")
    except (StoreError, QueryError) as err:
        raise fail(str(err)) from None
    except KeyError as err:
        raise fail(str(err.args[0])) from None
    except OSError as err:
        raise fail(f"{getattr(err, 'filename', None) or output}: {err.strerror or err}") from None
    typer.echo(f"wrote {output}: {view.graph.number_of_nodes()} entities, {view.graph.number_of_edges()} links"
               + (f" ({view.notice})" if view.notice else ""))


@app.command("serve")
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
    from text2kg.graph import StoreError
    from text2kg.graph.web.browser import render_page
    from text2kg.graph.web.guard import new_token
    from text2kg.graph.web.server import ServerConfig, SparqlServer, open_for_serving
    from text2kg.graph.web.viz import select_view

    import shutil

    def render(store) -> str:
        view = select_view(store)
        return render_page(view.graph, view.rank, title=f"text2kg: {Path(str(source)).name}",
                           documents=view.documents, notice=view.notice)

    temporary = None
    token = update_token or new_token()
    try:
        store, workers, temporary = open_for_serving(source, allow_update)
        config = ServerConfig(allow_update=allow_update, timeout=timeout, max_request_bytes=max_request_bytes,
                              browser_html=render(store), allow_service=allow_service,
                              max_result_bytes=max_result_bytes, update_token=token,
                              allowed_hosts=tuple(allow_host or ()), render_browser=render)
        server = SparqlServer(store, (host, port), config, workers)
    except StoreError as err:
        raise fail(str(err)) from None
    except OSError as err:
        raise fail(f"cannot listen on {host}:{port} ({err.strerror or err})") from None
    typer.echo(f"Serving {source} at http://{host}:{server.server_address[1]}/ (SPARQL at /sparql"
               + ("" if allow_update else ", read-only") + "); Ctrl-C stops")
    if allow_update:
        typer.echo("Updates need the header: Authorization: Bearer "
                   + (token if update_token is None else "(the token from --update-token or TEXT2KG_UPDATE_TOKEN)"))
    import signal

    def stop(*_: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)  # a service manager's stop cleans up like Ctrl-C
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        if temporary:
            shutil.rmtree(temporary, ignore_errors=True)


@app.command("export")
def export_command(
    source: SourceArgument,
    output: Annotated[Path, typer.Option("--output", "-o", help="out.graphml, out.gexf or out.csv.")],
) -> None:
    """Write the entity graph for Gephi, Cytoscape or a spreadsheet."""
    from text2kg.graph import StoreError, open_store
    from text2kg.graph.analysis.export import export_graph
    from text2kg.graph.analysis.network import to_networkx

    try:
        written = export_graph(to_networkx(open_store(source)), output)
    except StoreError as err:
        raise fail(str(err)) from None
    typer.echo("wrote " + ", ".join(str(p) for p in written))


def _write_json(path: Path, payload: object) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(payload, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    except OSError as err:
        raise fail(f"{path}: cannot write ({err.strerror})") from None


def main() -> None:
    """Entry point of the ``text2kg`` script."""
    app()
