# Uncaught KeyError raised deep in a call chain
config = {'host': 'localhost'}
def get(key):
    return config[key]
def connect():
    return get('host') + ':' + str(get('port'))
print('connecting')
connect()
