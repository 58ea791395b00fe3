# Uncaught exception carrying notes: the notes print after the message.
e = ValueError('has notes')
e.add_note('note one')
e.add_note('note two')
raise e
