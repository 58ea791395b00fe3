"""Known difference: a bytearray with a memoryview of it can still be resized.

Cause: python3 counts the views ("exports") of a bytearray and raises BufferError
("Existing exports of data: object cannot be re-sized") when it would grow or shrink while one
is alive; the count drops when a view is released or freed. Concurrency Kitchen frees objects
with a tracing collector, which cannot tell when the last reference to a view went away, so a
count could never drop for views that were simply dropped: it keeps no count. A view then
sees the bytearray's current content; items beyond the new end read as 0.
Workaround: release views (memoryview.release() or a `with` block) before resizing, which
works the same in both.
"""
ba = bytearray(b'abc')
with memoryview(ba) as view:
    view[0] = ord('A')
ba.append(ord('d'))          # python3 and this engine agree: the view was released
print(ba)

view = memoryview(ba)
try:
    ba.append(ord('e'))      # python3: BufferError; here: the bytearray grows
    print('resized', ba, bytes(view))
except BufferError as e:
    print('BufferError:', e)
