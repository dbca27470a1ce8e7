"""How ``eval --places`` prints its figures (beside printing.py, which prints the others)."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table


def print_place_report(report: object, show: int = 10) -> None:
    """Accuracy of place linking, over all mentions, ambiguous names (several candidates in
    the data) and linkable places (the gold names one);
    given the gold mentions and end to end; then the first ``show`` misses of each."""
    data = report.to_dict()  # type: ignore[attr-defined]
    table = Table(title=f"Place linking ({data['documents']} documents)", title_justify="left")
    for column in ("measure", "all mentions", "ambiguous names", "linkable places"):
        table.add_column(column, justify="left" if column == "measure" else "right")
    runs = [("linking, gold mentions", data["linking"])]
    if "end_to_end" in data:
        runs.append(("end to end, with the model", data["end_to_end"]))
    for name, run in runs:
        table.add_row(name, *(f"{100 * run[f'{key}accuracy']:.1f}% of {run[count]}" for key, count in
                              (("", "mentions"), ("ambiguous_", "ambiguous"), ("linkable_", "linkable"))))
    console = Console()
    console.print(table)
    for name, run in runs:
        if show and run["misses"]:
            console.print(f"First misses, {name}:")
            for miss in run["misses"][:show]:
                console.print(f"  {miss['document']}: {miss['text']!r} gold {miss['gold']} given {miss['given']}", markup=False)
