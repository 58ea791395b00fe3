def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup " + str(e)
    except ZeroDivisionError:
        return "zero"
    except Exception as e:
        return "other " + repr(e)

print(classify(KeyError("k")))
print(classify(IndexError("i")))
print(classify(ZeroDivisionError()))
print(classify(ValueError("v")))

def reraise():
    try:
        try:
            1 // 0
        except ZeroDivisionError:
            print("handling")
            raise
    except ZeroDivisionError as e:
        print("outer got", e)

reraise()

def else_clause(x):
    try:
        y = 10 // x
    except ZeroDivisionError:
        print("div by zero")
    else:
        print("ok", y)
    finally:
        print("done")

else_clause(2)
else_clause(0)

def name_deleted():
    try:
        raise ValueError("x")
    except ValueError as err:
        pass
    try:
        return err
    except NameError as ne:
        return "unbound"
    except UnboundLocalError:
        return "unbound local"

print(name_deleted())

def nested_handlers():
    try:
        raise KeyError("a")
    except KeyError:
        try:
            raise ValueError("b")
        except ValueError as v:
            print("inner", v)
        print("still handling")
    print("after")

nested_handlers()
