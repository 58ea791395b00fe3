class A:
    def f(self):
        if True:
            for i in x:
                pass
print(1)
