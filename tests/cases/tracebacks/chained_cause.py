# "The above exception was the direct cause of the following exception"
class ConfigError(Exception):
    pass
def load(cfg):
    try:
        return cfg['port']
    except KeyError as e:
        raise ConfigError('port is not configured') from e
print(load({'port': 80}))
load({})
