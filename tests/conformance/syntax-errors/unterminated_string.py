# SyntaxError for an unterminated string literal.
print('hello)
