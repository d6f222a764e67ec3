"""Keras reference for the sequences kind (grouped layout): what a careful data scientist gets with
the app's proposed Conv1D on the same recordings and the same held-out split.

  KERAS_BACKEND=jax python3 bench/keras_sequence_reference.py resources/samples/activity.csv \
      --id recording_id --order timestamp --target activity \
      --features acc_x,acc_y,acc_z,gyro_x,gyro_y,gyro_z --length 64 --held-out held-out.json

--held-out names a JSON file holding a list of recording ids (or {"heldOut": [...]}) that are
kept out of training and scored. Needs keras, a backend (jax), numpy and pandas.

Preprocessing, as the app's sequences kind does it:
  - rows are grouped by the id column and sorted by the order column within each recording
    (a date/time or a number; ties keep the file's order; without --order, the file's order);
  - one label per recording: its target value (it must not change inside a recording);
  - each feature column is standardised with the mean and population standard deviation of the
    training recordings' rows (all their rows, before cutting); a missing cell becomes the
    training mean, i.e. 0 once scaled; a constant column keeps std 1;
  - each recording becomes `length` steps: the first `length` rows, zeros appended after a
    shorter one (0 is the training mean).
Model: Conv1D(32, 3, relu) -> MaxPooling1D(2) -> Conv1D(64, 3, relu) -> GlobalAveragePooling1D
-> Dense(classes, softmax) (or Dense(1) with MSE for a numeric target); Adam 1e-3, batch 32,
30 epochs, shuffled with the seed. Prints one JSON line: accuracy (classification) or r2
(regression) on the held-out recordings, with the counts and the shape.
"""
import argparse
import json
import os
import sys

os.environ.setdefault("KERAS_BACKEND", "jax")

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402


def parse_args():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("path", help="the CSV, one row per time step")
    p.add_argument("--id", required=True, help="the column that identifies the recording")
    p.add_argument("--order", default=None, help="the column that orders the steps (date/time or number)")
    p.add_argument("--target", required=True, help="the per-recording label or number")
    p.add_argument("--features", required=True, help="comma-separated step columns")
    p.add_argument("--length", type=int, required=True, help="time steps per example (pad/cut)")
    p.add_argument("--held-out", required=True, help="JSON file listing the held-out recording ids")
    p.add_argument("--task", choices=["auto", "classification", "regression"], default="auto")
    p.add_argument("--epochs", type=int, default=30)
    p.add_argument("--batch", type=int, default=32)
    p.add_argument("--seed", type=int, default=42)
    return p.parse_args()


def order_key(column):
    """Numbers as they are; otherwise date/time (ISO 8601, any offset) as UTC; unparseable: last."""
    numeric = pd.to_numeric(column, errors="coerce")
    if numeric.notna().sum() >= 0.98 * column.notna().sum():
        return numeric
    times = pd.to_datetime(column, errors="coerce", utc=True, format="ISO8601")
    if times.notna().sum() < 0.98 * column.notna().sum():
        times = pd.to_datetime(column, errors="coerce", utc=True, format="mixed")
    return times


def main():
    args = parse_args()
    features = [c.strip() for c in args.features.split(",") if c.strip()]
    df = pd.read_csv(args.path, dtype={args.id: str}, keep_default_na=True)
    wanted = [args.id, args.target, *features] + ([args.order] if args.order else [])
    missing = [c for c in wanted if c not in df.columns]
    if missing:
        sys.exit(f"No such column(s) in {args.path}: {', '.join(missing)}")

    with open(args.held_out, encoding="utf-8") as f:
        held = json.load(f)
    if isinstance(held, dict):
        held = held.get("heldOut") or held.get("held_out") or held.get("ids")
    held = {str(h) for h in held}

    df["_row"] = np.arange(len(df))
    if args.order:
        df["_order"] = order_key(df[args.order])
        df = df.sort_values([args.id, "_order", "_row"], kind="stable", na_position="last")
    else:
        df = df.sort_values([args.id, "_row"], kind="stable")
    for c in features:
        df[c] = pd.to_numeric(df[c], errors="coerce")

    # Recordings in order of first appearance in the file.
    ids = list(dict.fromkeys(df.sort_values("_row")[args.id].tolist()))
    unknown = held - set(ids)
    if unknown:
        sys.exit(f"Held-out ids not in the file: {', '.join(sorted(unknown)[:5])}")
    groups = {k: g for k, g in df.groupby(args.id, sort=False)}

    labels = {}
    for k in ids:
        values = groups[k][args.target].dropna().unique()
        if len(values) != 1:
            sys.exit(f"Recording {k}: the target {args.target!r} has {len(values)} values inside it; it must have one.")
        labels[k] = values[0]

    train_ids = [k for k in ids if k not in held]
    test_ids = [k for k in ids if k in held]
    train_rows = df[~df[args.id].isin(held)]
    mean = train_rows[features].mean().to_numpy()
    std = train_rows[features].std(ddof=0).to_numpy()
    std = np.where(std > 0, std, 1.0)

    def arrays(keys):
        x = np.zeros((len(keys), args.length, len(features)), dtype=np.float32)
        for i, k in enumerate(keys):
            steps = groups[k][features].to_numpy(dtype=np.float64)[: args.length]
            scaled = np.nan_to_num((steps - mean) / std, nan=0.0)
            x[i, : len(scaled)] = scaled
        return x

    x_train, x_test = arrays(train_ids), arrays(test_ids)
    target_values = pd.Series([labels[k] for k in ids])
    numeric_target = pd.api.types.is_numeric_dtype(target_values)
    task = args.task if args.task != "auto" else ("regression" if numeric_target and target_values.nunique() > 10 else "classification")

    import keras  # after KERAS_BACKEND is set
    from keras import layers

    keras.utils.set_random_seed(args.seed)
    if task == "classification":
        classes = sorted({str(labels[k]) for k in ids})
        index = {c: i for i, c in enumerate(classes)}
        y_train = np.array([index[str(labels[k])] for k in train_ids])
        y_test = np.array([index[str(labels[k])] for k in test_ids])
        head, loss = layers.Dense(len(classes), activation="softmax"), "sparse_categorical_crossentropy"
    else:
        classes = []
        y_train = np.array([float(labels[k]) for k in train_ids], dtype=np.float32)
        y_test = np.array([float(labels[k]) for k in test_ids], dtype=np.float32)
        head, loss = layers.Dense(1), "mse"

    model = keras.Sequential([
        keras.Input(shape=(args.length, len(features))),
        layers.Conv1D(32, 3, activation="relu"),
        layers.MaxPooling1D(2),
        layers.Conv1D(64, 3, activation="relu"),
        layers.GlobalAveragePooling1D(),
        head,
    ])
    model.compile(optimizer=keras.optimizers.Adam(1e-3), loss=loss)
    model.fit(x_train, y_train, batch_size=args.batch, epochs=args.epochs, shuffle=True, verbose=0)

    out = {"task": task, "shape": [None, args.length, len(features)], "train": len(train_ids),
           "heldOut": len(test_ids), "epochs": args.epochs, "seed": args.seed,
           "keras": keras.__version__, "backend": keras.backend.backend()}
    pred = model.predict(x_test, verbose=0)
    if task == "classification":
        out["classes"] = classes
        out["accuracy"] = round(float(np.mean(pred.argmax(axis=1) == y_test)), 4)
    else:
        p = pred.reshape(-1)
        ss_res = float(np.sum((y_test - p) ** 2))
        ss_tot = float(np.sum((y_test - y_test.mean()) ** 2))
        out["r2"] = round(1 - ss_res / ss_tot, 4) if ss_tot > 0 else None
    print(json.dumps(out), flush=True)


if __name__ == "__main__":
    main()
