# An interactive number-guessing game reading guesses from stdin.
import random
random.seed(5)
secret = random.randint(1, 100)
tries = 0
while True:
    try:
        g = int(input('Guess: '))
    except EOFError:
        print('\nno more input')
        break
    except ValueError:
        print('not a number')
        continue
    tries += 1
    if g < secret:
        print('higher')
    elif g > secret:
        print('lower')
    else:
        print(f'correct in {tries} tries')
        break
