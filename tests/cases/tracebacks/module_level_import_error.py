# importing a module that does not exist
import sys
print('before import')
import kaa_definitely_missing_module
