/** The text `layerbench help` prints, and every usage error after its sentence. */
export const USAGE = `Usage:
  layerbench train FILE.csv [--target COLUMN] [--epochs N] [--seed N] [--batch-size N]
                            [--backend cpu|wasm|webgpu] [--encoding NAME] [--model SPEC.json]
                            [--out DIR] [--json]
  layerbench train FOLDER|IMAGES.csv [--size HxW] [--augment] [--epochs N] [--seed N]
                            [--target COLUMN] [--path-column COLUMN] [--backend …] [--out DIR] [--json]
  layerbench train RECORDINGS.csv [--target COLUMN] [--sequence-id COLUMN] [--order COLUMN]
                            [--length N | --window N [--stride N]] [--epochs N] [--seed N] [--out DIR] [--json]
  layerbench predict DIR NEW.csv [--encoding NAME] [--out FILE] [--json]
  layerbench inspect PATH [--target COLUMN] [--path-column COLUMN] [--sequence-id COLUMN]
                          [--order COLUMN] [--length N | --window N [--stride N]] [--encoding NAME] [--json]
  layerbench summary SPEC.json [--task classification --classes N | --task regression]
                             [--keras] [--json]

  train    Loads a CSV/TSV file, proposes the task and the network exactly as the app does,
           trains it and evaluates it on the held-out rows. Given a folder with one
           sub-folder of images per class (PNG, JPEG, BMP, GIF, WebP), or a CSV of image
           paths, it trains the small CNN on (None, H, W, C) instead; --size HxW sets H and W.
           A CSV whose rows are time steps (a recording id repeating in runs, or a time
           column) is read as sequences, (None, steps, features), and the layout it chose is
           printed; a plain table stays a table. --sequence-id groups the rows into one
           recording per id (--length N pads or cuts them to N steps); --window N cuts each
           recording (or the whole file) into windows of N rows every --stride rows, each
           labelled by its last row; --order names the date/time or number column that
           orders the steps.
  --model  (train) Trains the layers of a model spec file (docs/model-spec.md, the app's
           "Save model spec…") instead of the proposed network, on the data's input shape. Its last
           layer is checked as in the app: for two classes Dense(2, softmax) or Dense(1, sigmoid).
  --out    (train) Writes the trained model into DIR: model.json + weights.bin (TensorFlow.js
           Layers format), preprocessing.json and model.py (Keras), see docs/export-format.md.
  predict  Reads a model folder written by --out (or exported by the app) and a CSV of new rows,
           checks the columns against the training ones and writes the predictions as CSV
           (the file's columns, predicted_<target>, probability_<class>) to FILE or the terminal.
  inspect  Says what the app sees in a table or an image dataset: columns and the proposed
           target, or classes, image sizes, colour, the input shape and the skipped files.
  summary  Reads a model spec (docs/model-spec.md) and prints Keras' summary table: the
           output shape and parameter count of every layer, with the arithmetic behind them.
           A layer that cannot take its input is named with what it expects, what it got
           and how to fix it (exit code 1).
  --task   (summary) What the model should predict, as the data would tell the app: a class
           among --classes N (2 or more) or a number (regression). The last layer is then
           checked as in the app, e.g. Dense(N, softmax) for N classes (Dense(1, sigmoid) for 2
           is fine too), Dense(1, linear) for a number.
  --keras  (summary) Also prints the model as Keras 3 Python code, as the app's Keras code
           view shows it (compiled with the task's loss when --task is given).
  --encoding  (train, predict, inspect) Reads the CSV in this text encoding instead of the one
           detected: utf-8, utf-16le, windows-1252 (latin1), euc-kr (cp949), shift_jis, gb18030, …
  --json   Prints one JSON object as the last line of standard output.

Examples:
  layerbench train resources/samples/penguins.csv --target species --json
  layerbench train resources/samples/auto-mpg.csv --target mpg --epochs 100
  layerbench summary docs/examples/sequence-conv1d.json
  layerbench summary my-model.json --task classification --classes 3 --keras
  layerbench inspect resources/samples/shapes --json
  layerbench train resources/samples/shapes --size 16x16 --epochs 10
  layerbench inspect resources/samples/activity.csv --json
  layerbench train resources/samples/activity.csv --sequence-id recording_id --order timestamp --length 64`;
