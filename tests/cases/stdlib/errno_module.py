# errno: constants and errorcode
import errno
print(errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EAGAIN == errno.EWOULDBLOCK, errno.EINVAL, errno.EPIPE)
print(errno.errorcode[errno.ENOENT], errno.errorcode[11], errno.errorcode[35], errno.errorcode[95], len(errno.errorcode))
print(sorted(n for n in dir(errno) if n.startswith('E')) == sorted(set(errno.errorcode.values()) | {'EWOULDBLOCK', 'EOPNOTSUPP', 'EDEADLK'}))
try:
    open('no-such-file')
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno])
