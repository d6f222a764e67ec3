/**
 * train.py's table reading: a CSV read cell by cell as Layerbench reads it (src/core/data/cell.ts,
 * number-text.ts: missing markers, plain and written-out numbers, category labels), then encoded
 * with the saved slots (src/core/features/encode.ts) and split as src/core/features/split.ts does.
 */
export const PY_TABLE = String.raw`
# ---- Reading a CSV as Layerbench does ----
MISSING_MARKERS = {"na", "n/a", "#n/a", "null", "nan", "?", "-",
                   "\uc5c6\uc74c", "\uacb0\uce21", "\uacb0\uce21\uac12", "\uacb0\uce21\uce58",
                   "\ubbf8\uc0c1", "\ubaa8\ub984", "\ud574\ub2f9\uc5c6\uc74c", "\ud574\ub2f9 \uc5c6\uc74c"}
MISSING_CATEGORY = "(missing)"
FLOAT32_MAX = 3.4028234663852886e38
_PLAIN_NUMBER = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")
_SYMBOLS = re.compile(r"^[\$\u00a2-\u00a5\u20a0-\u20cf%]|[\$\u00a2-\u00a5\u20a0-\u20cf%]$")


def is_missing(text):
    if len(text) == 0:
        return True
    if len(text) > 12:
        return False
    t = text.strip()
    return len(t) == 0 or t.lower() in MISSING_MARKERS


def _usable(v):
    return v if math.isfinite(v) and abs(v) <= FLOAT32_MAX else float("nan")


def _plain(text, decimal_comma):
    t = text.strip(" \t")
    if decimal_comma and t.count(",") == 1 and "." not in t:
        t = t.replace(",", ".")
    return float(t) if _PLAIN_NUMBER.fullmatch(t) else None


def read_number(text, decimal_comma):
    """A number column's cell: NaN when missing or not a usable number (as Layerbench reads it)."""
    if is_missing(text):
        return float("nan")
    plain = _plain(text, decimal_comma)
    if plain is not None:
        return _usable(plain)
    # Written-out numbers: "1,279.00", "EUR-sign 12", "12 %", "(12.5)" (accounting's minus).
    t = text.strip()
    negative = t.startswith("(") and t.endswith(")")
    if negative:
        t = t[1:-1].strip()
    t = _SYMBOLS.sub("", t).strip()
    for sep in ([".", " ", "\u00a0", "\u202f", "'", "\u2019"] if decimal_comma else [",", " ", "\u00a0", "\u202f", "'", "\u2019"]):
        t = t.replace(sep, "")
    value = _plain(t, decimal_comma)
    if value is None:
        return float("nan")
    return _usable(-value if negative else value)


def _trim_zeros(text):
    return re.sub(r"\.?0+$", "", text) if "." in text and "e" not in text else text


def js_exponential(v, digits):
    mantissa, exponent = ("%.*e" % (digits, v)).split("e")
    return "%se%s%d" % (mantissa, "-" if int(exponent) < 0 else "+", abs(int(exponent)))


def number_label(v):
    """A number in a category column as Layerbench labels it (its formatNumber)."""
    a = abs(v)
    if a >= 1e12:
        return re.sub(r"\.?0+e", "e", js_exponential(v, 2))
    if a >= 1e9:
        return _trim_zeros("%.2f" % (v / 1e9)) + "B"
    if a >= 1e6:
        return _trim_zeros("%.2f" % (v / 1e6)) + "M"
    if a >= 1e4:
        return _trim_zeros("%.1f" % (v / 1e3)) + "k"
    if float(v).is_integer():
        return str(int(v))
    if a < 1e-3:
        return js_exponential(v, 2)
    return _trim_zeros("%.4g" % v)


def category_label(text, decimal_comma):
    """A category cell's label, or None when missing: the text trimmed, a number as Layerbench formats it."""
    if is_missing(text):
        return None
    plain = _plain(text, decimal_comma)
    if plain is not None and math.isfinite(plain):
        return number_label(plain)
    return text.strip()


def _decode(raw):
    for encoding in ("utf-8-sig", "cp949", "latin-1"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")


def read_csv(path):
    """(column names, rows of cell text, decimal_comma): blank and ragged lines left out, as Layerbench does."""
    with open(path, "rb") as f:
        text = _decode(f.read())
    lines = [line for line in text.splitlines()[:50] if line.strip()]
    head = lines[0] if lines else ""
    delimiter = max([",", ";", "\t", "|"], key=lambda d: head.count(d))
    records = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header, rows = None, []
    for fields in records:
        if all(not f.strip() for f in fields):
            continue
        if header is None:
            header = [f.strip() for f in fields]
            if header:
                header[0] = header[0].lstrip("\ufeff").strip()
            continue
        if len(fields) != len(header):
            if len(fields) < len(header) or any(f.strip() for f in fields[len(header):]):
                continue
            fields = fields[: len(header)]
        rows.append(fields)
    if header is None:
        raise SystemExit("train.py: %s has no rows." % path)
    sample = " ".join(delimiter.join(r) for r in rows[:200])
    decimal_comma = delimiter != "," and len(re.findall(r"\d,\d", sample)) > len(re.findall(r"\d\.\d", sample))
    return header, rows, decimal_comma


def column_cells(header, rows, name, path):
    if name not in header:
        raise SystemExit("train.py: %s has no column %r (it has: %s)." % (path, name, ", ".join(header)))
    at = header.index(name)
    return [r[at] for r in rows]


def encode_slots(header, rows, path, decimal_comma, row_ids):
    """The [rows, slots] float32 input of the given rows, encoded with the saved preprocessing."""
    slots = CONFIG["slots"]
    x = np.zeros((len(row_ids), len(slots)), dtype=np.float32)
    cache = {}
    for s, slot in enumerate(slots):
        cells = column_cells(header, rows, slot["column"], path)
        if slot["kind"] in ("scaled", "missing-indicator"):
            key = ("n", slot["column"])
            if key not in cache:
                cache[key] = np.array([read_number(c, decimal_comma) for c in cells], dtype=np.float64)
            v = cache[key][row_ids]
            if slot["kind"] == "scaled":
                x[:, s] = np.where(np.isnan(v), 0.0, (v - slot["mean"]) / slot["std"]).astype(np.float32)
            else:
                x[:, s] = np.isnan(v).astype(np.float32)
        else:
            key = ("c", slot["column"])
            if key not in cache:
                cache[key] = [category_label(c, decimal_comma) for c in cells]
            labels = cache[key]
            x[:, s] = np.array([(labels[r] if labels[r] is not None else MISSING_CATEGORY) == slot["category"] for r in row_ids], dtype=np.float32)
    return x


def load_table(path):
    """Layerbench's split and encoding of a table: (train, test) dicts of x, y, target, and the row indices."""
    header, rows, decimal_comma = read_csv(path)
    cells = column_cells(header, rows, CONFIG["target"], path)
    numbers = [read_number(c, decimal_comma) for c in cells]
    present = [c for c in cells if not is_missing(c)]
    numeric_target = all(not math.isnan(read_number(c, decimal_comma)) for c in present)
    if CONFIG["task"] == "regression" or numeric_target:
        labelled = [r for r, v in enumerate(numbers) if not math.isnan(v)]
    else:
        labels = [category_label(c, decimal_comma) for c in cells]
        labelled = [r for r, v in enumerate(labels) if v is not None]
    if CONFIG["task"] == "classification":
        if numeric_target:
            distinct = sorted(set(numbers[r] for r in labelled))
            id_of = {v: i for i, v in enumerate(distinct)}
            class_ids = [id_of[numbers[r]] for r in labelled]
            row_label = lambda r: repr_js(numbers[r])
        else:
            first_seen = {}
            for r in labelled:
                first_seen.setdefault(labels[r], len(first_seen))
            class_ids = [first_seen[labels[r]] for r in labelled]
            row_label = lambda r: labels[r]
    else:
        class_ids = None
    train_pos, test_pos = split_samples(len(labelled), class_ids, CONFIG["settings"]["testFraction"], CONFIG["settings"]["seed"])
    train_rows = [labelled[i] for i in train_pos]
    test_rows = [labelled[i] for i in test_pos]

    def part(row_ids):
        x = encode_slots(header, rows, path, decimal_comma, row_ids)
        if CONFIG["task"] == "classification":
            classes = CONFIG["classes"]
            index = {c: i for i, c in enumerate(classes)}
            unseen = [row_label(r) for r in row_ids if row_label(r) not in index]
            if unseen:
                raise SystemExit("train.py: %s has the class %r, which the exported model does not know (it knows %s)."
                                 % (path, unseen[0], ", ".join(classes)))
            target = np.array([index[row_label(r)] for r in row_ids], dtype=np.float32)
            y = np.eye(len(classes), dtype=np.float32)[target.astype(np.int64)]
        else:
            target = np.array([numbers[r] for r in row_ids], dtype=np.float32)
            y = ((np.array([numbers[r] for r in row_ids], dtype=np.float64) - CONFIG["targetMean"]) / CONFIG["targetStd"]).astype(np.float32).reshape(-1, 1)
        return {"x": x, "y": y, "target": target, "ids": [int(r) for r in row_ids]}

    return part(train_rows), part(test_rows)


def repr_js(v):
    """String(v) in JavaScript for the numbers a class column holds (integers without ".0")."""
    if float(v).is_integer() and abs(v) < 1e21:
        return str(int(v))
    return repr(float(v))
`;
