# __format__ used by format() and f-strings; object.__format__ rejects non-empty specs.
class Money:
    def __init__(self, v): self.v = v
    def __format__(self, spec):
        if spec == 'usd':
            return f'${self.v:,.2f}'
        return format(self.v, spec)
m = Money(1234.5)
print(format(m, 'usd'), f'{m:usd}', f'{m:>10.1f}', format(m))
class Plain:
    def __str__(self): return 'plain'
print(format(Plain()), f'{Plain()}')
try:
    format(Plain(), '>10')
except TypeError as e:
    print(e)
