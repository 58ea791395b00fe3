// The sorting algorithm behind list.sort() and sorted().
//
// CPython uses Timsort (Objects/listobject.c, Objects/listsort.txt). What programs can
// observe is: the sort is stable, `reverse=True` keeps equal elements in their original
// order (CPython reverses, sorts stably, reverses back), only `<` is used, and an exception
// raised by a comparison or a key function propagates. The exact number and order of
// comparisons are not reproduced here: this is a stable merge sort (binary insertion sort
// on short runs, then bottom-up merging, Timsort's building blocks without galloping).
//
// It sorts a permutation of indices, not the values: the values and their keys stay in
// heap objects rooted by the caller (list.ts) for the whole sort, so a collection run by a
// key function or __lt__ written in Python can never free an element that is momentarily
// held only by a JS array.

const RUN = 32;

/**
 * Stable sort of 0..n-1 by `lt(a, b)` (is item a strictly less than item b?). `lt` may
 * throw; the exception propagates and the permutation is abandoned.
 */
export function sortPermutation(n: number, lt: (a: number, b: number) => boolean, reverse = false): Int32Array {
  let a = new Int32Array(n);
  for (let i = 0; i < n; i++) a[i] = reverse ? n - 1 - i : i;
  if (n < 2) return a;
  // Binary insertion sort of each run: stable because an equal element is inserted after
  // the equal ones already placed (search for the first position whose item is > pivot).
  for (let lo = 0; lo < n; lo += RUN) {
    const hi = Math.min(lo + RUN, n);
    for (let i = lo + 1; i < hi; i++) {
      const pivot = a[i]!;
      let l = lo, r = i;
      while (l < r) {
        const m = (l + r) >> 1;
        if (lt(pivot, a[m]!)) r = m; else l = m + 1;
      }
      for (let k = i; k > l; k--) a[k] = a[k - 1]!;
      a[l] = pivot;
    }
  }
  let b = new Int32Array(n);
  for (let width = RUN; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n), hi = Math.min(lo + 2 * width, n);
      let i = lo, j = mid, k = lo;
      // Already in order: the last of the left run is not greater than the first of the right.
      if (mid < hi && !lt(a[mid]!, a[mid - 1]!)) {
        for (; i < hi; i++) b[i] = a[i]!;
        continue;
      }
      while (i < mid && j < hi) {
        // Take from the right run only when strictly less: equal items keep their order.
        if (lt(a[j]!, a[i]!)) b[k++] = a[j++]!; else b[k++] = a[i++]!;
      }
      while (i < mid) b[k++] = a[i++]!;
      while (j < hi) b[k++] = a[j++]!;
    }
    const t = a; a = b; b = t;
  }
  if (reverse) a.reverse();
  return a;
}
