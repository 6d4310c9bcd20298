def inner(d):
    return d['missing']


print('failing starts')
inner({})
