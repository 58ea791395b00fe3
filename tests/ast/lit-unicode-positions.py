name = "héllo wörld"
x = "日本語"; y = 1
emoji = "😀"; z = emoji + "x"
ünïcode = 1
变量 = ünïcode + 2
s = f"{变量} {emoji}" + "é"
t = ("ä", "ö", ["ü", 1])
