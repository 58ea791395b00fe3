# leading comment


# another
x = 1  # trailing

    # indented comment
def f():
    # inside

    return 1
        # over-indented comment

# final comment
