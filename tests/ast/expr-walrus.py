if (n := len(a)) > 10:
    print(f"too long ({n} elements)")
while chunk := f.read(8192):
    process(chunk)
filtered = [y for x in data if (y := f(x)) is not None]
print(total := 0)
values = {(k := key): v for v in vs}
foo(x := 3, cat="vector")
ys = [x := 1, x + 1]
