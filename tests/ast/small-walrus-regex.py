import re
for line in ["a=1", "b: 2", "c=3"]:
    if (m := re.match(r"(\w)=(\d)", line)) is not None:
        print(m.group(1), int(m[2]))
