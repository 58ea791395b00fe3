# Width counts code points, not display width; alignment of non-ASCII strings.
for s in ['abc', 'héllo', '日本', '😀']:
    print(f'[{s:>6}] [{s:<6}] [{s:^6}] {len(s)}')
