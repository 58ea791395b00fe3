g = "line \
