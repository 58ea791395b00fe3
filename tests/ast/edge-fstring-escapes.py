a = f"tab\t{x}\n"
b = f"\u00e9{y}\x41"
c = f"{x}\\"
d = rf"\n{x}\t"
