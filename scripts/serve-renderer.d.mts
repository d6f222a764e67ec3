/** Types of serve-renderer.mjs for the TypeScript that starts it (the bench's Chromium half, tests). */
export declare const projectRoot: string;
export declare const rendererDir: string;
export declare const DEFAULT_PORT: 4173;
export declare const CROSS_ORIGIN_ISOLATION: Readonly<Record<'Cross-Origin-Opener-Policy' | 'Cross-Origin-Embedder-Policy' | 'Cross-Origin-Resource-Policy', string>>;
export declare class PortInUseError extends Error {
  constructor(port: number);
  readonly code: 'EADDRINUSE';
  readonly port: number;
}
export declare function portFromEnv(value: string | undefined): number;
export declare function serveRenderer(options?: { port?: number; strictPort?: boolean; root?: string }): Promise<{ url: string; close: () => Promise<void> }>;
