// Connects the postMessage protocol (message-protocol.ts) to this window: listens for the
// host page's messages, runs them through window.kitchen, and announces 'ready' to each
// trusted origin of the parent once the page can take code.

import { createMessageHandler, PROTOCOL_VERSION, type MessageTarget } from './message-protocol.ts';
import { store } from '../store/index.ts';

function target(): MessageTarget {
  return {
    setCode: (code) => {
      window.kitchen.setCode(code);
      store.getState().setPresetId(null);
    },
    getCode: () => window.kitchen.getCode(),
    run: async (o) => {
      const platform = window.kitchen.platform();
      const r = await window.kitchen.run(platform === 'virtual' ? { stdin: o.stdin, seed: o.seed, cores: o.cores } : { stdin: o.stdin });
      return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode, stopped: r.stopped, platform, events: r.events.length };
    },
    stop: () => window.kitchen.stop(),
    show: (v) => window.kitchen.show(v),
    platform: () => window.kitchen.platform(),
  };
}

/** Trusted: the origins named by &origin= and the kitchen's own. Returns an uninstaller. */
export function installMessageApi(origins: readonly string[]): () => void {
  const trusted = [...new Set([...origins, window.location.origin])];
  const handle = createMessageHandler(trusted, target());
  const onMessage = (e: MessageEvent) => {
    const source = e.source as Window | null;
    if (!source) return;
    void handle(e.origin, e.data, (reply) => source.postMessage(reply, e.origin));
  };
  window.addEventListener('message', onMessage);
  if (window.parent !== window) {
    // Only the named origins can receive it: postMessage drops it for a parent elsewhere.
    for (const origin of origins) {
      window.parent.postMessage({ kitchen: PROTOCOL_VERSION, type: 'ready', version: PROTOCOL_VERSION, platform: window.kitchen.platform() }, origin);
    }
  }
  return () => window.removeEventListener('message', onMessage);
}
