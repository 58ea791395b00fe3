# A helper module with a syntax error (importing it raises SyntaxError).
def broken(:
    pass
