a = 1
s = '''one
two
three
