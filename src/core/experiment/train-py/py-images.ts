/**
 * train.py's images: a folder of class sub-folders (src/core/sources/images/index-folder.ts) or
 * a CSV of image paths (index-csv.ts), decoded with Pillow, resized with Layerbench's own
 * bilinear resize (resize.ts, ported operation for operation so the inputs agree to float32
 * rounding), split as splitSamples does, and augmented as augment.ts does.
 */
export const PY_IMAGES = String.raw`
# ---- Images as Layerbench reads them ----
IMAGE_EXTENSIONS = {"png", "jpg", "jpeg", "jfif", "bmp", "gif", "webp"}
CSV_MISSING = {"", "na", "n/a", "#n/a", "null", "nan", "?", "-"}


def is_image_name(path):
    name = path.rsplit("/", 1)[-1]
    return "." in name and name.rsplit(".", 1)[-1].lower() in IMAGE_EXTENSIONS


def _hidden(path):
    return any(p.startswith(".") or p in ("__MACOSX", "Thumbs.db", "desktop.ini") for p in path.split("/"))


def index_folder(root):
    """(relative path, label) of every image in a class sub-folder, sorted by path."""
    entries = []
    for folder, dirs, files in os.walk(root):
        for name in files:
            rel = os.path.relpath(os.path.join(folder, name), root).replace(os.sep, "/")
            if _hidden(rel) or not is_image_name(rel) or "/" not in rel:
                continue
            entries.append((rel, rel.split("/", 1)[0]))
    return sorted(entries)


def _safe_relative(path):
    parts = [p for p in path.replace("\\", "/").split("/") if p not in ("", ".")]
    if path.startswith("/") or re.match(r"^[A-Za-z]:", path) or ".." in parts or not parts:
        return None
    return "/".join(parts)


def index_csv(path, path_column):
    """(relative path, label or number) of each usable row of a CSV of image paths, in row order."""
    header, rows, _ = read_csv(path)
    cells = lambda c: [r[header.index(c)].strip() for r in rows]
    if path_column is None:
        best = None
        for c in header:
            values = [v for v in cells(c)[:200] if v.lower() not in CSV_MISSING]
            if not values:
                continue
            share = sum(1 for v in values if is_image_name(v)) / len(values)
            score = share + (0.01 if re.search("path|file|image|img", c, re.I) else 0)
            if share >= 0.5 and (best is None or score > best[1]):
                best = (c, score)
        if best is None:
            raise SystemExit("train.py: no column of %s names image files; say which with --path-column." % path)
        path_column = best[0]
    column_cells(header, rows, CONFIG["target"], path)
    entries = []
    for p, value in zip(cells(path_column), cells(CONFIG["target"])):
        rel = _safe_relative(p)
        if not p or rel is None or not is_image_name(rel) or value.lower() in CSV_MISSING:
            continue
        if CONFIG["task"] == "regression":
            try:
                number = float(value.replace(",", ".", 1))
            except ValueError:
                continue
            if math.isfinite(number):
                entries.append((rel, number))
        else:
            entries.append((rel, value))
    return entries


def _taps(source, target):
    at = np.minimum(source - 1, np.maximum(0.0, (np.arange(target, dtype=np.float64) + 0.5) * (source / target) - 0.5))
    lo = np.floor(at).astype(np.int64)
    hi = np.minimum(source - 1, lo + 1)
    return lo, hi, (at - lo).astype(np.float32).astype(np.float64)


def resize_bilinear(rgba, height, width, channels):
    """[H, W, C] float32 in 0-1: Layerbench's resize.ts (half-pixel centres, edge clamped, alpha dropped)."""
    rgba = rgba.astype(np.float64)
    ylo, yhi, wy = _taps(rgba.shape[0], height)
    xlo, xhi, wx = _taps(rgba.shape[1], width)
    wx = wx[None, :, None]
    wy = wy[:, None, None]
    top = rgba[ylo][:, xlo, :3] * (1 - wx) + rgba[ylo][:, xhi, :3] * wx
    bottom = rgba[yhi][:, xlo, :3] * (1 - wx) + rgba[yhi][:, xhi, :3] * wx
    rgb = (top * (1 - wy) + bottom * wy) / 255
    if channels == 3:
        return rgb.astype(np.float32)
    r, g, b = rgb[..., 0], rgb[..., 1], rgb[..., 2]
    gray = np.where((r == g) & (g == b), r, 0.299 * r + 0.587 * g + 0.114 * b)
    return gray[..., None].astype(np.float32)


def load_image(path):
    """The image's RGBA pixels [H, W, 4] (uint8), or None when Pillow cannot read it."""
    from PIL import Image
    try:
        with Image.open(path) as image:
            return np.asarray(image.convert("RGBA"), dtype=np.uint8)
    except Exception as error:  # any unreadable file is skipped, as in Layerbench
        print("train.py: skipped %s (%s)" % (path, error), file=sys.stderr)
        return None


def load_images(path, path_column):
    image = CONFIG["image"]
    if os.path.isdir(path):
        root, entries = path, index_folder(path)
    else:
        root, entries = os.path.dirname(os.path.abspath(path)), index_csv(path, path_column)
    pixels, usable = [], []
    for rel, label in entries:
        rgba = load_image(os.path.join(root, rel))
        if rgba is not None:
            pixels.append(resize_bilinear(rgba, image["height"], image["width"], image["channels"]))
            usable.append((rel, label))
    if not usable:
        raise SystemExit("train.py: no readable images in %s." % path)
    x_all = np.stack(pixels)
    classification = CONFIG["task"] == "classification"
    if classification:
        classes = sorted(set(label for _, label in usable))
        if classes != CONFIG["classes"]:
            raise SystemExit("train.py: %s has the classes %s; the exported model has %s."
                             % (path, ", ".join(classes), ", ".join(CONFIG["classes"])))
        ids = [classes.index(label) for _, label in usable]
    else:
        ids = None
    train_pos, test_pos = split_samples(len(usable), ids, CONFIG["settings"]["testFraction"], CONFIG["settings"]["seed"])

    def part(positions):
        if classification:
            target = np.array([ids[i] for i in positions], dtype=np.float32)
            y = np.eye(len(CONFIG["classes"]), dtype=np.float32)[target.astype(np.int64)]
        else:
            values = np.array([usable[i][1] for i in positions], dtype=np.float64)
            target = values.astype(np.float32)
            y = ((values - CONFIG["targetMean"]) / CONFIG["targetStd"]).astype(np.float32).reshape(-1, 1)
        return {"x": x_all[positions], "y": y, "target": target, "ids": list(positions), "paths": [usable[i][0] for i in positions]}

    return part(train_pos), part(test_pos)


def augment_images(x, options, rng):
    """augment.ts: a horizontal flip with probability 1/2 and a shift of up to 2 pixels, edges repeated."""
    out = np.empty_like(x)
    _, height, width, _ = x.shape
    max_shift = max(0, min(2, js_round(options.get("shift", 0))))
    for n in range(x.shape[0]):
        flip = bool(options.get("flip")) and rng() < 0.5
        dy = int(math.floor(rng() * (2 * max_shift + 1))) - max_shift if max_shift > 0 else 0
        dx = int(math.floor(rng() * (2 * max_shift + 1))) - max_shift if max_shift > 0 else 0
        sy = np.clip(np.arange(height) - dy, 0, height - 1)
        fx = width - 1 - np.arange(width) if flip else np.arange(width)
        sx = np.clip(fx - dx, 0, width - 1)
        out[n] = x[n][sy][:, sx]
    return out
`;
