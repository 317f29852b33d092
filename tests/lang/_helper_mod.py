# Helper module (skipped by the runner): imported by import_* tests
print("_helper_mod: executing module body")
CONSTANT = 42
_private = "underscored"
items = []

def greet(name):
    return "hello, " + name

def add_item(x):
    items.append(x)
    return len(items)

class Widget:
    count = 0

    def __init__(self, label):
        self.label = label
        Widget.count += 1

    def __repr__(self):
        return "Widget(%r)" % self.label

def module_name():
    return __name__
