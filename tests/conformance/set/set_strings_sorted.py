# Sets of strings are printed via sorted() since their order depends on string hashes.
words = set('the quick brown the lazy quick'.split())
print(sorted(words), len(words))
print(sorted(words & {'the', 'fox'}), sorted({'a', 'b'} ^ {'b', 'c'}))
