/**
 * The analysis of the current plan (problems, split, input shape, head), asked of whoever holds
 * the data (useDataLoader) whenever the data, the plan, the seed or the test fraction change.
 * On a large table it takes hundreds of milliseconds: there, not in the window.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { TypedDataset } from '../../core/data/types';
import type { PlanAnalysis } from '../../core/pipeline/analyse';
import type { SplitOptions } from '../../core/sources/kind';
import { kindPlanOf, tableOf, type Loaded } from './loaded';
import type { DataLoader } from './useDataLoader';

export interface PlanAnalysisState {
  /**
   * The latest answer for the loaded data: while a newer one is being worked out, the previous
   * one (of the same data) stays, so the screens do not flicker. Null before the first answer
   * for this data, or without data and a plan.
   */
  readonly analysis: PlanAnalysis | null;
  /** An answer for the current data, plan and settings is still to come. */
  readonly pending: boolean;
}

interface Answer {
  readonly data: object;
  readonly plan: object;
  readonly seed: number;
  readonly testFraction: number;
  readonly analysis: PlanAnalysis;
}

/** What stays the same object while the same data is loaded, whatever the plan. */
function dataIdentity(loaded: Loaded): object {
  return loaded.kind === 'images' ? loaded.images.inspection : loaded.dataset;
}

export function usePlanAnalysis(
  loader: Pick<DataLoader, 'analyse' | 'keepOnly'>,
  loaded: Loaded | null,
  { seed, testFraction }: SplitOptions,
): PlanAnalysisState {
  const [answer, setAnswer] = useState<Answer | null>(null);
  const latest = useRef(0);
  const kindPlan = useMemo(() => kindPlanOf(loaded), [loaded]);
  const table: TypedDataset | null = tableOf(loaded);

  // The worker that holds another table (or any, once images are loaded) has no job left.
  useEffect(() => loader.keepOnly(table), [loader, table]);

  useEffect(() => {
    if (!loaded || !kindPlan) return;
    const ask = ++latest.current;
    const data = dataIdentity(loaded);
    void loader.analyse(kindPlan, { seed, testFraction }).then((analysis) => {
      // Null: superseded, or the worker was ended for other data. Later asks win.
      if (analysis && latest.current === ask) setAnswer({ data, plan: kindPlan.plan, seed, testFraction, analysis });
    });
  }, [loader, loaded, kindPlan, seed, testFraction]);

  if (!loaded || !kindPlan) return { analysis: null, pending: false };
  if (!answer || answer.data !== dataIdentity(loaded)) return { analysis: null, pending: true };
  const current = answer.plan === kindPlan.plan && answer.seed === seed && answer.testFraction === testFraction;
  return { analysis: answer.analysis, pending: !current };
}
