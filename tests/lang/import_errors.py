# Import errors: missing module, failing module body
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import no_such_module_xyz
except ImportError as e:
    print('as ImportError:', type(e).__name__)
try:
    from no_such_pkg_abc import thing
except ImportError as e:
    print(type(e).__name__, e)
try:
    import _helper_broken
except ValueError as e:
    print(type(e).__name__, e)
import sys
print('_helper_broken' in sys.modules)
print(issubclass(ModuleNotFoundError, ImportError))
try:
    from _helper_mod import missing_name
except ImportError as e:
    print(type(e).__name__, e.name)
