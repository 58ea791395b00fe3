while a and not b or c:
    if d: continue
    elif e: break
else:
    f()
