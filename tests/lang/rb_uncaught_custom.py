# Uncaught custom exception in a method, raised during handling of another
class ValidationError(ValueError):
    pass

class Form:
    def __init__(self, **fields):
        self.fields = fields
    def validate(self):
        errors = []
        for name, value in sorted(self.fields.items()):
            if not value:
                errors.append(name)
        if errors:
            raise ValidationError("missing: " + ", ".join(errors))
        return True

print(Form(a=1, b="x").validate())
try:
    Form(a=0, b="").validate()
except ValueError as e:
    print(type(e).__name__, e)
try:
    {}["k"]
except KeyError:
    Form(name="", email=None).validate()
