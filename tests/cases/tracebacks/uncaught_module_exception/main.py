# uncaught exceptions of classes defined in another module are module-qualified
import errors
print(errors.ValidationError.__module__)
errors.validate(-5)
