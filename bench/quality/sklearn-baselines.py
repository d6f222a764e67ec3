"""scikit-learn's logistic / linear regression on exactly Layerbench's splits and preprocessing.

For every report that bench/quality/run.mjs saved (`layerbench train --json`) this reads the split
the same run wrote (`--split-out`: the data rows trained on and held out), encodes the report's
feature columns as Layerbench does (src/core/features/fit.ts), fitted on the training rows only:

- a number column: standardised with the training rows' mean and population standard deviation
  (StandardScaler's), a missing value becomes the mean (0 once scaled), plus a 0/1 "was missing"
  column when at least 1% of the training rows lack a value;
- a category column: one-hot over the categories the training rows have (a category only the
  test rows have is all zeros), plus a "(missing)" column under the same 1% rule;

then fits LogisticRegression (lbfgs, scikit-learn's default C=1.0, max_iter 10000) or
LinearRegression (ordinary least squares) on all the training rows and scores the held-out rows:
accuracy and macro F1, or R² and MAE. The encoded width is checked against the report's input
shape, so a difference in preprocessing cannot go unnoticed.

    .tmp/py/bin/python bench/quality/sklearn-baselines.py [.tmp/quality/runs/after]
Writes .tmp/quality/sklearn.json: {"table/seed": {"metric": value, ...}}.
"""
from __future__ import annotations

import json
import sys
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.linear_model import LinearRegression, LogisticRegression
from sklearn.metrics import accuracy_score, f1_score, mean_absolute_error, r2_score

ROOT = Path(__file__).resolve().parents[2]
QUALITY = ROOT / ".tmp" / "quality"
MISSING_SHARE = 0.01


def encode(frame: pd.DataFrame, features: list[str], train: np.ndarray, test: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    train_cols: list[np.ndarray] = []
    test_cols: list[np.ndarray] = []
    for name in features:
        col = frame[name]
        tr, te = col.iloc[train], col.iloc[test]
        if pd.api.types.is_numeric_dtype(col):
            present = tr.dropna().to_numpy(dtype=float)
            mean = present.mean() if len(present) else 0.0
            std = present.std() if len(present) else 0.0
            std = std if std > 0 else 1.0
            train_cols.append(((tr.to_numpy(dtype=float) - mean) / std))
            test_cols.append(((te.to_numpy(dtype=float) - mean) / std))
            train_cols[-1] = np.nan_to_num(train_cols[-1], nan=0.0)
            test_cols[-1] = np.nan_to_num(test_cols[-1], nan=0.0)
            missing = int(tr.isna().sum())
            if missing > 0 and missing >= MISSING_SHARE * len(tr):
                train_cols.append(tr.isna().to_numpy(dtype=float))
                test_cols.append(te.isna().to_numpy(dtype=float))
        else:
            seen = [c for c in tr.dropna().astype(str).unique()]
            for category in seen:
                train_cols.append((tr.astype(str) == category).to_numpy(dtype=float) * tr.notna().to_numpy())
                test_cols.append((te.astype(str) == category).to_numpy(dtype=float) * te.notna().to_numpy())
            missing = int(tr.isna().sum())
            if missing > 0 and missing >= MISSING_SHARE * len(tr):
                train_cols.append(tr.isna().to_numpy(dtype=float))
                test_cols.append(te.isna().to_numpy(dtype=float))
    return np.column_stack(train_cols), np.column_stack(test_cols)


def baseline(report: dict, split: dict) -> dict:
    frame = pd.read_csv(ROOT / report["path"], keep_default_na=True)
    train = np.asarray(split["train"], dtype=int)
    test = np.asarray(split["test"], dtype=int)
    x_train, x_test = encode(frame, report["features"], train, test)
    width = report["inputShape"][1]
    if x_train.shape[1] != width:
        raise SystemExit(f"{report['path']}: encoded width {x_train.shape[1]} differs from Layerbench's {width}")
    target = frame[report["target"]]
    if report["task"] == "classification":
        y_train = target.iloc[train].astype(str).to_numpy()
        y_test = target.iloc[test].astype(str).to_numpy()
        model = LogisticRegression(max_iter=10_000)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            model.fit(x_train, y_train)
        predicted = model.predict(x_test)
        return {"accuracy": float(accuracy_score(y_test, predicted)), "macroF1": float(f1_score(y_test, predicted, average="macro"))}
    y_train = target.iloc[train].to_numpy(dtype=float)
    y_test = target.iloc[test].to_numpy(dtype=float)
    predicted = LinearRegression().fit(x_train, y_train).predict(x_test)
    return {"r2": float(r2_score(y_test, predicted)), "mae": float(mean_absolute_error(y_test, predicted))}


def main() -> int:
    runs = Path(sys.argv[1]) if len(sys.argv) > 1 else QUALITY / "runs" / "after"
    results: dict[str, dict] = {}
    for path in sorted(runs.glob("*.json")):
        run = json.loads(path.read_text())
        split = json.loads((QUALITY / "splits" / f"{run['table']}-{run['seed']}.json").read_text())
        key = f"{run['table']}/{run['seed']}"
        results[key] = baseline({**run["report"], "path": run["file"]}, split)
        print(key, results[key])
    (QUALITY / "sklearn.json").write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
