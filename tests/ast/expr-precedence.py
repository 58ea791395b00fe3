a + b * c
(a + b) * c
a - b - c
a ** b ** c
-a ** b
(-a) ** b
a * -b
not a == b
not a and b or c
a or b and c
a | b ^ c & d
a << b + c
a & b << c
a @ b
a // b % c / d * e
~a + b
a if b or c else d and e
x + y if z else w
-1
+1
--x
not not x
a == b == c
a < b | c
await_ = 1
