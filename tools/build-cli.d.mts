// Types of tools/build-cli.mjs for the TypeScript that imports it (vite.config.ts).
/** The precompiled standard library written beside the CLI bundle. */
export const STDLIB_CODE: string;
/** The path of the CLI bundle, built first when it is missing or stale. */
export function ensureCliBundle(): Promise<string>;
