# Implicit concatenation of adjacent string literals across lines and with f-strings.
x = 5
s = ('one '
     'two '
     f'x={x} '
     r'\raw')
print(s)
print("a" 'b'
      "c")
t = ("aaa"
"bbb")
print(t)
