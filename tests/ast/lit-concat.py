a = "a" "b"
b = ("multi"
     "line"
     "concat")
c = 'x' f'{y}' 'z'
d = f'{a}' f'{b}'
e = "" f""
f = f"" ""
g = "plain" f"" 
h = u"uni" "code"
i = "a" u"b"
j = f"{x}" "tail" f"{y}"
