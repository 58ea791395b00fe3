a = 'single'
b = "double"
c = '''triple single'''
d = """triple double"""
e = ''
f = ""
g = 'it\'s'
h = "say \"hi\""
i = "mixed 'quotes'"
j = 'mixed "quotes"'
k = 'both \' and "'
l = '''multi
line
string'''
