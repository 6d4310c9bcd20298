import sys
print('[probe] argv0 is __file__:', sys.argv[0] == __file__, sys.argv[1:])
me = sys.modules[__name__]
print('[probe] sys.modules entry holds these globals:', me.__dict__ is globals(),
      type(me).__name__, me.__name__)
captured = globals()
