# IndentationError when a block has no indented body.
def f():
return 1
