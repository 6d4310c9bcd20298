# what escapes an except* statement: new exceptions next to the re-raised rest
def handle():
    try:
        raise ExceptionGroup('batch', [ValueError('bad'), TypeError('worse'), KeyError('k')])
    except* ValueError:
        raise RuntimeError('could not recover')
    except* KeyError:
        raise

def main():
    try:
        handle()
    finally:
        print('cleanup')

main()
