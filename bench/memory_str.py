# Benchmark (memory): ten million short-lived strings; the heap must recycle them so peak
# memory stays near the live data (issue 3, acceptance 3). Timed and its peak RSS reported.
# On our engine it also reports the heap's own figures on stderr (sys._kitchen_heap_stats
# exists only there): the highest the heap reached during the loop and the bytes still live
# after it, which tools/bench.ts prints as the peak/live ratio.
import gc
import sys

for i in range(10**7):
    s = str(i)
total = len(s)
print(total, s)
stats = getattr(sys, '_kitchen_heap_stats', None)
if stats is not None:
    gc.collect()  # collects right after the call returns: live_bytes is then current
    h = stats()
    print(f"kitchen-heap: peak_bytes={h['peak_bytes']} live_bytes={h['live_bytes']} collections={h['collections']}", file=sys.stderr)
