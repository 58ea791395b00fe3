msg = (
    f"first {a} "
    f"second {b!r} "
    "plain "
    f"third {c:>5}"
)
doc = f"""
Report for {name}:
  total = {total:,}
  mean  = {mean:.3f}
"""
nested = f"{f'{inner}'}"
deep = f"{x:{'>' if right else '<'}10}"
