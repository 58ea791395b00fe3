// Unit tests of the kitchen command-line grammar.
import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from './args.ts';

describe('parseArgs', () => {
  it('reads run with options and program args', () => {
    expect(parseArgs(['run', '--heap-cap', '64', 'a.py', '--', 'x', '-y'])).toEqual({
      command: 'run', file: 'a.py', programArgs: ['x', '-y'], heapCapMB: 64,
    });
  });
  it('gives arguments after the file to the program', () => {
    expect(parseArgs(['run', 'a.py', 'one', '--two']).programArgs).toEqual(['one', '--two']);
  });
  it('treats no arguments, help and --help as help', () => {
    for (const a of [[], ['help'], ['--help'], ['run', '--help']]) expect(parseArgs(a).command).toBe('help');
  });
  it('rejects unknown commands, options, missing files and bad sizes', () => {
    expect(() => parseArgs(['fly'])).toThrow(UsageError);
    expect(() => parseArgs(['run', '--fast', 'a.py'])).toThrow(/unknown option '--fast'/);
    expect(() => parseArgs(['ast'])).toThrow(/needs a Python file/);
    expect(() => parseArgs(['run', '--heap-cap', 'lots', 'a.py'])).toThrow(/--heap-cap/);
    expect(() => parseArgs(['dis', '--heap-cap', '8', 'a.py'])).toThrow(/'run' only/);
  });
  it('reads the platform options; shared is the default', () => {
    expect(parseArgs(['run', 'a.py']).platform).toBeUndefined();
    expect(parseArgs(['run', '--platform', 'shared', '--switch-interval', '0.001', 'a.py'])).toMatchObject({ platform: 'shared', switchInterval: 0.001 });
    expect(parseArgs(['run', '--platform=virtual', '--seed', '3', '--cores', '2', '--free-threaded', 'a.py'])).toMatchObject({ platform: 'virtual', seed: 3, cores: 2, freeThreaded: true });
    expect(parseArgs(['run', '--platform', 'single', 'a.py']).platform).toBe('single');
    expect(() => parseArgs(['run', '--platform', 'fast', 'a.py'])).toThrow(/'shared', 'virtual', 'single'/);
    expect(() => parseArgs(['run', '--seed', '3', 'a.py'])).toThrow(/--seed applies to --platform virtual only/);
    expect(() => parseArgs(['run', '--platform', 'single', '--trace', 'o.json', 'a.py'])).toThrow(/runs no threads/);
  });
});
