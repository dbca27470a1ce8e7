"""How extraction runs, said once: every way of running it is built from one of these.

The build, the ``extract`` command and a Dask build used to pass the model, the batch size
and the length limit along separate paths, and one path forgot the limit (a long document
that passed the length filter failed the whole Dask build). Now the options travel as one
value, from the command line to the code that loads the model.
"""

from __future__ import annotations

from dataclasses import dataclass

from text2kg.documents import MAX_CHARS


@dataclass(frozen=True)
class ExtractOptions:
    """What extraction needs to know, whichever way it runs.

    Args:
        model: a spaCy pipeline name or path (default: the installed English model).
        batch_size: documents per spaCy batch (and per Dask task).
        max_chars: the longest document to read and extract; the model is let take
            documents this long (spaCy refuses any longer than its ``max_length``).
        processes: 0 runs extraction in this process; n >= 1 in n forked workers (one
            already uses two cores: the model there, our components here). On a local Dask
            cluster, its number of workers (at least two).
        dask: a Dask scheduler address (``tcp://host:8786``), or ``"local"`` for a cluster
            on this machine; None runs on this machine without Dask.
        min_confidence: what ``build`` writes: facts scored at least this (see
            :func:`text2kg.extract.scoring.keep_confident`); None: the scorer's default,
            precision 0.7 or better on documents it was not trained on.

    >>> ExtractOptions(processes=-1)
    Traceback (most recent call last):
    ...
    ValueError: processes must be 0 (in this process) or more, not -1
    """

    model: str | None = None
    batch_size: int = 16
    max_chars: int = MAX_CHARS
    processes: int = 1
    dask: str | None = None
    min_confidence: float | None = None

    def __post_init__(self) -> None:
        if self.min_confidence is not None and not 0.0 <= self.min_confidence <= 1.0:
            raise ValueError(f"min_confidence is a probability, from 0 to 1, not {self.min_confidence}")
        if self.processes < 0:
            raise ValueError(f"processes must be 0 (in this process) or more, not {self.processes}")
        if self.batch_size < 1:
            raise ValueError(f"batch_size must be at least 1, not {self.batch_size}")
