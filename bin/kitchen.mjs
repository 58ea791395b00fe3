#!/usr/bin/env node
// Entry point of the `kitchen` command (package.json "bin"). It registers tsx's loader in
// this process and then imports the CLI from its TypeScript source, so `npx kitchen` works
// right after `npm install`, with no build step.
import { register } from 'tsx/esm/api';

register();
await import(new URL('../src/cli/main.ts', import.meta.url).href);
