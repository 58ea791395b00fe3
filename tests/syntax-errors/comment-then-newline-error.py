x = # nothing
