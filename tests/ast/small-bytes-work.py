data = "héllo".encode("utf-8")
print(data, len(data), data.hex(), bytes.fromhex("ff00"), bytearray(b"ab") + b"c", data[1:3])
print(int.from_bytes(b"\x01\x00", "little"), (258).to_bytes(2, "big"))
