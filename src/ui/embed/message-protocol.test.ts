// The embed protocol: trusted origins get answers, everyone else gets silence.

import { describe, expect, it } from 'vitest';
import { createMessageHandler, type KitchenMessage, type MessageTarget } from './message-protocol.ts';

function fakeTarget() {
  let code = 'print(1)\n';
  const calls: string[] = [];
  const target: MessageTarget = {
    setCode: (c) => { code = c; calls.push('set'); },
    getCode: () => code,
    run: async () => { calls.push('run'); return { stdout: `ran ${code}`, stderr: '', exitCode: 0, stopped: false, platform: 'virtual', events: 3 }; },
    stop: () => void calls.push('stop'),
    show: (v) => void calls.push(`show ${v}`),
    platform: () => 'virtual',
  };
  return { target, calls, code: () => code };
}

describe('postMessage protocol v1', () => {
  it('sets code and runs it for a trusted origin, replying with the id', async () => {
    const t = fakeTarget();
    const handle = createMessageHandler(['https://course.org'], t.target);
    const replies: KitchenMessage[] = [];
    await handle('https://course.org', { kitchen: 1, id: 7, type: 'set-code', code: 'x = 2\n' }, (m) => replies.push(m));
    await handle('https://course.org', { kitchen: 1, id: 8, type: 'run' }, (m) => replies.push(m));
    expect(replies[0]).toEqual({ kitchen: 1, id: 7, type: 'ok' });
    expect(replies[1]).toMatchObject({ kitchen: 1, id: 8, type: 'result', result: { stdout: 'ran x = 2\n', exitCode: 0 } });
  });

  it('ignores other origins entirely, and messages not meant for it', async () => {
    const t = fakeTarget();
    const handle = createMessageHandler(['https://course.org'], t.target);
    const replies: KitchenMessage[] = [];
    expect(await handle('https://evil.org', { kitchen: 1, type: 'set-code', code: 'import os' }, (m) => replies.push(m))).toBe('ignored');
    expect(await handle('https://course.org.evil.org', { kitchen: 1, type: 'run' }, (m) => replies.push(m))).toBe('ignored');
    expect(await handle('https://course.org', { hello: 'other widget' }, (m) => replies.push(m))).toBe('ignored');
    expect(replies).toEqual([]);
    expect(t.calls).toEqual([]);
    expect(t.code()).toBe('print(1)\n');
  });

  it('answers an unknown version or type with an error, not an action', async () => {
    const t = fakeTarget();
    const handle = createMessageHandler(['https://course.org'], t.target);
    const replies: KitchenMessage[] = [];
    await handle('https://course.org', { kitchen: 2, id: 'a', type: 'run' }, (m) => replies.push(m));
    await handle('https://course.org', { kitchen: 1, id: 'b', type: 'format-disk' }, (m) => replies.push(m));
    await handle('https://course.org', { kitchen: 1, id: 'c', type: 'set-code', code: 5 }, (m) => replies.push(m));
    expect(replies.map((r) => r.type)).toEqual(['error', 'error', 'error']);
    expect((replies[0] as { message: string }).message).toMatch(/version 2/);
    expect(t.calls).toEqual([]);
  });
});
