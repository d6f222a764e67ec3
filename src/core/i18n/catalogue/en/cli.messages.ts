/** English messages of the "cli" namespace (ICU MessageFormat). The Korean file has the same keys. */
export default {
  // Prefixes of the lines the terminal gets.
  'line.error': 'Error: {message}',
  'line.fix': 'Fix: {label}',
  'line.detail': 'Detail: {detail}',
  'line.note': 'Note: {text}',
  'line.problem': 'Problem: {text}',
  'internalError': 'Layerbench stopped because of an internal error. Run again with LAYERBENCH_DEBUG=1 to see the details.',
  'lang.unknown': '--lang must be en (English) or ko (Korean), not {value}.',

  'usage.withUsage': '{sentence}\n\n{usage}',
  'usage.text': `Usage:
{synopsis}

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
  --model  (train) Trains the layers of a model spec file (docs/model-spec.md, the app’s
           “Save model spec…”) instead of the proposed network, on the data’s input shape. Its last
           layer is checked as in the app: for two classes Dense(2, softmax) or Dense(1, sigmoid).
  --out    (train) Writes the trained model into DIR: model.json + weights.bin (TensorFlow.js
           Layers format), preprocessing.json and model.py (Keras), see docs/export-format.md.
  --split-out  (train) Writes which examples were trained on and which held out to FILE as JSON:
           "train" and "test" list a table’s data rows, counted from 0 below the header.
  predict  Reads a model folder written by --out (or exported by the app) and a CSV of new rows,
           checks the columns against the training ones and writes the predictions as CSV
           (the file’s columns, predicted_TARGET, probability_CLASS) to FILE or the terminal.
  inspect  Says what the app sees in a table or an image dataset: columns and the proposed
           target, or classes, image sizes, colour, the input shape and the skipped files.
  summary  Reads a model spec (docs/model-spec.md) and prints Keras’ summary table: the
           output shape and parameter count of every layer, with the arithmetic behind them.
           A layer that cannot take its input is named with what it expects, what it got
           and how to fix it (exit code 1).
  --task   (summary) What the model should predict, as the data would tell the app: a class
           among --classes N (2 or more) or a number (regression). The last layer is then
           checked as in the app, e.g. Dense(N, softmax) for N classes (Dense(1, sigmoid) for 2
           is fine too), Dense(1, linear) for a number.
  --keras  (summary) Also prints the model as Keras 3 Python code, as the app’s Keras code
           view shows it (compiled with the task’s loss when --task is given).
  --encoding  (train, predict, inspect) Reads the CSV in this text encoding instead of the one
           detected: utf-8, utf-16le, windows-1252 (latin1), euc-kr (cp949), shift_jis, gb18030, …
  --json   Prints one JSON object as the last line of standard output. Its keys stay English.
  --lang   (every command) Prints in this language: en (English) or ko (Korean). Without it,
           the language LC_ALL, LC_MESSAGES or LANG names.

Examples:
{examples}`,

  // Argument mistakes.
  'args.atLeast': '{flag} must be at least {min, number}, not {value, number}.',
  'args.atMost': '{flag} must be at most {max, number}, not {value, number}.',
  'args.needsValue': '{flag} needs a value.',
  'args.invalidValue': '{flag} has a value Layerbench cannot use.',
  'args.takesNoValue': '{flag} takes no value: write it alone.',
  'args.unreadable': 'The command line could not be read: {text}.',
  'args.badEncoding': '--encoding: {value} is not a text encoding Layerbench reads. Use one of {names}.',
  'args.wholeNumber': '{flag} needs a whole number, but got {value}.',
  'args.notCommand': '{command} is not a layerbench command.',
  'args.train.noFile': 'Name the CSV or TSV file, or the folder of images, to train on.',
  'args.oneFile': 'Give one file, not {count, number}: {names}.',
  'args.oneSpec': 'Give one spec file, not {count, number}: {names}.',
  'args.onePath': 'Give one path, not {count, number}: {names}.',
  'args.backend': '--backend must be one of {names}, not {value}.',
  'args.rowRange': '{flag} must be from {min, number} to {max, number} rows, not {value, number}.',
  'args.windowOrLength': 'Give --window (windows of a long recording) or --length (steps per recording), not both.',
  'args.strideNeedsWindow': '--stride goes with --window: it is the number of rows from the start of one window to the next.',
  'args.unknownOption': 'Unknown option {option}. Did you mean {like}?',
  'args.unknownOptionListed': 'Unknown option {option}. The options are listed below.',
  'args.predict.names': 'Name the model folder (written by train --out) or the exported model .zip, and the CSV file of new rows (for an image model: an image file or a folder of images).',
  'args.summary.noFile': 'Name the model spec file (JSON) to summarise.',
  'args.classesNeedTask': '--classes goes with --task classification: give both, e.g. --task classification --classes 3.',
  'args.classesRegression': '--classes goes with --task classification; a regression model predicts one number, so leave --classes out.',
  'args.task': '--task must be classification or regression, not {value}.',
  'args.taskNeedsClasses': '--task classification needs the number of classes: add --classes N, e.g. --classes 3.',
  'args.classesRange': '--classes must be from 2 to {max, number}, not {value, number}: a classifier tells at least two classes apart.',
  'args.size.format': '--size needs the height and width in pixels as HxW, for example 28x28, but got {value}.',
  'args.size.range': '--size: each side must be from 8 to 256 pixels, but got {height, number}x{width, number}.',
  'args.inspect.noFile': 'Name the CSV file or the folder of images to inspect.',

  // A path that cannot be opened.
  'file.reason.noSuchFile': 'no such file',
  'file.reason.permission': 'permission denied',
  'file.reason.isFolder': 'it is a folder',
  'file.reason.pathThroughFile': 'part of its path is a file, not a folder',
  'file.reason.loop': 'it is a link that leads to itself (a loop of links)',
  'file.reason.tooManyOpen': 'too many files are open at once',
  'file.reason.nameTooLong': 'its name is too long',
  'file.reason.diskError': 'the disk could not be read',
  'file.couldNotRead': 'could not be read ({reason})',
  'file.open.missing': 'Cannot open {file}: no such {what, select, folder {folder} fileOrFolder {file or folder} other {file}}.',
  'file.open.permission': 'Cannot open {file}: Layerbench is not allowed to read it. Check its permissions.',
  'file.open.isFolder': '{file} is a folder, not a file.',
  'file.open.isFile': '{file} is a file, not a folder.',
  'file.open.pathThroughFile': 'Cannot open {file}: part of the path is a file, not a folder.',
  'file.open.loop': 'Cannot open {file}: it is a link that leads back to itself (a loop of links).',
  'file.open.tooManyOpen': 'Cannot open {file}: too many files are open at once. Close some programs and try again.',
  'file.open.nameTooLong': 'Cannot open {file}: the path is too long.',
  'file.open.diskError': 'Cannot open {file}: the disk could not be read.',
  'file.open.other': 'Cannot open {file}: no such {what, select, folder {folder} fileOrFolder {file or folder} other {file}}, or it cannot be read.',
  'file.isFolderNotCsv': '{file} is a folder, not a CSV or TSV file.',
  'file.isFolderNotSpec': '{file} is a folder, not a model spec file.',
  'file.tooManyFiles': '{folder} holds more than {max, number} files; choose a smaller folder.',
  'file.encodingHint': '{message} Give it with --encoding NAME, for example --encoding windows-1252.',

  // One file written (predict --out).
  'write.cannot': 'Cannot write {file}: {reason}.',
  'write.reason.noFolder': 'its folder does not exist',
  'write.reason.folderUnreadable': 'its folder cannot be read',
  'write.reason.pathThroughFile': 'part of its path is a file, not a folder',
  'write.reason.isFolder': 'it is a folder',
  'write.reason.unreadable': 'it cannot be read',

  // A model folder written (train --out).
  'export.cannot': 'Cannot write the model into {dir}: {reason}.',
  'export.reason.permission': 'you do not have permission to write there',
  'export.reason.diskFull': 'the disk is full',
  'export.reason.pathThroughFile': 'part of that path is a file, not a folder',
  'export.reason.folderWhereFile': 'a folder stands where a file of the model should go',
  'export.reason.pathTooLong': 'the path is too long',
  'export.reason.other': 'the folder cannot be created or written',
  'export.reason.noPermissionIn': 'you do not have permission to write in {folder}',
  'export.reason.link': 'it is a link to another place; name the folder itself',
  'export.reason.isFile': 'a file has that name, and a model is a folder of files. Choose another name',
  'export.reason.userFiles': 'that folder already holds files that are not a Layerbench model ({names}), and Layerbench never replaces those. Choose a new folder name, or empty the folder',
  'export.reason.notModel': 'that folder already holds files that are not a Layerbench model, and Layerbench never replaces those. Choose a new folder name, or empty the folder',
  'export.reason.noFolders': 'none of the folders on that path exists',
  'export.reason.ancestorIsFile': '{folder} is a file, not a folder',
  'export.interrupted.several': '{dir} is missing, and several earlier copies of it are beside it ({names}): rename the one you want back to {name}.',
  'export.interrupted.putBack': 'The last save into {dir} was interrupted; the model it was replacing has been put back.',
  'export.interrupted.readFrom': 'The last save into {dir} was interrupted; the model it was replacing is read from {old}, where it could not be renamed back.',

  // A model folder read (predict).
  'model.unreadable': 'Cannot read {what}: {reason, select, permission {you do not have permission to read it} other {the system refused to read it}}.',
  'model.fileIn': '{name} in {dir}',
  'model.theFolder': 'the model folder {dir}',
  'model.theZip': 'the model zip {dir}',
  'model.writtenBy': 'name a folder written by “layerbench train … --out DIR”, or a model folder or .zip exported from the app',
  'model.linkOutside': '{name} in {dir} is a link to a file outside the model folder; Layerbench reads only files inside it.',
  'model.notAFile': '{name} in {dir} is a folder, not a file: the model folder is damaged.',
  'model.noFolder': 'There is no model folder {dir}: {writtenBy}.',
  'model.isFile': '{dir} is a file, not a model folder: {writtenBy}.',
  'model.noManifest': '{dir} has no {manifest}, so Layerbench cannot check that its files belong to one model (it was saved by an older Layerbench, or the file was removed). Export the model again from the app, or train again with --out.',
  'model.notModelFolder': '{dir} is not a model folder (it has no {manifest} and no model.json): {writtenBy}.',
  'model.unlisted': 'The {manifest} of {dir} does not list {name}, which every model needs: {writtenBy}.',
  'model.damaged': '{name} in {dir} is damaged or not from Layerbench.',
  'model.weightsOutside': 'model.json in {dir} names a weight file outside the model folder ({path}); Layerbench reads only the files inside it.',
  'model.weightsUnlisted': 'model.json in {dir} names a weight file {path} that is not one of the model’s files ({manifest} does not list it).',
  'model.weightsShort': '{count, plural, one {{names} in {dir} is too short} other {The weight files ({names}) in {dir} are too short}}: the model needs {expected, number} bytes of weights and there are {have, number}. Export or train the model again.',

  // Reading data.
  'data.namesAndMore': '{names} and {count, number} more',
  'data.noSuchColumn': '{option} names {column}, but {file} has no such column. Its columns are {columns}.',
  'data.targetChosen': '{column} is the target because you chose it.',
  'data.readAsSequences': 'Read as sequences: {how}, ordered by {order}; step columns {features}. {reason}',
  'data.grouped': 'one recording per {id}, {length, plural, one {# step} other {# steps}} each',
  'data.windows': 'windows of {length, plural, one {# row} other {# rows}} every {stride, plural, one {# row} other {# rows}}',
  'data.windowsWithin': 'windows of {length, plural, one {# row} other {# rows}} every {stride, plural, one {# row} other {# rows}} within each {id}',
  'data.fileOrder': 'the rows of the file',

  // Words the reports share.
  'task': '{task, select, classification {classification} regression {regression} other {{task}}}',
  'count': '{unit, select, images {{count, plural, one {# image} other {# images}}} recordings {{count, plural, one {# recording} other {# recordings}}} windows {{count, plural, one {# window} other {# windows}}} other {{count, plural, one {# row} other {# rows}}}}',
  'unitWord': '{unit, select, images {images} recordings {recordings} windows {windows} other {rows}}',
  'inputShape': 'Input shape: {shape}: {sum}',
  'textEncoding': 'Text encoding: {encoding}.',

  // inspect
  'inspect.sequences': '{name}: {rows, plural, one {# row} other {# rows}}. {readAs}',
  'inspect.sequencesTarget': '{examples}; target {target} ({task}). {reason}',
  'inspect.table': '{name}: a table of {rows, plural, one {# row} other {# rows}} and {columns, plural, one {# column} other {# columns}}.',
  'inspect.column': '  {name}: {kind, select, number {number} category {category} text {text} datetime {date/time} empty {empty} other {{kind}}}{missing, plural, =0 {} one {, # missing} other {, # missing}}',
  'inspect.target': 'Target: {target} ({task}). {reason}',
  'inspect.images.classes': '{name}: {count, plural, one {# image} other {# images}} in {classes, plural, one {# class} other {# classes}} ({task}).',
  'inspect.images.target': '{name}: {count, plural, one {# image} other {# images}}, target {target} ({task}).',
  'inspect.images.sameSize': 'Sizes: all {size}.',
  'inspect.images.sizes': 'Sizes: {distinct, number} sizes; most common {size} ({count, number}); width {widthMin, number}–{widthMax, number} (median {widthMedian, number}), height {heightMin, number}–{heightMax, number} (median {heightMedian, number}).',
  'inspect.images.colour': 'Colour: {reason}',
  'inspect.images.inputShape': 'Input shape: {shape}. {sum}',
  'inspect.images.skipped': 'Skipped {count, plural, one {# unreadable file} other {# unreadable files}}:',
  'inspect.images.ignored': 'Left out {count, plural, one {# other file or row} other {# other files or rows}}:',
  'inspect.images.more': '  … and {count, number} more.',

  // train
  'train.specShape': 'The spec {file} was written for the input ({specShape}); its layers are trained on this data’s input, (None, {dataShape}).',
  'train.noModel': 'No model could be proposed for {name}.',
  'train.start': 'Layerbench: training on {name} ({examples}), target {target}.',
  'train.dropped': '{count, plural, one {# row has no usable value in the target {target} and is left out.} other {# rows have no usable value in the target {target} and are left out.}}',
  'train.taskHead': '{taskReason} Head: {headReason}',
  'train.backend': 'Backend: {label}. {reason}',
  'train.epoch': '  epoch {epoch, number}/{epochs, number}  loss {loss}',
  'train.epochVal': '  epoch {epoch, number}/{epochs, number}  loss {loss}  val_loss {valLoss}',
  'train.written': 'Model written to {dir}: model.json, weights.bin, preprocessing.json, model.py, train.py, requirements.txt, manifest.json.',
  'train.report.summary': 'Task: {task}  ·  input shape {shape}  ·  {train, number} training {unit}, {test, number} held out',
  'train.report.model': 'Model: {layers}  ·  {params, plural, one {# parameter} other {# parameters}}',
  'train.report.trained': 'Trained {epochs, plural, one {# epoch} other {# epochs}} on {backend} in {seconds, number} s.',
  'train.report.trainedEarly': 'Trained {epochs, plural, one {# epoch} other {# epochs}} (early stop; best epoch {best, number}) on {backend} in {seconds, number} s.',
  'train.report.heading': 'Held-out results (baseline in brackets):',
  'train.report.accuracy': '  accuracy  {value}  ({baseline}: always {label})',
  'train.report.macroF1': '  macro F1  {value}',
  'train.report.class': '    {label}: precision {precision}, recall {recall}, F1 {f1} ({examples})',
  'train.report.mae': '  MAE   {value}  ({baseline}), in the units of “{target}”',
  'train.report.rmse': '  RMSE  {value}  ({baseline}), in the units of “{target}”',
  'train.report.r2': '  R²    {value}  ({baseline}: always the training mean)',
  'train.report.linearAccuracy': '  linear model  accuracy {value}, macro F1 {f1}  (no hidden layer, trained in {seconds, number} s)',
  'train.report.linearRegression': '  linear model  MAE {mae}, RMSE {rmse}, R² {r2}  (no hidden layer, trained in {seconds, number} s)',
  'train.report.linearVerdict': '  {sentence}',

  // predict
  'predict.imageModel': 'This model reads images, so {file} cannot be predicted with it: give an image file or a folder of images.',
  'predict.tableModel': 'This model reads a table of values, so {path} cannot be predicted with it: give a CSV file with the columns it was trained on.',
  'predict.image.line': '{file}  →  {predicted}  {confidence, number, ::percent .#}  ({top})',
  'predict.image.top': '{count, plural, one {{first}} =2 {{first}, {second}} other {{first}, {second}, {third}}}',
  'predict.image.probability': '{label} {p, number, ::percent .#}',
  'predict.image.value': '{file}  →  {value, number}',
  'predict.image.none': '{file}: {note}',
  'predict.image.skipped': '{file}: skipped, {reason}',
  'predict.image.noImages': 'No image files in {folder} (PNG, JPEG, BMP, GIF and WebP are read).',
  'predict.image.summary': '{predicted, number} of {total, plural, one {# image} other {# images}} predicted{without, plural, =0 {} one {; # without a prediction (its line says why)} other {; # without a prediction (the lines say why)}}{skipped, plural, =0 {} one {; # file skipped} other {; # files skipped}}.',
  'predict.image.written': 'Predictions written to {file}.',
  'predict.notFit': '{file} does not fit the model.',
  'predict.rowName': 'row {row, number}',
  'predict.rowNote': '{row}: {note}',
  'predict.moreWithout': '{count, plural, one {# more {unit, select, recordings {recording} windows {window} other {row}}} other {# more {unit, select, recordings {recordings} windows {windows} other {rows}}}} without a prediction; the note column says why for each.',
  'predict.written': '{count, plural, one {# prediction} other {# predictions}} written to {file}{unit, select, recordings { (one per recording)} windows { (one per window)} other {}}.',
  'predict.writtenSome': '{count, plural, one {# prediction} other {# predictions}} written to {file}{unit, select, recordings { (one per recording)} windows { (one per window)} other {}}; {without} (the note column says why).',
  'predict.some': '{predicted, number} of {total, plural, one {# {unit, select, recordings {recording} windows {window} other {row}}} other {# {unit, select, recordings {recordings} windows {windows} other {rows}}}} predicted; {without} (the note column says why).',
  'predict.without': '{count, plural, one {# {unit, select, recordings {recording} windows {window} other {row}} got no prediction} other {# {unit, select, recordings {recordings} windows {windows} other {rows}} got no prediction}}',
  // Backends
  'backend.noAdapter': 'WebGPU found no graphics adapter on this machine. Use --backend wasm (fastest without a GPU) or --backend cpu.',
  'backend.unavailable': 'The {backend} backend could not start here. {reason}',
  'backend.preflightCpuToo': '{message} The CPU backend fails the same check, so another backend would not help: the model or the data is the problem.',
  'backend.preflightTryAnother': '{message} Try another --backend.',
} as const satisfies Record<string, string>;
