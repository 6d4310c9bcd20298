__path__.append(__path__[0].rpartition('/')[0] + '/second/ns')
BASE = 'pkg'
