# Helper module that raises during import
print("_helper_broken: about to fail")
PARTIAL = 1
raise ValueError("broken module")
