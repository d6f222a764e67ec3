/**
 * New images through an image model: dropped on the zone or chosen with the button, predicted in
 * the predict worker (decoded and resized as in training), each shown as a thumbnail with its
 * class, how sure the model is and the class probabilities; all of them as a CSV download.
 */
import { useEffect, useRef, useState, type DragEvent } from 'react';
import { toAppErrorInfo, type AppErrorInfo } from '../../core/errors';
import { msg, type Message } from '../../core/i18n/message';
import { confidenceOf, imagePredictionsCsv } from '../../core/experiment/predict-images';
import type { Preprocessing } from '../../core/features/types';
import type { Host } from '../../host/contract';
import { MAX_PREDICT_IMAGES } from '../../workers/predict-messages';
import { ErrorMessage } from '../components/ErrorMessage';
import { formatNumber } from '../format';
import { useT } from '../i18n/I18nProvider';
import { Text } from '../i18n/Text';
import { imageResults, mergedTable, resultTable, type ImageResult } from './imageResults';
import { ProbabilityBars } from './PredictionResult';
import { rankedClasses } from './ranked';
import type { Predictor } from './usePredictor';
import './predict.css';

/** What the file input offers; the worker reads a file by its bytes, whatever its name says. */
const ACCEPT = 'image/png,image/jpeg,image/gif,image/webp,image/bmp,.png,.jpg,.jpeg,.gif,.webp,.bmp';
/** Bars per image: the most likely classes (the predicted one always among them). */
const SHOWN_CLASSES = 5;

interface PredictImagesProps {
  readonly pre: Preprocessing & { readonly image: NonNullable<Preprocessing['image']> };
  readonly host: Host;
  /** Base of the download's name ("shapes-cnn-2026-11-23-1041"). */
  readonly baseName: string;
  readonly predict: Predictor['images'];
}

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer.types.includes('Files');
}

export function PredictImages({ pre, host, baseName, predict }: PredictImagesProps) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const [results, setResults] = useState<readonly ImageResult[]>([]);
  const [phase, setPhase] = useState<Message | null>(null);
  const [notice, setNotice] = useState<Message | null>(null);
  const [error, setError] = useState<AppErrorInfo | null>(null);
  const [saved, setSaved] = useState<Message | null>(null);
  const [over, setOver] = useState(false);
  const nextId = useRef(1);
  // The thumbnails' object URLs, given back when they are cleared or the panel closes.
  const urls = useRef(new Set<string>());
  useEffect(() => {
    const held = urls.current;
    return () => held.forEach((url) => URL.revokeObjectURL(url));
  }, []);

  const add = async (files: readonly File[]) => {
    if (files.length === 0) return;
    const chosen = files.slice(0, MAX_PREDICT_IMAGES);
    setError(null);
    setSaved(null);
    setNotice(files.length > chosen.length ? msg('use.images.firstOnly', { max: MAX_PREDICT_IMAGES, count: files.length }) : null);
    setPhase(msg('use.images.predicting', { count: chosen.length }));
    try {
      const images = await Promise.all(chosen.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
      const prediction = await predict(images);
      const thumbnails = chosen.map((file) => URL.createObjectURL(file));
      thumbnails.forEach((url) => urls.current.add(url));
      const batch = imageResults(prediction.table, thumbnails, nextId.current);
      nextId.current += batch.length;
      // The newest batch on top, its images in the order they were given.
      setResults((previous) => [...batch, ...previous]);
    } catch (err) {
      setError(toAppErrorInfo(err, msg('use.images.failed')));
    } finally {
      setPhase(null);
    }
  };

  const clear = () => {
    urls.current.forEach((url) => URL.revokeObjectURL(url));
    urls.current.clear();
    setResults([]);
    setSaved(null);
    setNotice(null);
  };

  const download = async () => {
    const name = `${baseName}-image-predictions.csv`;
    try {
      // In the order the images were tried.
      const table = mergedTable([...results].reverse(), pre.task, pre.classes ?? []);
      const csv = imagePredictionsCsv(table, pre, (note) => t(note));
      if (await host.saveBinaryFile(name, new TextEncoder().encode(csv), 'text/csv')) setSaved(msg('predict.file.saved', { file: name }));
    } catch (err) {
      setError(toAppErrorInfo(err, msg('predict.file.saveFailed')));
    }
  };

  // Files dropped here are images to predict, not data to open: the window's own drop never sees them.
  const zoneEvents = {
    onDragEnter: (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      e.stopPropagation();
      setOver(true);
    },
    onDragOver: (e: DragEvent) => {
      e.preventDefault();
      e.stopPropagation();
      if (carriesFiles(e)) e.dataTransfer.dropEffect = 'copy';
    },
    onDragLeave: (e: DragEvent) => {
      e.stopPropagation();
      if (!(e.relatedTarget instanceof Node && e.currentTarget.contains(e.relatedTarget))) setOver(false);
    },
    onDrop: (e: DragEvent) => {
      e.preventDefault();
      e.stopPropagation();
      setOver(false);
      void add(Array.from(e.dataTransfer.files));
    },
  };

  return (
    <div className="predict-images">
      <div className={over ? 'image-drop over' : 'image-drop'} role="group" aria-label={t('use.images.zone')} {...zoneEvents}>
        <p className="image-drop-title">
          <Text m="use.images.drop" />
        </p>
        <p className="muted">
          <Text m="use.images.or" />
        </p>
        <button type="button" className="button primary" disabled={phase !== null} onClick={() => input.current?.click()}>
          <Text m="use.images.choose" />
        </button>
        <input
          ref={input}
          type="file"
          multiple
          accept={ACCEPT}
          className="visually-hidden"
          tabIndex={-1}
          aria-label={t('use.images.input')}
          onChange={(e) => {
            const files = Array.from(e.target.files ?? []);
            // The same file chosen again is a new try.
            e.target.value = '';
            void add(files);
          }}
        />
        <p className="muted image-drop-hint">
          <Text m="use.images.hint" params={{ max: MAX_PREDICT_IMAGES, height: pre.image.height, width: pre.image.width }} />
        </p>
      </div>
      {phase ? (
        <p role="status">
          <Text m={phase} />
        </p>
      ) : null}
      {notice ? (
        <p className="warning-line" role="status">
          <Text m={notice} />
        </p>
      ) : null}
      {error ? <ErrorMessage error={error} onDismiss={() => setError(null)} /> : null}
      {results.length > 0 ? (
        <section className="image-results" aria-labelledby="image-results-title">
          <div className="image-results-head">
            <h3 id="image-results-title">
              <Text m="use.images.results" />
            </h3>
            <span className="muted">
              <Text m="use.images.summary" params={{ count: results.length }} />
            </span>
            <div className="toolbar">
              <button type="button" className="button" onClick={() => void download()}>
                <Text m="predict.file.download" />
              </button>
              <button type="button" className="button" onClick={clear}>
                <Text m="use.images.clear" />
              </button>
            </div>
          </div>
          {saved ? (
            <p role="status">
              <Text m={saved} />
            </p>
          ) : null}
          <ul className="image-predictions" aria-labelledby="image-results-title">
            {results.map((result) => (
              <ImagePrediction key={result.id} result={result} pre={pre} />
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

function ImagePrediction({ result, pre }: { readonly result: ImageResult; readonly pre: Preprocessing }) {
  const t = useT();
  const table = resultTable(result, pre.task, pre.classes ?? []);
  const confidence = confidenceOf(table, 0);
  return (
    <li className={result.note === null ? 'image-prediction' : 'image-prediction unpredicted'}>
      <div className="image-thumb">{result.note === null ? <img src={result.url} alt={result.name} onLoad={(e) => e.currentTarget.classList.toggle('pixelated', e.currentTarget.naturalWidth < 88)} /> : null}</div>
      <div className="image-outcome">
        <p className="image-name" title={result.name}>
          {result.name}
        </p>
        {result.note !== null ? (
          <p className="prediction-note">
            <Text m={result.note} />
          </p>
        ) : pre.task === 'regression' ? (
          <p className="image-class">
            <Text m="use.images.value" /> <strong>{formatNumber(result.value ?? Number.NaN, 4)}</strong>
          </p>
        ) : (
          <>
            <p className="image-class">
              <strong>
                <Text m="use.images.predicted" params={{ label: result.predicted }} />
              </strong>{' '}
              {Number.isFinite(confidence) ? <span className="muted">{t('use.images.confidence', { confidence })}</span> : null}
            </p>
            <ProbabilityBars classes={rankedClasses(table, 0, SHOWN_CLASSES)} />
          </>
        )}
      </div>
    </li>
  );
}
