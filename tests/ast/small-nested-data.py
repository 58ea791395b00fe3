config = {
    "servers": [
        {"host": "a", "ports": [80, 443]},
        {"host": "b", "ports": []},
    ],
    "debug": False,
}
print([s["host"] for s in config["servers"] if s["ports"]])
