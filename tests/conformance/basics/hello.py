# The smallest program: print writes its arguments and a newline to stdout.
print("Hello, kitchen!")
print("two", "words", sep="-", end="!\n")
