/** Types of after-pack.mjs for the test that reads its fuses. */
import type { FuseV1Config } from '@electron/fuses';
import type { AfterPackContext } from 'electron-builder';
export declare const FUSES: FuseV1Config;
export declare function packagedBinaryPath(target: { appOutDir: string; electronPlatformName: string; productFilename: string; executableName: string }): string;
export default function afterPack(context: AfterPackContext): Promise<void>;
