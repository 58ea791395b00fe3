// The postMessage API of an embedded kitchen (docs/embedding.md), protocol version 1.
// A host page that frames the kitchen sends { kitchen: 1, type, id?, ... } and receives
// replies carrying the same id. Only origins the embed URL names (&origin=...) and the
// kitchen's own origin are trusted; messages from any other origin are dropped without a
// reply, so an untrusted page learns nothing, not even that the API exists. Replies go to
// the sender's exact origin (postMessage's targetOrigin), never to '*'.
//
// This file is the protocol alone (no DOM), so it is tested in Node; message-api.ts
// connects it to the window and to window.kitchen.

export const PROTOCOL_VERSION = 1;

export type HostMessage =
  | { kitchen: number; id?: string | number; type: 'ping' }
  | { kitchen: number; id?: string | number; type: 'set-code'; code: string }
  | { kitchen: number; id?: string | number; type: 'get-code' }
  | { kitchen: number; id?: string | number; type: 'run'; options?: { stdin?: string; seed?: number; cores?: number } }
  | { kitchen: number; id?: string | number; type: 'stop' }
  | { kitchen: number; id?: string | number; type: 'set-view'; view: 'timeline' | 'kitchen' };

export interface RunSummary {
  stdout: string;
  stderr: string;
  exitCode: number;
  stopped: boolean;
  platform: 'shared' | 'virtual';
  /** Number of trace events the run recorded. */
  events: number;
}

export type KitchenMessage = { kitchen: typeof PROTOCOL_VERSION; id?: string | number } & (
  | { type: 'ready'; version: number; platform: 'shared' | 'virtual' }
  | { type: 'pong'; version: number }
  | { type: 'ok' }
  | { type: 'code'; code: string }
  | { type: 'result'; result: RunSummary }
  | { type: 'error'; message: string }
);

/** What the protocol needs of the page. */
export interface MessageTarget {
  setCode(code: string): void;
  getCode(): string;
  run(options: { stdin?: string; seed?: number; cores?: number }): Promise<RunSummary>;
  stop(): void;
  show(view: 'timeline' | 'kitchen'): void;
  platform(): 'shared' | 'virtual';
}

export type Reply = (msg: KitchenMessage) => void;

/** Returns a handler for one incoming message: trusted origins only, replies through `reply`. */
export function createMessageHandler(trusted: readonly string[], target: MessageTarget) {
  const trust = new Set(trusted);
  return async (origin: string, data: unknown, reply: Reply): Promise<'ignored' | 'handled'> => {
    if (!trust.has(origin)) return 'ignored';
    if (typeof data !== 'object' || data === null || !('kitchen' in data)) return 'ignored'; // not for us (other widgets)
    const m = data as HostMessage;
    const id = m.id;
    const base: { kitchen: typeof PROTOCOL_VERSION; id?: string | number } = id === undefined ? { kitchen: PROTOCOL_VERSION } : { kitchen: PROTOCOL_VERSION, id };
    if (m.kitchen !== PROTOCOL_VERSION) {
      reply({ ...base, type: 'error', message: `protocol version ${String(m.kitchen)} is not supported; this kitchen speaks version ${PROTOCOL_VERSION}` });
      return 'handled';
    }
    try {
      switch (m.type) {
        case 'ping':
          reply({ ...base, type: 'pong', version: PROTOCOL_VERSION });
          break;
        case 'set-code':
          if (typeof m.code !== 'string') throw new Error("set-code needs 'code', a string");
          target.setCode(m.code);
          reply({ ...base, type: 'ok' });
          break;
        case 'get-code':
          reply({ ...base, type: 'code', code: target.getCode() });
          break;
        case 'run':
          reply({ ...base, type: 'result', result: await target.run(m.options ?? {}) });
          break;
        case 'stop':
          target.stop();
          reply({ ...base, type: 'ok' });
          break;
        case 'set-view':
          if (m.view !== 'timeline' && m.view !== 'kitchen') throw new Error("set-view needs 'view': 'timeline' or 'kitchen'");
          target.show(m.view);
          reply({ ...base, type: 'ok' });
          break;
        default:
          throw new Error(`unknown message type '${String((m as { type?: unknown }).type)}' (ping, set-code, get-code, run, stop, set-view)`);
      }
    } catch (e) {
      reply({ ...base, type: 'error', message: e instanceof Error ? e.message : String(e) });
    }
    return 'handled';
  };
}
