h = .5jreturn
