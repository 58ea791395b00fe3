import json
import os
from pathlib import Path

DEFAULTS = {"workers": 4, "timeout": 30.0, "verbose": False, "paths": []}

def load_config(path: str | os.PathLike | None = None) -> dict:
    cfg = dict(DEFAULTS)
    if path is not None and Path(path).exists():
        with open(path, encoding="utf-8") as fh:
            cfg.update(json.load(fh))
    env = os.environ.get("APP_WORKERS")
    if env and env.isdigit():
        cfg["workers"] = int(env)
    return cfg

def dump(cfg, *, indent=2, sort_keys=True):
    return json.dumps(cfg, indent=indent, sort_keys=sort_keys)

print(dump(load_config(None)))
