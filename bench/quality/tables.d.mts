/** Types of tables.mjs, which plain Node (run.mjs) and tsx (sweep.ts) both import. */
export interface QualityTable {
  readonly name: string;
  /** Relative to the repository root. */
  readonly file: string;
  readonly target: string;
  /** One of resources/samples. */
  readonly sample?: boolean;
}
export declare const TABLES: readonly QualityTable[];
export declare const SEEDS: readonly number[];
