/** Which screen of the Experiments step is open (kept in the app state, so a step change keeps it). */
export type ExperimentsRoute =
  | { readonly view: 'list' }
  | { readonly view: 'detail'; readonly id: string }
  | { readonly view: 'compare'; readonly ids: readonly string[] };

export const EXPERIMENTS_LIST: ExperimentsRoute = { view: 'list' };
