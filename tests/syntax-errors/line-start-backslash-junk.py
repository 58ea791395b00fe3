def c():
\    pass
