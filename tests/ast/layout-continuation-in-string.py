x = "abc\
def"
y = '''one\
two'''
