namespace StudyGraph.GraphQL.Validation;

/// <summary>
/// Sorts as V8's <c>Array.prototype.sort</c> does for arrays shorter than 64 (one natural run, then binary insertion),
/// so comparators that are not a total order (graphql-js's type suggestions) give graphql-js's order. Longer lists
/// use a stable merge sort, which agrees with V8 whenever the comparator is consistent.
/// </summary>
internal static class JsArraySort
{
    public static void Sort<T>(List<T> items, Comparison<T> compare)
    {
        var n = items.Count;
        if (n < 2) return;
        if (n >= 64)
        {
            StableSort(items, compare);
            return;
        }
        var run = CountAndMakeRun(items, compare);
        for (var start = run; start < n; start++)
        {
            var pivot = items[start];
            int left = 0, right = start;
            while (left < right)
            {
                var mid = left + ((right - left) >> 1);
                if (compare(pivot, items[mid]) < 0) right = mid;
                else left = mid + 1;
            }
            for (var p = start; p > left; p--) items[p] = items[p - 1];
            items[left] = pivot;
        }
    }

    private static int CountAndMakeRun<T>(List<T> items, Comparison<T> compare)
    {
        var n = items.Count;
        var runLength = 2;
        var descending = compare(items[1], items[0]) < 0;
        var previous = items[1];
        for (var i = 2; i < n; i++)
        {
            var order = compare(items[i], previous);
            if (descending ? order >= 0 : order < 0) break;
            previous = items[i];
            runLength++;
        }
        if (descending) items.Reverse(0, runLength);
        return runLength;
    }

    private static void StableSort<T>(List<T> items, Comparison<T> compare)
    {
        var indexed = new List<(T Item, int Index)>(items.Count);
        for (var i = 0; i < items.Count; i++) indexed.Add((items[i], i));
        indexed.Sort((a, b) =>
        {
            var c = compare(a.Item, b.Item);
            return c != 0 ? c : a.Index.CompareTo(b.Index);
        });
        for (var i = 0; i < items.Count; i++) items[i] = indexed[i].Item;
    }
}
