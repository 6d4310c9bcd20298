# sys.exit with an int sets the exit status and prints nothing to stderr
import sys
print('exiting with 3')
sys.exit(3)
print('never')
