call(arg, f"prefix {value} suffix", other)
xs = [f"{i}" for i in range(3)]
d = {"k": f"{v=}"}
