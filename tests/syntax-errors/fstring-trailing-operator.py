x = 1; y = f"ab {a +} c"
