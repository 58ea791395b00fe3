"""Abstract base classes for numbers (Concurrency Kitchen's own `numbers`, PEP 3141):
Number > Complex > Real > Rational > Integral, with complex, float and int registered
(https://docs.python.org/3/library/numbers.html).

How it works: each class is an ABC whose abstract methods are the operations a number of
that kind must have; the few concrete methods are derived from the abstract ones (a Real's
complex() is complex(float(x)), a Rational's float() divides numerator by denominator, an
Integral's index() is int()). isinstance(x, numbers.Real) works for the builtins because
they are registered, not because they inherit.
"""

from abc import ABCMeta, abstractmethod, update_abstractmethods

__all__ = ["Number", "Complex", "Real", "Rational", "Integral"]


def _add_abstract(cls, *names):
    # Abstract methods with no body worth writing out one by one (calling one through
    # super() raises NotImplementedError); added after the class is made, then the ABC's
    # set of abstract methods is recomputed.
    for name in names:
        def method(self, *args):
            raise NotImplementedError
        method.__name__ = name
        method.__qualname__ = cls.__qualname__ + '.' + name
        setattr(cls, name, abstractmethod(method))
    update_abstractmethods(cls)


class Number(metaclass=ABCMeta):
    """All numbers inherit from this class (it defines no operations)."""
    __slots__ = ()
    # Concrete numeric types must provide their own hash.
    __hash__ = None


class Complex(Number):
    """Numbers with complex-number operations: +, -, *, /, **, abs(), conjugate(),
    real, imag, complex() and ==."""
    __slots__ = ()

    def __bool__(self):
        """True unless self == 0."""
        return self != 0

    @property
    @abstractmethod
    def real(self):
        """The real part (a Real)."""
        raise NotImplementedError

    @property
    @abstractmethod
    def imag(self):
        """The imaginary part (a Real)."""
        raise NotImplementedError

    def __sub__(self, other):
        """self - other"""
        return self + -other

    def __rsub__(self, other):
        """other - self"""
        return -self + other


_add_abstract(Complex,
              '__complex__', '__add__', '__radd__', '__neg__', '__pos__', '__mul__',
              '__rmul__', '__truediv__', '__rtruediv__', '__pow__', '__rpow__', '__abs__',
              'conjugate', '__eq__')


Complex.register(complex)


class Real(Complex):
    """Complex numbers that are ordered and real: adds float(), trunc/floor/ceil/round,
    divmod, //, %, < and <=."""
    __slots__ = ()

    def __divmod__(self, other):
        """divmod(self, other): (self // other, self % other)"""
        return (self // other, self % other)

    def __rdivmod__(self, other):
        """divmod(other, self): (other // self, other % self)"""
        return (other // self, other % self)

    def __complex__(self):
        """complex(self) == complex(float(self), 0)"""
        return complex(float(self))

    @property
    def real(self):
        """A real number is its own real part."""
        return +self

    @property
    def imag(self):
        """A real number has no imaginary part."""
        return 0

    def conjugate(self):
        """A real number is its own conjugate."""
        return +self


_add_abstract(Real,
              '__float__', '__trunc__', '__floor__', '__ceil__', '__round__', '__floordiv__',
              '__rfloordiv__', '__mod__', '__rmod__', '__lt__', '__le__')


Real.register(float)


class Rational(Real):
    """Real numbers with numerator and denominator (in lowest terms)."""
    __slots__ = ()

    @property
    @abstractmethod
    def numerator(self):
        raise NotImplementedError

    @property
    @abstractmethod
    def denominator(self):
        raise NotImplementedError

    def __float__(self):
        """float(self) = numerator / denominator, computed with int division so that
        huge numerators and denominators still give the right float."""
        return int(self.numerator) / int(self.denominator)


class Integral(Rational):
    """Rationals that are whole: adds int(), index(), the bit operations and pow with a
    modulus."""
    __slots__ = ()

    def __index__(self):
        """operator.index(self)"""
        return int(self)

    @abstractmethod
    def __pow__(self, exponent, modulus=None):
        """self ** exponent % modulus, with 3 arguments all Integral."""
        raise NotImplementedError

    def __float__(self):
        """float(self) == float(int(self))"""
        return float(int(self))

    @property
    def numerator(self):
        """An integer is its own numerator."""
        return +self

    @property
    def denominator(self):
        """An integer's denominator is 1."""
        return 1


_add_abstract(Integral,
              '__int__', '__lshift__', '__rlshift__', '__rshift__', '__rrshift__', '__and__',
              '__rand__', '__xor__', '__rxor__', '__or__', '__ror__', '__invert__')


Integral.register(int)
