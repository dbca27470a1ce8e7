"""The trained scorer: a logistic regression over candidate features, calibrated by isotonic
regression, shipped as plain JSON numbers (``weights.json``; ``make train`` writes it).

Reading JSON runs no code, unlike a pickle, and scoring needs numpy only: a document's
candidates become one matrix, scored by one product and one interpolation.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib.resources import files

import numpy as np

WEIGHTS = "weights.json"


class Scorer:
    """Probabilities that candidate facts are right, from the weights a training run wrote.

    >>> s = Scorer({"vocabulary": ["bias", "x"], "coef": [0.0, 2.0], "intercept": 0.0,
    ...             "calibration": {"x": [-1.0, 1.0], "y": [0.1, 0.9]}, "threshold": 0.5})
    >>> s.probabilities([{"bias": 1.0}, {"bias": 1.0, "x": 1.0, "unseen": 1.0}]).round(2).tolist()
    [0.5, 0.9]
    """

    def __init__(self, weights: dict) -> None:
        self.index = {name: i for i, name in enumerate(weights["vocabulary"])}
        self.coef = np.asarray(weights["coef"], dtype=float)
        self.intercept = float(weights["intercept"])
        self.xs = np.asarray(weights["calibration"]["x"], dtype=float)
        self.ys = np.asarray(weights["calibration"]["y"], dtype=float)
        self.threshold = float(weights["threshold"])

    def matrix(self, features: list[dict[str, float]]) -> np.ndarray:
        """The candidates as rows over the trained vocabulary (unseen features are left out)."""
        rows, columns, values = [], [], []
        index = self.index
        for row, named in enumerate(features):
            for name, value in named.items():
                column = index.get(name)
                if column is not None:
                    rows.append(row)
                    columns.append(column)
                    values.append(value)
        out = np.zeros((len(features), len(index)))
        out[rows, columns] = values
        return out

    def probabilities(self, features: list[dict[str, float]]) -> np.ndarray:
        """The calibrated probability of each candidate."""
        if not features:
            return np.zeros(0)
        margin = self.matrix(features) @ self.coef + self.intercept
        return np.interp(margin, self.xs, self.ys)


@lru_cache(maxsize=1)
def shipped_scorer() -> Scorer:
    """The scorer whose weights ship in the package, read on first use."""
    text = files("text2kg.extract.scoring").joinpath(WEIGHTS).read_text(encoding="utf-8")
    return Scorer(json.loads(text))
