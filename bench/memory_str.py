# Benchmark (memory): ten million short-lived strings; the heap must recycle them so peak
# memory stays near the live data (issue 3, acceptance 3). Timed and its peak RSS reported.

for i in range(10**7):
    s = str(i)
total = len(s)
print(total, s)
