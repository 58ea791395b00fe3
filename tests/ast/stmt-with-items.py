with open("a") as f:
    data = f.read()
with open("a") as f, open("b") as g:
    pass
with lock:
    pass
with a, b, c:
    pass
with (open("x") as x, open("y") as y):
    pass
with (a, b):
    pass
with (a, b) as c:
    pass
with (
    open("one") as one,
    open("two") as two,
):
    pass
with ctx() as (a, b):
    pass
with ctx() as [a, *b]:
    pass
with ctx() as obj.attr:
    pass
