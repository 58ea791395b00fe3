try:
    pass
except (A, B):
    pass
except (C):
    pass
except D.E as e:
    pass
except f():
    pass
