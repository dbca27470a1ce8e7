"""Where graphs live: an embedded Oxigraph store (in memory or on disk) or a SPARQL endpoint.

Both speak the same small interface — SPARQL query and update strings, one atomic update
per document — so a build gives the same triples in memory, on disk and at an endpoint.
Queries see the union of all named graphs as the default graph, unless they name their own
dataset with ``FROM``/``FROM NAMED``.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path

import pyoxigraph as ox

from text2kg.graph.errors import QueryError, StoreError
from text2kg.graph.stores.keywords import has_dataset_clause
from text2kg.graph.stores.sparql import Term, bind_values, insert_data, replace_graph
from text2kg.graph.triples.vocab import PREFIXES

Result = ox.QuerySolutions | ox.QueryTriples | ox.QueryBoolean
#: Documents written to an on-disk store between flushes. Without flushes RocksDB keeps the
#: writes in memory and a build's memory grows with the corpus (2.6x for 10x the words,
#: measured); flushing every 200 keeps it near flat (1.10x; every 50: 1.03x, but slower).
FLUSH_EVERY = 200

#: The RDF formats a graph is read from and written to, by their usual file endings
#: (pyoxigraph knows the endings; ``.txt`` or ``.json`` are not taken for RDF here).
FORMATS = tuple(f".{f.file_extension}" for f in (ox.RdfFormat.TRIG, ox.RdfFormat.TURTLE, ox.RdfFormat.N_QUADS,
                                                 ox.RdfFormat.N_TRIPLES, ox.RdfFormat.JSON_LD))


def format_of(path: str | Path) -> ox.RdfFormat:
    """The RDF format a file name asks for, by its ending."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise StoreError(f"{path}: unknown RDF format {suffix or '(no ending)'}; use one of {', '.join(FORMATS)}")
    return ox.RdfFormat.from_extension(suffix[1:])


class GraphStore(ABC):
    """The operations text2kg needs from a store."""

    @abstractmethod
    def query(self, sparql: str, bindings: Mapping[str, Term] | None = None) -> Result:
        """Run a SPARQL query over the union of all graphs, with variables bound safely."""

    @abstractmethod
    def update(self, sparql: str) -> None:
        """Run a SPARQL update."""

    @abstractmethod
    def quads(self) -> Iterator[ox.Quad]:
        """Every quad in the store."""

    def replace_graph(self, graph: ox.NamedNode, triples: Iterable[tuple[Term, Term, Term]]) -> None:
        """Replace a named graph's content, atomically."""
        self.update(replace_graph(graph, triples))

    def add(self, graph: ox.NamedNode, triples: Iterable[tuple[Term, Term, Term]]) -> None:
        """Add triples to a named graph, keeping what it holds."""
        self.update(insert_data(graph, triples))

    def drop_graph(self, graph: ox.NamedNode) -> None:
        self.update(f"DROP SILENT GRAPH {graph}")

    def dump(self, path: str | Path) -> None:
        """Write the store to a file, in the format its ending names; triple formats merge the graphs."""
        rdf_format = format_of(path)
        quads = list(self.quads())
        if rdf_format.supports_datasets:
            ox.serialize(quads, str(path), rdf_format)
        else:
            triples = {ox.Triple(q.subject, q.predicate, q.object) for q in quads}
            ox.serialize(sorted(triples, key=str), str(path), rdf_format)

    def close(self) -> None:
        """Release the store."""

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class OxigraphStore(GraphStore):
    """An embedded Oxigraph store: in memory (``path=None``) or in a folder on disk."""

    def __init__(self, path: str | Path | None = None, *, read_only: bool = False) -> None:
        self.path = Path(path) if path is not None else None
        self.read_only = read_only
        self.writes = 0
        try:
            if self.path is None:
                self.store = ox.Store()
            elif read_only:
                self.store = ox.Store.read_only(str(self.path))
            else:
                self.store = ox.Store(str(self.path))
        except OSError as err:
            if "lock" in str(err).lower():
                raise StoreError(f"store {self.path} is in use by another process (one writer at a time)") from None
            raise StoreError(f"store {self.path} cannot be opened ({_first_line(err)})") from None

    def query(self, sparql: str, bindings: Mapping[str, Term] | None = None, *,
              default_graphs: Sequence[str] | None = None, named_graphs: Sequence[str] | None = None) -> Result:
        """Run a query over the union of all graphs, unless it names its dataset.

        A query with ``FROM``/``FROM NAMED`` reads the graphs it names; ``default_graphs``
        and ``named_graphs`` (IRIs, the SPARQL Protocol's ``default-graph-uri`` and
        ``named-graph-uri``) replace the query's dataset when either is given.
        """
        options: dict = {}
        if default_graphs is not None or named_graphs is not None:
            options["default_graph"] = [self._graph(iri) for iri in default_graphs or ()]
            options["named_graphs"] = [self._graph(iri) for iri in named_graphs or ()]
        elif not has_dataset_clause(sparql):
            options["use_default_graph_as_union"] = True
        try:
            # the prefixes passed beside the text, not prepended: error positions are the user's
            return self.store.query(bind_values(sparql, bindings or {}), prefixes=PREFIXES, **options)
        except SyntaxError as err:
            raise QueryError(f"SPARQL syntax error: {_first_line(_own_syntax_error(sparql, bindings) or err)}") from None

    @staticmethod
    def _graph(iri: str) -> ox.NamedNode:
        try:
            return ox.NamedNode(iri)
        except ValueError as err:
            raise QueryError(f"not a graph IRI: {iri!r} ({_first_line(err)})") from None

    def update(self, sparql: str) -> None:
        try:
            self.store.update(sparql, prefixes=PREFIXES)
        except SyntaxError as err:
            raise QueryError(f"SPARQL update syntax error: {_first_line(err)}") from None
        except OSError as err:
            raise StoreError(f"store {self.path or '(memory)'} cannot be written ({_first_line(err)})") from None

    def quads(self) -> Iterator[ox.Quad]:
        return iter(self.store.quads_for_pattern(None, None, None, None))

    def replace_graph(self, graph: ox.NamedNode, triples: Iterable[tuple[Term, Term, Term]]) -> None:
        """Write a document's graph with one atomic ``extend``, after dropping what it held.

        No text is serialised and parsed again, which makes writing cheap. Were a process to
        die between the drop and the write of a changed document, the document would be
        missing, not half-written, and the next build would add it again.
        """
        quads = [ox.Quad(s, p, o, graph) for s, p, o in triples]
        try:
            if self.store.contains_named_graph(graph):
                self.store.remove_graph(graph)
            self.store.extend(quads)
            self.writes += 1
            if self.path is not None and self.writes % FLUSH_EVERY == 0:
                self.store.flush()  # RocksDB keeps unflushed writes in memory: bound it
        except OSError as err:
            raise StoreError(f"store {self.path or '(memory)'} cannot be written ({_first_line(err)})") from None

    def add(self, graph: ox.NamedNode, triples: Iterable[tuple[Term, Term, Term]]) -> None:
        try:
            self.store.extend([ox.Quad(s, p, o, graph) for s, p, o in triples])
        except OSError as err:
            raise StoreError(f"store {self.path or '(memory)'} cannot be written ({_first_line(err)})") from None

    def load(self, path: str | Path) -> None:
        """Bulk-load a file (the format by its ending) into this store."""
        try:
            self.store.bulk_load(path=str(path), format=format_of(path))
        except (SyntaxError, ValueError) as err:
            raise StoreError(f"{path}: not valid {Path(path).suffix} RDF ({_first_line(err)})") from None
        except OSError as err:
            raise StoreError(f"{path}: cannot be read ({_first_line(err)})") from None

    def close(self) -> None:
        if self.path is not None and not self.read_only:  # a read-only store refuses to flush
            try:
                self.store.flush()
            except OSError:
                pass  # what was not flushed is in RocksDB's log, read on the next opening
        del self.store


def _own_syntax_error(sparql: str, bindings: Mapping[str, Term] | None) -> SyntaxError | None:
    """The syntax error in the query as its user wrote it: with bindings, the one Oxigraph
    reported was in the text with a ``VALUES`` block added (parsed again on an empty store)."""
    if not bindings:
        return None
    try:
        ox.Store().query(sparql, prefixes=PREFIXES)
    except SyntaxError as err:
        return err
    return None


def _first_line(err: BaseException) -> str:
    return str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
