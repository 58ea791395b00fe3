n = n // 2 if n % := 2 else 3
