# Alignment helpers combined with format: building a centered banner.
title = 'Report'
w = 20
print('+' + '-' * (w - 2) + '+')
print('|' + title.center(w - 2) + '|')
print('|' + f'{"left":<{w - 2}}' + '|')
print('|' + f'{"right":>{w - 2}}' + '|')
print('+' + '-' * (w - 2) + '+')
