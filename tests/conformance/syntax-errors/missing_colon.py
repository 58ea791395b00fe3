# SyntaxError for a missing colon after if: file, line, caret and message.
x = 1
if x == 1
    print('yes')
