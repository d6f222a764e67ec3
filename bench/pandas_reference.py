"""pandas' CSV ingest on the bench's file, the yardstick for parseCsvBytes (bench/csv-ingest.ts).

What is timed, per run: pandas.read_csv(path) with its defaults (C engine, delimiter ',', header
row, type inference), then every numeric column as one float32 matrix (DataFrame.to_numpy), and
each text column's category codes (pandas.factorize, int32). That is what our parser hands the
model: a float32 number per cell and a code per category cell. Not timed in pandas (ours does it):
encoding detection, checked decoding, per-column statistics and histograms, date and number-note
detection.

Prints one JSON line: best-of-N wall seconds, MB/s, and peak RSS (whole process, from getrusage)
against the RSS before the first read.

    python bench/pandas_reference.py FILE [--runs 3]
"""

import argparse
import json
import os
import resource
import time

import numpy as np
import pandas as pd


def rss_bytes() -> int:
    with open('/proc/self/statm') as f:
        return int(f.read().split()[1]) * os.sysconf('SC_PAGE_SIZE')


def ingest(path: str) -> tuple[int, int]:
    frame = pd.read_csv(path)
    numeric = frame.select_dtypes(include='number')
    matrix = numeric.to_numpy(dtype=np.float32)
    codes = [pd.factorize(frame[name])[0].astype(np.int32) for name in frame.columns if name not in numeric.columns]
    return matrix.shape[0], matrix.shape[1] + len(codes)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument('file')
    parser.add_argument('--runs', type=int, default=3)
    args = parser.parse_args()
    size = os.path.getsize(args.file)
    before = rss_bytes()
    best = float('inf')
    best_cpu = float('inf')
    rows = columns = 0
    for _ in range(args.runs):
        cpu0 = time.process_time()
        t0 = time.perf_counter()
        rows, columns = ingest(args.file)
        best = min(best, time.perf_counter() - t0)
        best_cpu = min(best_cpu, time.process_time() - cpu0)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    print(json.dumps({
        'pandas': pd.__version__,
        'seconds': round(best, 3),
        'cpuSeconds': round(best_cpu, 3),
        'mbPerS': round(size / 1e6 / best, 1),
        'rows': rows,
        'columns': columns,
        'rssBeforeMB': round(before / 1e6),
        'peakRssMB': round(peak / 1e6),
        'peakOverFile': round(peak / size, 2),
        'peakAboveBeforeOverFile': round((peak - before) / size, 2),
    }))


if __name__ == '__main__':
    main()
