"""The named queries shipped in ``queries/``: each ``.rq`` file opens with comments saying
what it answers and which parameters it takes (``# param NAME: ...``). A parameter is
required unless its line ends with ``(optional)``."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from text2kg.graph.errors import QueryError

_PARAM = re.compile(r"^#\s*param\s+(\w+):\s*(.*)$")
_OPTIONAL = "(optional)"


@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str
    params: dict[str, str]
    text: str

    @property
    def reads_summary(self) -> bool:
        """Whether its answers come from the summary graph (so a stale summary changes them)."""
        return "t2k:summary" in self.text

    @property
    def required(self) -> list[str]:
        """The parameters a run must bind (those not marked ``(optional)``)."""
        return [p for p, text in self.params.items() if not text.endswith(_OPTIONAL)]

    def check_params(self, given: Iterable[str]) -> None:
        """Raise :class:`QueryError` for a parameter this query does not take, or a
        required one left out: a misspelt name would otherwise be ignored, and every row
        come back.

        >>> named_query("entity-evidence").check_params(["nme"])
        Traceback (most recent call last):
        ...
        text2kg.graph.errors.QueryError: entity-evidence has no parameter 'nme'; it takes: name
        """
        given = list(given)
        unknown = [p for p in given if p not in self.params]
        if unknown:
            takes = f"it takes: {', '.join(self.params)}" if self.params else "it takes none"
            raise QueryError(f"{self.name} has no parameter {', '.join(map(repr, unknown))}; {takes}")
        missing = [p for p in self.required if p not in given]
        if missing:
            raise QueryError(f"{self.name} needs the parameter {missing[0]!r} ({self.params[missing[0]]}): "
                             f"give {missing[0]}=VALUE")


@lru_cache(maxsize=None)
def named_queries() -> dict[str, NamedQuery]:
    """Every named query, by name (the file name without ``.rq``)."""
    out = {}
    for entry in sorted(files("text2kg.graph.stores").joinpath("queries").iterdir(), key=lambda e: e.name):
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
