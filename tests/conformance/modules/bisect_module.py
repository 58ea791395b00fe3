# bisect: bisect_left/right, insort, key parameter, grading example.
import bisect
a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 0), bisect.bisect(a, 100), bisect.bisect_left(a, 4, 3))
bisect.insort(a, 3); bisect.insort_left(a, 4); bisect.insort_right(a, 9)
print(a)
def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
recs = [('a', 1), ('b', 5), ('c', 9)]
print(bisect.bisect_left(recs, 5, key=lambda r: r[1]))
