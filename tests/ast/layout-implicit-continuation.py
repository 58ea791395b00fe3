total = (1 +
         2 +
         3)
items = [
    1,
    2,
]
config = {
    "a": 1,  # comment
    "b": 2,
}
call(a,
     b,

     c)
