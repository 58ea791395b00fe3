# Student records: averages, letter grades with bisect, ranking with enumerate.
import bisect
students = {'ann': [90, 85, 77], 'bob': [60, 72, 58], 'cy': [88, 94, 99], 'dee': [70, 70, 71]}
def letter(avg):
    return 'FDCBA'[bisect.bisect([60, 70, 80, 90], avg)]
avgs = {n: sum(s) / len(s) for n, s in students.items()}
ranked = sorted(avgs.items(), key=lambda kv: kv[1], reverse=True)
for rank, (name, avg) in enumerate(ranked, 1):
    print(f'{rank}. {name:<4} {avg:6.2f} {letter(avg)}')
print('class average:', round(sum(avgs.values()) / len(avgs), 2))
