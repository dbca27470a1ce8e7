"""Files, folders and standard input to :class:`~text2kg.records.Document` records.

Bad input never stops a run: each file that cannot be read is reported once, through
``on_problem``, as an :class:`InputProblem` naming the file, and the others are still read.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO, NamedTuple

from text2kg.documents.webpage import html_to_text
from text2kg.documents.jsonl import parse_jsonl
from text2kg.documents.pdffile import pdf_to_text
from text2kg.documents.text import UnreadableInput, decode_text, first_line_title
from text2kg.records import Document

log = logging.getLogger("text2kg")

#: File endings read when walking a folder.
SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf", ".jsonl")
#: Characters above which a document is reported, not extracted (spaCy's own default limit).
MAX_CHARS = 1_000_000


class InputProblem(NamedTuple):
    """Why one input (a file, or a line of a JSONL file) was skipped."""

    source: str
    message: str

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


def _log_problem(problem: InputProblem) -> None:
    log.warning("%s", problem)


def read_documents(
    paths: Iterable[str | Path],
    on_problem: Callable[[InputProblem], None] = _log_problem,
    stdin: BinaryIO | None = None,
    *,
    max_chars: int | None = None,
) -> Iterator[Document]:
    """Yield the documents found in ``paths``: files, folders (recursively) or ``-`` for stdin.

    A document's id is its JSONL ``id``, else its path relative to the folder it was found
    in (its file name when the file was named directly); ids are unique within one call.

    Args:
        paths: files, folders, or ``"-"`` for standard input.
        on_problem: called once for every file or line that is skipped, with the reason.
        stdin: where ``-`` reads from (default: ``sys.stdin.buffer``).
        max_chars: longer documents are skipped and reported (``text2kg extract`` and
            ``build`` read through here, so one ``--max-chars`` means the same to both).
    """
    seen: set[str] = set()
    for arg in paths:
        for doc in _read_argument(str(arg), on_problem, stdin):
            if doc.id in seen:
                on_problem(InputProblem(doc.source or doc.id, f"duplicate document id {doc.id!r}"))
                continue
            if max_chars is not None and len(doc.text) > max_chars:
                on_problem(InputProblem(doc.source or doc.id, f"too long to extract ({len(doc.text):,} characters; "
                                        f"the limit is {max_chars:,}: split it, or raise --max-chars)"))
                continue
            seen.add(doc.id)
            yield doc


def _read_argument(
    arg: str, on_problem: Callable[[InputProblem], None], stdin: BinaryIO | None
) -> Iterator[Document]:
    if arg == "-":
        data = (stdin or sys.stdin.buffer).read()
        yield from _read_bytes(data, "stdin", "<stdin>", ".txt", on_problem)
        return
    path = Path(arg)
    if path.is_dir():
        files = sorted(
            p
            for p in path.rglob("*")
            if p.suffix.lower() in SUFFIXES
            and p.is_file()
            and not any(part.startswith(".") for part in p.relative_to(path).parts)
        )
        if not files:
            on_problem(InputProblem(arg, f"no documents found (looked for {', '.join(SUFFIXES)})"))
        for file in files:
            yield from _read_file(file, file.relative_to(path).as_posix(), on_problem)
    elif path.is_file():
        yield from _read_file(path, path.name, on_problem)
    elif path.exists():
        on_problem(InputProblem(arg, "not a regular file or folder"))
    else:
        on_problem(InputProblem(arg, "no such file or folder"))


def _read_file(
    path: Path, doc_id: str, on_problem: Callable[[InputProblem], None]
) -> Iterator[Document]:
    try:
        data = path.read_bytes()
    except OSError as err:
        on_problem(InputProblem(str(path), err.strerror or str(err)))
        return
    yield from _read_bytes(data, doc_id, str(path), path.suffix.lower(), on_problem)


def _read_bytes(
    data: bytes,
    doc_id: str,
    source: str,
    suffix: str,
    on_problem: Callable[[InputProblem], None],
) -> Iterator[Document]:
    try:
        if suffix == ".pdf":
            text, title = pdf_to_text(data)
            yield Document(doc_id, text, title=title or first_line_title(text), source=source)
            return
        text = decode_text(data)
        if suffix == ".jsonl":
            yield from _read_jsonl(text, doc_id, source, on_problem)
        elif suffix in (".html", ".htm"):
            text, title = html_to_text(text)
            if not text:
                raise UnreadableInput("HTML page has no visible text")
            yield Document(doc_id, text, title=title, source=source)
        else:
            yield Document(doc_id, text, title=first_line_title(text), source=source)
    except UnreadableInput as err:
        on_problem(InputProblem(source, str(err)))
    except RecursionError:
        on_problem(InputProblem(source, "too deeply nested to read"))


def _read_jsonl(
    text: str, doc_id: str, source: str, on_problem: Callable[[InputProblem], None]
) -> Iterator[Document]:
    found = False
    for number, item in parse_jsonl(text, doc_id, source):
        if isinstance(item, UnreadableInput):
            on_problem(InputProblem(f"{source}:{number}", str(item)))
        else:
            found = True
            yield item
    if not found:
        on_problem(InputProblem(source, "no documents in this JSONL file"))


def count_documents(paths: Iterable[str | Path]) -> int | None:
    """How many documents ``paths`` hold (JSONL lines counted), cheaply; None for stdin."""
    total = 0
    for arg in paths:
        if str(arg) == "-":
            return None
        path = Path(arg)
        files = [p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES and p.is_file()] if path.is_dir() else [path]
        for file in files:
            if file.suffix.lower() == ".jsonl":
                try:
                    with file.open("rb") as lines:
                        total += sum(1 for line in lines if line.strip())
                except OSError:
                    continue
            elif file.exists():
                total += 1
    return total
