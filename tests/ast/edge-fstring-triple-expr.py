x = f"""{
    a +
    b
}"""
y = f"""line1
{c!r}
line3 {d:>{e}}"""
