# Uncaught error in an expression spanning several lines.
items = [1, 2, 3]
total = (items[0] +
         items[1] +
         items[5])
print(total)
