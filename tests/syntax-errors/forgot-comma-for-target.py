y = {k: v for k, v  items()}
