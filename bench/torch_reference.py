"""PyTorch CPU reference for `npm run bench`: the two reference models of bench/reference-models.ts,
layer for layer, same batch (64), optimizer (Adam, 0.001) and protocol (one warm-up epoch, then
timed epochs), with torch's default thread count (the machine's cores) and with 1 thread.
bench/run.ts runs it in a virtual environment under .tmp (bench/python-venv.ts):
  .tmp/bench-torch/bin/python bench/torch_reference.py
Prints one JSON line per model and thread count:
{"model", "samplesPerSecond", "samplesPerCpuSecond", "threads", "defaultThreads", "torch"}."""
import json
import time

import torch
from torch import nn

BATCH = 64


def mlp():
    return nn.Sequential(nn.Linear(16, 64), nn.ReLU(), nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 3))


def cnn():
    # Keras' Conv2D(16, 3) is 'valid' padding: 28 -> 26 -> pool 13 -> 11 -> pool 5; 5*5*32 = 800.
    return nn.Sequential(
        nn.Conv2d(1, 16, 3), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3), nn.ReLU(), nn.MaxPool2d(2),
        nn.Flatten(), nn.Linear(800, 10),
    )


def data(rows, shape, classes, gen):
    x = torch.rand((rows, *shape), generator=gen)
    flat = x.reshape(rows, -1)
    y = (((flat[:, 0] + flat[:, 1]) * classes / 2).floor().long()) % classes
    return x, y


def epoch(model, optimizer, loss_fn, x, y):
    order = torch.randperm(x.shape[0])
    for start in range(0, x.shape[0], BATCH):
        idx = order[start:start + BATCH]
        optimizer.zero_grad()
        loss = loss_fn(model(x[idx]), y[idx])  # softmax + categorical cross-entropy, as in the tfjs models
        loss.backward()
        optimizer.step()


def bench(name, build, rows, shape, classes, timed_epochs, threads):
    torch.set_num_threads(threads)
    gen = torch.Generator().manual_seed(7)
    torch.manual_seed(42)
    x, y = data(rows, shape, classes, gen)
    model = build()
    optimizer = torch.optim.Adam(model.parameters(), lr=0.001)
    loss_fn = nn.CrossEntropyLoss()
    epoch(model, optimizer, loss_fn, x, y)  # warm-up
    t0 = time.perf_counter()
    c0 = time.process_time()
    for _ in range(timed_epochs):
        epoch(model, optimizer, loss_fn, x, y)
    seconds = time.perf_counter() - t0
    cpu_seconds = time.process_time() - c0
    print(json.dumps({"model": name, "samplesPerSecond": round(rows * timed_epochs / seconds),
                      "samplesPerCpuSecond": round(rows * timed_epochs / cpu_seconds),
                      "threads": torch.get_num_threads(), "defaultThreads": DEFAULT_THREADS,
                      "torch": torch.__version__}), flush=True)


DEFAULT_THREADS = torch.get_num_threads()
for threads in sorted({DEFAULT_THREADS, 1}, reverse=True):
    bench("mlp", mlp, 4096, (16,), 3, 3, threads)
    bench("cnn", cnn, 512, (1, 28, 28), 10, 3, threads)
