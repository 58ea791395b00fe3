# A reverse-Polish-notation calculator and an infix tokenizer with a shunting-yard parser.
import operator
OPS = {'+': (1, operator.add), '-': (1, operator.sub), '*': (2, operator.mul), '/': (2, operator.truediv)}
def tokenize(s):
    toks, num = [], ''
    for ch in s:
        if ch.isdigit() or ch == '.':
            num += ch
        else:
            if num:
                toks.append(float(num)); num = ''
            if ch in OPS or ch in '()':
                toks.append(ch)
    if num:
        toks.append(float(num))
    return toks
def to_rpn(toks):
    out, st = [], []
    for t in toks:
        if isinstance(t, float):
            out.append(t)
        elif t == '(':
            st.append(t)
        elif t == ')':
            while st[-1] != '(':
                out.append(st.pop())
            st.pop()
        else:
            while st and st[-1] in OPS and OPS[st[-1]][0] >= OPS[t][0]:
                out.append(st.pop())
            st.append(t)
    return out + st[::-1]
def eval_rpn(rpn):
    st = []
    for t in rpn:
        if isinstance(t, float):
            st.append(t)
        else:
            b, a = st.pop(), st.pop()
            st.append(OPS[t][1](a, b))
    return st[0]
for e in ['1 + 2 * 3', '(1 + 2) * 3', '10 / 4 - 1', '2 * (3 + 4) * (5 - 1)']:
    print(e, '=', eval_rpn(to_rpn(tokenize(e))))
try:
    eval_rpn(to_rpn(tokenize('1 / 0')))
except ZeroDivisionError as e:
    print('error:', e)
