result = (
    "  some Text here  "
    .strip()
    .lower()
    .split()
)
print(result)
