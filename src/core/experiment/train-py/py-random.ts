/**
 * train.py's seeded randomness and splits: src/core/random.ts (mulberry32, Fisher–Yates),
 * src/core/features/split.ts (the stratified split) and src/core/train/data.ts (subSeed,
 * splitValidation) in Python, number for number, so that a seed picks the same held-out rows,
 * validation rows and epoch orders in Keras as in Layerbench.
 */
export const PY_RANDOM = String.raw`
# ---- Seeded randomness: the same numbers as Layerbench (mulberry32, 32-bit unsigned arithmetic) ----
_M32 = 0xFFFFFFFF
SEED_STREAM = {"validation": 1, "shuffle": 2, "dropout": 3, "augment": 4}


def create_rng(seed):
    """Uniform numbers in [0, 1), exactly those of Layerbench's createRng(seed)."""
    state = [int(seed) & _M32]

    def rng():
        state[0] = (state[0] + 0x6D2B79F5) & _M32
        t = state[0]
        t = ((t ^ (t >> 15)) * (t | 1)) & _M32
        t = (t ^ ((t + (((t ^ (t >> 7)) * (t | 61)) & _M32)) & _M32)) & _M32
        return ((t ^ (t >> 14)) & _M32) / 4294967296.0

    return rng


def shuffle_in_place(items, rng):
    for i in range(len(items) - 1, 0, -1):
        j = int(math.floor(rng() * (i + 1)))
        items[i], items[j] = items[j], items[i]
    return items


def sub_seed(seed, stream):
    """Independent streams from one seed (the split, the validation share, the shuffling)."""
    return (((int(seed) & _M32) ^ ((stream * 0x9E3779B9) & _M32)) * 0x85EBCA6B) & _M32


def js_round(x):
    return int(math.floor(x + 0.5))


def allocate_test_rows(sizes, total_test):
    """Held-out examples per class: largest remainder, every class keeps one training example."""
    total = sum(sizes)
    exact = [n * total_test / total for n in sizes]
    alloc = [min(int(math.floor(e)), n - 1) for e, n in zip(exact, sizes)]
    remaining = total_test - sum(alloc)
    order = sorted(range(len(sizes)), key=lambda c: (-(exact[c] - alloc[c]), -sizes[c], c))
    while remaining > 0:
        gave = False
        for c in order:
            if remaining == 0:
                break
            if alloc[c] < sizes[c] - 1:
                alloc[c] += 1
                remaining -= 1
                gave = True
        if not gave:
            break
    if not any(a > 0 for a in alloc) and total_test > 0:
        largest = 0
        for c in range(1, len(sizes)):
            if sizes[c] > sizes[largest]:
                largest = c
        alloc[largest] = 1
    return alloc


def split_samples(count, class_ids, test_fraction, seed):
    """(train, test) positions, each ascending: seeded, stratified by class when class_ids is a list."""
    if count < 2:
        raise SystemExit("train.py: fewer than 2 labelled examples, nothing to split.")
    total_test = min(count - 1, max(1, js_round(count * test_fraction)))
    rng = create_rng(seed)
    if class_ids is None:
        order = shuffle_in_place(list(range(count)), rng)
        return sorted(order[total_test:]), sorted(order[:total_test])
    buckets = [[] for _ in range(max(class_ids) + 1)]
    for i, c in enumerate(class_ids):
        buckets[c].append(i)
    present = [b for b in buckets if b]
    per_class = allocate_test_rows([len(b) for b in present], total_test)
    train, test = [], []
    for bucket, take in zip(present, per_class):
        shuffled = shuffle_in_place(list(bucket), rng)
        test.extend(shuffled[:take])
        train.extend(shuffled[take:])
    return sorted(train), sorted(test)


def split_validation(rows, fraction, seed):
    """(fit, validation) positions into the training examples, each ascending."""
    count = min(rows - 1, max(1, js_round(rows * fraction))) if fraction > 0 and rows >= 2 else 0
    order = shuffle_in_place(list(range(rows)), create_rng(seed))
    return sorted(order[count:]), sorted(order[:count])
`;
