if x:  # why
    pass
else:  # otherwise
    pass
