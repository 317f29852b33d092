# A realistic mix: a config object snapshotted with deepcopy, changes made
# inside transactional context managers, rolled back on error.
import copy
from contextlib import contextmanager, ExitStack, suppress


class Config:
    def __init__(self, **values):
        self.values = dict(values)
        self.history = []

    def __repr__(self):
        return 'Config(%s)' % ', '.join('%s=%r' % kv for kv in sorted(self.values.items()))


@contextmanager
def transaction(cfg):
    snapshot = copy.deepcopy(cfg.values)
    try:
        yield cfg
    except Exception as e:
        cfg.values = snapshot
        cfg.history.append('rollback: %s' % e)
        raise
    else:
        cfg.history.append('commit')


cfg = Config(hosts=['a', 'b'], retries=3, opts={'debug': False})
with transaction(cfg) as c:
    c.values['retries'] = 5
    c.values['hosts'].append('c')
print(cfg)

with suppress(ValueError):
    with transaction(cfg) as c:
        c.values['hosts'].clear()
        c.values['opts']['debug'] = True
        raise ValueError('bad host list')
print(cfg)
print(cfg.history)

# copies of the whole object: shallow shares the dict, deep does not
shallow = copy.copy(cfg)
deep = copy.deepcopy(cfg)
cfg.values['retries'] = 0
print(shallow.values['retries'], deep.values['retries'], deep.history is cfg.history)

# a tree with parent links (cycles) survives deepcopy
class Node:
    def __init__(self, name, parent=None):
        self.name = name
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)

root = Node('root')
kids = [Node('k%d' % i, root) for i in range(3)]
Node('leaf', kids[1])
clone = copy.deepcopy(root)
print(clone is root, [k.parent is clone for k in clone.children])
print(clone.children[1].children[0].parent is clone.children[1])
print([k.name for k in clone.children], clone.children[1].children[0].name)

# ExitStack releasing several resources in reverse order
log = []
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        log.append('open ' + self.name)
        return self
    def __exit__(self, et, ev, tb):
        log.append('close %s (%s)' % (self.name, et.__name__ if et else 'ok'))

try:
    with ExitStack() as stack:
        res = [stack.enter_context(Resource(n)) for n in ('db', 'cache', 'file')]
        stack.callback(log.append, 'flush')
        raise KeyError('missing')
except KeyError as e:
    log.append('handled %r' % e)
print('\n'.join(log))
