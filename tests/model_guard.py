"""A test that loads the real spaCy model must be marked ``model``; one that forgets fails.

``make test-fast`` runs ``-m "not model"``: a test that loads the model without the marker
would make that loop slow without anyone noticing. So, while a test without the marker runs
(doctests included), asking for an installed spaCy pipeline package is a failure that says
which marker to add. It is caught three ways:

- a test using the ``nlp`` fixture fails before the fixture loads anything;
- in this process, ``spacy.load`` and ``load_pipeline``'s cache refuse an installed pipeline
  (the cache matters: an earlier marked test may have loaded the model already);
- in a Python subprocess the test starts (the CLI, a script), importing the pipeline's package
  fails, and the test fails when it ends, however the subprocess reported the error.

A doctest cannot carry a marker: name it in :data:`MODEL_DOCTESTS` instead.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from _pytest.doctest import DoctestItem

#: Doctests that load the model, by pytest's name for them ("text2kg.api.extract").
MODEL_DOCTESTS: frozenset[str] = frozenset()

#: Written as ``sitecustomize.py`` into a folder put first on a subprocess's ``PYTHONPATH``.
_SUBPROCESS_GUARD = '''
import importlib.abc, importlib.util, os, sys

class _Refuse(importlib.abc.Loader):
    def create_module(self, spec):
        return None

    def exec_module(self, module):
        with open(os.environ["TEXT2KG_MODEL_GUARD_LOG"], "a", encoding="utf-8") as log:
            log.write(module.__name__ + "\\n")
        raise ImportError(module.__name__ + " is refused: the test is not marked model")

class _Guard(importlib.abc.MetaPathFinder):
    names = frozenset(os.environ.get("TEXT2KG_MODEL_GUARD", "").split(","))

    def find_spec(self, name, path=None, target=None):
        return importlib.util.spec_from_loader(name, _Refuse()) if name in self.names else None

sys.meta_path.insert(0, _Guard())
'''


def _message(item: pytest.Item, how: str) -> str:
    if isinstance(item, DoctestItem):
        return (
            f"this doctest {how}, but doctests run in `make test-fast`: show the call on "
            f"spacy.blank('en'), or name {item.name!r} in MODEL_DOCTESTS in tests/model_guard.py"
        )
    return f"this test {how}: mark it @pytest.mark.model (or use the `blank` fixture and a hand-built Doc)"


class ModelGuard:
    """The pytest plugin: registered by ``tests/conftest.py`` for every test, doctests too."""

    def __init__(self, workdir: Path) -> None:
        import spacy.util

        self.installed = frozenset(spacy.util.get_installed_models())
        self.item: pytest.Item | None = None  # the unmarked test running now, if any
        self.site = workdir / "site"
        self.site.mkdir(parents=True, exist_ok=True)
        (self.site / "sitecustomize.py").write_text(_SUBPROCESS_GUARD, encoding="utf-8")
        self.log = workdir / "refused.txt"
        self._wrap()

    def _wrap(self) -> None:
        import spacy

        import text2kg.extract.model as model

        cached = getattr(model, "_loaded", None)
        if cached is None:  # the guard must see the cache, or a cached model would slip past it
            raise RuntimeError("tests/model_guard.py wraps text2kg.extract.model._loaded, load_pipeline's cache: update it")
        load = spacy.load

        def guarded_load(name, *args, **kwargs):
            self.check(name)
            return load(name, *args, **kwargs)

        def guarded_cached(name):
            self.check(name)
            return cached(name)

        guarded_cached.cache_clear = cached.cache_clear  # type: ignore[attr-defined]
        spacy.load, model._loaded = guarded_load, guarded_cached

    def check(self, name: object) -> None:
        """Fail the unmarked test running now if ``name`` is an installed pipeline."""
        if self.item is not None and str(name) in self.installed:
            pytest.fail(_message(self.item, f"loads the spaCy model {name}"), pytrace=False)

    @pytest.hookimpl(tryfirst=True)
    def pytest_collection_modifyitems(self, items: list[pytest.Item]) -> None:
        for item in items:
            if isinstance(item, DoctestItem) and item.name in MODEL_DOCTESTS:
                item.add_marker(pytest.mark.model)

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_protocol(self, item: pytest.Item):
        if item.get_closest_marker("model") is not None:
            return (yield)
        self.item = item
        self.log.write_text("", encoding="utf-8")
        saved = {k: os.environ.get(k) for k in ("PYTHONPATH", "TEXT2KG_MODEL_GUARD", "TEXT2KG_MODEL_GUARD_LOG")}
        os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (str(self.site), saved["PYTHONPATH"]) if p)
        os.environ["TEXT2KG_MODEL_GUARD"] = ",".join(sorted(self.installed))
        os.environ["TEXT2KG_MODEL_GUARD_LOG"] = str(self.log)
        try:
            return (yield)
        finally:
            self.item = None
            for key, value in saved.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value

    @pytest.hookimpl(tryfirst=True)
    def pytest_runtest_setup(self, item: pytest.Item) -> None:
        if self.item is item and "nlp" in getattr(item, "fixturenames", ()):
            pytest.fail(_message(item, "uses the `nlp` fixture, which loads the spaCy model"), pytrace=False)

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_call(self, item: pytest.Item):
        try:
            return (yield)
        finally:  # a refusal replaces the error it caused: it is the cause
            refused = self.log.read_text(encoding="utf-8").split() if self.item is item else []
            if refused:
                pytest.fail(_message(item, f"started a process that loads the spaCy model {refused[0]}"), pytrace=False)
