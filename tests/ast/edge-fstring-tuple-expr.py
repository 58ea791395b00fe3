x = f"{a, b}"
y = f"{*a,}"
z = f"{yield}" if False else 0
