# finally blocks run while SystemExit propagates
import sys
def main():
    try:
        print('working')
        sys.exit(4)
    finally:
        print('cleanup runs')
main()
