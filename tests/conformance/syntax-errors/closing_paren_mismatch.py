# SyntaxError for a closing bracket that does not match the opening one.
result = (1 + 2]
