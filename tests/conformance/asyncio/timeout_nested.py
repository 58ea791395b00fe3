# Nested timeouts: the one that expires is the one that raises TimeoutError.
import asyncio


async def main():
    try:
        async with asyncio.timeout(1):
            try:
                async with asyncio.timeout(0.05):
                    await asyncio.sleep(1)
            except TimeoutError:
                print("inner expired")
            await asyncio.sleep(0)
            print("outer body continues")
    except TimeoutError:
        print("outer expired (wrong)")
    try:
        async with asyncio.timeout(0.05):
            try:
                async with asyncio.timeout(1):
                    await asyncio.sleep(1)
            except TimeoutError:
                print("inner expired (wrong)")
    except TimeoutError:
        print("outer expired")


asyncio.run(main())
