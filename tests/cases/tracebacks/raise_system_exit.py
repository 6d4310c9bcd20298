# raising SystemExit directly, with an int code
print('raising SystemExit(2)')
raise SystemExit(2)
