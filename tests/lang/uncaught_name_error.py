# Uncaught NameError for an undefined name
def compute():
    result = 10
    return undefined_thing_xyz * 2
print('start')
compute()
