# repr of strings chooses quotes and escapes non-printables.
print(repr("it's"), repr('say "x"'), repr('both \' and "'))
print(repr('\x7f'), repr('\x80'), repr('é'), repr('\u200b'))
print(repr('\ud800'))
print(ascii('é€😀'))
print(repr('\t\n\r'))
print(repr("\\"))
print(str('plain'))
