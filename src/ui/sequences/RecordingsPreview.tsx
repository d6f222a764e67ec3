/**
 * A few recordings (or windows) of each class, drawn small, one line per step column: what
 * the Data step shows of sequences, so that the user sees what "one example" is before the
 * shape is explained. The keys come from core's analysis; each is described by the kind.
 */
import type { PlanAnalysis } from '../../core/pipeline/analyse';
import type { ExampleView } from '../../core/sources/kind';
import { planOf } from '../../core/sources/registry';
import { summaryOf, type LoadedSequences } from '../app/loaded';
import { ChannelLegend, SequenceChart } from '../components/SequenceChart';
import { useT } from '../i18n/I18nProvider';

type SequenceView = Extract<ExampleView, { kind: 'sequence' }>;

interface RecordingsPreviewProps {
  readonly loaded: LoadedSequences;
  readonly analysis: PlanAnalysis | null;
}

export function RecordingsPreview({ loaded, analysis }: RecordingsPreviewProps) {
  const t = useT();
  if (!analysis) return <p className="muted">{t('sources.sequences.ui.working')}</p>;
  const bound = planOf({ kind: 'sequences', summary: summaryOf(loaded), plan: loaded.planState.plan });
  const views = analysis.previewExamples.map((key) => bound.describe(key)).filter((v): v is SequenceView => v?.kind === 'sequence');
  if (views.length === 0) {
    return <p className="muted">{t('sources.sequences.ui.nothingToDraw')}</p>;
  }
  const groups = new Map<string, SequenceView[]>();
  for (const view of views) groups.set(view.label, [...(groups.get(view.label) ?? []), view]);
  const first = views[0] as SequenceView;
  return (
    <>
      <ChannelLegend channels={first.channels} />
      <div className="recording-groups">
        {[...groups].map(([label, group]) => (
          <section key={label} className="recording-group" aria-label={t('sources.sequences.ui.examplesOf', { label })}>
            <h4>{label}</h4>
            <ul className="recording-charts">
              {group.map((view) => (
                <li key={view.key}>
                  <SequenceChart view={view} width={210} height={112} />
                  <span className="cell-image-name" title={t(view.title)}>
                    {t(view.title)}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </>
  );
}
