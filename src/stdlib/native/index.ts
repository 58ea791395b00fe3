// The native (TypeScript) standard-library modules: importing this file registers them
// with the import system. The engine's entry points import it next to the VM.
import './math.ts';
import './time.ts';
import './os.ts';
import './random.ts';
import './thread.ts';
import './mp.ts';
import './re.ts';
import './weakref.ts';
import './gc.ts';
import './reexport.ts';
import './heapq.ts';
import './pickle-atoms.ts';
import './asyncio.ts';
import './deque-ring.ts';
