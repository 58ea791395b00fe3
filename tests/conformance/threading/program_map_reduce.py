# Word counting with a ThreadPoolExecutor: map over chunks, reduce the partial counts;
# the result does not depend on the order the chunks finish in.
from collections import Counter
from concurrent.futures import ThreadPoolExecutor, as_completed

TEXT = """the quick brown fox jumps over the lazy dog
the dog barks and the fox runs
a quick brown dog and a lazy fox
over and over the fox jumps""".splitlines()


def count(line):
    return Counter(line.split())


with ThreadPoolExecutor(max_workers=3) as ex:
    partials = list(ex.map(count, TEXT))
    total = sum(partials, Counter())
    print(total.most_common(4))
    futures = {ex.submit(count, line): i for i, line in enumerate(TEXT)}
    again = Counter()
    lines_done = []
    for f in as_completed(futures):
        again += f.result()
        lines_done.append(futures[f])
    print(again == total, sorted(lines_done))
    print(sorted(w for w, n in total.items() if n == 1))
