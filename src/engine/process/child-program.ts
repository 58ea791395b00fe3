// The main program of every multiprocessing child, on both platforms. python3's spawn start
// method runs `python -c 'from multiprocessing.spawn import spawn_main; spawn_main(...)'`
// (Lib/multiprocessing/spawn.py get_command_line), so a traceback from the child's start-up
// begins with `File "<string>", line 1, in <module>`, with no source line; ours does too.
// The payload (docs/processes.md, "How a child starts") is put in the module's globals
// under PAYLOAD_NAME before the program runs.
//
// Its exit status, as the parent sees it, is what waitpid reports of a normal exit.

export const CHILD_FILENAME = '<string>';
export const PAYLOAD_NAME = '__kitchen_spawn_payload__';
export const CHILD_PROGRAM = `from multiprocessing.spawn import spawn_main; spawn_main(${PAYLOAD_NAME})`;

/** The low 8 bits of the exit code, as waitpid reports a normal exit (sys.exit(-1) gives
 *  255, sys.exit(256) gives 0); terminate/kill give -15/-9 and do not come here. */
export function exitStatus(code: number): number {
  return code & 0xff;
}
