/**
 * train.py's sequences: the rows of a CSV grouped into recordings, ordered, cut into examples,
 * split and encoded as src/core/sources/sequences does (recordings.ts: recordings in order of
 * their id's first row, rows without an id or a time left out, steps sorted stably by time;
 * examples.ts: one example per recording, or windows every `stride` steps labelled by their last
 * step; split.ts: by recording, or by blocks of rows for windows; encode.ts: the saved means and
 * standard deviations, a missing value carried forward, padding left at 0). The order column is
 * read as numbers, or as ISO 8601 and year/month/day dates and times (only their order counts).
 */
export const PY_SEQUENCES = String.raw`
# ---- Sequences: recordings and windows as Layerbench builds them ----
import datetime as _dt

_EPOCH_DAY = _dt.date(1970, 1, 1).toordinal()
_DATE_TIME = re.compile(r"(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?"
                        r"\s*(Z|UTC|[+-]\d{2}(?::?\d{2})?)?")


def read_instant(text):
    """A date/time cell as milliseconds since 1970 (a clock without a zone read as UTC); NaN when it is none."""
    m = _DATE_TIME.fullmatch(text.strip())
    if not m:
        return float("nan")
    year, _, month, day, hour, minute, second, fraction, zone = m.groups()
    try:
        days = _dt.date(int(year), int(month), int(day)).toordinal() - _EPOCH_DAY
    except ValueError:
        return float("nan")
    h, mi, s = int(hour or 0), int(minute or 0), int(second or 0)
    if h > 23 or mi > 59 or s > 59:
        return float("nan")
    ms = ((days * 24 + h) * 60 + mi) * 60000 + s * 1000 + int((fraction or "0")[:3].ljust(3, "0"))
    if zone and zone not in ("Z", "UTC"):
        digits = zone[1:].replace(":", "")
        offset = int(digits[:2]) * 60 + int(digits[2:4] or 0)
        ms -= (-1 if zone[0] == "-" else 1) * offset * 60000
    return float(ms)


def _numeric(cells, numbers):
    return all(not math.isnan(v) for c, v in zip(cells, numbers) if not is_missing(c))


def recording_keys(cells, decimal_comma):
    """Each row's recording id (None when empty): the number itself in a number column, else its label."""
    numbers = [read_number(c, decimal_comma) for c in cells]
    if _numeric(cells, numbers):
        return [None if math.isnan(v) else v for v in numbers]
    return [category_label(c, decimal_comma) for c in cells]


def order_values(cells, decimal_comma, name):
    """The order column as numbers (NaN when empty): numbers, or dates and times as milliseconds."""
    numbers = [read_number(c, decimal_comma) for c in cells]
    if _numeric(cells, numbers):
        return numbers
    instants = [float("nan") if is_missing(c) else read_instant(c) for c in cells]
    unread = [c for c, v in zip(cells, instants) if not is_missing(c) and math.isnan(v)]
    if unread:
        raise SystemExit("train.py: the time column %r holds %r, which is neither a number nor a date train.py reads "
                         "(2024-03-01 10:00:00, 2024-03-01T10:00:00.020Z, 2024/03/01 10:00). Write it so, "
                         "or as seconds." % (name, unread[0].strip()))
    return instants


def group_recordings(header, rows, path, decimal_comma):
    """Each recording's rows in step order; recordings in the order of their id's first row in the file."""
    seq = CONFIG["sequence"]
    if seq["idColumn"] is not None:
        keys = recording_keys(column_cells(header, rows, seq["idColumn"], path), decimal_comma)
    else:
        keys = [0] * len(rows)
    times = None
    if seq["orderColumn"] is not None:
        times = order_values(column_cells(header, rows, seq["orderColumn"], path), decimal_comma, seq["orderColumn"])
    groups = {}
    for r, key in enumerate(keys):
        if key is None:
            continue
        steps = groups.setdefault(key, [])
        if times is None or not math.isnan(times[r]):
            steps.append(r)
    recordings = [steps for steps in groups.values() if steps]
    if times is not None:
        recordings = [sorted(steps, key=lambda r: times[r]) for steps in recordings]  # stable: file order on ties
    return recordings


def target_labels(header, rows, path, decimal_comma):
    """Each row's label (None when empty) and the key classes sort by: a class name, or a number for regression."""
    cells = column_cells(header, rows, CONFIG["target"], path)
    numbers = [read_number(c, decimal_comma) for c in cells]
    if CONFIG["task"] == "regression":
        return [None if math.isnan(v) else v for v in numbers], None
    if _numeric(cells, numbers):
        labels = [None if math.isnan(v) else repr_js(v) for v in numbers]
        return labels, {repr_js(v): v for v in numbers if not math.isnan(v)}
    labels = [category_label(c, decimal_comma) for c in cells]
    return labels, {v: v for v in labels if v is not None}


def enumerate_examples(recordings, labels):
    """(recording, first step, label row or -1) of every example: grouped, a recording's first labelled
    step labels it; windows, every window of length steps each stride steps, labelled by its last step."""
    seq = CONFIG["sequence"]
    length, stride = int(seq["length"]), int(seq["stride"])
    examples = []
    for r, steps in enumerate(recordings):
        if seq["layout"] == "grouped":
            examples.append((r, 0, next((row for row in steps if labels[row] is not None), -1)))
            continue
        count = (len(steps) - length) // stride + 1 if len(steps) >= length else 0
        for w in range(count):
            last = steps[w * stride + length - 1]
            examples.append((r, w * stride, last if labels[last] is not None else -1))
    return examples


def split_examples(recordings, examples, labels, sort_key):
    """(train, test) example positions, ascending: recordings split whole (grouped), or blocks of rows of
    several window lengths (windows), keeping only the windows whose rows all lie on one side."""
    settings = CONFIG["settings"]
    test_fraction, seed = settings["testFraction"], settings["seed"]
    labelled = [e for e, ex in enumerate(examples) if ex[2] >= 0]
    ids = None
    if sort_key is not None:
        classes = sorted(set(labels[examples[e][2]] for e in labelled), key=lambda c: sort_key[c])
        index = {c: i for i, c in enumerate(classes)}
        ids = {e: index[labels[examples[e][2]]] for e in labelled}
    if CONFIG["sequence"]["layout"] == "grouped":
        train, test = split_samples(len(labelled), [ids[e] for e in labelled] if ids is not None else None, test_fraction, seed)
        return [labelled[k] for k in train], [labelled[k] for k in test]
    length = int(CONFIG["sequence"]["length"])
    sizes = [len(steps) for steps in recordings]
    windowed = sum(n for n in sizes if n >= length)
    block_rows = max(length, min(max(4 * length, -(-windowed // 50)), windowed // 5))
    first = [0]
    for n in sizes:
        first.append(first[-1] + (max(1, n // block_rows) if n >= length else 0))
    blocks = first[-1]

    def block_of(e, step):
        r = examples[e][0]
        return first[r] + min(step // block_rows, first[r + 1] - first[r] - 1)

    block_ids = None
    if ids is not None:
        # Each block's stratum: the most common label of the windows starting in it (none: a stratum of its own).
        k = max(ids.values(), default=-1) + 1
        votes = [[0] * k for _ in range(blocks)]
        for e in labelled:
            votes[block_of(e, examples[e][1])][ids[e]] += 1
        block_ids = []
        for b in range(blocks):
            best, best_votes = k, 0
            for c in range(k):
                if votes[b][c] > best_votes:
                    best, best_votes = c, votes[b][c]
            block_ids.append(best)
    _, test_blocks = split_samples(blocks, block_ids, test_fraction, seed)
    held = set(test_blocks)
    train, test = [], []
    for e in labelled:
        r, start, _ = examples[e]
        first_held = block_of(e, start) in held
        if first_held == (block_of(e, start + min(length, sizes[r] - start) - 1) in held):
            (test if first_held else train).append(e)
    return train, test


def scaled_recordings(header, rows, path, decimal_comma, recordings):
    """Each recording's steps [steps, features], standardised with the saved means and standard deviations;
    a missing value takes the previous step's (the training mean, 0, before the first value)."""
    slots = CONFIG["slots"]
    columns = [[read_number(c, decimal_comma) for c in column_cells(header, rows, s["column"], path)] for s in slots]
    values = np.array(columns, dtype=np.float64).T.reshape(len(rows), len(slots))
    mean = np.array([s["mean"] for s in slots], dtype=np.float64)
    std = np.array([s["std"] for s in slots], dtype=np.float64)
    out = []
    for steps in recordings:
        v = values[steps]
        last = np.where(np.isnan(v), 0, np.arange(len(v))[:, None])
        np.maximum.accumulate(last, axis=0, out=last)
        filled = np.take_along_axis(v, last, axis=0)
        out.append(np.where(np.isnan(filled), 0.0, (filled - mean) / std).astype(np.float32))
    return out


def load_sequences(path):
    """Layerbench's examples of a sequences file, split and encoded: (train, test) dicts of x, y, target, ids."""
    header, rows, decimal_comma = read_csv(path)
    recordings = group_recordings(header, rows, path, decimal_comma)
    labels, sort_key = target_labels(header, rows, path, decimal_comma)
    examples = enumerate_examples(recordings, labels)
    train_ids, test_ids = split_examples(recordings, examples, labels, sort_key)
    classification = CONFIG["task"] == "classification"
    classes = CONFIG.get("classes", [])
    index = {c: i for i, c in enumerate(classes)}
    if classification:
        unseen = [labels[examples[e][2]] for e in train_ids if labels[examples[e][2]] not in index]
        if unseen:
            raise SystemExit("train.py: %s has the class %r, which the exported model does not know (it knows %s)."
                             % (path, unseen[0], ", ".join(classes)))
        # Held-out examples of a class no training example has are left out, as Layerbench does.
        test_ids = [e for e in test_ids if labels[examples[e][2]] in index]
    scaled = scaled_recordings(header, rows, path, decimal_comma, recordings)
    length, features = int(CONFIG["sequence"]["length"]), len(CONFIG["slots"])

    def part(which):
        x = np.zeros((len(which), length, features), dtype=np.float32)  # padded steps stay 0 (the mask value)
        for k, e in enumerate(which):
            r, start, _ = examples[e]
            steps = min(length, len(recordings[r]) - start)
            x[k, :steps] = scaled[r][start:start + steps]
        label = [labels[examples[e][2]] for e in which]
        if classification:
            target = np.array([index[c] for c in label], dtype=np.float32)
            y = np.eye(len(classes), dtype=np.float32)[target.astype(np.int64)]
        else:
            target = np.array(label, dtype=np.float32)
            y = ((np.array(label, dtype=np.float64) - CONFIG["targetMean"]) / CONFIG["targetStd"]).astype(np.float32).reshape(-1, 1)
        return {"x": x, "y": y, "target": target, "ids": [int(e) for e in which]}

    return part(train_ids), part(test_ids)
`;
