"""SOURCE, the same everywhere: a file, a store folder, or an endpoint URL."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from text2kg.graph.errors import StoreError
from text2kg.graph.stores.store import FORMATS, GraphStore, OxigraphStore

#: Marks a folder as a text2kg store (Oxigraph's own files sit beside it).
STORE_MARKER = "text2kg-store"


def source_kind(source: str | Path) -> Literal["endpoint", "file", "folder"]:
    """What a SOURCE names: an ``http(s)://`` endpoint, an existing file, or else a store
    folder (there or to be made). Every command that treats the three differently asks
    here, so a SOURCE cannot mean one thing to ``build`` and another to ``serve``.

    >>> source_kind("https://example.org/sparql"), source_kind("no-such-folder/")
    ('endpoint', 'folder')
    """
    if str(source).startswith(("http://", "https://")):
        return "endpoint"
    return "file" if Path(source).is_file() else "folder"


def open_store(source: str | Path, *, writable: bool = False, create: bool = False) -> GraphStore:
    """Open a SOURCE.

    Args:
        source: an ``http(s)://`` endpoint, a store folder, or an RDF file (``.trig``,
            ``.ttl``, ``.nq``, ``.nt``, ``.jsonld``), which is loaded into an in-memory
            Oxigraph store.
        writable: open a store folder for writing (one writer at a time).
        create: create the store folder when it does not exist.

    Raises:
        StoreError: the source does not exist, is in use, or cannot be read.
    """
    kind = source_kind(source)
    if kind == "endpoint":
        from text2kg.graph.stores.endpoint import EndpointStore

        return EndpointStore(str(source))
    path = Path(source)
    if path.is_dir() or (create and not path.exists()):
        return _open_folder(path, writable=writable, create=create)
    if kind == "file":
        if path.suffix.lower() not in FORMATS:
            raise StoreError(f"{path}: not an RDF file or a store folder (RDF files end in {', '.join(FORMATS)})")
        store = OxigraphStore()
        store.load(path)
        return store
    raise StoreError(f"{path}: no such file, store folder or endpoint")


def _open_folder(path: Path, *, writable: bool, create: bool) -> OxigraphStore:
    marker = path / STORE_MARKER
    if path.is_dir() and not marker.exists():
        if any(path.iterdir()):
            raise StoreError(f"{path}: a folder that is not a text2kg store")
        if not create:
            raise StoreError(f"{path}: an empty folder, not a store (build one with --store)")
    if not path.exists() and not create:
        raise StoreError(f"{path}: no such store")
    try:
        path.mkdir(parents=True, exist_ok=True)
        store = OxigraphStore(path, read_only=not writable)
        if not marker.exists():
            marker.write_text("This folder is a text2kg graph store (Oxigraph).\n", encoding="utf-8")
    except OSError as err:
        raise StoreError(f"{path}: cannot create a store here ({err.strerror or err})") from None
    return store
