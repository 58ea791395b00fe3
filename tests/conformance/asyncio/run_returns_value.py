# asyncio.run returns main's result; it refuses non-coroutines and nesting.
import asyncio


async def main():
    c = asyncio.sleep(0)
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print("RuntimeError", e)
    c.close()
    return "value"


print(asyncio.run(main()))
try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError", e)
print(asyncio.run(main(), debug=False))
