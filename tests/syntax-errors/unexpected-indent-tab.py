	if x:
  pass
