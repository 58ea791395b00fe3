# Tic-tac-toe winner detection and a minimax search on a small position.
LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]
def winner(b):
    for a, c, d in LINES:
        if b[a] != ' ' and b[a] == b[c] == b[d]:
            return b[a]
    return None
def minimax(b, player):
    w = winner(b)
    if w:
        return (1 if w == 'X' else -1), None
    if ' ' not in b:
        return 0, None
    best = None
    for i in range(9):
        if b[i] == ' ':
            b[i] = player
            score, _ = minimax(b, 'O' if player == 'X' else 'X')
            b[i] = ' '
            if best is None or (player == 'X' and score > best[0]) or (player == 'O' and score < best[0]):
                best = (score, i)
    return best
board = list('XO X  O  ')
print(winner(list('XXXOO    ')), winner(list('XOXOXOOXO')), winner(board))
print(minimax(board, 'X'))
