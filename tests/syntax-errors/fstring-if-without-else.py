f"{x if}"
