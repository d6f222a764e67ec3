/** Types of sandbox-policy.mjs for the tests that read it. */
export declare const KEEP_SANDBOX_VARIABLE: 'LAYERBENCH_KEEP_SANDBOX';
export type SandboxDecision = { open: true; args: string[]; notice: string | null } | { open: false };
export declare function sandboxDecision(input: {
  platform: string;
  isRoot: boolean;
  keepSandbox: string | undefined;
  browser: 'Electron' | 'Chromium';
}): SandboxDecision;
export declare function rootRefusal(url: string): string;
