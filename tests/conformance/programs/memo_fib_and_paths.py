# Dynamic programming: memoized Fibonacci, grid paths, coin change, LCS.
from functools import lru_cache
@lru_cache(None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
def grid_paths(r, c):
    dp = [[1] * c for _ in range(r)]
    for i in range(1, r):
        for j in range(1, c):
            dp[i][j] = dp[i - 1][j] + dp[i][j - 1]
    return dp[-1][-1]
def coin_change(coins, amount):
    ways = [1] + [0] * amount
    for c in coins:
        for a in range(c, amount + 1):
            ways[a] += ways[a - c]
    return ways[amount]
def lcs(a, b):
    dp = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a)):
        for j in range(len(b)):
            dp[i + 1][j + 1] = dp[i][j] + 1 if a[i] == b[j] else max(dp[i][j + 1], dp[i + 1][j])
    return dp[-1][-1]
print(fib(200), grid_paths(10, 10), coin_change([1, 5, 10, 25], 100), lcs('AGGTAB', 'GXTXAYB'))
