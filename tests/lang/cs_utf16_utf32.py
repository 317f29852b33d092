tests=[b'\xff\xfea', b'a', b'\x00\xd8a\x00', b'\x00\xd8', b'\x00\xdc\x00\x00', b'\xfe\xff\x00a', b'abc', b'\x00\xd8\x00\xd8\x00\xdc', b'', b'\xff\xfe', b'=\xd8\x00\xde', b'\x00\xd8a']
for enc in ['utf-16','utf-16-le','utf-16-be', 'UTF16', 'utf_16_le']:
  for t in tests:
    for err in ['strict','replace','ignore','backslashreplace','surrogatepass','surrogateescape']:
      try: r=repr(t.decode(enc,err))
      except Exception as e: r=type(e).__name__+': '+str(e)
      print(enc,t,err,r)
for enc in ['utf-32','utf-32-le','utf-32-be']:
  for t in [b'a\x00\x00\x00', b'\xff\xfe\x00\x00a\x00\x00\x00', b'a\x00\x00', b'\x00\x00\x11\x00', b'\x00\xd8\x00\x00', b'\x00\x00\xfe\xff\x00\x00\x00a', b'']:
    for err in ['strict','replace','surrogatepass','backslashreplace']:
      try: r=repr(t.decode(enc,err))
      except Exception as e: r=type(e).__name__+': '+str(e)
      print(enc,t,err,r)
for enc in ['utf-16','utf-16-be','utf-16-le','utf-32','utf-32-le','utf-32-be','u16']:
  for s in ['a\U0001f600', 'a\ud800b', '', 'héllo', 'a\ud800\udc00b']:
    for err in ['strict','replace','surrogatepass','backslashreplace','xmlcharrefreplace','ignore','surrogateescape','bogus']:
      try: r=repr(s.encode(enc,err))
      except Exception as e: r=type(e).__name__+': '+str(e)
      print(enc,repr(s),err,r)
s = "Grüße, 世界! 😀"
for enc in ['utf-16','utf-16-le','utf-16-be','utf-32','utf-32-le','utf-32-be']:
    b = s.encode(enc)
    print(enc, len(b), b.decode(enc) == s, str(b, enc) == s, bytearray(b).decode(enc) == s)
