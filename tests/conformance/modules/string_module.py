# string module constants, Template substitution, capwords, Formatter.
import string
print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
t = string.Template('$who likes ${what}; $$5')
print(t.substitute(who='tim', what='kung pao'), t.safe_substitute(who='x'))
try:
    t.substitute(who='x')
except KeyError as e:
    print('KeyError', e)
print(string.capwords('hello   big world'), string.Formatter().format('{0}-{x}', 1, x=2))
