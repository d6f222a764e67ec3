/** English messages of the "host" namespace (ICU MessageFormat). The Korean file has the same keys. */
export default {
  // Sizes of files
  'size.bytes': '{n, plural, one {# byte} other {# bytes}}',
  'size.kb': '{n, number} kB',
  'size.mb': '{n, number} MB',
  'size.gb': '{n, number} GB',

  // The application menu (Electron)
  'menu.file': '&File',
  'menu.openDataset': 'Open dataset…',
  'menu.openImageFolder': 'Open image folder…',
  'menu.reload': 'Reload',
  'menu.close': 'Close window',
  'menu.quit': 'Quit Layerbench',
  'menu.edit': '&Edit',
  'menu.undo': 'Undo',
  'menu.redo': 'Redo',
  'menu.cut': 'Cut',
  'menu.copy': 'Copy',
  'menu.paste': 'Paste',
  'menu.selectAll': 'Select all',
  'menu.view': '&View',
  'menu.devTools': 'Toggle developer tools',
  'menu.resetZoom': 'Actual size',
  'menu.zoomIn': 'Zoom in',
  'menu.zoomOut': 'Zoom out',
  'menu.fullScreen': 'Toggle full screen',
  'menu.help': '&Help',
  'menu.about': 'About Layerbench',

  // Dialogs (Electron)
  'dialog.openDataset': 'Open dataset',
  'dialog.openImageFolder': 'Open image folder',
  'dialog.openSpec': 'Open model spec',
  'dialog.saveSpec': 'Save model spec',
  'dialog.saveFolder': 'Choose where to save the model',
  'dialog.saveFile': 'Save file',
  'dialog.open': 'Open',
  'dialog.save': 'Save',
  'dialog.saveHere': 'Save here',
  'filter.table': 'CSV or TSV table',
  'filter.all': 'All files',
  'filter.modelSpec': 'Model spec (JSON)',
  'filter.png': 'PNG image',
  'filter.json': 'JSON file',
  'filter.csv': 'CSV table',
  'filter.other': '{extensions} file',

  // What a request to the host could not do
  'ipc.openFile': 'Layerbench could not open the file you chose.',
  'ipc.listSamples': 'Layerbench could not list its sample datasets.',
  'ipc.openSample': 'Layerbench could not open that sample dataset.',
  'ipc.saveFile': 'Layerbench could not save the file.',
  'ipc.saveFiles': 'Layerbench could not save the files.',
  'ipc.openFolder': 'Layerbench could not open the folder you chose.',
  'ipc.readImages': 'Layerbench could not read the images of the folder.',

  // Files the user chose
  'file.cannotOpen': 'Layerbench could not open {file} because {why, select, gone {it no longer exists} permission {you do not have permission to read it} other {the system refused to open it}}.',
  'file.cannotRead': 'Layerbench could not read {file}.',
  'file.datasetIsFolder': '{file} is a folder, not a data file. Choose a CSV or TSV file.',
  'file.isFolder': '{file} is a folder, not a file.',
  'file.datasetTooLarge': '{file} is {size}; Layerbench opens files up to {limit}. Use a sample of its rows.',
  'file.tooLarge': '{file} is {size}, more than a file of this kind can be ({limit}). Is it the right file?',
  'file.notText': '{file} is not a text file. Choose the .json file Layerbench saved.',
  'file.specTooLarge': 'The file to save is {size}, more than the {limit} a model spec may take.',
  'save.tooLarge': '{what, select, export {The export} other {{name}}} is {size}, more than the {limit} Layerbench saves at once.',
  'save.cannotWrite': 'Layerbench could not save {name} because {why, select, permission {you do not have permission to write there} full {the disk is full} folder {a folder has that name} gone {the folder no longer exists} notFolder {a file stands where a folder should be} long {the name is too long} other {the system refused to write it}}.',

  // Image folders
  'folder.cannotRead': 'Layerbench could not read the folder {folder}.',
  'folder.tooMany': '{folder} holds more than {limit, number} files; Layerbench opens folders up to that size. Use a smaller selection of images.',
  'folder.tooManyChosen': 'The folder holds {count, number} files; Layerbench opens folders up to {limit, number}. Use a smaller selection of images.',
  'folder.empty': 'The folder {folder} holds no files. Choose a folder with one sub-folder of images per class.',
  'folder.closed': 'The image folder is no longer open. Open it again.',
  'folder.notListed': '{path} is not a file of the open image folder.',

  // Built-in samples
  'samples.missing': 'The built-in sample datasets are missing from this installation.',
  'samples.listDamaged': 'The list of built-in sample datasets is damaged, so no sample can be opened.',
  'samples.unknown': 'There is no built-in sample called {id}.',
  'samples.unknownImages': 'There is no built-in image sample called {id}.',
  'samples.notTable': 'The sample {name} is a folder of images, not a table.',
  'samples.damaged': 'The built-in sample {name} is damaged, so it cannot be opened.',
  'samples.cannotLoadList': 'Layerbench could not load the list of sample datasets.',
  'samples.cannotLoad': 'Layerbench could not load the sample {name}.',

} as const satisfies Record<string, string>;
