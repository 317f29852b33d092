# Non-ASCII text: code-point indexing over UTF-8 storage, searching with
# start/end, slicing with steps, and the position cache on long strings.

s = 'añb€c😀d' * 20  # 140 code points, 1-4 byte characters
print(len(s), s[0], s[1], s[3], s[5], s[-1], s[-2], s[69], s[70], s[139])
print(s[1:8], s[-7:], s[5:12:3], s[::-7][:6], s[130:2:-9], s[::35])
acc = []
for i in range(0, len(s), 13):
    acc.append(s[i])
for i in range(len(s) - 1, -1, -17):
    acc.append(s[i])
print(''.join(acc))
print(s.find('€'), s.find('€', 4), s.rfind('😀'), s.find('😀d', 100), s.rfind('a', 0, 50))
print(s.index('d', 10, 30), s.count('ñ'), s.count('ñ', 7, 70), s.count('', 3, 9), s.find('x'))
print(s.startswith('ñb', 1), s.endswith('😀', 0, 6), s.startswith(('zz', 'c😀'), 4))
print(s.replace('€', 'E', 3)[:30], s.replace('😀', '')[:12], len(s.replace('ñ', 'nn')))
print(s.split('€')[:3], s.rsplit('😀', 2)[-2:], s.partition('😀')[0], s.rpartition('a')[2])
print('日本'.center(7, '·'), '日本'.ljust(4, '＊'), '日本'.rjust(5), '-日'.zfill(4))
print(repr('日\t本\t語'.expandtabs(4)), repr('é\u2028x'.splitlines()), ' é '.strip(), '«é»'.strip('«»'))
print('Ünïcödé'.upper(), 'ÜNÏCÖDÉ'.lower(), 'ünïcödé wörld'.title(), 'éCOLE'.capitalize(), 'Ωμέγα'.swapcase())
print(sorted(['é', 'e', 'f', 'É', 'z', 'ä', '日', 'ß']), max('añb€'), min('añb€'))
print('€' in s, '😀d' in s, 'ñ€' in s, list(reversed('añ€😀')), 'añ€😀'[::-1])
print(ascii('añ€😀'), repr('\x85\u2028\ufeff\U000e0001'), str.isidentifier('añ'), 'ñ'.isalpha())
t = 'x' * 100 + 'é' + 'y' * 100
print(len(t), t[100], t[101], t[-1], t.find('é'), t.index('y'), t[99:102], t.count('y'))
print(' '.join(w.upper() for w in 'мир труд май'.split()), 'Straße'.casefold(), 'ΣΊΣΥΦΟΣ'.lower())
