# Line-oriented text processing: parsing CSV-like records, aggregating and reporting.
raw = '''name,dept,salary
alice,eng,120000
bob,eng,95000
carol,sales,70000
dave,sales,82000
erin,hr,65000'''
lines = raw.splitlines()
header = lines[0].split(',')
recs = [dict(zip(header, l.split(','))) for l in lines[1:]]
for r in recs:
    r['salary'] = int(r['salary'])
by_dept = {}
for r in recs:
    by_dept.setdefault(r['dept'], []).append(r['salary'])
for d, s in sorted(by_dept.items()):
    print(f'{d:<6} n={len(s)} avg={sum(s) / len(s):>10,.2f} max={max(s)}')
top = max(recs, key=lambda r: r['salary'])
print(top['name'].title(), f"{top['salary']:,}")
