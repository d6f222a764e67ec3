"""Builds Layerbench's generated Keras code under real Keras 3 and reports what Keras made of it.

Reads JSON from stdin: [{"name": "...", "code": "<the code of src/core/model/keras.ts>"}, ...].
Runs each code in one Python process (Keras is imported once), after keras.backend.clear_session()
so that default layer names start again from "dense", as in a fresh session. The code's own
model.summary() runs too (its text is kept apart), so code that builds but cannot be summarised
still fails. Writes one JSON object to stdout:
  {"keras": "3.x", "models": [{"name", "layers": [{"name", "class", "output_shape", "params"}],
   "total", "trainable", "non_trainable"} | {"name", "error"}]}
Output shapes are lists with null for None. Needs KERAS_BACKEND (jax) set by the caller.
"""
import contextlib
import io
import json
import math
import sys
import traceback


def describe(model):
    layers = []
    for layer in model.layers:
        shape = layer.output.shape
        layers.append({
            "name": layer.name,
            "class": layer.__class__.__name__,
            "output_shape": [None if d is None else int(d) for d in shape],
            "params": int(layer.count_params()),
        })
    trainable = sum(math.prod(w.shape) for w in model.trainable_weights)
    non_trainable = sum(math.prod(w.shape) for w in model.non_trainable_weights)
    return {"layers": layers, "total": int(model.count_params()), "trainable": trainable, "non_trainable": non_trainable}


def main():
    import keras

    cases = json.load(sys.stdin)
    results = []
    for case in cases:
        keras.backend.clear_session()
        namespace = {}
        summary = io.StringIO()
        try:
            with contextlib.redirect_stdout(summary):
                exec(compile(case["code"], case["name"], "exec"), namespace)
            model = namespace["model"]
            results.append({"name": case["name"], **describe(model)})
        except Exception:  # noqa: BLE001 - every failure is reported for its case
            results.append({"name": case["name"], "error": traceback.format_exc(limit=3)})
    json.dump({"keras": keras.__version__, "models": results}, sys.stdout)


if __name__ == "__main__":
    main()
