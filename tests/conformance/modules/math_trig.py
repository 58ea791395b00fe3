# math trigonometric and hyperbolic functions, degrees/radians.
import math
for x in [0, 0.5, 1, math.pi / 6, math.pi / 4]:
    print(round(math.sin(x), 12), round(math.cos(x), 12), round(math.tan(x), 12))
print(math.asin(1), math.acos(0), math.atan(1), math.atan2(1, -1), math.atan2(-0.0, -1))
print(math.sinh(1), math.cosh(1), math.tanh(0.5), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.degrees(math.pi), math.radians(180), math.degrees(1))
