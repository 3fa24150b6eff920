# Corpus: realistic job: Dijkstra's shortest paths with a hand-written binary heap
# Features: heap via list and index arithmetic, dict adjacency, float('inf'), tuple comparison
def heap_push(h, item):
    h.append(item)
    i = len(h) - 1
    while i > 0:
        p = (i - 1) // 2
        if h[p] <= h[i]:
            break
        h[p], h[i] = h[i], h[p]
        i = p

def heap_pop(h):
    top = h[0]
    last = h.pop()
    if h:
        h[0] = last
        i = 0
        n = len(h)
        while True:
            l, r = 2 * i + 1, 2 * i + 2
            m = i
            if l < n and h[l] < h[m]:
                m = l
            if r < n and h[r] < h[m]:
                m = r
            if m == i:
                break
            h[i], h[m] = h[m], h[i]
            i = m
    return top

def dijkstra(graph, src):
    dist = {v: float("inf") for v in graph}
    prev = {}
    dist[src] = 0
    h = [(0, src)]
    while h:
        d, u = heap_pop(h)
        if d > dist[u]:
            continue
        for v, w in graph[u]:
            nd = d + w
            if nd < dist[v]:
                dist[v] = nd
                prev[v] = u
                heap_push(h, (nd, v))
    return dist, prev

def main():
    edges = [("A", "B", 7), ("A", "C", 9), ("A", "F", 14), ("B", "C", 10), ("B", "D", 15),
             ("C", "D", 11), ("C", "F", 2), ("D", "E", 6), ("E", "F", 9), ("G", "G", 1)]
    graph = {}
    for a, b, w in edges:
        graph.setdefault(a, []).append((b, w))
        graph.setdefault(b, []).append((a, w))
    dist, prev = dijkstra(graph, "A")
    print(dist)
    for target in ["E", "D", "G"]:
        path = [target]
        while path[-1] in prev:
            path.append(prev[path[-1]])
        print(target, dist[target], "->".join(reversed(path)))
    h = []
    for x in [5, 3, 8, 1, 9, 2, 7]:
        heap_push(h, x)
    print([heap_pop(h) for _ in range(7)])
    return dist["E"]
