s = "  Hello, World  "
print(s.strip().lower().replace("world", "there").split(", "))
print("-".join(["a", "b"]), s.find("W"), s[2:7].upper(), s.count("l"))
print("%s is %d years" % ("Bob", 30), "{} {}".format(1, 2))
