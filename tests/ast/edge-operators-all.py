r = [a + b, a - b, a * b, a / b, a // b, a % b, a ** b, a @ b, a << b, a >> b, a & b, a | b, a ^ b, ~a, -a, +a, not a]
