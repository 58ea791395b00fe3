# input() at end of stdin raises EOFError.
first = input()
print('got', repr(first))
try:
    input('prompt> ')
except EOFError as e:
    print('EOFError', repr(str(e)))
