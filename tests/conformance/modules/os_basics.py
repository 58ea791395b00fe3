# os: getpid/getppid are ints, cpu_count, sep, environ mapping, path helpers.
import os
print(isinstance(os.getpid(), int), os.getpid() > 0, isinstance(os.getppid(), int))
print(os.cpu_count() is None or os.cpu_count() >= 1)
print(os.sep, os.linesep == '\n', os.name, os.curdir, os.pardir)
print(isinstance(os.environ, type(os.environ)), 'PATH' in os.environ or True, os.environ.get('NO_SUCH_VAR_XYZ'), os.getenv('NO_SUCH_VAR_XYZ', 'dflt'))
print(os.path.join('a', 'b', 'c.txt'), os.path.basename('/x/y.py'), os.path.dirname('/x/y.py'), os.path.splitext('f.tar.gz'), os.path.split('/a/b'))
print(os.path.isabs('/a'), os.path.normpath('a/./b/../c'))
