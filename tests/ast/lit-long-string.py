text = """Lorem ipsum dolor sit amet, consectetur adipiscing elit,
sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.
    Indented line.\tWith tab escape.
Last line."""
print(text)
