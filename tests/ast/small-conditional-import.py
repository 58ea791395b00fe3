try:
    import tomllib
except ModuleNotFoundError:
    tomllib = None
if tomllib is not None:
    from tomllib import loads as parse_toml
