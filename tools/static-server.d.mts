// Types of tools/static-server.mjs, for the TypeScript e2e specs that import it.
import type { Server } from 'node:http';

/** A server of `dir` that sends Content-Type and no other header. */
export function createStaticServer(dir: string): Server;
