# Exception raised while handling another one, uncaught
try:
    {}['missing']
except KeyError:
    print('handling KeyError')
    raise ValueError('failed while handling')
