// electron-vite replaces import.meta.env.DEV at build time (Vite's env constants), so the
// bundle that `electron-vite build` makes holds `false` as a literal.
interface ImportMetaEnv {
  DEV: boolean;
}
interface ImportMeta {
  readonly env: ImportMetaEnv;
}
