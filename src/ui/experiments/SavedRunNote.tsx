/**
 * Under a finished run on the Train step: "Saved as experiment “name”", a way to open it, and,
 * when an earlier run had the same data, settings, seed and backend, whether the metrics agree.
 */
import { useEffect, useState } from 'react';
import { findReproduction } from '../../core/experiment/compare';
import type { Message } from '../../core/i18n/message';
import { Text } from '../i18n/Text';
import { experimentStore } from './store';
import './experiments.css';

interface SavedRunNoteProps {
  readonly experiment: { readonly id: string; readonly name: string };
  /** True once the run has ended (its record is final). */
  readonly finished: boolean;
  readonly onOpen: (id: string) => void;
}

export function SavedRunNote({ experiment, finished, onOpen }: SavedRunNoteProps) {
  const [name, setName] = useState(experiment.name);
  const [reproduction, setReproduction] = useState<{ message: Message; agrees: boolean } | null>(null);
  /** Deleted from the Experiments list while it trained: its saves stopped. */
  const [deletedId, setDeletedId] = useState<string | null>(null);
  useEffect(() => {
    if (!finished) return;
    let live = true;
    void (async () => {
      try {
        const { store } = await experimentStore();
        const [run, all] = await Promise.all([store.get(experiment.id), store.list()]);
        if (!live) return;
        if (!run) {
          setDeletedId(experiment.id);
          return;
        }
        setName(run.name);
        const found = findReproduction(all, run);
        setReproduction(found ? { message: found.message, agrees: found.agrees } : null);
      } catch {
        // The note is a convenience: the run is on the Experiments step whatever happens here.
      }
    })();
    return () => {
      live = false;
    };
  }, [experiment.id, finished]);

  if (deletedId === experiment.id) {
    return (
      <div className="saved-run">
        <p>
          <Text m="experiment.savedRun.deleted" params={{ name: `“${name}”` }} />
        </p>
      </div>
    );
  }
  return (
    <div className="saved-run">
      <p>
        <Text m={finished ? 'experiment.savedRun.saved' : 'experiment.savedRun.saving'} params={{ name: `“${name}”` }} />{' '}
        <button type="button" className="link-button" onClick={() => onOpen(experiment.id)}>
          <Text m="experiment.savedRun.open" />
        </button>
      </p>
      {reproduction ? (
        <p className={reproduction.agrees ? 'reproduced' : 'not-reproduced'} role="status">
          <Text m={reproduction.message} />
        </p>
      ) : null}
    </div>
  );
}
