# input() reads lines from stdin without the newline; prompt goes to stdout.
name = input('Name? ')
print(f'Hello, {name}!')
age = int(input('Age? '))
print('Next year:', age + 1)
line = input()
print(repr(line))
print(repr(input()))
