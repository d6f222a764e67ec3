/**
 * The Experiments step: every saved run (list), one run again (detail), or several side by
 * side (compare). Reachable at any time, with or without data loaded.
 */
import { useCallback, useState } from 'react';
import { decodeUnicodeText } from '../../core/data/decode';
import { AppError, quoteInput, toAppErrorInfo, type AppErrorInfo } from '../../core/errors';
import { msg, type Message } from '../../core/i18n/message';
import { looksLikeZip } from '../../core/experiment/model-zip';
import type { ExperimentRecord } from '../../core/experiment/types';
import { MAX_EXPERIMENT_FILE_BYTES, type Host } from '../../host/contract';
import { ErrorMessage } from '../components/ErrorMessage';
import { useT } from '../i18n/I18nProvider';
import { Text } from '../i18n/Text';
import { CompareView } from './CompareView';
import { DamagedList } from './DamagedList';
import { ExperimentDetail } from './ExperimentDetail';
import { ExperimentList } from './ExperimentList';
import { RenameField } from './RenameField';
import { EXPERIMENTS_LIST, type ExperimentsRoute } from './route';
import { UndoToast } from './UndoToast';
import { useExperiments, type Removed } from './useExperiments';
import { PORTABLE_SUFFIX } from '../export/ExportActions';
import './experiments.css';

interface ExperimentsViewProps {
  readonly route: ExperimentsRoute;
  readonly onRoute: (route: ExperimentsRoute) => void;
  readonly host: Host;
  /** Changes while a run saves epochs or ends, so the list shows it as it is. */
  readonly reloadKey: string;
  readonly onNewRun: (record: ExperimentRecord) => Promise<string | null>;
  /** Opens the Use step on this run. */
  readonly onUse: (record: ExperimentRecord) => void;
}

/** An experiment file's text; a file that is not text is not an experiment file. */
function textOf(name: string, bytes: Uint8Array): string {
  try {
    return decodeUnicodeText(bytes);
  } catch (err) {
    throw new AppError({ code: 'text-file/not-text', message: msg('host.file.notText', { file: quoteInput(name) }), detail: String(err) });
  }
}

export function ExperimentsView({ route, onRoute, host, reloadKey, onNewRun, onUse }: ExperimentsViewProps) {
  const t = useT();
  const experiments = useExperiments(reloadKey);
  const [removed, setRemoved] = useState<Removed | null>(null);
  const [renamingTitle, setRenamingTitle] = useState(false);
  const [imported, setImported] = useState<Message | null>(null);
  // Here rather than in the list, so that the runs ticked stay ticked after a comparison or a run's page.
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const [importError, setImportError] = useState<AppErrorInfo | null>(null);
  const { records, damaged } = experiments;
  const closeToast = useCallback(() => setRemoved(null), []);

  const remove = async (record: ExperimentRecord) => {
    const gone = await experiments.remove(record.id);
    if (gone) setRemoved(gone);
    if (route.view === 'detail' && route.id === record.id) onRoute(EXPERIMENTS_LIST);
  };
  const importFile = async () => {
    setImported(null);
    setImportError(null);
    try {
      // An experiment file carries its weights: it may be far larger than a model spec. An exported
      // model .zip is told apart by its first bytes, whatever its name.
      const file = await host.openBinaryFile(['.json', '.zip'], MAX_EXPERIMENT_FILE_BYTES);
      if (!file) return;
      const record = looksLikeZip(file.bytes) ? await experiments.importModelZip(file.bytes, file.name) : await experiments.importText(textOf(file.name, file.bytes), file.name);
      if (record) setImported(msg('experiment.view.imported', { name: quoteInput(record.name) }));
    } catch (err) {
      setImportError(toAppErrorInfo(err, msg('experiment.view.importFailed')));
    }
  };

  const detail = route.view === 'detail' ? (records?.find((r) => r.id === route.id) ?? null) : null;
  const compared = route.view === 'compare' ? (records ?? []).filter((r) => route.ids.includes(r.id)) : [];
  // Compare keeps the order the runs were ticked in the list (newest first there).
  // The view's one heading (h1#step-title): the run's name, the comparison, or the list.
  const title = detail ? detail.name : route.view === 'compare' ? t('experiment.view.comparing', { count: compared.length }) : t('experiment.view.title');

  let body;
  if (records === null) {
    body = (
      <p className="muted">
        <Text m="experiment.view.reading" />
      </p>
    );
  } else if (route.view === 'detail') {
    body = detail ? (
      <ExperimentDetail key={detail.id} record={detail} host={host} onNotes={(notes) => void experiments.setNotes(detail.id, notes)} onNewRun={onNewRun} onUse={onUse} />
    ) : (
      <p className="empty-hint">
        <Text m="experiment.view.runGone" />
      </p>
    );
  } else if (route.view === 'compare') {
    body =
      compared.length >= 2 ? (
        <CompareView records={compared} onOpen={(id) => onRoute({ view: 'detail', id })} />
      ) : (
        <p className="empty-hint">
          <Text m="experiment.view.tooFewToCompare" />
        </p>
      );
  } else {
    body = (
      <>
        {records.length === 0 ? (
          <section className="card">
            <p className="empty-hint">
              <Text m={damaged.length === 0 ? 'experiment.view.empty' : 'experiment.view.emptyButDamaged'} />
            </p>
          </section>
        ) : (
          <section className="card" aria-label={t('experiment.view.savedRuns')}>
            <ExperimentList
              records={records}
              selected={ticked}
              onSelected={setTicked}
              onOpen={(id) => onRoute({ view: 'detail', id })}
              onCompare={(ids) => onRoute({ view: 'compare', ids })}
              onRename={(id, name) => void experiments.rename(id, name)}
              onDelete={(record) => void remove(record)}
            />
          </section>
        )}
        {damaged.length > 0 ? <DamagedList damaged={damaged} onDelete={(id) => void experiments.removeDamaged(id)} /> : null}
      </>
    );
  }

  return (
    <>
      <header className="step-header">
        {route.view !== 'list' ? (
          <button type="button" className="link-button back-link" onClick={() => onRoute(EXPERIMENTS_LIST)}>
            <Text m="experiment.view.back" />
          </button>
        ) : null}
        <div className="experiments-title-row">
          {detail && renamingTitle ? (
            <RenameField
              name={detail.name}
              onDone={(name) => {
                setRenamingTitle(false);
                if (name !== null && name !== detail.name) void experiments.rename(detail.id, name);
              }}
            />
          ) : (
            <h1 id="step-title">{title}</h1>
          )}
          {detail && !renamingTitle ? (
            <button type="button" className="button small" onClick={() => setRenamingTitle(true)}>
              <Text m="experiment.view.rename" />
            </button>
          ) : null}
          {route.view === 'list' ? (
            <button type="button" className="button" onClick={() => void importFile()}>
              <Text m="experiment.view.import" />
            </button>
          ) : null}
        </div>
        {route.view === 'list' ? (
          <p className="lede">
            <Text m="experiment.view.lede" params={{ suffix: PORTABLE_SUFFIX }} />
          </p>
        ) : null}
      </header>
      {experiments.storeProblem ? <ErrorMessage error={experiments.storeProblem} /> : null}
      {experiments.error ? <ErrorMessage error={experiments.error} onDismiss={experiments.dismissError} /> : null}
      {imported && route.view === 'list' ? (
        <p role="status">
          <Text m={imported} />
        </p>
      ) : null}
      {importError ? <ErrorMessage error={importError} onDismiss={() => setImportError(null)} /> : null}
      {body}
      {removed ? (
        <UndoToast
          text={t('experiment.undo.deleted', { name: quoteInput(removed.record.name) })}
          onClose={closeToast}
          onUndo={() => {
            void experiments.restore(removed);
            setRemoved(null);
          }}
        />
      ) : null}
    </>
  );
}
