# Uncaught exception with an explicit cause: the direct-cause message between tracebacks.
class ConfigError(Exception):
    pass
def load():
    try:
        open_config = {}['path']
    except KeyError as e:
        raise ConfigError('config missing') from e
load()
