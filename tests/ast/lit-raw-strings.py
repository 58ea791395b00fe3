a = r"\n\t"
b = R'\d+\.\d*'
c = rb"\x00"
d = Rb'\n'
e = br"\\"
f = BR"raw"
g = r'''raw
triple\n'''
h = r"\""
