# str case methods: upper, lower, capitalize, title, swapcase, casefold, is* predicates.
s = 'hello World ß ǅ 1a'
print(s.upper(), s.lower(), s.capitalize(), s.title(), s.swapcase(), s.casefold())
print("they're bill's".title(), 'ABC def'.capitalize())
for t in ['abc', 'ABC', 'Abc Def', '123', '12.3', '', ' ', 'a1', '½', '²', 'héllo', 'A_b']:
    print(repr(t), t.isalpha(), t.isdigit(), t.isnumeric(), t.isdecimal(), t.isalnum(), t.isupper(), t.islower(), t.istitle(), t.isspace(), t.isidentifier(), t.isascii(), t.isprintable())
