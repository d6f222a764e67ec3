"""Writes the public tables of docs/quality.md as CSV files under .tmp/quality/tables/ (git-ignored).

Every table ships inside a Python package, so nothing is downloaded: scikit-learn's bundled
datasets, statsmodels' datasets and vega_datasets' local data. The values are written as the
packages hold them (diabetes unscaled, as collected); only the class codes of scikit-learn's
classification sets are written as their names, and anes96's vote code as the candidate, so that
the target reads as a class.

    .tmp/py/bin/pip install scikit-learn pandas statsmodels vega_datasets
    .tmp/py/bin/python bench/quality/export-tables.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pandas as pd
import sklearn.datasets as skd
import statsmodels.api as sm
from vega_datasets import data as vega

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / ".tmp" / "quality" / "tables"


def sklearn_frame(loader, target: str, names: bool) -> pd.DataFrame:
    bunch = loader(as_frame=True)
    frame = bunch.frame.copy()
    if names:
        frame[target] = [str(bunch.target_names[int(i)]) for i in bunch.target]
    return frame


def tables() -> dict[str, tuple[pd.DataFrame, str, str]]:
    """name -> (frame, target, where it comes from)."""
    anes = sm.datasets.anes96.load_pandas().data.drop(columns=["logpopul"])
    anes["vote"] = anes["vote"].map({0.0: "Clinton", 1.0: "Dole"})
    # Without its date: a table with a date column whose rows are days reads as one recording
    # (a sequence), and the date is never a table's feature.
    weather = vega.seattle_weather().drop(columns=["date"])
    return {
        "diabetes": (skd.load_diabetes(as_frame=True, scaled=False).frame, "target", "scikit-learn load_diabetes(scaled=False)"),
        "breast-cancer": (sklearn_frame(skd.load_breast_cancer, "target", True), "target", "scikit-learn load_breast_cancer"),
        "wine": (sklearn_frame(skd.load_wine, "target", True), "target", "scikit-learn load_wine"),
        "digits": (sklearn_frame(skd.load_digits, "target", False), "target", "scikit-learn load_digits (8x8 pixels)"),
        "anes96": (anes, "vote", "statsmodels anes96 (logpopul dropped: log of popul)"),
        "seattle-weather": (weather, "weather", "vega_datasets seattle-weather (date dropped)"),
        "grunfeld": (sm.datasets.grunfeld.load_pandas().data, "invest", "statsmodels grunfeld"),
        "barley": (vega.barley(), "yield", "vega_datasets barley"),
    }


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    index = []
    for name, (frame, target, source) in tables().items():
        path = OUT / f"{name}.csv"
        frame.to_csv(path, index=False)
        index.append({"name": name, "file": str(path.relative_to(ROOT)), "target": target, "rows": len(frame), "columns": len(frame.columns), "source": source})
        print(f"{name}: {len(frame)} rows, {len(frame.columns)} columns, target {target} -> {path.relative_to(ROOT)}")
    (OUT / "index.json").write_text(json.dumps(index, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
