class C:
    def f(self):
        lambda: await x
