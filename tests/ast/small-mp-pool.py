from multiprocessing import Pool
def cube(x):
    return x ** 3
if __name__ == "__main__":
    with Pool(processes=2) as pool:
        print(pool.map(cube, range(5)), pool.apply_async(cube, (7,)).get(timeout=5))
