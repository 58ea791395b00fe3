# Uncaught NameError for an undefined name (no close match).
total = 0
for i in range(3):
    total += i
print(total)
print(undefined_variable_xyz)
