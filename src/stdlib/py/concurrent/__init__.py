# The concurrent package: only `futures` lives here.
