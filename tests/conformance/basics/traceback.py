# An uncaught exception: output before it is kept, the traceback goes to stderr,
# and the exit status is 1.
def average(xs):
    return sum(xs) / len(xs)

print("before")
print(average([1, 2, 3]))
print(average([]))
print("never printed")
