import { useEffect, useRef, useState } from 'react';
import { droppedFolder, type DroppedDirectoryEntry } from './folderDrop';

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

/**
 * Drag and drop anywhere on the window: a file (a table) or a folder (images). Returns whether
 * files are being dragged over it, to show the drop zone. Dropping is always prevented from
 * navigating the window to the file.
 */
export function useFileDrop(onFile: (file: File) => void, onFolder: (folder: DroppedDirectoryEntry) => void): boolean {
  const [dragging, setDragging] = useState(false);
  const latest = useRef({ onFile, onFolder });
  useEffect(() => {
    latest.current = { onFile, onFolder };
  }, [onFile, onFolder]);

  useEffect(() => {
    // dragenter/dragleave fire for every child element crossed; count them to know when we left.
    let depth = 0;
    const onEnter = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      depth++;
      setDragging(true);
    };
    const onOver = (e: DragEvent) => {
      e.preventDefault();
      if (e.dataTransfer && carriesFiles(e)) e.dataTransfer.dropEffect = 'copy';
    };
    const onLeave = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onDrop = (e: DragEvent) => {
      e.preventDefault();
      depth = 0;
      setDragging(false);
      // The entry must be taken during the event: the DataTransfer is emptied once it returns.
      const folder = droppedFolder(e.dataTransfer);
      if (folder) return latest.current.onFolder(folder);
      const file = e.dataTransfer?.files[0];
      if (file) latest.current.onFile(file);
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, []);
  return dragging;
}
