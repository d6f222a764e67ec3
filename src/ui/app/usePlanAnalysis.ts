/**
 * The analysis of the current plan (problems, split, preprocessing, input shape, head), asked of
 * the parse worker that holds the dataset whenever the dataset, the plan, the seed or the test
 * fraction change. On a large table it takes hundreds of milliseconds: there, not in the window.
 */
import { useEffect, useRef, useState } from 'react';
import type { TypedDataset } from '../../core/data/types';
import type { PlanAnalysis, PlanAnalysisSettings } from '../../core/features/analyse-plan';
import type { FeaturePlan } from '../../core/features/types';
import type { DatasetLoader } from './useWorkers';

export interface PlanAnalysisState {
  /**
   * The latest answer for the loaded dataset: while a newer one is being worked out, the
   * previous one (of the same dataset) stays, so the screens do not flicker. Null before the
   * first answer for this dataset, or without a dataset and a plan.
   */
  readonly analysis: PlanAnalysis | null;
  /** An answer for the current dataset, plan and settings is still to come. */
  readonly pending: boolean;
}

interface Answer {
  readonly dataset: TypedDataset;
  readonly plan: FeaturePlan;
  readonly seed: number;
  readonly testFraction: number;
  readonly analysis: PlanAnalysis;
}

export function usePlanAnalysis(
  loader: Pick<DatasetLoader, 'analyse' | 'keepOnly'>,
  dataset: TypedDataset | null,
  plan: FeaturePlan | null,
  { seed, testFraction }: PlanAnalysisSettings,
): PlanAnalysisState {
  const [answer, setAnswer] = useState<Answer | null>(null);
  const latest = useRef(0);

  // The worker that holds another dataset (or any, once images are loaded) has no job left.
  useEffect(() => loader.keepOnly(dataset), [loader, dataset]);

  useEffect(() => {
    if (!dataset || !plan) return;
    const ask = ++latest.current;
    void loader.analyse(dataset, plan, { seed, testFraction }).then((analysis) => {
      // Null: superseded, or the worker was ended for another dataset. Later asks win.
      if (analysis && latest.current === ask) setAnswer({ dataset, plan, seed, testFraction, analysis });
    });
  }, [loader, dataset, plan, seed, testFraction]);

  if (!dataset || !plan) return { analysis: null, pending: false };
  if (!answer || answer.dataset !== dataset) return { analysis: null, pending: true };
  const current = answer.plan === plan && answer.seed === seed && answer.testFraction === testFraction;
  return { analysis: answer.analysis, pending: !current };
}
