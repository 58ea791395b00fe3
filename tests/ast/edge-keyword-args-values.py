f(a=1, b="s", c=[1], d={}, e=lambda: 0, f=x if y else z, g=(yield) if False else 0)
