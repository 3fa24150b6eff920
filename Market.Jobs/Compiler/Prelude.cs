namespace Market.Jobs.Compiler;

/// <summary>
/// Built-ins that call back into user code, written in the job language itself so that a job can be
/// stopped inside a key function like anywhere else. Native built-ins hand over to these.
/// </summary>
internal static class Prelude
{
    public const string Source = """
def __p_sorted(items, key, reverse):
    keys = [key(x) for x in items]
    __sort_by_keys(items, keys, reverse)
    return items

def __p_sort(lst, key, reverse):
    keys = [key(x) for x in lst]
    __sort_by_keys(lst, keys, reverse)

def __p_minmax(items, key, default, has_default, is_max, name):
    if len(items) == 0:
        if has_default:
            return default
        raise ValueError(name + "() arg is an empty sequence")
    best = items[0]
    best_key = key(best)
    i = 1
    n = len(items)
    while i < n:
        x = items[i]
        k = key(x)
        if is_max:
            if k > best_key:
                best = x
                best_key = k
        elif k < best_key:
            best = x
            best_key = k
        i += 1
    return best

def __p_map1(f, a):
    return (f(x) for x in a)

def __p_map2(f, a, b):
    return (f(x, y) for x, y in zip(a, b))

def __p_map3(f, a, b, c):
    return (f(x, y, z) for x, y, z in zip(a, b, c))

def __p_drain_call(f, args, i, kwnames, kwvalues):
    items = []
    for x in args[i]:
        items.append(x)
    args[i] = items
    return __apply(f, args, kwnames, kwvalues)

def __p_any(g):
    for x in g:
        if x:
            return True
    return False

def __p_all(g):
    for x in g:
        if not x:
            return False
    return True

def __p_next(g, default, has_default):
    for x in g:
        return x
    if has_default:
        return default
    raise StopIteration()

def __p_filter(f, a):
    if f is None:
        return (x for x in a if x)
    return (x for x in a if f(x))

""";
}
