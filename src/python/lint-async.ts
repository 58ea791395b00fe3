// A lint for the editor: blocking calls inside `async def`. A coroutine that calls
// time.sleep(), input(), a blocking lock/queue/event/thread join or a future's result()
// blocks the whole event loop: no other task runs until it returns (the guide's asyncio
// example does exactly this). Each finding says why and what to use instead.
//
// It works on the AST (src/python/ast.ts) and follows simple aliasing the way courses write
// code: `import time`, `import time as t`, `from time import sleep [as s]`, `import threading`.
// It cannot know types, so method calls are flagged only on names that were assigned from a
// constructor we recognise (`lock = threading.Lock()`), and only when the call is not awaited.

import type * as A from './ast';

export interface LintFinding {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
  /** One line: what blocks. */
  message: string;
  /** The non-blocking alternative. */
  suggestion: string;
}

type Kind = 'sleep' | 'input' | 'lock' | 'queue' | 'event' | 'condition' | 'semaphore' | 'thread' | 'future' | 'process';

const CONSTRUCTORS: Record<string, Kind> = {
  'threading.Lock': 'lock', 'threading.RLock': 'lock', 'threading.Semaphore': 'semaphore',
  'threading.BoundedSemaphore': 'semaphore', 'threading.Event': 'event',
  'threading.Condition': 'condition', 'threading.Thread': 'thread', 'threading.Barrier': 'event',
  'queue.Queue': 'queue', 'queue.LifoQueue': 'queue', 'queue.PriorityQueue': 'queue',
  'queue.SimpleQueue': 'queue', 'multiprocessing.Process': 'process', 'multiprocessing.Queue': 'queue',
};

const BLOCKING_METHODS: Record<Kind, string[]> = {
  sleep: [], input: [],
  lock: ['acquire'], semaphore: ['acquire'], event: ['wait'], condition: ['wait', 'wait_for'],
  queue: ['get', 'put', 'join'], thread: ['join'], process: ['join'], future: ['result', 'exception'],
};

const ADVICE: Record<Kind, [string, string]> = {
  sleep: ['time.sleep() blocks the event loop: no other task runs while it sleeps.', 'use `await asyncio.sleep(...)`'],
  input: ['input() blocks the event loop while it waits for the user.', 'run it in a thread: `await asyncio.to_thread(input, prompt)`'],
  lock: ['a threading lock blocks the event loop while it waits.', 'use `asyncio.Lock()` and `async with lock:`'],
  semaphore: ['a threading semaphore blocks the event loop while it waits.', 'use `asyncio.Semaphore()` and `async with sem:`'],
  event: ['waiting on a threading.Event blocks the event loop.', 'use `asyncio.Event()` and `await event.wait()`'],
  condition: ['waiting on a threading.Condition blocks the event loop.', 'use `asyncio.Condition()` and `await cond.wait()`'],
  queue: ['a blocking queue operation blocks the event loop.', 'use `asyncio.Queue()` and `await q.get()` / `await q.put(x)`'],
  thread: ['joining a thread blocks the event loop until the thread ends.', 'use `await asyncio.to_thread(func)` instead of a Thread'],
  process: ['joining a process blocks the event loop until it ends.', 'use `await loop.run_in_executor(executor, func)`'],
  future: ['future.result() blocks the event loop until the future is done.', 'use `await asyncio.wrap_future(future)`'],
};

/** Finds blocking calls inside `async def` bodies of a parsed module. */
export function lintBlockingInAsync(module: A.Module): LintFinding[] {
  const findings: LintFinding[] = [];
  // Names bound to modules and functions: local name -> dotted origin ("time", "time.sleep").
  const aliases = new Map<string, string>();
  const typed = new Map<string, Kind>();

  const dotted = (e: A.expr): string | null => {
    if (e._type === 'Name') return aliases.get(e.id) ?? e.id;
    if (e._type === 'Attribute') {
      const base = dotted(e.value);
      return base === null ? null : `${base}.${e.attr}`;
    }
    return null;
  };

  const classify = (call: A.Call): Kind | null => {
    const name = dotted(call.func);
    if (name === 'time.sleep') return 'sleep';
    if (name === 'input') return 'input';
    if (call.func._type === 'Attribute' && call.func.value._type === 'Name') {
      const kind = typed.get(call.func.value.id);
      if (kind !== undefined && BLOCKING_METHODS[kind].includes(call.func.attr)) {
        // acquire(False) / acquire(blocking=False) / get_nowait do not block.
        const nonBlocking = call.args.some((a) => a._type === 'Constant' && a.value === false)
          || call.keywords.some((k) => (k.arg === 'blocking' || k.arg === 'block') && k.value._type === 'Constant' && k.value.value === false);
        return nonBlocking ? null : kind;
      }
    }
    return null;
  };

  const visit = (node: unknown, inAsync: boolean, awaited: boolean): void => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const n of node) visit(n, inAsync, false);
      return;
    }
    const n = node as A.Node;
    switch (n._type) {
      case 'Import':
        for (const a of n.names) aliases.set(a.asname ?? a.name.split('.')[0]!, a.asname ? a.name : a.name.split('.')[0]!);
        return;
      case 'ImportFrom':
        if (n.module !== null) for (const a of n.names) aliases.set(a.asname ?? a.name, `${n.module}.${a.name}`);
        return;
      case 'Assign': {
        if (n.value._type === 'Call') {
          const ctor = dotted(n.value.func);
          const kind = ctor === null ? undefined : CONSTRUCTORS[ctor];
          const isFuture = ctor !== null && /\.submit$/.test(ctor);
          for (const t of n.targets) {
            if (t._type !== 'Name') continue;
            if (kind !== undefined) typed.set(t.id, kind);
            else if (isFuture) typed.set(t.id, 'future');
          }
        }
        break;
      }
      case 'AsyncFunctionDef':
        visit(n.args, false, false);
        visit(n.decorator_list, inAsync, false);
        visit(n.body, true, false);
        return;
      case 'FunctionDef':
      case 'Lambda':
      case 'ClassDef':
        // A nested plain function runs wherever it is called: not necessarily on the loop.
        for (const [k, v] of Object.entries(n)) if (k !== '_type') visit(v, false, false);
        return;
      case 'Await':
        visit(n.value, inAsync, true);
        return;
      case 'Call': {
        if (inAsync && !awaited) {
          const kind = classify(n);
          if (kind !== null) {
            const [message, suggestion] = ADVICE[kind];
            findings.push({ lineno: n.lineno, col_offset: n.col_offset, end_lineno: n.end_lineno, end_col_offset: n.end_col_offset, message, suggestion });
          }
        }
        break;
      }
      default:
        break;
    }
    for (const [k, v] of Object.entries(n)) {
      if (k === '_type' || typeof v !== 'object') continue;
      visit(v, inAsync, false);
    }
  };

  visit(module.body, false, false);
  findings.sort((a, b) => a.lineno - b.lineno || a.col_offset - b.col_offset);
  return findings;
}
