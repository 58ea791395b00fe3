# python3 defines queue.Empty and SimpleQueue in its C module _queue: reprs, tracebacks and
# pickles name `_queue`, and `import _queue` gives the same classes.
import pickle, queue, _queue
e = queue.Empty('x')
print(repr(queue.Empty), queue.Empty.__module__, _queue.Empty is queue.Empty)
r = pickle.loads(pickle.dumps(e))
print(type(r) is queue.Empty, r.args)
print(pickle.dumps(queue.Empty, 0))
print(repr(queue.SimpleQueue))
try:
    queue.SimpleQueue().get_nowait()
except queue.Empty as x:
    print('empty', type(x).__name__)
