"""The reliability diagram: how often held-out facts scored p are right, against p."""

from __future__ import annotations

from pathlib import Path


def draw_reliability(table: list[dict], error: float, path: str | Path) -> None:
    """Draw the bins of :func:`text2kg.evaluate.training.calibration_error` as a PNG."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, (top, bottom) = plt.subplots(2, 1, figsize=(5, 6), height_ratios=[3, 1], sharex=True)
    top.plot([0, 1], [0, 1], linestyle="--", color="grey", label="perfectly calibrated")
    top.plot([b["score"] for b in table], [b["right"] for b in table], marker="o", label="text2kg facts")
    top.set_ylabel("share of facts that are right")
    top.set_title(f"Held-out Re-DocRED dev, ECE {error:.3f}", fontsize=11)
    top.legend(loc="upper left")
    top.set_xlim(0, 1)
    top.set_ylim(0, 1)
    bottom.bar([(b["bin"][0] + b["bin"][1]) / 2 for b in table], [b["count"] for b in table], width=0.09)
    bottom.set_xlabel("confidence written on the fact")
    bottom.set_ylabel("facts")
    figure.tight_layout()
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path, dpi=100, metadata={"Software": None})
    plt.close(figure)
