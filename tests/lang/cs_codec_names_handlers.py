for enc in ['utf_8','UTF-8','utf8','u8','latin_1','Latin-1','l1','iso_8859_1','ASCII','us_ascii','646','utf_16','UTF16','utf-32','utf_32','U32', 'utf 8', 'cp65001', 'utf-16-le', 'nope']:
  try: print(('a\ud800é'+chr(0x20ac)).encode(enc,'bogus'))
  except Exception as e: print(enc, '|', type(e).__name__, e)
  try: print(b'\xff\xff\xff'.decode(enc,'bogus'))
  except Exception as e: print(enc, '|', type(e).__name__, e)
  try: print(('a\ud800é'+chr(0x20ac)).encode(enc,'replace'))
  except Exception as e: print(enc, '|', type(e).__name__, e)
