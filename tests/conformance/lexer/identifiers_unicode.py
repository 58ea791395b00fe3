# Unicode identifiers and keywords-as-attribute-names.
café = 3
π = 3.14159
Δx = 0.5
print(café, π, Δx)
class K:
    pass
k = K()
setattr(k, 'class', 1)
print(getattr(k, 'class'))
_ = 10
__x = 20
print(_, __x)
import keyword
print(keyword.iskeyword('for'), keyword.iskeyword('print'))
print(sorted(keyword.kwlist)[:5])
