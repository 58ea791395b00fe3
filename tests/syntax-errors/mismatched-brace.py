f(a, b}
