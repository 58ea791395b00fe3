class C:
    def m(self):
        return __class__
