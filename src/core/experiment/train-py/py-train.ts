/**
 * train.py's training and scoring: the epoch order, validation share, early stopping and
 * best-weights rule of src/core/train/train.ts, under a tf.distribute strategy (TensorFlow
 * backend) or keras.distribution.DataParallel (JAX backend), then the held-out metrics of
 * src/core/evaluate as JSON on stdout.
 */
export const PY_TRAIN = String.raw`
# ---- Training as Layerbench trains ----
def distribution_scope(strategy):
    """A context to build and compile the model in: tf.distribute on TensorFlow, DataParallel on JAX."""
    backend = keras.backend.backend()
    if strategy == "none":
        return contextlib.nullcontext(), 1
    if backend == "tensorflow":
        import tensorflow as tf
        chosen = tf.distribute.MirroredStrategy() if strategy == "mirrored" else tf.distribute.MultiWorkerMirroredStrategy()
        print("train.py: %s over %d replica(s)" % (type(chosen).__name__, chosen.num_replicas_in_sync), file=sys.stderr)
        return chosen.scope(), chosen.num_replicas_in_sync
    if backend == "jax":
        if strategy == "multiworker":
            # Reads the coordinator address, process count and id from the KERAS_DISTRIBUTION_* variables.
            keras.distribution.initialize()
        devices = keras.distribution.list_devices()
        keras.distribution.set_distribution(keras.distribution.DataParallel(devices=devices))
        print("train.py: DataParallel over %d device(s)" % len(devices), file=sys.stderr)
        return contextlib.nullcontext(), len(devices)
    raise SystemExit("train.py: --strategy %s needs KERAS_BACKEND=tensorflow or jax (this is %s)." % (strategy, backend))


class EpochOrder(keras.utils.PyDataset):
    """The fitted examples in a fresh seeded order every epoch (and augmented afresh, for images)."""

    def __init__(self, x, y, batch_size, seed, augment, even=1):
        super().__init__()
        self.x, self.y, self.batch_size, self.augment = x, y, batch_size, augment
        # JAX's DataParallel splits every batch evenly over the devices: the last few examples of
        # an epoch's order (fewer than the devices; different ones every epoch) sit that epoch out.
        self.used = len(x) - len(x) % even
        self.shuffle_rng = create_rng(sub_seed(seed, SEED_STREAM["shuffle"]))
        self.augment_rng = create_rng(sub_seed(seed, SEED_STREAM["augment"]))
        self.next_epoch()

    def next_epoch(self):
        self.order = np.array(shuffle_in_place(list(range(len(self.x))), self.shuffle_rng), dtype=np.int64)
        self.epoch_x = self.x[self.order]
        if self.augment:
            self.epoch_x = augment_images(self.epoch_x, self.augment, self.augment_rng)
        self.epoch_y = self.y[self.order]

    def __len__(self):
        return int(math.ceil(self.used / self.batch_size))

    def __getitem__(self, i):
        at = slice(i * self.batch_size, min(self.used, (i + 1) * self.batch_size))
        return self.epoch_x[at], self.epoch_y[at]

    def on_epoch_end(self):
        self.next_epoch()


class KeepBest(keras.callbacks.Callback):
    """Layerbench's early stopping: the lowest validation loss (or loss) wins; stop after
    patience epochs without a lower one (0: never); a loss that is not finite stops at once.
    The best epoch's weights are restored at the end, whether it stopped early or not."""

    def __init__(self, patience):
        super().__init__()
        self.patience, self.best, self.best_epoch, self.best_weights, self.wait = patience, math.inf, 0, None, 0

    def on_epoch_end(self, epoch, logs=None):
        logs = logs or {}
        loss = float(logs.get("loss", math.nan))
        value = float(logs.get("val_loss", loss))
        if not math.isfinite(loss):
            self.model.stop_training = True
        elif value < self.best:
            self.best, self.best_epoch, self.best_weights, self.wait = value, epoch + 1, self.model.get_weights(), 0
        else:
            self.wait += 1
            if self.patience > 0 and self.wait >= self.patience:
                self.model.stop_training = True

    def on_train_end(self, logs=None):
        if self.best_weights is not None:
            self.model.set_weights(self.best_weights)


def labels_for_model(y):
    """One sigmoid unit on two classes learns the second class's column (1) against the first (0)."""
    return y[:, 1:2] if SIGMOID_HEAD else y


def train(train_part, settings, strategy, augment):
    keras.utils.set_random_seed(int(settings["seed"]) & _M32)
    scope, replicas = distribution_scope(strategy)
    even = replicas if keras.backend.backend() == "jax" else 1
    if int(settings["batchSize"]) % even:
        raise SystemExit("train.py: DataParallel over %d devices needs a batch size that is a multiple of %d; this run's is %d."
                         % (even, even, settings["batchSize"]))
    with scope:
        model = build_model()
        model.compile(optimizer=make_optimizer(settings), loss=LOSS, metrics=METRICS)
    fit, validation = split_validation(len(train_part["x"]), settings["validationSplit"], sub_seed(settings["seed"], SEED_STREAM["validation"]))
    x, y = train_part["x"], labels_for_model(train_part["y"])
    keep = KeepBest(int(settings["earlyStoppingPatience"]))
    data = EpochOrder(x[fit], y[fit], int(settings["batchSize"]), settings["seed"], augment, even)
    checked = validation[: len(validation) - len(validation) % even]
    history = model.fit(
        data,
        epochs=int(settings["epochs"]),
        validation_data=(x[checked], y[checked]) if checked else None,
        validation_batch_size=int(settings["batchSize"]),
        callbacks=[keep],
        verbose=2 if sys.stderr.isatty() else 0,
    )
    epochs = len(history.history.get("loss", []))
    return model, even, {"epochs": epochs, "bestEpoch": keep.best_epoch, "fitExamples": len(fit), "validationExamples": len(validation)}


# ---- Scoring the held-out examples as Layerbench does ----
def evaluate(model, test_part, even=1):
    x = test_part["x"]
    padding = (-len(x)) % even  # DataParallel: whole batches for every device; the padding is dropped
    padded = np.concatenate([x, np.zeros((padding,) + x.shape[1:], dtype=x.dtype)]) if padding else x
    out = np.asarray(model.predict(padded, batch_size=32 * even, verbose=0), dtype=np.float64)[: len(x)]
    target = test_part["target"].astype(np.float64)
    n = len(target)
    if CONFIG["task"] == "classification":
        classes = CONFIG["classes"]
        probabilities = np.concatenate([1 - out, out], axis=1) if SIGMOID_HEAD else out
        predicted = np.argmax(probabilities, axis=1)
        if SIGMOID_HEAD:
            predicted = (out[:, 0] > 0.5).astype(np.int64)
        actual = target.astype(np.int64)
        confusion = np.zeros((len(classes), len(classes)), dtype=np.int64)
        for a, p in zip(actual, predicted):
            confusion[a, p] += 1
        return {
            "task": "classification", "examples": n, "accuracy": float(np.mean(predicted == actual)) if n else None,
            "classes": classes, "confusion": confusion.tolist(),
            "perClass": [{"class": c, "examples": int(confusion[i].sum()), "correct": int(confusion[i, i]),
                          "predicted": int(confusion[:, i].sum())} for i, c in enumerate(classes)],
        }
    predicted = out[:, 0] * CONFIG["targetStd"] + CONFIG["targetMean"]
    errors = predicted - target
    spread = float(np.sum((target - target.mean()) ** 2)) if n else 0.0
    return {
        "task": "regression", "examples": n, "target": CONFIG["target"],
        "mae": float(np.mean(np.abs(errors))), "rmse": float(np.sqrt(np.mean(errors ** 2))),
        "r2": 1 - float(np.sum(errors ** 2)) / spread if spread > 0 else None,
    }


def dump_encoded(path, train_part, test_part, settings):
    fit, validation = split_validation(len(train_part["x"]), settings["validationSplit"], sub_seed(settings["seed"], SEED_STREAM["validation"]))
    listed = lambda part: {"x": part["x"].reshape(len(part["x"]), -1).astype(float).tolist(), "y": part["y"].astype(float).tolist(),
                           "target": part["target"].astype(float).tolist(), "ids": part["ids"], **({"paths": part["paths"]} if "paths" in part else {})}
    with open(path, "w", encoding="utf-8") as f:
        json.dump({"train": listed(train_part), "test": listed(test_part), "fit": fit, "validation": validation}, f)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", help=DATA_HELP)
    parser.add_argument("--epochs", type=int, default=None, help="epochs at most (default: the run's, %d)" % CONFIG["settings"]["epochs"])
    parser.add_argument("--strategy", choices=["none", "mirrored", "multiworker"], default="none")
    parser.add_argument("--out", default="keras-model", help="folder for model.keras and metrics.json (default: keras-model)")
    parser.add_argument("--dump-encoded", metavar="FILE", help="also write the encoded examples and the split as JSON")
    if CONFIG.get("image"):
        parser.add_argument("--path-column", default=None, help="a CSV of images: the column of paths (default: guessed)")
    args = parser.parse_args(argv)
    settings = dict(CONFIG["settings"])
    if args.epochs is not None:
        settings["epochs"] = args.epochs
    if CONFIG.get("image"):
        train_part, test_part = load_images(args.data, args.path_column)
    elif CONFIG.get("sequence"):
        train_part, test_part = load_sequences(args.data)
    else:
        train_part, test_part = load_table(args.data)
    if args.dump_encoded:
        dump_encoded(args.dump_encoded, train_part, test_part, settings)
    augment = (CONFIG.get("augment") or {}) if CONFIG.get("image") else {}
    augment = augment if augment.get("flip") or augment.get("shift", 0) > 0 else None
    model, even, run = train(train_part, settings, args.strategy, augment)
    metrics = {**evaluate(model, test_part, even), **run, "trainExamples": len(train_part["x"]), "backend": keras.backend.backend(), "strategy": args.strategy}
    os.makedirs(args.out, exist_ok=True)
    model.save(os.path.join(args.out, "model.keras"))
    with open(os.path.join(args.out, "metrics.json"), "w", encoding="utf-8") as f:
        json.dump(metrics, f, indent=2)
    print(json.dumps(metrics))


if __name__ == "__main__":
    main()
`;
