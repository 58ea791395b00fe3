class C(Base):
    def m(self):
        return super().m()
