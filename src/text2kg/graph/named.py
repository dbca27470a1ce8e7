"""The named queries shipped in ``queries/``: each ``.rq`` file opens with comments saying
what it answers and which parameters it takes (``# param NAME: ...``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from text2kg.graph.errors import QueryError

_PARAM = re.compile(r"^#\s*param\s+(\w+):\s*(.*)$")


@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str
    params: dict[str, str]
    text: str


@lru_cache(maxsize=None)
def named_queries() -> dict[str, NamedQuery]:
    """Every named query, by name (the file name without ``.rq``)."""
    out = {}
    for entry in sorted(files("text2kg.graph").joinpath("queries").iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".rq"):
            continue
        text = entry.read_text(encoding="utf-8")
        description, params = [], {}
        for line in text.splitlines():
            if not line.startswith("#"):
                break
            match = _PARAM.match(line)
            if match:
                params[match.group(1)] = match.group(2)
            else:
                description.append(line.lstrip("# ").strip())
        name = entry.name[: -len(".rq")]
        out[name] = NamedQuery(name, " ".join(description), params, text)
    return out


def named_query(name: str) -> NamedQuery:
    """One named query, or a :class:`QueryError` listing the names there are."""
    queries = named_queries()
    if name not in queries:
        raise QueryError(f"no named query {name!r}; there are: {', '.join(queries)}")
    return queries[name]
