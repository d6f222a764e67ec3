/** Types of serve-renderer.mjs for the TypeScript that starts it (the bench's Chromium half). */
export declare const projectRoot: string;
export declare const rendererDir: string;
export declare function serveRenderer(options?: { port?: number; strictPort?: boolean; root?: string }): Promise<{ url: string; close: () => Promise<void> }>;
