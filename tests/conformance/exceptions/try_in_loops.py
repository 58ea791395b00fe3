# Exceptions caught inside loops; continue/break from except and else.
results = []
for x in ['1', 'a', '3', None, '5']:
    try:
        n = int(x)
    except ValueError:
        results.append('bad')
        continue
    except TypeError:
        results.append('none')
        break
    else:
        results.append(n)
    finally:
        results.append('|')
print(results)
