# The guide's style: coroutines gathered and run with loop.run_until_complete, with the
# blocking time.sleep inside them: every task waits for the previous one.
import asyncio
import time


async def compute_square(number):
    time.sleep(0.01)
    result = number * number
    print(f"compute_square({number}) = {result}")
    return result


async def process_task(numbers):
    tasks = [compute_square(n) for n in numbers]
    return await asyncio.gather(*tasks)


if __name__ == '__main__':
    tasks = [process_task(chunk) for chunk in [[1, 2, 3], [4, 5, 6]]]
    print(len(tasks))
    loop = asyncio.get_event_loop()
    print(loop.run_until_complete(asyncio.gather(*tasks)))
    loop.close()
