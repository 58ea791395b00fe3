# format() builtin with default spec, str.format with format specs per type.
print(format(3), format(3.0), format('s'), format(None), format([1]), format(True), format(True, 'd'), format(True, '>5'))
print('{:>10}|{:<10}|{:^10}|'.format('r', 'l', 'c'))
print('{:10.3f}|{:<+8d}|{:#x}|{:e}'.format(2.71828, 5, 255, 1000.0))
print('{0:{fill}{align}{width}}'.format('v', fill='.', align='>', width=6))
import datetime
print('{:%Y-%m-%d}'.format(datetime.date(2024, 3, 9)))
