# User-defined exceptions with extra attributes and custom __str__.
class AppError(Exception):
    pass
class HTTPError(AppError):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
        self.msg = msg
    def __str__(self):
        return f'{self.code}: {self.msg}'
try:
    raise HTTPError(404, 'Not Found')
except AppError as e:
    print(type(e).__name__, e, e.code, e.args, repr(e))
class NoInit(Exception):
    def __init__(self):
        pass
e = NoInit()
print(repr(e), e.args, str(e) == '')
class WithDefault(ValueError):
    def __init__(self, msg='default message'):
        super().__init__(msg)
print(WithDefault(), WithDefault('given'))
