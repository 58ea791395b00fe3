import textwrap
text = ("The quick brown fox jumps over the lazy dog. A well-known phrase -- used to test "
        "typewriters and computer keyboards -- contains every letter. Supercalifragilisticexpialidocious "
        "words get broken; so do long-hyphenated-compound-words-like-this-one. Dr. Who? yes!  end.")
for w in (10, 20, 35, 70):
    print(f'-- width {w}')
    print(textwrap.fill(text, width=w))
print(textwrap.wrap(text, 30, break_long_words=False))
print(textwrap.wrap(text, 25, break_on_hyphens=False))
print(textwrap.wrap(text, 25, fix_sentence_endings=True))
print(textwrap.wrap("  leading and trailing   ", 10))
print(textwrap.wrap("  leading and trailing   ", 10, drop_whitespace=False))
print(textwrap.wrap("tabs\there\tand\tthere", 12), textwrap.wrap("tabs\there", 40, tabsize=4), textwrap.wrap("a\tb", 40, expand_tabs=False))
print(textwrap.wrap("line one\nline two\r\nthree", 40), textwrap.wrap("line one\nline two", 40, replace_whitespace=False))
print(textwrap.wrap(text, 30, initial_indent='* ', subsequent_indent='    '))
print(textwrap.wrap(text, 30, max_lines=3), textwrap.wrap(text, 30, max_lines=1, placeholder='...'))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.fill("one", 1), textwrap.wrap("abcdefghij", 3))
print(textwrap.wrap("x-1 -flag --option a---b e-mail re-do un-re-do", 6))
print(textwrap.wrap("Hello  there.  How are you?", 12, fix_sentence_endings=True))
print(textwrap.shorten("Hello  world!", width=12), textwrap.shorten("Hello  world!", width=11), textwrap.shorten("Hello world", width=10, placeholder="..."))
print(repr(textwrap.shorten("   ", 5)), textwrap.shorten("The quick brown fox", 15, placeholder=" (more)"))
for bad in [lambda: textwrap.wrap("abc", 0), lambda: textwrap.wrap("abc def", 4, max_lines=1, placeholder=' [......]'), lambda: textwrap.shorten("abc", 3, placeholder=" [...]")]:
    try: print(bad())
    except ValueError as e: print('ValueError', e)
w = textwrap.TextWrapper(width=15, initial_indent='> ', max_lines=2)
print(w.wrap(text), w.fill("short"), w.width, w.placeholder, w.tabsize)
w.width = 40; print(w.fill(text))
print(repr(textwrap.dedent("""\
    def f():
        return 1
      # odd
    """)))
print(repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("   \n  x\n    y\n  \n")), repr(textwrap.dedent("no indent\n  x")), repr(textwrap.dedent("")))
print(repr(textwrap.dedent("\t\tx\n\t  y\n")), repr(textwrap.dedent("  x\r\n  y\r\n")))
print(repr(textwrap.indent("a\nb\n\nc", "> ")), repr(textwrap.indent("a\n  \nb", "+", lambda l: True)), repr(textwrap.indent("x\r\ny", "- ")))
print(textwrap.fill("αβγ δεζ ηθι κλμ", 7), textwrap.wrap("über-größe straße", 6))
print(textwrap.__all__)
