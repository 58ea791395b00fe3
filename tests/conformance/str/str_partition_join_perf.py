# Joining and splitting many pieces: sizes and checksums.
words = [f'w{i}' for i in range(5000)]
s = ' '.join(words)
print(len(s), s[:20], s.count(' '), len(s.split()), s.split(' ', 3)[:3], s.rsplit(' ', 2)[-2:])
rebuilt = ''.join(w + ',' for w in words[:5])
print(rebuilt, rebuilt.rstrip(',').split(','))
